/**
 * Issue 5 end to end on real git repositories with the real grammars and rules: what counts as new,
 * suppressions (inline and central, with and without a reason, expired), the configuration's paths,
 * selection and severity overrides, the stricter policy for AI-written lines, and the CWE ledger.
 * Every case checks the outcome against a control run without the feature, so it can fail.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Log as SarifLog } from 'sarif';
import { runCli } from '../../src/cli/main.js';
import type { EngineSetup } from '../../src/composition.js';
import { parseConfig } from '../../src/config/config.js';
import type { ReviewResult } from '../../src/core/types.js';
import type { ReviewRequest } from '../../src/pipeline/options.js';
import { toPipelineOptions } from '../../src/pipeline/raw-options.js';
import { render, type JsonReport } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { CLAUDE_CODE_TRAILERS, createEngines, onlyFinding, runReview } from '../pipeline/support.js';

const text = (lines: string[]): string => lines.join('\n') + '\n';
const statuses = (r: ReviewResult): string[] => r.findings.map((f) => `${f.status} ${f.ruleId} ${f.file}`);
const newOnes = (r: ReviewResult) => r.findings.filter((f) => f.status === 'new');

const SQL_FN = [
  'def find(cur, x):',
  '    cur.execute(f"SELECT * FROM t WHERE id = {x}")',
  '    return cur.fetchone()',
];
const SHELL_FN = ['def backup(name):', '    os.system("tar czf /b/" + name)'];
const SAFE_FN = ['def add(a, b):', '    return a + b'];

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

let setup: EngineSetup;
let scratch: string;
let reports = 0;

/** The CLI in-process on a repository, with its JSON report read back. */
async function cliJson(
  repo: GitRepo,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string; report: JsonReport }> {
  const out = join(scratch, `report-${++reports}.json`);
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(
    ['review', '-C', repo.dir, '--base', 'main', '--format', 'json', '-o', out, ...args],
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      cwd: scratch,
    },
  );
  if (code === 2) throw new Error(`aigis exited 2: ${stderr.text}`);
  return {
    code,
    stdout: stdout.text,
    stderr: stderr.text,
    report: JSON.parse(await readFile(out, 'utf8')) as JsonReport,
  };
}

/** The options a `.github/aigis.yml` gives, the way both shells build them. */
function fromConfig(yaml: string, extra: Partial<ReviewRequest> = {}): Partial<ReviewRequest> {
  return { ...toPipelineOptions({}, undefined, parseConfig('.github/aigis.yml', yaml).config), ...extra };
}

