import type { Context } from 'koa';

export function callback(ctx: Context): void {
  // ruleid: js-open-redirect
  ctx.redirect(String(ctx.query.redirect_uri));
}

const ALLOWED = new Set(['/home', '/settings']);

export function callbackSafely(ctx: Context): void {
  const target = String(ctx.query.redirect_uri);
  // ok: js-open-redirect
  ctx.redirect(ALLOWED.has(target) ? target : '/home');
}
