import { createBuiltinEngine } from '../../src/analyzers/builtin/engine.js';
import { mayMatch as mayMatchText, requiredWordsOf } from '../../src/analyzers/builtin/matcher.js';
import { searchable } from '../../src/analyzers/builtin/required-words.js';
import { loadRules } from '../../src/analyzers/builtin/rule-loader.js';
import type { Constraint, Rule } from '../../src/analyzers/builtin/rule.js';
import type { SourceFile } from '../../src/core/adapters.js';
import { languageForPath } from '../../src/parsing/languages.js';
import { nodeRegion } from '../../src/parsing/parser.js';
import { parser, read, rulesDir } from './helpers.js';

function rule(path: string): Rule {
  const out = loadRules([{ path, text: read(`${rulesDir}/${path}`) }]);
  expect(out.diagnostics).toEqual([]);
  return out.rules[0]!;
}

const sql = () => rule('python/python-sql-injection.yml');
const py = (text: string, path = 'app.py'): SourceFile => ({ path, language: 'python', text, side: 'head' });

describe('parser', () => {
  it('reports 1-based columns in UTF-16 code units for non-ASCII text', async () => {
    // é is 1 UTF-16 unit (2 UTF-8 bytes), 😀 is 2 units (4 bytes), 日本 2 units (6 bytes).
    const text = 's = "é😀"; x = foo(1)\ny = "日本"; z = bar(2)\n';
    const parsed = await parser().parse('python', text);
    const q = await parser().query('python', '(call) @call');
    const calls = q.captures(parsed.tree.rootNode).map((c) => nodeRegion(c.node));
    expect(calls).toEqual([
      { startLine: 1, startColumn: text.indexOf('foo') + 1, endLine: 1, endColumn: text.indexOf('foo') + 7 },
      { startLine: 2, startColumn: 15, endLine: 2, endColumn: 21 },
    ]);
    expect(text.split('\n')[1]!.slice(14, 20)).toBe('bar(2)');
    parsed.tree.delete();
  });

  it('says when a text does not parse fully', async () => {
    expect(await parser().parses('python', 'def f(:\n  pass\n')).toBe(false);
    expect(await parser().parses('python', 'def f():\n  pass\n')).toBe(true);
  });

  it('maps extensions to languages', () => {
    expect(languageForPath('a/b.PY')).toBe('python');
    expect(languageForPath('x.mjs')).toBe('javascript');
    expect(languageForPath('x.cts')).toBe('typescript');
    expect(languageForPath('x.tsx')).toBe('tsx');
    expect(languageForPath('x.h')).toBe('c');
    expect(languageForPath('x.c++')).toBe('cpp');
    expect(languageForPath('Makefile')).toBeUndefined();
    expect(languageForPath('.py')).toBeUndefined();
  });
});

