/**
 * Reads rule files from disk. The default rules ship in dist/rules/ next to the bundle; from source
 * they are the repository's rules/ folder. Users add their own directories through config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';

const moduleDir = dirname(fileURLToPath(import.meta.url));

export interface RuleFile {
  /** Path as given to the user in messages: relative to the rules directory's parent when possible. */
  path: string;
  text: string;
}

/** Every `*.yml` under a directory (recursively), sorted by path so that runs are reproducible. */
export async function readRuleFiles(dir: string): Promise<RuleFile[]> {
  if (!existsSync(dir)) throw new Error(`rules directory ${dir} does not exist`);
  const paths = (await fg('**/*.yml', { cwd: dir, absolute: true, onlyFiles: true, dot: false })).sort();
  const base = dirname(dir);
  return Promise.all(
    paths.map(async (p) => ({ path: relative(base, p) || p, text: await readFile(p, 'utf8') })),
  );
}

/** The rules that ship with aigis: `<bundle>/rules` when bundled, else `rules/` at the repository root. */
export function defaultRulesDir(dir: string = moduleDir): string | undefined {
  const bundled = join(dir, 'rules');
  if (existsSync(bundled)) return bundled;
  for (let d = dir; ; d = dirname(d)) {
    const pkg = join(d, 'package.json');
    if (existsSync(pkg) && isAigisPackage(pkg)) {
      const rules = join(d, 'rules');
      return existsSync(rules) ? rules : undefined;
    }
    if (dirname(d) === d) return undefined;
  }
}

function isAigisPackage(path: string): boolean {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown }).name === 'aigis';
  } catch {
    return false;
  }
}
