/**
 * Finds the CodeQL CLI, in this order: the path the user gave (`--codeql`, input `codeql-path`,
 * config `codeql.path`), then `codeql` on PATH, then the newest bundle in the runner's tool cache
 * (`$RUNNER_TOOL_CACHE/CodeQL/<version>/<arch>/codeql/codeql`, where github/codeql-action/init
 * puts it). A candidate counts only when `codeql version --format=json` answers.
 */
import { constants } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { newestFirst, parseVersion, VERSION_ARGS } from '../../analyzers/codeql/commands.js';
import type { CodeqlCli, ProcessResult } from '../../analyzers/codeql/engine.js';
import { runProcess } from './process.js';

export interface DiscoverOptions {
  /** The path the user gave; when it does not work, discovery stops there with an error. */
  path?: string;
  env?: NodeJS.ProcessEnv;
  /** Time allowed for `codeql version` (a cold JVM start takes a few seconds). */
  versionTimeoutMs?: number;
}

export type Discovery =
  { found: true; cli: CodeqlCli; how: string } | { found: false; given: boolean; reason: string };

const VERSION_TIMEOUT_MS = 60_000;

export async function discoverCodeql(opts: DiscoverOptions = {}): Promise<Discovery> {
  const env = opts.env ?? process.env;
  const timeoutMs = opts.versionTimeoutMs ?? VERSION_TIMEOUT_MS;
  if (opts.path) {
    const tried = await tryCli(opts.path, env, timeoutMs);
    return 'cli' in tried
      ? { found: true, cli: tried.cli, how: `given path ${opts.path}` }
      : { found: false, given: true, reason: `the CodeQL CLI at ${opts.path} does not work: ${tried.why}` };
  }
  const tried: string[] = [];
  const onPath = await findOnPath(env);
  if (onPath) {
    const r = await tryCli(onPath, env, timeoutMs);
    if ('cli' in r) return { found: true, cli: r.cli, how: `PATH (${onPath})` };
    tried.push(`${onPath}: ${r.why}`);
  }
  for (const candidate of await toolCacheCandidates(env)) {
    const r = await tryCli(candidate, env, timeoutMs);
    if ('cli' in r) return { found: true, cli: r.cli, how: `tool cache (${candidate})` };
    tried.push(`${candidate}: ${r.why}`);
  }
  const where = `not on PATH${env.RUNNER_TOOL_CACHE ? ` nor in ${join(env.RUNNER_TOOL_CACHE, 'CodeQL')}` : ''}`;
  return {
    found: false,
    given: false,
    reason: `the CodeQL CLI was not found (${where}${tried.length ? `; tried ${tried.join('; ')}` : ''})`,
  };
}

async function tryCli(
  path: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ cli: CodeqlCli } | { why: string }> {
  const r = await runProcess(path, VERSION_ARGS, { timeoutMs, env });
  if (r.timedOut) return { why: `\`codeql version\` did not answer within ${Math.round(timeoutMs / 1000)}s` };
  if (r.code !== 0) return { why: tail(r) };
  const version = parseVersion(r.stdout);
  if (!version) return { why: `\`codeql version --format=json\` gave no version: ${r.stdout.slice(0, 200)}` };
  return {
    cli: {
      path,
      version,
      run: (args, o) => runProcess(path, args, { timeoutMs: o.timeoutMs, env }),
    },
  };
}

function tail(r: ProcessResult): string {
  const text = (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ');
  return `${r.code === null ? 'could not run' : `exit ${r.code}`}${text ? `: ${text}` : ''}`;
}

const EXECUTABLE_NAMES = process.platform === 'win32' ? ['codeql.exe', 'codeql.cmd'] : ['codeql'];

async function findOnPath(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of EXECUTABLE_NAMES) {
      const candidate = join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

async function toolCacheCandidates(env: NodeJS.ProcessEnv): Promise<string[]> {
  const cache = env.RUNNER_TOOL_CACHE;
  if (!cache) return [];
  const versions = await readdir(join(cache, 'CodeQL')).catch(() => [] as string[]);
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  const out: string[] = [];
  for (const v of newestFirst(versions)) {
    for (const name of EXECUTABLE_NAMES) {
      const candidate = join(cache, 'CodeQL', v, arch, 'codeql', name);
      if (await isExecutable(candidate)) out.push(candidate);
    }
  }
  return out;
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}