beforeAll(async () => {
  setup = await createEngines(process.cwd());
  scratch = await mkdtemp(join(tmpdir(), 'aigis-policy-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('status on real repositories', () => {
  let repo: GitRepo;
  beforeEach(async () => {
    repo = await GitRepo.create();
  });
  afterEach(async () => {
    await repo.cleanup();
  });

  it('calls nothing new when code moves to another file, a file is renamed, or only whitespace changes', async () => {
    await repo.write('a.py', text(['import sqlite3', '', '', ...SQL_FN, '', '', ...SAFE_FN]));
    await repo.write('tools.py', text(['import os', '', '', ...SHELL_FN]));
    await repo.write(
      'fmt.py',
      text(['import os', '', '', 'def restore(name):', '    os.system( "tar xzf /b/"+name )']),
    );
    await repo.commit('base');
    repo.checkoutNew('feature');
    // Moved: find() leaves a.py for b.py.
    await repo.write('a.py', text(['import sqlite3', '', '', ...SAFE_FN]));
    await repo.write(
      'b.py',
      text(['import sqlite3', '', '', ...SAFE_FN.map((l) => l.replace('add', 'sub')), '', '', ...SQL_FN]),
    );
    // Renamed, unchanged.
    repo.move('tools.py', 'lib/tools.py');
    // Whitespace only, as a formatter would: spacing inside the call and around the operator.
    await repo.write(
      'fmt.py',
      text(['import os', '', '', 'def restore(name):', '    os.system("tar xzf /b/" + name)']),
    );
    await repo.commit('move, rename, reformat');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature', policy: 'new' });
    expect(statuses(result).sort()).toEqual([
      'existing python-shell-injection fmt.py',
      'existing python-shell-injection lib/tools.py',
      'existing python-sql-injection b.py',
    ]);
    expect(result.verdict.passed).toBe(true);
    expect(result.verdict.reason).toMatch(/^no new findings/);
  });

  it('reports one fixed and one new when a hunk removes a weakness and adds another', async () => {
    await repo.write('app.py', text(['import os', '', '', ...SHELL_FN]));
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write(
      'app.py',
      text([
        'import os',
        '',
        '',
        'def backup(cur, name):',
        '    cur.execute(f"INSERT INTO backups VALUES (\'{name}\')")',
      ]),
    );
    await repo.commit('log backups in the database instead');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature', policy: 'new' });
    expect(statuses(result)).toEqual([
      'new python-sql-injection app.py',
      'fixed python-shell-injection app.py',
    ]);
    expect(onlyFinding(result, 'app.py', 'python-sql-injection').region.startLine).toBe(5);
    expect(onlyFinding(result, 'app.py', 'python-shell-injection').region.startLine).toBe(5);
    expect(result.verdict.passed).toBe(false);

    // The ledger: CWE-89 in, CWE-78 out, net 8.8 - 9.8 in the table's severities.
    const json = JSON.parse(render(result, 'json')) as JsonReport;
    expect(json.summary.cwes).toEqual({ introduced: [89], fixed: [78], severityDelta: -1 });
    expect(json.summary.counts).toMatchObject({ new: 1, fixed: 1, existing: 0 });
    expect(render(result, 'markdown')).toMatch(/CWE-89/);
  });

  it('after a rebase onto a newer base, counts only the PR’s own finding as new (base = merge base)', async () => {
    await repo.write('app.py', text(['import os', '', '', ...SAFE_FN]));
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app.py', text(['import os', '', '', ...SAFE_FN, '', '', ...SHELL_FN]));
    await repo.commit('add backup');
    repo.checkout('main');
    // main moves on after the fork, with a weakness of its own in the same file and a new file.
    await repo.write('app.py', text(['import os', 'import sqlite3', '', '', ...SQL_FN, '', '', ...SAFE_FN]));
    await repo.write('report.py', text(['import sqlite3', '', '', ...SQL_FN]));
    await repo.commit('main: lookups');

    const before = await runReview(repo, setup, { base: 'main', head: 'feature', policy: 'new' });
    expect(newOnes(before).map((f) => `${f.ruleId} ${f.file}`)).toEqual(['python-shell-injection app.py']);

    repo.checkout('feature');
    repo.git('rebase', '--quiet', 'main');
    expect(repo.git('merge-base', 'main', 'feature').trim()).toBe(repo.sha('main'));

    // No --base: the merge base with the default branch.
    const after = await runReview(repo, setup, { policy: 'new' });
    expect(after.base).toBe(repo.sha('main'));
    expect(newOnes(after).map((f) => `${f.ruleId} ${f.file}`)).toEqual(['python-shell-injection app.py']);
    expect(after.findings.filter((f) => f.status === 'fixed')).toEqual([]);
    expect(after.verdict.failing).toHaveLength(1);
  });
});

describe('suppressions', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.create();
    await repo.write('app/db.py', text(['import sqlite3', '', '', ...SAFE_FN]));
    await repo.commit('base');
    repo.checkoutNew('reasoned', 'main');
    await repo.write(
      'app/db.py',
      text([
        'import sqlite3',
        '',
        '',
        ...SAFE_FN,
        '',
        '',
        'def find(cur, x):',
        '    # aigis-ignore[CWE-89]: parameters validated upstream',
        '    cur.execute(f"SELECT * FROM t WHERE id = {x}")',
      ]),
    );
    await repo.commit('find, suppressed with a reason');
    repo.checkoutNew('bare', 'main');
    await repo.write(
      'app/db.py',
      text([
        'import sqlite3',
        '',
        '',
        ...SAFE_FN,
        '',
        '',
        'def find(cur, x):',
        '    cur.execute(f"SELECT * FROM t WHERE id = {x}")  # aigis-ignore[CWE-89]',
      ]),
    );
    await repo.commit('find, suppressed without a reason');
    repo.checkoutNew('plain', 'main');
    await repo.write('app/db.py', text(['import sqlite3', '', '', ...SAFE_FN, '', '', ...SQL_FN]));
    await repo.commit('find, not suppressed');
  });
  afterAll(async () => {
    await repo.cleanup();
  });

  it('honours an inline suppression with a reason: the gate passes and SARIF carries the justification', async () => {
    const result = await runReview(repo, setup, { base: 'main', head: 'reasoned', policy: 'new' });
    const f = onlyFinding(result, 'app/db.py', 'python-sql-injection');
    expect(f.status).toBe('new');
    expect(f.suppressed).toEqual({ kind: 'inline', reason: 'parameters validated upstream' });
    expect(result.verdict.passed).toBe(true);
    expect(result.diagnostics.filter((d) => d.source === 'suppress')).toEqual([]);

    const sarif = JSON.parse(render(result, 'sarif')) as SarifLog;
    const results = sarif.runs.flatMap((r) => r.results ?? []);
    expect(results).toHaveLength(1);
    expect(results[0]!.suppressions).toEqual([
      expect.objectContaining({
        kind: 'inSource',
        status: 'accepted',
        justification: 'parameters validated upstream',
      }),
    ]);
  });

  it('still suppresses without a reason, and says the reason is missing', async () => {
    const result = await runReview(repo, setup, { base: 'main', head: 'bare', policy: 'new' });
    const f = onlyFinding(result, 'app/db.py', 'python-sql-injection');
    expect(f.suppressed).toEqual({ kind: 'inline' });
    expect(result.verdict.passed).toBe(true);
    const said = result.diagnostics.filter((d) => d.source === 'suppress');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ level: 'warning', file: 'app/db.py' });
    expect(said[0]!.message).toMatch(
      /app\/db\.py:9: inline suppression of python-sql-injection has no reason/,
    );
    const sarif = JSON.parse(render(result, 'sarif')) as SarifLog;
    const s = sarif.runs.flatMap((r) => r.results ?? [])[0]!.suppressions?.[0];
    expect(s).toMatchObject({ kind: 'inSource', status: 'accepted' });
    expect(s?.justification).toBeUndefined();
  });

  it('applies a central suppression with a reason and a future expiry, and not an expired one', async () => {
    const control = await runReview(repo, setup, { base: 'main', head: 'plain', policy: 'new' });
    expect(control.verdict.passed).toBe(false);

    const config = (expires: string) =>
      `fail-on: new\nsuppressions:\n  - cwe: 89\n    paths: ['app/**']\n    reason: read-only replica\n    expires: ${expires}\n`;
    const live = await runReview(
      repo,
      setup,
      fromConfig(config('2027-03-31'), { base: 'main', head: 'plain', today: '2027-03-31' }),
    );
    expect(onlyFinding(live, 'app/db.py', 'python-sql-injection').suppressed).toEqual({
      kind: 'config',
      reason: 'read-only replica',
      expires: '2027-03-31',
    });
    expect(live.verdict.passed).toBe(true);
    expect(live.diagnostics.filter((d) => d.source === 'suppress')).toEqual([]);

    // The day after its last day it no longer applies, and says so.
    const expired = await runReview(
      repo,
      setup,
      fromConfig(config('2027-03-31'), { base: 'main', head: 'plain', today: '2027-04-01' }),
    );
    expect(onlyFinding(expired, 'app/db.py', 'python-sql-injection').suppressed).toBeUndefined();
    expect(expired.verdict.passed).toBe(false);
    const said = expired.diagnostics.filter((d) => d.source === 'suppress').map((d) => d.message);
    expect(said).toEqual([
      expect.stringMatching(/suppressions\[0\] \(CWE-89 in app\/\*\*\) expired on 2027-03-31: 1 finding/),
    ]);
  });

  it('reads central suppressions from .github/aigis.yml through the CLI, expired ones included', async () => {
    repo.checkout('plain');
    try {
      await repo.write(
        '.github/aigis.yml',
        'fail-on: new\nsuppressions:\n  - rule: python-sql-*\n    reason: legacy reports\n    expires: 2999-12-31\n',
      );
      const live = await cliJson(repo, []);
      expect(live.code).toBe(0);
      expect(live.report.findings[0]?.suppressed).toMatchObject({ kind: 'config', reason: 'legacy reports' });
      expect(live.report.summary.counts).toMatchObject({ new: 0, suppressed: 1 });

      await repo.write(
        '.github/aigis.yml',
        'fail-on: new\nsuppressions:\n  - rule: python-sql-*\n    reason: legacy reports\n    expires: 2001-01-01\n',
      );
      const expired = await cliJson(repo, []);
      expect(expired.code).toBe(1);
      expect(expired.report.findings[0]?.suppressed).toBeUndefined();
      expect(expired.report.diagnostics.map((d) => d.message)).toContainEqual(
        expect.stringMatching(/suppressions\[0\] \(rule python-sql-\*\) expired on 2001-01-01: 1 finding/),
      );
      // The terminal summary shows it too, not only the file.
      expect(expired.stdout).toMatch(/expired on 2001-01-01/);
    } finally {
      await repo.remove('.github/aigis.yml');
      repo.checkout('main');
    }
  });
});

