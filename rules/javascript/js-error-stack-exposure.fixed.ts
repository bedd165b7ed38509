import type { Context, Next } from 'koa';

export async function errors(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (e) {
    const err = e as Error;
    ctx.status = 500;
    // ruleid: js-error-stack-exposure
    ctx.body = { error: err.message, trace: 'Internal Server Error' };
  }
}

export async function quietErrors(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (e) {
    console.error((e as Error).stack);
    ctx.status = 500;
    // ok: js-error-stack-exposure
    ctx.body = { error: 'internal error' };
  }
}
