/** Shared set-up for the builtin-engine tests: the real grammars (read through the Node adapter) and rules. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { createNodeGrammarLoader } from '../../src/adapters/grammars.js';
import { createParserService, type ParserService } from '../../src/parsing/parser.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const rulesDir = join(repoRoot, 'rules');

let shared: ParserService | undefined;
export function parser(): ParserService {
  shared ??= createParserService(createNodeGrammarLoader());
  return shared;
}

/** Every rule file (the taint models in rules/models/ are not rules). */
export function ruleFilePaths(): string[] {
  return fg.sync('**/*.yml', { cwd: rulesDir, absolute: true, ignore: ['models/**'] }).sort();
}

export function modelFilePaths(): string[] {
  return fg.sync('models/*.yml', { cwd: rulesDir, absolute: true }).sort();
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}
