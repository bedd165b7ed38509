/**
 * new / existing / fixed by fingerprint on real repositories: moving, re-indenting and renaming
 * must not make old weaknesses look new, and only code the PR removed may count as fixed.
 */
import type { EngineSetup } from '../../src/composition.js';
import { GitRepo } from '../helpers/git-repo.js';
import { createEngines, findingsOf, onlyFinding, runReview } from './support.js';

const QUERY = [
  'def run_query(conn, term):',
  '    cur = conn.cursor()',
  '    cur.execute(f"SELECT * FROM t WHERE name = \'{term}\'")',
  '    return cur.fetchall()',
];
const SHELL = ['import os', '', '', 'def backup(name):', '    os.system("tar czf /b/" + name)', ''];

const text = (lines: string[]): string => lines.join('\n') + '\n';
const indent = (lines: string[]): string[] => lines.map((l) => (l ? `    ${l}` : l));
const statuses = (r: { findings: { status: string }[] }): string[] => r.findings.map((f) => f.status);

describe('review: status by fingerprint', () => {
  let setup: EngineSetup;
  let repo: GitRepo;
  beforeAll(async () => {
    setup = await createEngines(process.cwd());
  });
  beforeEach(async () => {
    repo = await GitRepo.create();
  });
  afterEach(async () => {
    await repo.cleanup();
  });

  it('keeps a vulnerable function moved down the file and re-indented into a class as existing', async () => {
    await repo.write('db.py', text(['import sqlite3', '', '', ...QUERY, '', '', 'def other():', '    pass']));
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write(
      'db.py',
      text([
        'import sqlite3',
        '',
        '',
        'def other():',
        '    pass',
        '',
        '',
        'def helper():',
        '    return 1',
        '',
        '',
        'class Repo:',
        ...indent(QUERY),
      ]),
    );
    await repo.commit('move run_query into a class');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const f = onlyFinding(result, 'db.py', 'python-sql-injection');
    expect(f.status).toBe('existing');
    expect(f.region.startLine).toBe(15);
    expect(statuses(result)).toEqual(['existing']);
    expect(result.verdict.passed).toBe(true);
  });

  it('follows a renamed file with a small edit elsewhere: its old finding is existing', async () => {
    await repo.write(
      'app/shell.py',
      text([...SHELL, '', 'def a():', '    return 1', '', '', 'def b():', '    return 2']),
    );
    await repo.commit('base');
    repo.checkoutNew('feature');
    repo.move('app/shell.py', 'lib/shell_tools.py');
    await repo.write(
      'lib/shell_tools.py',
      text([...SHELL, '', 'def a():', '    return 1', '', '', 'def b():', '    return 3']),
    );
    await repo.commit('rename and tweak');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    expect(result.files).toEqual([{ path: 'lib/shell_tools.py', language: 'python', status: 'renamed' }]);
    expect(onlyFinding(result, 'lib/shell_tools.py', 'python-shell-injection').status).toBe('existing');
    expect(statuses(result)).toEqual(['existing']);
  });

  it('reports a vulnerable line that exists only in base as fixed, with the base location', async () => {
    await repo.write('app/shell.py', text(SHELL));
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app/shell.py', text([...SHELL.slice(0, 4), '    print("no shell")', '']));
    await repo.commit('no shell');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const fixed = onlyFinding(result, 'app/shell.py', 'python-shell-injection');
    expect(fixed.status).toBe('fixed');
    expect(fixed.region.startLine).toBe(5);
    expect(fixed.attribution).toBeUndefined();
    expect(statuses(result)).toEqual(['fixed']);
  });

  it('never calls a finding on an untouched line new, nor fixed while its code is still there', async () => {
    // Renaming the enclosing function changes the fingerprint of the untouched vulnerable line.
    await repo.write('app/shell.py', text(SHELL));
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app/shell.py', text(SHELL.map((l) => l.replace('def backup', 'def archive'))));
    await repo.commit('rename the function');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const f = onlyFinding(result, 'app/shell.py', 'python-shell-injection');
    expect(f.status).toBe('existing');
    expect(f.region.startLine).toBe(5);
  });

  it('pairs untouched code only with untouched code: the removed copy is the fixed one', async () => {
    const two = (first: string, second: string): string =>
      text([
        'import os',
        '',
        '',
        `def ${first}(name):`,
        '    os.system("tar " + name)',
        '',
        '',
        `def ${second}(name):`,
        '    os.system("tar " + name)',
      ]);
    await repo.write('app/shell.py', two('a', 'b'));
    await repo.commit('base');
    repo.checkoutNew('feature');
    // a's call is removed; b is renamed to c around its untouched call.
    await repo.write(
      'app/shell.py',
      text([
        'import os',
        '',
        '',
        'def a(name):',
        '    pass',
        '',
        '',
        'def c(name):',
        '    os.system("tar " + name)',
      ]),
    );
    await repo.commit('drop a shell call, rename b');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const found = findingsOf(result, 'app/shell.py', 'python-shell-injection');
    expect(found.map((f) => [f.status, f.region.startLine])).toEqual([
      ['existing', 9],
      ['fixed', 5],
    ]);
  });

  it('calls a copy of old vulnerable code on added lines new, and the original existing', async () => {
    await repo.write('app/shell.py', text(SHELL));
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write(
      'app/shell.py',
      text([...SHELL, '', 'def restore(name):', '    os.system("tar xzf /b/" + name)', '']),
    );
    await repo.commit('add restore');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const found = findingsOf(result, 'app/shell.py', 'python-shell-injection');
    expect(found.map((f) => [f.status, f.region.startLine])).toEqual([
      ['new', 9],
      ['existing', 5],
    ]);
  });
});
