import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeGrammarLoader, grammarFiles } from '../../src/adapters/grammars.js';
import { defaultRulesDir, readRuleFiles } from '../../src/adapters/rule-files.js';
import { enclosingContext } from '../../src/analyzers/builtin/context.js';
import type { Language } from '../../src/core/types.js';
import { parser, rulesDir } from './helpers.js';

describe('node adapters', () => {
  it('list every grammar file in node_modules for the build', () => {
    const files = grammarFiles();
    expect(files.map((f) => f.file)).toEqual([
      'tree-sitter-c.wasm',
      'tree-sitter-cpp.wasm',
      'tree-sitter-go.wasm',
      'tree-sitter-java.wasm',
      'tree-sitter-javascript.wasm',
      'tree-sitter-python.wasm',
      'tree-sitter-tsx.wasm',
      'tree-sitter-typescript.wasm',
    ]);
    for (const f of files) expect(existsSync(f.sourcePath)).toBe(true);
  });

  it('load grammar bytes, and say where they looked when a grammar is missing', async () => {
    const loader = createNodeGrammarLoader('/nonexistent');
    const bytes = await loader.load('tree-sitter-go.wasm');
    expect(Array.from(bytes.slice(0, 4))).toEqual([0, 0x61, 0x73, 0x6d]);
    await expect(loader.load('tree-sitter-cobol.wasm')).rejects.toThrow(
      /not found in \/nonexistent\/grammars/,
    );
  });

  it('find the repository rules and read them', async () => {
    expect(defaultRulesDir()).toBe(rulesDir);
    const files = await readRuleFiles(rulesDir);
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.map((f) => f.path)).toContain(join('rules', 'python', 'python-sql-injection.yml'));
    await expect(readRuleFiles('/nonexistent/rules')).rejects.toThrow(/does not exist/);
  });
});

describe('enclosing context', () => {
  const cases: [Language, string, string][] = [
    ['python', 'class A:\n    def m(self):\n        target()\n', 'm'],
    ['python', 'class A:\n    x = target()\n', 'A'],
    ['python', 'target()\n', ''],
    ['javascript', 'const handler = async (req) => { target(); };\n', 'handler'],
    ['javascript', 'class S { run() { target(); } }\n', 'run'],
    ['java', 'class S { void run() { target(); } }\n', 'run'],
    ['go', 'package p\nfunc (s *S) Run() { target() }\n', 'Run'],
    ['c', 'static char *read_line(int n) { target(); }\n', 'read_line'],
    ['cpp', 'void Session::open() { target(); }\n', 'Session::open'],
  ];
  it.each(cases)('%s: %j is in %j', async (language, text, expected) => {
    const parsed = await parser().parse(language, text);
    const call =
      language === 'python' ? 'call' : language === 'java' ? 'method_invocation' : 'call_expression';
    const q = await parser().query(language, `(${call}) @c`);
    const node = q.captures(parsed.tree.rootNode)[0]!.node;
    expect(enclosingContext(node)).toBe(expected);
    parsed.tree.delete();
  });
});
