/**
 * Inline suppressions: aigis-ignore, and the comments other analyzers' users already wrote (bandit
 * and gosec `nosec`, semgrep `nosemgrep`, CodeQL `codeql[...]`), through the real engine and rules.
 */
import { createBuiltinEngine } from '../../src/analyzers/builtin/engine.js';
import { loadRules } from '../../src/analyzers/builtin/rule-loader.js';
import {
  collectSuppressions,
  parseSuppressionComment,
  type SuppressionForm,
} from '../../src/analyzers/builtin/suppressions.js';
import type { SourceFile } from '../../src/core/adapters.js';
import type { EngineFinding } from '../../src/core/types.js';
import { languageForPath } from '../../src/parsing/languages.js';
import { parser, read, rulesDir } from './helpers.js';

const sql = loadRules([
  { path: 'python/python-sql-injection.yml', text: read(`${rulesDir}/python/python-sql-injection.yml`) },
]).rules;

async function findings(text: string, forms?: SuppressionForm[]): Promise<EngineFinding[]> {
  const engine = createBuiltinEngine({
    rules: sql,
    parser: parser(),
    ...(forms ? { suppressionForms: forms } : {}),
  });
  const file: SourceFile = { path: 'app.py', language: 'python', text, side: 'head' };
  const out = await engine.analyze([file]);
  engine.dispose();
  expect(out.diagnostics).toEqual([]);
  return out.findings;
}

const query = 'cur.execute(f"SELECT * FROM t WHERE id = {uid}")';

describe('inline suppressions', () => {
  it('parse ids and reasons of aigis-ignore in any comment syntax', () => {
    expect(parseSuppressionComment('# aigis-ignore[CWE-89]: parameter is an int')).toEqual([
      { form: 'aigis-ignore', ids: ['CWE-89'], reason: 'parameter is an int' },
    ]);
    expect(parseSuppressionComment('/* aigis-ignore[c-gets, CWE-120]: legacy tool */')).toEqual([
      { form: 'aigis-ignore', ids: ['c-gets', 'CWE-120'], reason: 'legacy tool' },
    ]);
    expect(parseSuppressionComment('// aigis-ignore[js-weak-hash]:   ')).toEqual([
      { form: 'aigis-ignore', ids: ['js-weak-hash'] },
    ]);
    expect(parseSuppressionComment('<!-- aigis-ignore[CWE-79]: escaped by the template -->')).toEqual([
      { form: 'aigis-ignore', ids: ['CWE-79'], reason: 'escaped by the template' },
    ]);
    expect(parseSuppressionComment('// aigis-ignore[]: nothing')).toEqual([]);
    expect(parseSuppressionComment('// aigis-ignore CWE-89')).toEqual([]);
  });

  it('parse the nosec, nosemgrep and codeql forms', () => {
    expect(parseSuppressionComment('# nosec')).toEqual([{ form: 'nosec', ids: ['*'] }]);
    expect(parseSuppressionComment('# nosec B608, B611')).toEqual([{ form: 'nosec', ids: ['B608', 'B611'] }]);
    expect(parseSuppressionComment('// #nosec G204 -- the binary path is a constant')).toEqual([
      { form: 'nosec', ids: ['G204'], reason: 'the binary path is a constant' },
    ]);
    expect(parseSuppressionComment('# nosemgrep: python.lang.security.sqli, other-rule')).toEqual([
      { form: 'nosemgrep', ids: ['python.lang.security.sqli', 'other-rule'] },
    ]);
    expect(parseSuppressionComment('# nosemgrep')).toEqual([{ form: 'nosemgrep', ids: ['*'] }]);
    expect(parseSuppressionComment('// codeql[js/sql-injection] ids come from our own table')).toEqual([
      { form: 'codeql', ids: ['js/sql-injection'], reason: 'ids come from our own table' },
    ]);
    // Words that merely contain the markers are not suppressions.
    expect(parseSuppressionComment('# the nosecurity flag; unnosemgrepped')).toEqual([]);
    expect(parseSuppressionComment('# nosec', ['aigis-ignore'])).toEqual([]);
  });

  it('come only from comments, not from strings', async () => {
    const file = 'const s = "aigis-ignore[CWE-89]: not a comment";\n// aigis-ignore[CWE-89]: real\nrun();\n';
    const parsed = await parser().parse(languageForPath('a.js')!, file);
    expect(collectSuppressions(parsed.tree.rootNode)).toEqual([
      { form: 'aigis-ignore', ids: ['CWE-89'], reason: 'real', lines: [2, 3] },
    ]);
    parsed.tree.delete();
  });

  it.each([
    ['a bare nosec', `${query}  # nosec`],
    ['bandit B608 (SQL injection)', `${query}  # nosec B608`],
    [
      'semgrep, by our rule id at the end of its dotted id',
      `# nosemgrep: aigis.python-sql-injection\n${query}`,
    ],
    ['a bare nosemgrep', `${query}  # nosemgrep`],
    ['CodeQL py/sql-injection', `# codeql[py/sql-injection] uid is an int\n${query}`],
    ['aigis-ignore by CWE', `${query}  # aigis-ignore[CWE-89]: uid is an int`],
  ])('honour %s on the finding line', async (_name, text) => {
    const [f] = await findings(`uid = 1\n${text}\n`);
    expect(f?.suppressed).toBeDefined();
  });

  it('do not hide a finding of another weakness', async () => {
    for (const text of [
      `${query}  # nosec B602`, // bandit: shell injection
      `# codeql[py/path-injection]\n${query}`,
      `# nosemgrep: python.lang.security.audit.eval\n${query}`,
      `${query}  # aigis-ignore[CWE-79]: wrong id`,
    ]) {
      const [f] = await findings(`uid = 1\n${text}\n`);
      expect(f).toBeDefined();
      expect(f!.suppressed).toBeUndefined();
    }
  });

  it('say which tool comment suppressed a finding, and keep its reason', async () => {
    const [f] = await findings(`${query}  # nosec B608 -- uid is validated above\n`);
    expect(f!.suppressed).toEqual({ kind: 'inline', via: 'nosec', reason: 'uid is validated above' });
    const [g] = await findings(`${query}  # nosemgrep\n`);
    expect(g!.suppressed).toEqual({ kind: 'inline', via: 'nosemgrep' });
  });

  it('honour only the configured forms', async () => {
    const [f] = await findings(`${query}  # nosec\n`, ['aigis-ignore']);
    expect(f!.suppressed).toBeUndefined();
    const [g] = await findings(`${query}  # aigis-ignore[CWE-89]: checked\n`, ['aigis-ignore']);
    expect(g!.suppressed).toEqual({ kind: 'inline', reason: 'checked' });
  });
});

describe('the lines a suppression covers', () => {
  it('is its own line for a comment after code, and also the next line for a comment alone', async () => {
    const text = [
      'cur.execute(f"SELECT {a}")  # nosec B608 -- a is an int',
      'cur.execute(f"SELECT {b}")',
      '# nosec B608 -- c is an int',
      'cur.execute(f"SELECT {c}")',
      '',
    ].join('\n');
    const parsed = await parser().parse('python', text);
    expect(collectSuppressions(parsed.tree.rootNode).map((s) => s.lines)).toEqual([[1], [3, 4]]);
    parsed.tree.delete();
  });
});
