import { createReadStream, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Request, Response } from 'express';

const ROOT = '/srv/static';

export async function serve(req: Request, res: Response): Promise<void> {
  // ruleid: js-path-traversal
  createReadStream(path.join(ROOT, req.params.file as string)).pipe(res);
}

export async function readDoc(req: Request): Promise<string> {
  const file = `${ROOT}/docs/${String(req.query.page)}.md`;
  // ruleid: js-path-traversal
  return fsp.readFile(file, 'utf8');
}

export async function safe(req: Request, res: Response): Promise<void> {
  // ok: js-path-traversal
  const index: string = await fsp.readFile(path.join(ROOT, 'index.html'), 'utf8');
  // ok: js-path-traversal
  res.sendFile(String(req.params.file), { root: ROOT });
  res.end(index);
}