describe('builtin engine', () => {
  it('reports a finding with region, snippet, context, confidence and fix', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const text =
      'import sqlite3\n\nclass Repo:\n    def get(self, cur, uid):\n        cur.execute(f"SELECT * FROM t WHERE id = {uid}")\n';
    const progress: [number, number][] = [];
    const out = await engine.analyze([py(text)], (d, t) => progress.push([d, t]));
    expect(progress).toEqual([[1, 1]]);
    expect(out.diagnostics).toEqual([]);
    expect(out.findings).toHaveLength(1);
    const f = out.findings[0]!;
    expect(f).toMatchObject({
      ruleId: 'python-sql-injection',
      engine: 'builtin',
      cwes: [89],
      side: 'head',
      file: 'app.py',
      region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 57 },
      snippet: 'cur.execute(f"SELECT * FROM t WHERE id = {uid}")',
      context: 'get',
      staticConfidence: 0.9,
    });
    expect(f.severity).toBeUndefined();
    expect(f.fix?.guidance).toBe('merge-after-review');
    expect(f.fix?.edits).toEqual([
      {
        file: 'app.py',
        region: { startLine: 5, startColumn: 21, endLine: 5, endColumn: 56 },
        text: '"SELECT * FROM t WHERE id = ?", (uid,)',
      },
    ]);
    expect(out.rules).toEqual([
      expect.objectContaining({
        id: 'python-sql-injection',
        engine: 'builtin',
        severity: 8.8,
        precision: 'high',
      }),
    ]);
  });

  it('analyses a file that does not parse fully, with a note naming it', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const text =
      'def broken(:\n    pass\n\ndef ok(cur, x):\n    cur.execute("DELETE FROM t WHERE id = " + x)\n';
    const out = await engine.analyze([py(text, 'broken.py')]);
    expect(out.findings.map((f) => f.region.startLine)).toEqual([5]);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({
        level: 'note',
        file: 'broken.py',
        message: expect.stringMatching(/broken\.py .*syntax errors \(first at line 1\)/),
      }),
    ]);
  });

  it('reports a rule whose query does not compile and still runs the others', async () => {
    const broken: Rule = {
      ...sql(),
      id: 'broken-rule',
      source: 'mine/broken-rule.yml',
      match: { query: '(call (no_such_node) @match)' },
    };
    const noMatchCapture: Rule = {
      ...sql(),
      id: 'no-match-capture',
      source: 'mine/x.yml',
      match: { query: '(call) @call' },
    };
    const engine = createBuiltinEngine({ rules: [broken, noMatchCapture, sql()], parser: parser() });
    const out = await engine.analyze([
      py('cur.execute(f"SELECT * FROM t WHERE id = {a}")\n'),
      py('cur.execute(f"SELECT * FROM t WHERE id = {b}")\n', 'b.py'),
    ]);
    expect(out.findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['python-sql-injection', 'app.py'],
      ['python-sql-injection', 'b.py'],
    ]);
    const errors = out.diagnostics.filter((d) => d.level === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]!.message).toMatch(
      /query of rule broken-rule \(mine\/broken-rule\.yml\) does not compile/,
    );
    expect(errors[1]!.message).toMatch(
      /no-match-capture.*@match, which the query does not define \(it defines @call\)/,
    );
    expect(out.rules.map((r) => r.id)).toEqual(['python-sql-injection']);
  });

  it('skips huge files and files with very long lines, and goes on', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser(), maxFileBytes: 200 });
    const bad = 'cur.execute(f"SELECT * FROM t WHERE id = {a}")\n';
    const out = await engine.analyze([py('#' + 'x'.repeat(300) + '\n' + bad, 'big.py'), py(bad, 'small.py')]);
    expect(out.findings.map((f) => f.file)).toEqual(['small.py']);
    expect(out.diagnostics[0]).toMatchObject({
      level: 'warning',
      file: 'big.py',
      message: expect.stringMatching(/over the 200-byte limit/),
    });
    const long = await createBuiltinEngine({ rules: [sql()], parser: parser(), maxLineLength: 100 }).analyze([
      py('x = "' + 'y'.repeat(150) + '"\n' + bad, 'min.py'),
    ]);
    expect(long.findings).toEqual([]);
    expect(long.diagnostics[0]!.message).toMatch(/line 1 is 156 characters long/);
  });

  it('analyses deeply nested and very long expressions without running out of stack', async () => {
    const n = 20_000;
    const chain =
      'q = "SELECT * FROM t WHERE c = " + ' +
      Array.from({ length: n }, (_, i) => `c${i % 10}`).join(' +\\\n ') +
      '\n';
    const nested = 'y = ' + '(\n'.repeat(n) + '1' + ')'.repeat(n) + '\n';
    const text = `${chain}${nested}def f(a):\n    cur.execute(f"SELECT * FROM t WHERE id = {a}")\n    cur.execute(q)\n`;
    const out = await createBuiltinEngine({ rules: [sql()], parser: parser() }).analyze([py(text)]);
    expect(out.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(out.diagnostics).toEqual([]);
    expect(out.findings.map((f) => f.region.startLine)).toEqual([2 * n + 3]);
  });

  it('turns an exception on one file into a diagnostic and analyses the others', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const weird = { path: 'x.cob', language: 'cobol', text: 'x', side: 'head' } as unknown as SourceFile;
    const out = await engine.analyze([weird, py('cur.execute(f"SELECT * FROM t WHERE id = {a}")\n')]);
    expect(out.findings).toHaveLength(1);
    expect(out.diagnostics).toEqual([expect.objectContaining({ level: 'error', file: 'x.cob' })]);
  });

  it('marks findings covered by an inline suppression', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const text = [
      '# aigis-ignore[CWE-89]: ids are ints from the router',
      'cur.execute(f"SELECT * FROM t WHERE id = {a}")',
      'cur.execute(f"SELECT * FROM t WHERE id = {b}")  # aigis-ignore[python-sql-injection]',
      '# aigis-ignore[CWE-78]: wrong CWE',
      'cur.execute(f"SELECT * FROM t WHERE id = {c}")',
      '',
    ].join('\n');
    const out = await engine.analyze([py(text)]);
    expect(out.findings.map((f) => f.suppressed)).toEqual([
      { kind: 'inline', reason: 'ids are ints from the router' },
      { kind: 'inline' },
      undefined,
    ]);
  });

  it('re-uses the parsed tree of an identical file', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const file = py('x = 1\n');
    const a = await engine.parse(file);
    expect(await engine.parse({ ...file })).toBe(a);
    expect(await engine.parse({ ...file, text: 'x = 2\n' })).not.toBe(a);
    expect(await engine.parse({ ...file, side: 'base' })).not.toBe(a);
    engine.dispose();
  });
});

