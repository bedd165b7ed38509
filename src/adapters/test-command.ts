/**
 * The user's test command for `aigis fix` (config `repair-test-command`): for each repair candidate,
 * a temporary copy of the project with the candidate applied, the command run there by `sh -c`
 * with a time limit, and the copy removed. This runs the repository's code — only `aigis fix` does
 * it, only when configured — and never with a token or key in its environment.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { TestRunner } from '../stages/repair/index.js';

export interface TestCommandOptions {
  command: string;
  /** The project to copy: the directory the fixed paths are relative to. */
  rootDir: string;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
}

/** Output kept for the report: the end of it, where test runners print their verdict. */
const OUTPUT_TAIL = 4000;

/** Variables that look like credentials are not passed on: the tests run code from the PR. */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_?KEY|AUTH/i;

export function safeEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !SECRET_NAME.test(name)));
}

export function createTestRunner(opts: TestCommandOptions): TestRunner {
  return {
    command: opts.command,
    async run(file) {
      const copy = await mkdtemp(join(tmpdir(), `aigis-test-${basename(opts.rootDir)}-`));
      try {
        await cp(opts.rootDir, copy, {
          recursive: true,
          filter: (src) => basename(src) !== '.git',
        });
        const target = resolve(copy, file.path);
        const inside = relative(copy, target);
        if (inside.startsWith('..') || isAbsolute(inside)) {
          return { passed: false, output: `${file.path} lies outside ${opts.rootDir}: not tested` };
        }
        await writeFile(target, file.text);
        return await runIn(copy, opts);
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    },
  };
}

function runIn(cwd: string, opts: TestCommandOptions): Promise<{ passed: boolean; output: string }> {
  return new Promise((done) => {
    let output = '';
    const child = spawn('sh', ['-c', opts.command], {
      cwd,
      env: safeEnvironment(opts.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-OUTPUT_TAIL);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group: a test runner's own children must not outlive it.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ passed: false, output: `could not run the test command: ${e.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) done({ passed: false, output: `${output}\n(timed out after ${opts.timeoutMs / 1000}s)` });
      else done({ passed: code === 0, output });
    });
  });
}
