/**
 * Runs the CodeQL CLI: argv only (no shell: paths come from the PR), its own process group so a
 * time-out stops the whole tree (CodeQL starts a JVM, extractors and, with a build, the build),
 * and an environment without tokens or keys — with a build, PR code runs under this process.
 */
import { spawn } from 'node:child_process';
import type { ProcessResult } from '../../analyzers/codeql/engine.js';

/** Output kept per stream: the end is where CodeQL says what went wrong. */
const TAIL_BYTES = 64 * 1024;
/** After SIGTERM, how long the tree gets to stop before SIGKILL. */
const GRACE_MS = 5_000;

/**
 * Variables that must not reach a child that may run PR code: tokens, keys, passwords, and the
 * Action's inputs (INPUT_TOKEN ...) and runtime credentials (ACTIONS_RUNTIME_TOKEN ...).
 */
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH)/i;

export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (SECRET_NAME.test(name) || name.startsWith('INPUT_') || name.startsWith('ACTIONS_')) continue;
    out[name] = value;
  }
  return out;
}

export interface RunOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export function runProcess(path: string, args: string[], opts: RunOptions): Promise<ProcessResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const keep = (acc: string, chunk: Buffer) => {
      const next = acc + chunk.toString('utf8');
      return next.length > TAIL_BYTES ? next.slice(-TAIL_BYTES) : next;
    };
    let child;
    try {
      child = spawn(path, args, {
        env: childEnv(opts.env ?? process.env),
        ...(opts.cwd ? { cwd: opts.cwd } : {}),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
    } catch (e) {
      resolve({ code: null, stdout: '', stderr: (e as Error).message, timedOut: false });
      return;
    }
    const killTree = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        if (process.platform === 'win32') child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    let hardKill: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree('SIGTERM');
      hardKill = setTimeout(() => killTree('SIGKILL'), GRACE_MS);
      hardKill.unref();
    }, opts.timeoutMs);
    child.stdout.on('data', (c: Buffer) => (stdout = keep(stdout, c)));
    child.stderr.on('data', (c: Buffer) => (stderr = keep(stderr, c)));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const why =
        e.code === 'ENOENT'
          ? `${path}: no such file`
          : e.code === 'EACCES'
            ? `${path}: not executable`
            : e.message;
      resolve({ code: null, stdout, stderr: `${stderr}${why}`, timedOut: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      // Grandchildren that outlived a timed-out parent still hold the group: make sure they go.
      if (timedOut) killTree('SIGKILL');
      if (hardKill) clearTimeout(hardKill);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}
