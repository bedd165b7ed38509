import express, { type NextFunction, type Request, type Response } from 'express';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';

const REPORTS_DIR = path.resolve(__dirname, 'reports');
const API_BASE = 'https://billing.internal.example.com';

interface HttpError extends Error {
  status?: number;
}

export const app = express();
app.use(express.json({ limit: '64kb' }));

app.get('/reports/:id', async (req: Request, res: Response, next: NextFunction): Promise<void> => {
  try {
    if (!/^[a-f0-9-]{36}$/.test(req.params.id)) {
      res.status(400).json({ error: 'bad id' });
      return;
    }
    const file = path.join(REPORTS_DIR, `${req.params.id}.json`);
    const data = await fsp.readFile(file, 'utf8');
    res.type('application/json').send(data);
  } catch (err) {
    next(err);
  }
});

app.get('/invoices/:id', async (req: Request, res: Response, next: NextFunction): Promise<void> => {
  try {
    const upstream = await fetch(`${API_BASE}/invoices/${encodeURIComponent(req.params.id)}`);
    res.status(upstream.status).json(await upstream.json());
  } catch (err) {
    next(err);
  }
});

app.post('/sessions', (req: Request, res: Response): void => {
  const sid = randomUUID();
  res.cookie('session', sid, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
  res.status(201).json({ ok: true });
});

app.get('/logout', (_req: Request, res: Response): void => {
  res.clearCookie('session');
  res.redirect('/login');
});

app.use((err: HttpError, req: Request, res: Response, _next: NextFunction): void => {
  const id = randomUUID();
  console.error(id, err.stack);
  res.status(err.status ?? 500).json({ error: 'internal error', id });
});
