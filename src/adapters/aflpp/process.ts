/**
 * Runs the fuzz toolchain's processes: never a shell, always a clean environment (no token, no
 * secret, nothing inherited but what compilers need), each in its own process group so a time box
 * kills everything the PR's code may have started.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr interleaved, cut to `maxOutput`. */
  output: string;
  timedOut: boolean;
  /** The program could not start (not found, not executable). */
  spawnError?: string;
}

export interface ProcessOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** A file fed to stdin. */
  stdinFile?: string;
  maxOutput?: number;
}

/** Only these variables reach the toolchain and the fuzzed program: secrets never do. */
const PASSED_THROUGH = ['PATH', 'LANG', 'LC_ALL', 'TERM'];

export function cleanEnv(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { HOME: home, TMPDIR: home };
  for (const name of PASSED_THROUGH) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  return { ...env, ...extra };
}

export function runProcess(argv: string[], opts: ProcessOptions): Promise<ProcessResult> {
  const max = opts.maxOutput ?? 256 * 1024;
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: [opts.stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    const take = (chunk: Buffer) => {
      if (output.length < max) output += chunk.toString('utf8').slice(0, max - output.length);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    if (opts.stdinFile && child.stdin) {
      child.stdin.on('error', () => {});
      createReadStream(opts.stdinFile)
        .on('error', () => child.stdin?.end())
        .pipe(child.stdin);
    }
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, output, timedOut, spawnError: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // The group may outlive its leader (a forked server in the harness): it dies with the job.
      killGroup();
      resolve({ code, signal, output, timedOut });
    });
  });
}