describe('configuration on a review', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.create();
    await repo.write('app/util.py', text(SAFE_FN));
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('legacy/report.py', text(['import os', '', '', ...SHELL_FN]));
    await repo.write('app/db.py', text(['import sqlite3', '', '', ...SQL_FN]));
    await repo.commit('add a report and a lookup');
  });
  afterAll(async () => {
    await repo.cleanup();
  });
  const req = { base: 'main', head: 'feature' };

  it('lists a file under paths-ignore as skipped (ignored-path) and keeps it out of the gate', async () => {
    const control = await runReview(repo, setup, { ...req, policy: 'new' });
    expect(
      newOnes(control)
        .map((f) => f.file)
        .sort(),
    ).toEqual(['app/db.py', 'legacy/report.py']);

    const result = await runReview(
      repo,
      setup,
      fromConfig("fail-on: new\npaths-ignore: ['legacy/**']\n", req),
    );
    expect(result.skipped).toEqual([
      expect.objectContaining({ path: 'legacy/report.py', reason: 'ignored-path' }),
    ]);
    expect(result.findings.map((f) => f.file)).toEqual(['app/db.py']);
    expect(result.verdict.failing).toHaveLength(1);

    const clean = await runReview(
      repo,
      setup,
      fromConfig("fail-on: new\npaths-ignore: ['legacy/**', 'app/db.py']\n", req),
    );
    expect(clean.findings).toEqual([]);
    expect(clean.verdict.passed).toBe(true);
    expect(clean.skipped.map((s) => s.path).sort()).toEqual(['app/db.py', 'legacy/report.py']);
  });

  it('lets a severity override turn a new-high failure into a pass', async () => {
    const only = "paths-ignore: ['legacy/**']\n";
    const control = await runReview(repo, setup, fromConfig(`fail-on: new-high\n${only}`, req));
    expect(onlyFinding(control, 'app/db.py', 'python-sql-injection').severity).toBe(8.8);
    expect(control.verdict.passed).toBe(false);

    const result = await runReview(
      repo,
      setup,
      fromConfig(`fail-on: new-high\n${only}severity:\n  CWE-89: 3.0\n`, req),
    );
    expect(onlyFinding(result, 'app/db.py', 'python-sql-injection').severity).toBe(3);
    expect(result.verdict.passed).toBe(true);
    expect(result.verdict.reason).toMatch(/^1 new, none failing \(policy new-high/);
    const sarif = JSON.parse(render(result, 'sarif')) as SarifLog;
    const rule = sarif.runs
      .flatMap((r) => r.tool.driver.rules ?? [])
      .find((r) => r.id === 'python-sql-injection');
    expect(rule?.properties?.['security-severity']).toBe('3.0');
  });

  it('drops findings out of the rule or CWE selection, whatever else is configured', async () => {
    for (const selection of ["rules:\n  exclude: ['python-sql-*']\n", 'cwes:\n  exclude: [89]\n']) {
      const result = await runReview(repo, setup, fromConfig(`fail-on: new\n${selection}`, req));
      expect(result.findings.map((f) => f.ruleId)).toEqual(['python-shell-injection']);
    }
    const included = await runReview(repo, setup, fromConfig('fail-on: new\ncwes:\n  include: [89]\n', req));
    expect(included.findings.map((f) => f.ruleId)).toEqual(['python-sql-injection']);
  });
});

