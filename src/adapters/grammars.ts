/**
 * Node implementation of GrammarLoader. In the ncc bundle the grammar files ship in dist/grammars/
 * next to the bundle; from source (tests, `tsc` output) they are resolved from node_modules.
 * The module directory comes from fileURLToPath: ncc rewrites a literal `new URL(..., import.meta.url)`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../core/types.js';
import { GRAMMAR_FILES, GRAMMAR_PACKAGES } from '../parsing/languages.js';
import type { GrammarLoader } from '../parsing/parser.js';

const moduleDir = dirname(fileURLToPath(import.meta.url));

export interface GrammarFile {
  /** The file name, e.g. `tree-sitter-tsx.wasm`. */
  file: string;
  /** Absolute path of the file in node_modules. */
  sourcePath: string;
}

function packageOf(file: string): string | undefined {
  for (const lang of Object.keys(GRAMMAR_FILES) as Language[])
    if (GRAMMAR_FILES[lang] === file) return GRAMMAR_PACKAGES[lang];
  return undefined;
}

function resolveFromNodeModules(file: string): string | undefined {
  const pkg = packageOf(file);
  if (!pkg) return undefined;
  try {
    // The specifier is built at run time so that ncc does not try to relocate it as an asset.
    const specifier = [pkg, file].join('/');
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return undefined;
  }
}

/** Where a grammar file is: the bundle's grammars/ folder first, else node_modules. */
export function grammarPath(file: string, dir: string = moduleDir): string | undefined {
  const bundled = join(dir, 'grammars', file);
  if (existsSync(bundled)) return bundled;
  return resolveFromNodeModules(file);
}

export function createNodeGrammarLoader(dir: string = moduleDir): GrammarLoader {
  return {
    async load(file) {
      const path = grammarPath(file, dir);
      if (!path) {
        throw new Error(
          `grammar ${file} not found in ${join(dir, 'grammars')} nor in node_modules (${packageOf(file) ?? 'unknown package'}); reinstall with npm ci or rebuild dist/`,
        );
      }
      return new Uint8Array(await readFile(path));
    },
  };
}

/** Every grammar file in node_modules, for the build script to copy into dist/grammars/. */
export function grammarFiles(): GrammarFile[] {
  const files = [...new Set(Object.values(GRAMMAR_FILES))].sort();
  return files.map((file) => {
    const sourcePath = resolveFromNodeModules(file);
    if (!sourcePath) throw new Error(`grammar ${file} is not installed in node_modules (${packageOf(file)})`);
    return { file, sourcePath };
  });
}
