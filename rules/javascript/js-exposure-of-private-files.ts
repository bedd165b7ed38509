import express, { type Express } from 'express';
import path from 'node:path';

export function createDevServer(): Express {
  const server = express();
  // ruleid: js-exposure-of-private-files
  server.use(express.static(path.join(__dirname, '../')));
  // ruleid: js-exposure-of-private-files
  server.use('/deps', express.static(path.join(process.cwd(), 'node_modules')));
  // ruleid: js-exposure-of-private-files
  server.use(express.static(path.resolve('.')));
  return server;
}

export function createAssetServer(assetDir: string): Express {
  const server = express();
  // ok: js-exposure-of-private-files
  server.use(express.static(path.join(__dirname, '..', 'public')));
  // ok: js-exposure-of-private-files
  server.use('/assets', express.static(assetDir, { immutable: true, maxAge: '30d' }));
  // ok: js-exposure-of-private-files
  server.use('/htmx', express.static(path.join(process.cwd(), 'node_modules/htmx.org/dist')));
  return server;
}
