// Limiters applied per route (express-slow-down and rate-limiter-flexible).
import express, { type NextFunction, type Request, type Response } from 'express';
import slowDown from 'express-slow-down';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import bcrypt from 'bcryptjs';
import { readFile } from 'node:fs/promises';
import { db } from './db';

const app = express();
const speedLimiter = slowDown({ windowMs: 60_000, delayAfter: 5, delayMs: () => 500 });
const flexible = new RateLimiterMemory({ points: 5, duration: 60 });

async function consume(req: Request, res: Response, next: NextFunction): Promise<void> {
  try {
    await flexible.consume(req.ip ?? 'unknown');
    next();
  } catch {
    res.status(429).send('Too Many Requests');
  }
}

// ok: js-missing-rate-limiting
app.post('/login', speedLimiter, async (req: Request, res: Response) => {
  const row = await db.query('SELECT hash FROM users WHERE email = $1', [req.body.email]);
  res.json({ ok: row.rows.length === 1 && (await bcrypt.compare(req.body.password, row.rows[0].hash)) });
});

// ok: js-missing-rate-limiting
app.get('/terms', consume, async (_req: Request, res: Response) => {
  res.type('text/plain').send(await readFile('terms.txt', 'utf8'));
});

export function devServer(): void {
  const devApp = express();
  // ruleid: js-missing-rate-limiting
  devApp.get('/fixtures', async (_req: Request, res: Response) => {
    res.json(JSON.parse(await readFile('fixtures.json', 'utf8')));
  });
  devApp.listen(5173);
}

app.listen(3000);
