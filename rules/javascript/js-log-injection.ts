import type { Context } from 'koa';
import type { NextFunction, Request, Response } from 'express';
import { Body, Controller, Get, Logger, Param, Post, Query } from '@nestjs/common';
import pinoFactory from 'pino';

const log = pinoFactory();

interface SignupBody {
  email: string;
  plan: string;
}

export async function createOrder(ctx: Context): Promise<void> {
  const { sku, quantity } = ctx.request.body as { sku: string; quantity: string };
  // ruleid: js-log-injection
  console.info(`order for ${quantity} x ${sku}`);
  ctx.status = 201;
}

export function profile(ctx: Context): void {
  // ruleid: js-log-injection
  log.debug('profile lookup: ' + String(ctx.params.handle));
  ctx.body = { ok: true };
}

export function signup(req: Request, res: Response): void {
  const body = req.body as SignupBody;
  const summary: string = `signup ${body.email} on plan ${body.plan}`;
  // ruleid: js-log-injection
  console.log(summary);
  res.status(201).json({ ok: true });
}

export function requestLogger(req: Request, _res: Response, next: NextFunction): void {
  const forwarded = req.header('x-forwarded-for') ?? 'direct';
  // ruleid: js-log-injection
  console.log(`[${new Date().toISOString()}] ${req.method} ${req.path} via ${forwarded}`);
  next();
}

// Next.js route handler (App Router)
export async function POST(request: Request): Promise<globalThis.Response> {
  const { comment } = (await request.json()) as { comment: string };
  // ruleid: js-log-injection
  console.warn('new comment: ' + comment);
  return new globalThis.Response(null, { status: 204 });
}

@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  @Get()
  find(@Query('title') title: string): string[] {
    // ruleid: js-log-injection
    this.logger.log(`report search: ${title}`);
    return [];
  }

  @Post(':id')
  update(@Param('id') id: string, @Body() dto: { note: string }): void {
    // ruleid: js-log-injection
    this.logger.warn('updating report ' + id + ': ' + dto.note);
  }

  // ---- safe look-alikes ----

  @Get('safe')
  findSafe(@Query('title') title: string): string[] {
    // ok: js-log-injection
    this.logger.log(`report search: ${JSON.stringify(title)}`);
    // ok: js-log-injection
    this.logger.debug(`report search, ${title.length} characters`);
    return [];
  }
}

const stripLineBreaks = (value: string): string => value.replace(/[\r\n\u2028\u2029]/g, ' ');

export function searchSafe(ctx: Context): void {
  const term = String(ctx.query.term ?? '');
  // ok: js-log-injection
  log.info({ term, path: ctx.path }, 'search');
  // ok: js-log-injection
  console.log('search for ' + stripLineBreaks(term));
  // ok: js-log-injection
  console.log('search for ' + term.replace(/\s+/g, ' '));
  const page: number = Number(ctx.query.page ?? 1);
  // ok: js-log-injection
  log.info(`search page ${page}`);
  ctx.body = [];
}

export function errorHandler(err: Error, req: Request, res: Response, _next: NextFunction): void {
  // ok: js-log-injection
  console.error('unhandled error', err);
  res.status(500).json({ error: 'internal error' });
}

export function startup(port: number, env: string): void {
  // ok: js-log-injection
  log.info(`listening on ${port} (${env})`);
  // ok: js-log-injection
  console.log('ready');
}