describe('rule pre-filter', () => {
  const compiled = (query: string, where?: Constraint[]) =>
    ({ ...sql(), match: { query, ...(where ? { where } : {}) }, fix: undefined, taint: undefined }) as Rule;
  const mayMatch = (rule: Rule, text: string) =>
    mayMatchText(requiredWordsOf(rule, 'python'), searchable(text));

  it('skips a file that lacks a word every match needs', async () => {
    const c = compiled('(call function: (identifier) @f (#eq? @f "eval")) @match');
    expect(mayMatch(c, 'x = eval(y)')).toBe(true);
    expect(mayMatch(c, 'x = exec(y)')).toBe(false);
  });

  it('needs only one word of an any-of, and only one pattern of several', async () => {
    const c = compiled(
      '(call function: (identifier) @f (#any-of? @f "eval" "exec")) @match\n(call function: (identifier) @g (#eq? @g "compile")) @match',
    );
    expect(mayMatch(c, 'exec(y)')).toBe(true);
    expect(mayMatch(c, 'compile(y)')).toBe(true);
    expect(mayMatch(c, 'run(y)')).toBe(false);
  });

  it('requires nothing of a predicate whose capture may be absent', async () => {
    for (const query of [
      '(call function: [(identifier) (attribute attribute: (identifier) @m)] (#eq? @m "format")) @match',
      '(call function: (attribute object: (identifier) @o (identifier)? @m) (#eq? @m "format")) @match',
      '(call (argument_list (keyword_argument name: (identifier) @k)*) (#eq? @k "shell")) @match',
    ]) {
      const c = compiled(query);
      expect(mayMatch(c, 'run(y)')).toBe(true);
    }
  });

  it('counts a capture found in every branch of an alternation as required', async () => {
    const c = compiled(
      '(call function: [(identifier) @f (attribute attribute: (identifier) @f)] (#eq? @f "loads")) @match',
    );
    expect(mayMatch(c, 'pickle.loads(b)')).toBe(true);
    expect(mayMatch(c, 'json.dumps(b)')).toBe(false);
  });

  it('reads the words every match of a #match? regex contains, and requires nothing when there are none', async () => {
    const needs = async (regex: string, yes: string, no: string) => {
      const c = compiled(`(call function: (identifier) @f (#match? @f "${regex}")) @match`);
      expect([mayMatch(c, yes), mayMatch(c, no)]).toEqual([true, false]);
    };
    await needs('^(md5|md5Hex)$', 'h = md5Hex(s)', 'h = sha256(s)');
    await needs('^md5_?(hex)?$', 'h = md5_hex(s)', 'h = Md5(s)');
    await needs('^(random\\\\w*|next)$', 'n = next(it)', 'h = Random(s)');
    await needs('^[Mm][Dd]5$', 'h = mD5(s)', 'h = sha1(s)');
    await needs('^(get|post)_?(json|form)$', 'post_form(u)', 'get(u)');
    // Each of these can match text without a word of three letters or more in it.
    for (const regex of ['^[a-z]+$', '^(md5|[0-9]+)$', '^(md5)?$', '^\\\\w{3}$', '^(a|b)c$']) {
      const c = compiled(`(call function: (identifier) @f (#match? @f "${regex}")) @match`);
      expect(mayMatch(c, 'h = run(s)')).toBe(true);
    }
  });

  it("requires the words of the rule's where regexes, ignoring case where the regex does", async () => {
    const query = '(call function: (identifier) @f arguments: (argument_list (_) @arg)) @match';
    const c = compiled(query, [{ capture: 'arg', regex: '(?i)\\b(pass(word)?|secret)\\b' }]);
    expect(mayMatch(c, 'check(SECRET)')).toBe(true);
    expect(mayMatch(c, 'check(Password)')).toBe(true);
    expect(mayMatch(c, 'check(name)')).toBe(false);
    const exact = compiled(query, [{ capture: 'f', 'function-regex': 'Token' }]);
    expect(mayMatch(exact, 'def f(): check(Token)')).toBe(true);
    expect(mayMatch(exact, 'def f(): check(token)')).toBe(false);
    // not-regex requires nothing
    const not = compiled(query, [{ capture: 'arg', 'not-regex': 'secret' }]);
    expect(mayMatch(not, 'check(name)')).toBe(true);
  });

  it('does not read words out of strings and comments in the query', async () => {
    const c = compiled('; (#eq? @f "nowhere")\n(call function: (identifier) @f (#eq? @f "a[b")) @match');
    expect(mayMatch(c, 'x = a[b(1)')).toBe(true);
    expect(mayMatch(c, 'x = c(1)')).toBe(false);
  });
});

