import * as path from 'node:path';

export async function loadDriver(kind: string): Promise<unknown> {
  // ruleid: js-non-literal-require
  const mod = (await import(`./drivers/${kind}.js`)) as { default: unknown };
  return mod.default;
}

export function loadRc(dir: string): unknown {
  // ruleid: js-non-literal-require
  return require(path.resolve(dir, '.toolrc.js')) as unknown;
}

export async function loadFixed(): Promise<unknown> {
  // ok: js-non-literal-require
  const zlib = await import('node:zlib');
  // ok: js-non-literal-require
  const local = require(path.join(__dirname, 'defaults.json')) as unknown;
  return [zlib, local];
}
