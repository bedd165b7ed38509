import { createReadStream, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Request, Response } from 'express';
import express from 'express';

const ROOT = '/srv/static';
const router = express.Router();

export async function serve(req: Request, res: Response): Promise<void> {
  // ruleid: js-path-traversal
  createReadStream(path.join(ROOT, req.params.file as string)).pipe(res);
}

export async function readDoc(req: Request): Promise<string> {
  const file = `${ROOT}/docs/${String(req.query.page)}.md`;
  // ruleid: js-path-traversal
  return fsp.readFile(file, 'utf8');
}

// A typed route handler: its request parameter is request data wherever it is used.
router.post('/export', async (incoming: Request, res: Response) => {
  const { name } = incoming.body as { name: string };
  const target: string = path.join(ROOT, 'exports', name);
  // ruleid: js-path-traversal
  await fsp.writeFile(target, JSON.stringify(incoming.body.rows));
  res.sendStatus(204);
});

export async function safe(req: Request, res: Response): Promise<void> {
  // ok: js-path-traversal
  const index: string = await fsp.readFile(path.join(ROOT, 'index.html'), 'utf8');
  // ok: js-path-traversal
  res.sendFile(String(req.params.file), { root: ROOT });
  const name: string = path.basename(String(req.query.name));
  // ok: js-path-traversal
  createReadStream(path.join(ROOT, name)).pipe(res);
  res.end(index);
}

export async function readPage(page: string): Promise<string> {
  // ok: js-path-traversal
  return fsp.readFile(path.join(ROOT, 'pages', `${page}.md`), 'utf8');
}

export default router;
