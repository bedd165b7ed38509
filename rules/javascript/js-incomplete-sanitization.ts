import type { Request, Response } from 'express';

interface Row {
  id: number;
  label: string;
  note?: string;
}

export function toCsvCell(value: string): string {
  // ruleid: js-incomplete-sanitization
  return `"${value.replace('"', '""')}"`;
}

export function attribute(value: string): string {
  // ruleid: js-incomplete-sanitization
  return value.replace(/'/, '&#39;');
}

export function shellArg(arg: string): string {
  // ruleid: js-incomplete-sanitization
  return `'${arg.replace(`'`, `'\\''`)}'`;
}

export function renderRow(row: Row): string {
  // ruleid: js-incomplete-sanitization
  const note = (row.note ?? '').replace('<', '&lt;');
  return `<tr><td>${row.id}</td><td>${note}</td></tr>`;
}

export function logLine(req: Request, res: Response): void {
  // ruleid: js-incomplete-sanitization
  const agent = String(req.headers['user-agent']).replace(/\n/, ' ');
  res.type('text/plain').send(agent);
}

// Safe look-alikes.

export function toCsvCellSafely(value: string): string {
  // ok: js-incomplete-sanitization
  return `"${value.replaceAll('"', '""')}"`;
}

export function attributeSafely(value: string): string {
  // ok: js-incomplete-sanitization
  return value.replace(/['"]/g, (c) => (c === '"' ? '&quot;' : '&#39;'));
}

export function fileStem(name: string): string {
  // ok: js-incomplete-sanitization
  return name.replace('.json', '');
}

export function stripBom(text: string): string {
  // ok: js-incomplete-sanitization
  return text.replace(/^\uFEFF/, '');
}

export function placeholder(message: string, user: string): string {
  // ok: js-incomplete-sanitization
  return message.replace('%s', user);
}
