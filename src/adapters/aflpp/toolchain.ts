/**
 * Which fuzz tools this machine has: afl-fuzz and its compilers for the fuzz build, clang with
 * llvm-profdata and llvm-cov for the coverage build, and a way to take the network away.
 */
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { cleanEnv, runProcess } from './process.js';

/** AFL++ colours its terminal output. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export interface Toolchain {
  aflFuzz: string;
  /** afl-clang-fast, or afl-cc when only that one is there. */
  aflCc: string;
  aflCxx: string;
  clang: string;
  clangxx: string;
  profdata: string;
  llvmCov: string;
  version: string;
  /** Prefix that runs a command without network (`unshare -n`), or [] when there is none. */
  noNetwork: string[];
}

export type ToolchainProbe = { ok: true; tools: Toolchain } | { ok: false; missing: string };

function onPath(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(':')) {
    const candidate = join(dir || '.', name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function first(searchPath: string, ...names: string[]): string | undefined {
  for (const n of names) {
    const found = onPath(n, searchPath);
    if (found) return found;
  }
  return undefined;
}

/** `searchPath`: where to look for the tools (default: PATH). */
export async function probeToolchain(
  searchPath = process.env.PATH ?? '/usr/bin:/bin',
): Promise<ToolchainProbe> {
  const aflFuzz = onPath('afl-fuzz', searchPath);
  const aflCc = first(searchPath, 'afl-clang-fast', 'afl-cc');
  const aflCxx = first(searchPath, 'afl-clang-fast++', 'afl-c++');
  const clang = first(searchPath, 'clang', 'clang-14', 'clang-15', 'clang-16');
  const clangxx = first(searchPath, 'clang++', 'clang++-14', 'clang++-15', 'clang++-16');
  const profdata = first(
    searchPath,
    'llvm-profdata',
    'llvm-profdata-14',
    'llvm-profdata-15',
    'llvm-profdata-16',
  );
  const llvmCov = first(searchPath, 'llvm-cov', 'llvm-cov-14', 'llvm-cov-15', 'llvm-cov-16');
  const missing = [
    aflFuzz ? '' : 'afl-fuzz',
    aflCc && aflCxx ? '' : 'afl-clang-fast',
    clang && clangxx ? '' : 'clang',
    profdata ? '' : 'llvm-profdata',
    llvmCov ? '' : 'llvm-cov',
  ].filter(Boolean);
  if (missing.length > 0) {
    return {
      ok: false,
      missing: `${missing.join(', ')} not found on PATH (Debian/Ubuntu: apt-get install afl++ clang llvm)`,
    };
  }
  const env = cleanEnv(tmpdir());
  const help = await runProcess([aflFuzz!, '-h'], { cwd: tmpdir(), env, timeoutMs: 10_000 });
  const version = /afl-fuzz\S*\s*(\+\+[\d.]+\w*)/.exec(help.output.replace(ANSI_COLOUR, ''))?.[1];
  return {
    ok: true,
    tools: {
      aflFuzz: aflFuzz!,
      aflCc: aflCc!,
      aflCxx: aflCxx!,
      clang: clang!,
      clangxx: clangxx!,
      profdata: profdata!,
      llvmCov: llvmCov!,
      version: version ? `afl${version}` : 'afl++',
      noNetwork: await networkIsolation(searchPath),
    },
  };
}

/** `unshare -n` as root, `unshare -rn` (a user namespace) otherwise; [] when neither works here. */
async function networkIsolation(searchPath: string): Promise<string[]> {
  const unshare = onPath('unshare', searchPath);
  if (!unshare) return [];
  for (const flags of [['-n'], ['-r', '-n']]) {
    const r = await runProcess([unshare, ...flags, 'true'], {
      cwd: tmpdir(),
      env: cleanEnv(tmpdir()),
      timeoutMs: 10_000,
    });
    if (r.code === 0) return [unshare, ...flags];
  }
  return [];
}