describe('a stricter policy for AI-written lines', () => {
  const CONFIG = 'fail-on: none\nai:\n  fail-on: new\n';
  const repos: GitRepo[] = [];
  afterAll(async () => {
    for (const r of repos) await r.cleanup();
  });

  async function prRepo(trailers: string[] | undefined): Promise<GitRepo> {
    const repo = await GitRepo.create();
    repos.push(repo);
    await repo.write('app/db.py', text(['import sqlite3', '', '', ...SAFE_FN]));
    await repo.write('.github/aigis.yml', CONFIG);
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app/db.py', text(['import sqlite3', '', '', ...SAFE_FN, '', '', ...SQL_FN]));
    await repo.commit('Add lookup by id', trailers ? { trailers } : {});
    return repo;
  }

  it('fails on a new finding Claude Code wrote, and passes the same finding written by a person', async () => {
    const ai = await cliJson(await prRepo(CLAUDE_CODE_TRAILERS), []);
    expect(ai.code).toBe(1);
    expect(ai.report.findings).toHaveLength(1);
    expect(ai.report.findings[0]).toMatchObject({
      status: 'new',
      attribution: expect.objectContaining({ ai: true, tool: 'Claude Code' }) as unknown,
    });
    expect(ai.report.verdict).toMatchObject({ passed: false, policy: 'none', aiPolicy: { policy: 'new' } });
    expect(ai.report.verdict.reason).toMatch(/^1 new finding \(1 high, 1 on AI-written lines\)/);
    expect(ai.report.verdict.reason).toContain('on AI-written lines new: fails on any new finding');

    const human = await cliJson(await prRepo(undefined), []);
    expect(human.report.findings).toHaveLength(1);
    expect(human.report.findings[0]!.attribution?.ai ?? false).toBe(false);
    expect(human.code).toBe(0);
    expect(human.report.verdict.passed).toBe(true);
    expect(human.report.verdict.reason).toMatch(/^1 new, none failing \(policy none/);
  });

  it('never relaxes the general policy for AI-written lines', async () => {
    const repo = await prRepo(CLAUDE_CODE_TRAILERS);
    await repo.write('.github/aigis.yml', 'fail-on: new\nai:\n  fail-on: none\n');
    const run = await cliJson(repo, []);
    expect(run.report.findings[0]?.attribution?.ai).toBe(true);
    expect(run.code).toBe(1);
    expect(run.report.verdict.reason).toMatch(
      /^1 new finding \(1 high, 1 on AI-written lines\) \(policy new:/,
    );
  });
});
