/**
 * The disk as the CodeQL and SARIF engines see it: the working tree, scratch directories, file
 * texts, and copies of a revision (through git, without touching the repository's index or work
 * tree). Also the runner's resources CodeQL may use.
 */
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Resources } from '../../analyzers/codeql/commands.js';
import type { CodeqlWorkspace } from '../../analyzers/codeql/engine.js';
import type { SarifLogs } from '../../analyzers/sarif/engine.js';
import { materializeRevision } from '../git.js';

export interface WorkspaceOptions {
  /** The repository (any directory inside it) or, for `scan`, the directory analysed. */
  rootDir: string;
  /** The checkout the analysed paths are relative to (default: the top of rootDir's working tree). */
  workTree?: string;
  /** Where scratch directories go (default: $RUNNER_TEMP, else the OS temp directory). */
  tempDir?: string;
}

export function createCodeqlWorkspace(opts: WorkspaceOptions): CodeqlWorkspace {
  let top: Promise<string> | undefined;
  const scratch = opts.tempDir ?? process.env.RUNNER_TEMP ?? tmpdir();
  return {
    workTree: () =>
      (top ??= opts.workTree ? Promise.resolve(resolve(opts.workTree)) : workTreeTop(opts.rootDir)),
    makeTempDir: () => mkdtemp(join(scratch, 'aigis-codeql-')),
    removeDir: (path) => rm(path, { recursive: true, force: true }),
    readText: (path) => readText(path),
    materialise: (rev, dir) => materializeRevision(opts.rootDir, rev, dir),
  };
}

async function readText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/**
 * The top of the working tree holding `dir`: the nearest directory with a `.git` entry (a
 * directory, or a file for worktrees and submodules). Diff paths are relative to it; outside git
 * (`scan`), `dir` itself.
 */
export async function workTreeTop(dir: string): Promise<string> {
  const start = resolve(dir);
  for (let d = start; ; d = dirname(d)) {
    if (
      await stat(join(d, '.git')).then(
        () => true,
        () => false,
      )
    )
      return d;
    if (dirname(d) === d) return start;
  }
}

/** Threads and RAM from the runner, leaving the OS and aigis itself room (as codeql-action does). */
export function runnerResources(): Resources {
  const totalMb = Math.floor(totalmem() / (1024 * 1024));
  const reserve = Math.max(1024, Math.floor(totalMb * 0.05));
  return { threads: Math.max(1, availableParallelism()), ramMb: Math.max(512, totalMb - reserve) };
}

/** SARIF logs on disk: a file, or a directory's `*.sarif` files (codeql-action's `output`). */
export function createSarifLogs(cwd: string): SarifLogs {
  return {
    async expand(path) {
      const abs = resolve(cwd, path);
      const info = await stat(abs).catch(() => undefined);
      if (!info) throw new Error('no such file or directory');
      if (!info.isDirectory()) return [abs];
      const names = await readdir(abs);
      return names
        .filter((n) => n.toLowerCase().endsWith('.sarif') || n.toLowerCase().endsWith('.sarif.json'))
        .sort()
        .map((n) => join(abs, n));
    },
    read: (path) => readFile(path, 'utf8'),
  };
}
