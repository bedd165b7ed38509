import express, { type NextFunction, type Request, type Response } from 'express';
import { promises as fsp } from 'node:fs';
import { spawn } from 'node:child_process';
import { scrypt, randomBytes } from 'node:crypto';
import { PrismaClient } from '@prisma/client';
import * as argon2 from 'argon2';

const prisma = new PrismaClient();
const app = express();
app.use(express.json({ limit: '32kb' }));

interface Item {
  id: number;
  label: string;
}
const ITEMS: Item[] = [{ id: 1, label: 'first' }];

const authenticate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
  const session = await prisma.session.findUnique({ where: { id: String(req.headers['x-session']) } });
  if (!session) {
    res.sendStatus(401);
    return;
  }
  next();
};

// ruleid: js-missing-rate-limiting
app.get('/users/:id', async (req: Request, res: Response) => {
  const user = await prisma.user.findUnique({ where: { id: Number(req.params.id) } });
  res.json(user);
});

// ruleid: js-missing-rate-limiting
app.post('/auth/login', async (req: Request, res: Response) => {
  const user = await prisma.user.findFirst({ where: { email: req.body.email } });
  if (!user || !(await argon2.verify(user.passwordHash, req.body.password))) {
    res.status(401).json({ error: 'invalid credentials' });
    return;
  }
  res.json({ id: user.id });
});

// ruleid: js-missing-rate-limiting
app.get('/logs', authenticate, async (_req: Request, res: Response) => {
  res.json({ lines: ITEMS.length });
});

// ruleid: js-missing-rate-limiting
app.put('/avatar/:id', async (req: Request, res: Response) => {
  await fsp.writeFile(`/var/avatars/${Number(req.params.id)}.png`, req.body.data, 'base64');
  res.sendStatus(204);
});

// ruleid: js-missing-rate-limiting
app.post('/backup', (_req: Request, res: Response) => {
  const child = spawn('pg_dump', ['--format=custom', 'app']);
  child.on('close', (code) => res.json({ code }));
});

// ruleid: js-missing-rate-limiting
app.post('/derive', (req: Request, res: Response) => {
  scrypt(String(req.body.secret), randomBytes(16), 64, (err, key) => res.json({ ok: !err && key.length === 64 }));
});

// ok: js-missing-rate-limiting
app.get('/items', (_req: Request, res: Response) => {
  res.json(ITEMS);
});

// ok: js-missing-rate-limiting
app.get('/items/:id', (req: Request, res: Response) => {
  const item = ITEMS.find((i) => i.id === Number(req.params.id));
  res.status(item ? 200 : 404).json(item ?? { error: 'not found' });
});

// ok: js-missing-rate-limiting
app.get('/ping', (_req: Request, res: Response) => res.send('pong'));

// ok: js-missing-rate-limiting
app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  res.status(500).json({ error: 'internal error' });
});

app.listen(8080, () => console.log('listening on 8080'));
