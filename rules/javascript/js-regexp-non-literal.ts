import type { Request, Response } from 'express';

export function filterByPattern(req: Request, res: Response, names: string[]): void {
  const pattern = String(req.query.pattern);
  // ruleid: js-regexp-non-literal
  const re: RegExp = new RegExp(pattern);
  res.json(names.filter((n) => re.test(n)));
}

export function filterByParameter(names: string[], pattern: string): string[] {
  // ok: js-regexp-non-literal
  const re: RegExp = new RegExp(pattern);
  return names.filter((n) => re.test(n));
}

export function startsWithWord(req: Request, text: string): boolean {
  const escaped = String(req.query.word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js-regexp-non-literal
  return new RegExp(`^${escapeForRegex(escaped)}\\b`).test(text);
}

function escapeForRegex(s: string): string {
  return s;
}
