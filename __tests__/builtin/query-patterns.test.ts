import { relative } from 'node:path';
import fg from 'fast-glob';
import { CaptureQuantifier, type Language as Language_, type Node } from 'web-tree-sitter';
import keywords from '../../src/analyzers/builtin/data/node-keywords.json' with { type: 'json' };
import { loadRules } from '../../src/analyzers/builtin/rule-loader.js';
import { readQueryPatterns } from '../../src/analyzers/builtin/query-patterns.js';
import type { Language } from '../../src/core/types.js';
import { languageForPath } from '../../src/parsing/languages.js';
import { modelFilePaths, parser, read, repoRoot, ruleFilePaths } from './helpers.js';

const load = (paths: string[]) =>
  loadRules(paths.map((p) => ({ path: relative(repoRoot, p), text: read(p) })));

/** Every query the built-in rules and models hold, with a language it compiles for. */
function queries(): { where: string; language: Language; source: string }[] {
  const out: { where: string; language: Language; source: string }[] = [];
  for (const rule of load(ruleFilePaths()).rules) {
    if (rule.match) out.push({ where: rule.id, language: rule.languages[0]!, source: rule.match.query });
    for (const s of rule.taint?.sources ?? [])
      if (typeof s !== 'string')
        out.push({ where: `${rule.id} source`, language: rule.languages[0]!, source: s.query });
  }
  for (const model of load(modelFilePaths()).models)
    for (const s of [...model.sources, ...model.sanitizers])
      out.push({ where: `${model.source} ${s.id}`, language: model.languages[0]!, source: s.query });
  return out;
}

describe('reading a query without compiling it', () => {
  it("finds tree-sitter's patterns and required captures in every built-in query", async () => {
    const all = queries();
    expect(all.length).toBeGreaterThan(150);
    for (const { where, language, source } of all) {
      const query = await parser().query(language, source);
      const read = readQueryPatterns(source);
      if (read instanceof Error) throw new Error(`${where}: ${read.message}`);
      const expected = Array.from({ length: query.patternCount() }, (_, i) => {
        const names = new Set<string>();
        query.captureNames.forEach((name, c) => {
          const q = query.captureQuantifiers[i]?.[c];
          if (q === CaptureQuantifier.One || q === CaptureQuantifier.OneOrMore) names.add(name);
        });
        return [...names].sort();
      });
      expect({ where, required: read.map((p) => [...p.required].sort()) }).toEqual({
        where,
        required: expected,
      });
    }
  });

  it('reads strings, comments, fields, anchors, quantifiers and alternations', () => {
    const read = readQueryPatterns(
      '; (#eq? @x "comment")\n' +
        '((call function: (identifier) @f . arguments: (argument_list (string)? @s [(identifier) @a (integer) @a (float)]) @args !type) @match\n' +
        '  (#eq? @f "a\\"b") (#any-of? @a "x" "y"))\n' +
        '[(identifier) @i (string) @i]*\n',
    );
    expect(read).not.toBeInstanceOf(Error);
    const patterns = read as Exclude<typeof read, Error>;
    expect(patterns.map((p) => [...p.required].sort())).toEqual([['args', 'f', 'match'], []]);
    expect(patterns[0]!.predicates).toEqual([
      { operator: 'eq?', args: [{ capture: 'f' }, { text: 'a"b' }] },
      { operator: 'any-of?', args: [{ capture: 'a' }, { text: 'x' }, { text: 'y' }] },
    ]);
  });

  it('says what it cannot read instead of guessing', () => {
    for (const bad of ['(call', '(call "unterminated)', '(call) @', ')']) {
      expect(readQueryPatterns(bad)).toBeInstanceOf(Error);
    }
  });
});

describe('the keywords a node type holds (data/node-keywords.json)', () => {
  /** Every parsed file of the repository in a language: the rules' fixtures and bench/safe. */
  async function trees(language: Language) {
    const paths = fg.sync(['rules/**/*.*', 'bench/safe/**/*.*'], { cwd: repoRoot, absolute: true });
    const out = [];
    for (const p of paths)
      if (languageForPath(p) === language) out.push(await parser().parse(language, read(p)));
    return out;
  }

  function* nodes(root: Node): Generator<Node> {
    const cursor = root.walk();
    for (;;) {
      yield cursor.currentNode;
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return;
    }
  }

  it.each(Object.keys(keywords) as Language[])(
    'holds in %s: every node of a listed type contains its keyword, every anonymous node is its own text',
    async (language) => {
      const table = (keywords as Record<string, Record<string, string>>)[language]!;
      let grammar: Language_ | undefined;
      for (const parsed of await trees(language)) {
        grammar ??= parsed.tree.language;
        for (const n of nodes(parsed.tree.rootNode)) {
          const keyword = table[n.type];
          if (keyword !== undefined && !n.isMissing)
            expect({ type: n.type, holds: n.text.includes(keyword) }).toEqual({ type: n.type, holds: true });
          if (!n.isNamed && !n.isMissing && /^[A-Za-z_]\w{2,}$/.test(n.type))
            expect({ type: n.type, text: n.text }).toEqual({ type: n.type, text: n.type });
        }
        parsed.tree.delete();
      }
      // Every entry names a node type of the grammar.
      expect(Object.keys(table).filter((t) => grammar!.idForNodeType(t, true) === null)).toEqual([]);
    },
  );
});
