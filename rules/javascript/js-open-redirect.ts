import type { Context } from 'koa';

export function callback(ctx: Context): void {
  // ruleid: js-open-redirect
  ctx.redirect(String(ctx.query.redirect_uri));
}

export function callbackLater(ctx: Context): void {
  const uri: string = String(ctx.query.redirect_uri);
  const withState = `${uri}?state=${String(ctx.query.state)}`;
  // ruleid: js-open-redirect
  ctx.redirect(withState);
}

const ROUTES: Record<string, string> = { home: '/home', settings: '/settings' };

function allowedTarget(name: string): string {
  return ROUTES[name] ?? '/home';
}

export function callbackSafely(ctx: Context): void {
  const target = allowedTarget(String(ctx.query.redirect_uri));
  // ok: js-open-redirect
  ctx.redirect(target);
}

export function navigate(path: string): void {
  // ok: js-open-redirect
  window.location.assign(path);
}
