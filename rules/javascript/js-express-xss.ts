import type { Context } from 'koa';
import type { Request, Response } from 'express';

export function greet(ctx: Context): void {
  // ruleid: js-express-xss
  ctx.body = `<p>Hello ${String(ctx.query.name)}</p>`;
}

export function greetExpress(req: Request, res: Response): void {
  // ruleid: js-express-xss
  res.send(`<p>Hello ${req.query.name as string}</p>`);
}

export function greetSafely(ctx: Context): void {
  // ok: js-express-xss
  ctx.body = { greeting: `Hello ${String(ctx.query.name)}` };
}