describe('a Python file that starts inside a string', () => {
  const tail = '    Runs the query for the given user.\n    :param uid: the id, as typed\n    """\n';
  const code = 'def get(cur, uid):\n    cur.execute(f"SELECT * FROM t WHERE id = {uid}")\n';

  it('is read as code after the closing quotes, positions unchanged, with a note', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const out = await engine.analyze([py(tail + code, 'excerpt.py')]);
    expect(out.findings.map((f) => [f.region.startLine, f.region.startColumn, f.snippet])).toEqual([
      [5, 5, 'cur.execute(f"SELECT * FROM t WHERE id = {uid}")'],
    ]);
    expect(out.diagnostics).toEqual([
      expect.objectContaining({
        level: 'note',
        message: expect.stringMatching(/excerpt\.py \(head\) starts inside a string .* from line 3 on/),
      }),
    ]);
  });

  it('keeps what the first reading found before the quotes, when a guess blanked real code', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const before = 'cur.execute("DELETE FROM t WHERE id = " + uid)\nx = (\n"""\n';
    const out = await engine.analyze([py(before + code, 'mixed.py')]);
    expect(out.findings.map((f) => f.region.startLine).sort()).toEqual([1, 5]);
    expect(out.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/starts inside a string .* from line 3 on/),
    );
  });

  it('keeps the first reading of a well-formed file with a docstring', async () => {
    const engine = createBuiltinEngine({ rules: [sql()], parser: parser() });
    const out = await engine.analyze([py('"""Module doc."""\n' + code, 'ok.py')]);
    expect(out.findings.map((f) => f.region.startLine)).toEqual([3]);
    expect(out.diagnostics).toEqual([]);
  });
});
