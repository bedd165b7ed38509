import type { NextFunction, Request, Response } from 'express';
import { createHash } from 'node:crypto';

const fingerprint = (secret: string): string => createHash('sha256').update(secret).digest('hex').slice(0, 8);

export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = Date.now();
  res.on('finish', () => {
    console.log(JSON.stringify({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Date.now() - started }));
  });
  next();
}

export function logApiKeyUse(apiKey: string, tokenCount: number): void {
  console.info(`api key ${fingerprint(apiKey)} used ${tokenCount} tokens`);
}
