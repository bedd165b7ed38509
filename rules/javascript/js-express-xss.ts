import type { Context } from 'koa';
import type { Request, Response } from 'express';
import escapeHtml from 'escape-html';

export function greet(ctx: Context): void {
  // ruleid: js-express-xss
  ctx.body = `<p>Hello ${String(ctx.query.name)}</p>`;
}

export function greetExpress(req: Request, res: Response): void {
  // ruleid: js-express-xss
  res.send(`<p>Hello ${req.query.name as string}</p>`);
}

export function comment(ctx: Context): void {
  const { author, text } = ctx.request.body as { author: string; text: string };
  const row: string = `<tr><td>${author}</td><td>${text}</td></tr>`;
  // ruleid: js-express-xss
  ctx.body = `<table>${row}</table>`;
}

export function greetSafely(ctx: Context): void {
  // ok: js-express-xss
  ctx.body = { greeting: `Hello ${String(ctx.query.name)}` };
  const name: string = escapeHtml(String(ctx.query.name));
  // ok: js-express-xss
  ctx.body = `<p>Hello ${name}</p>`;
}

export function render(ctx: Context, html: string): void {
  // ok: js-express-xss
  ctx.body = html;
}
