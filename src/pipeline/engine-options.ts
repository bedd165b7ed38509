/**
 * The CodeQL and SARIF engine settings from flags or Action inputs over the config file, with
 * errors that name the flag or input as the user spelt it.
 */
import { resolve as resolvePath } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { AigisConfigFile } from '../config/config.js';
import type { OptionLabels, RawOptions } from './raw-options.js';

export interface CodeqlSettings {
  /** The CLI the user named; absent: discovered (PATH, then the runner's tool cache). */
  path?: string;
  suite?: string;
  /** Per CodeQL command. */
  timeoutMs?: number;
  base: boolean;
  autobuild: boolean;
  buildCommand?: string;
}

/** Longest time one CodeQL command may take: 6 hours, a GitHub-hosted job's own limit. */
const MAX_TIMEOUT_S = 6 * 3600;

/**
 * `dirs` places a relative CLI path: the flag or input's against where the user runs aigis, the
 * config's against the repository. A bare name (`codeql`) is looked up on PATH.
 */
export function codeqlSettingsOf(
  raw: RawOptions,
  labels: OptionLabels,
  config: AigisConfigFile = {},
  dirs?: { given: string; config: string },
): CodeqlSettings {
  const c = config.codeql ?? {};
  const place = (p: string | undefined, dir: string | undefined) =>
    p !== undefined && dir !== undefined && /[\\/]/.test(p) ? resolvePath(dir, p) : p;
  const path = raw.codeql !== undefined ? place(raw.codeql, dirs?.given) : place(c.path, dirs?.config);
  const suite = raw.codeqlSuite ?? c.suite;
  const buildCommand = raw.codeqlBuildCommand ?? c['build-command'];
  let timeoutMs: number | undefined;
  if (raw.codeqlTimeout !== undefined) {
    const n = Number(raw.codeqlTimeout);
    if (raw.codeqlTimeout.trim() === '' || !Number.isFinite(n) || n <= 0 || n > MAX_TIMEOUT_S)
      throw new UsageError(
        `${labels.codeqlTimeout}: must be a number of seconds from 1 to ${MAX_TIMEOUT_S}; got '${raw.codeqlTimeout}'`,
      );
    timeoutMs = Math.round(n * 1000);
  } else if (c.timeout !== undefined) timeoutMs = c.timeout * 1000;
  return {
    ...(path ? { path } : {}),
    ...(suite ? { suite } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    base: flag(labels.codeqlBase, raw.codeqlBase) ?? c.base ?? false,
    autobuild: flag(labels.codeqlAutobuild, raw.codeqlAutobuild) ?? c.autobuild ?? false,
    ...(buildCommand ? { buildCommand } : {}),
  };
}

/**
 * The SARIF logs to read, as absolute paths: the flags or input (relative to where the user runs
 * aigis), else the config's (relative to the repository).
 */
export function sarifPathsOf(
  given: string[],
  givenDir: string,
  configured: string[],
  repoDir: string,
): string[] {
  return given.length > 0
    ? given.map((p) => resolvePath(givenDir, p))
    : configured.map((p) => resolvePath(repoDir, p));
}

function flag(label: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`${label}: must be true or false; got '${value}'`);
}
