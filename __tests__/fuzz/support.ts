/**
 * The AFL++ tests need afl-fuzz, afl-clang-fast, clang, llvm-profdata and llvm-cov. On a machine
 * without them they are skipped, and say so; with AIGIS_REQUIRE_AFL=1 (CI sets it after
 * installing them) a missing tool is a failure instead.
 */
import { execFileSync } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GitRepo } from '../helpers/git-repo.js';

const TOOLS = ['afl-fuzz', 'afl-clang-fast', 'clang', 'llvm-profdata', 'llvm-cov'];

function missingTools(): string[] {
  return TOOLS.filter((t) => {
    try {
      execFileSync('sh', ['-c', `command -v ${t}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

const missing = missingTools();
export const aflAvailable = missing.length === 0;
const required = process.env.AIGIS_REQUIRE_AFL === '1';

/** `describe` when AFL++ is here; otherwise a skipped group with the reason (or a failing test under AIGIS_REQUIRE_AFL=1). */
export function describeWithAfl(name: string, body: () => void): void {
  if (aflAvailable) {
    describe(name, body);
    return;
  }
  const why = `AFL++ tests skipped: ${missing.join(', ')} not found (apt-get install afl++ clang llvm; .ci/run does)`;
  if (required) {
    describe(name, () => {
      test('AFL++ is installed (AIGIS_REQUIRE_AFL=1)', () => {
        throw new Error(why);
      });
    });
    return;
  }
  console.warn(why);
  describe.skip(`${name} (${why})`, body);
}

export const FIXTURES = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url));

/** Copies a fixture target into the repository, leaving out the `*.base.c` versions. */
export async function copyTarget(repo: GitRepo, target: string): Promise<void> {
  const from = join(FIXTURES, target);
  await cp(from, repo.dir, { recursive: true, filter: (src) => !src.endsWith('.base.c') });
}

/** The `*.base.c` files of a target, as the repository paths they stand in for. */
export async function baseVersions(target: string): Promise<{ path: string; file: string }[]> {
  const src = join(FIXTURES, target, 'src');
  return (await readdir(src))
    .filter((n) => n.endsWith('.base.c'))
    .map((n) => ({ path: `src/${n.replace(/\.base\.c$/, '.c')}`, file: join(src, n) }));
}
