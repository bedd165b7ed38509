import { exec, execFile, execSync } from 'node:child_process';
import * as child_process from 'node:child_process';
import type { Request, Response } from 'express';

export function resize(req: Request, res: Response): void {
  const width: number = Number(req.query.width);
  // ruleid: ts-command-injection
  exec(`convert ${req.query.src as string} -resize ${width} out.png`, (err: Error | null) => {
    res.status(err ? 500 : 200).end();
  });
}

export function checkout(ref: string): string {
  // ruleid: ts-command-injection
  return execSync('git checkout ' + ref, { encoding: 'utf8' });
}

export function tail(file: string): void {
  // ruleid: ts-command-injection
  child_process.execFile('tail', ['-n', '100', String(file)]);
}

export function tarball(pkg: string): void {
  // ruleid: ts-command-injection
  child_process.execFileSync('tar', ['-zcf', `${pkg}.tgz`, `${pkg}/`], { cwd: './dist' });
}

// A multi-step flow from standard input: reported at high confidence, with the path.
export function runFromStdin(): void {
  const input: string = process.stdin.read()?.toString() ?? '';
  const script = input.split('\n')[0];
  // ruleid: ts-command-injection
  execSync(`bash -c "${script}"`);
}

export function safeCheckout(ref: string): void {
  // ok: ts-command-injection
  execFile('git', ['checkout', ref]);
  // ok: ts-command-injection
  execSync('git fetch --all' as string);
  // ok: ts-command-injection
  exec(`npm ci`);
}

export function matchAll(re: RegExp, input: string): RegExpExecArray | null {
  // ok: ts-command-injection
  return re.exec(`${input}`);
}
