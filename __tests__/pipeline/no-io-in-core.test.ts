/**
 * The core imports no I/O (DESIGN.md): only adapters, the CLI and the Action may reach the file
 * system, processes, GitHub or an LLM, so every stage stays testable on plain data.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

const CORE_DIRS = ['core', 'stages', 'pipeline', 'report', 'analyzers', 'parsing'];
const FORBIDDEN = [
  /^(node:)?fs(\/.*)?$/,
  /^(node:)?child_process$/,
  /^@actions\//,
  /^@octokit\//,
  /^openai(\/.*)?$/,
];

/** Static imports, re-exports, dynamic imports and require calls. */
const SPECIFIERS = [
  /\b(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (/\.[cm]?ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

function importsOf(text: string): string[] {
  return SPECIFIERS.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

describe('the core', () => {
  it('recognises every form of import it looks for', () => {
    const text = [
      "import { readFile } from 'node:fs/promises';",
      "import type { X } from '@actions/core';",
      "export * from 'child_process';",
      "import 'fs';",
      "const o = await import('openai');",
      "const g = require('@octokit/rest');",
    ].join('\n');
    const found = importsOf(text);
    expect(found.sort()).toEqual([
      '@actions/core',
      '@octokit/rest',
      'child_process',
      'fs',
      'node:fs/promises',
      'openai',
    ]);
    expect(found.every((s) => FORBIDDEN.some((re) => re.test(s)))).toBe(true);
    expect(FORBIDDEN.some((re) => re.test('node:crypto'))).toBe(false);
    expect(FORBIDDEN.some((re) => re.test('fast-glob'))).toBe(false);
  });

  it('imports no file system, process, GitHub or LLM module', async () => {
    const src = join(process.cwd(), 'src');
    const offenders: string[] = [];
    let checked = 0;
    for (const dir of CORE_DIRS) {
      for (const file of await sourceFiles(join(src, dir))) {
        checked++;
        for (const spec of importsOf(await readFile(file, 'utf8'))) {
          if (FORBIDDEN.some((re) => re.test(spec))) offenders.push(`${relative(src, file)} imports ${spec}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(offenders).toEqual([]);
  });
});
