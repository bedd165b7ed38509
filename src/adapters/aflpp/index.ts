/**
 * The AFL++ adapter: the FuzzAdapter port over a local git repository. Each revision is written to
 * a temporary directory of its own (never the user's work tree), fuzzed there, and removed after.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { materializeRevision } from '../git.js';
import type { FuzzAdapter, FuzzProbe, TreeFile } from '../../analyzers/aflpp/types.js';
import { probeToolchain, type Toolchain } from './toolchain.js';
import { openTree, readCFamilyFiles } from './tree.js';

export interface AflppAdapterOptions {
  /** Where to look for afl-fuzz, the compilers and llvm tools (default: PATH). */
  toolPath?: string;
}

export function createAflppAdapter(repoDir: string, options: AflppAdapterOptions = {}): FuzzAdapter {
  let tools: Toolchain | undefined;
  return {
    async probe(): Promise<FuzzProbe> {
      const p = await probeToolchain(options.toolPath);
      if (!p.ok) return p;
      tools = p.tools;
      return { ok: true, version: p.tools.version, isolated: p.tools.noNetwork.length > 0 };
    },
    async open(rev: string) {
      if (!tools) throw new Error('the AFL++ toolchain was not probed');
      const dir = await mkdtemp(join(tmpdir(), 'aigis-src-'));
      try {
        await materializeRevision(repoDir, rev, dir);
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
      return openTree(tools, dir, () => rm(dir, { recursive: true, force: true }));
    },
    cores: () => Math.max(1, availableParallelism()),
    async saveArtifact(path: string, data: Uint8Array) {
      const abs = resolve(repoDir, path);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, data);
    },
  };
}

/** The C/C++ files of `rev`, read from a temporary copy: what `aigis plan` needs, without any toolchain. */
export async function readRevisionTree(repoDir: string, rev: string): Promise<TreeFile[]> {
  const dir = await mkdtemp(join(tmpdir(), 'aigis-plan-'));
  try {
    await materializeRevision(repoDir, rev, dir);
    return await readCFamilyFiles(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
