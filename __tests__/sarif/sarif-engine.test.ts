/**
 * The sarif engine through the real CLI, on real files and a real git repository: other tools'
 * logs (a file or codeql-action's output directory) become findings under the tool's own name,
 * merge with the built-in engine's finding about the same weakness, get their status from the
 * diff, and are named with their version in every report. Bad logs are diagnostics.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { combineConfidence } from '../../src/stages/rank/merge.js';
import type { JsonReport } from '../../src/report/json.js';
import { GitRepo } from '../helpers/git-repo.js';
import { cli } from '../helpers/run-cli.js';

async function json(argv: string[], cwd: string): Promise<JsonReport> {
  const run = await cli([...argv, '--format', 'json'], cwd);
  expect(run.stderr).not.toContain('    at ');
  return JSON.parse(run.stdout) as JsonReport;
}

const SQL_LINE = '    cur.execute(f"SELECT * FROM t WHERE id = {x}")';
const APP = `import sqlite3\n\n\ndef find(cur, x):\n${SQL_LINE}\n    return cur.fetchone()\n\n\nPASSWORD = "hunter2hunter2"\n`;

interface Res {
  rule: string;
  line: number;
  file?: string;
}

/** A log in CodeQL's shape: rules with CWE tags, precision and security-severity; %SRCROOT% URIs. */
function codeqlLog(results: Res[]): string {
  const rules = [
    {
      id: 'py/sql-injection',
      shortDescription: { text: 'SQL query built from user-controlled sources' },
      properties: {
        tags: ['security', 'external/cwe/cwe-089'],
        precision: 'high',
        'security-severity': '8.8',
      },
    },
    {
      id: 'py/hardcoded-credentials',
      shortDescription: { text: 'Hard-coded credentials' },
      properties: {
        tags: ['security', 'external/cwe/cwe-259', 'external/cwe/cwe-798'],
        precision: 'medium',
        'security-severity': '9.8',
      },
    },
  ];
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'CodeQL', semanticVersion: '2.21.0', rules } },
        results: results.map((r) => ({
          ruleId: r.rule,
          ruleIndex: rules.findIndex((x) => x.id === r.rule),
          message: { text: `${r.rule} here` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file ?? 'app.py', uriBaseId: '%SRCROOT%' },
                region: { startLine: r.line, startColumn: 5, endColumn: 20 },
              },
            },
          ],
        })),
      },
    ],
  });
}

function semgrepLog(line: number): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Semgrep OSS',
            semanticVersion: '1.90.0',
            rules: [
              { id: 'python.secrets', properties: { tags: ['CWE-798: Use of Hard-coded Credentials'] } },
            ],
          },
        },
        results: [
          {
            ruleId: 'python.secrets',
            message: { text: 'hard-coded secret' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'app.py' }, region: { startLine: line } } },
            ],
          },
        ],
      },
    ],
  });
}

let dir: string;
let scratch: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigis-sarif-scan-'));
  scratch = await mkdtemp(join(tmpdir(), 'aigis-sarif-logs-'));
  await writeFile(join(dir, 'app.py'), APP);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

describe('aigis scan --sarif', () => {
  it('merges a CodeQL result with the built-in finding about the same weakness, and keeps the others', async () => {
    const out = join(scratch, 'codeql-output');
    await mkdir(out, { recursive: true });
    // codeql-action's output directory: one log per language.
    await writeFile(join(out, 'python.sarif'), codeqlLog([{ rule: 'py/sql-injection', line: 5 }]));
    await writeFile(join(scratch, 'semgrep.sarif'), semgrepLog(9));

    const alone = await json(['scan', 'app.py', '--engines', 'builtin'], dir);
    const builtinSql = alone.findings.find((f) => f.cwes.includes(89))!;
    expect(builtinSql.engines).toEqual(['builtin']);

    const report = await json(
      ['scan', 'app.py', '--sarif', out, '--sarif', join(scratch, 'semgrep.sarif')],
      dir,
    );
    const sql = report.findings.filter((f) => f.cwes.includes(89));
    expect(sql).toHaveLength(1);
    expect(sql[0]!.engines).toEqual(['builtin', 'codeql']);
    expect(sql[0]!.staticConfidence).toBeCloseTo(combineConfidence(builtinSql.staticConfidence, 0.85), 3);
    expect(sql[0]!.ruleId).toBe(builtinSql.ruleId);

    // The built-in rule calls the password CWE-259, Semgrep CWE-798: one family, one finding.
    const builtinSecret = alone.findings.find((f) => f.region.startLine === 9)!;
    const secret = report.findings.filter((f) => f.engines.includes('semgrep-oss'));
    expect(secret).toHaveLength(1);
    expect(secret[0]!.engines).toEqual(['builtin', 'semgrep-oss']);
    expect(secret[0]!.cwes).toEqual(builtinSecret.cwes);
    expect(secret[0]!.staticConfidence).toBeCloseTo(
      combineConfidence(builtinSecret.staticConfidence, 0.6),
      3,
    );

    const runs = report.engines.map((e) => ({ name: e.name, version: e.version, via: e.via }));
    expect(runs).toEqual(
      expect.arrayContaining([
        { name: 'codeql', version: '2.21.0', via: 'sarif' },
        { name: 'semgrep-oss', version: '1.90.0', via: 'sarif' },
      ]),
    );
  });

  it('names the tools, their versions and that they came through SARIF in the text report', async () => {
    await writeFile(join(scratch, 'one.sarif'), codeqlLog([{ rule: 'py/sql-injection', line: 5 }]));
    const run = await cli(
      ['scan', 'app.py', '--sarif', join(scratch, 'one.sarif'), '--fail-on', 'none'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/engines: .*builtin .*codeql 2\.21\.0 via sarif \(\d/);
  });

  it('reads logs named in the config file, relative to the repository', async () => {
    await writeFile(join(dir, 'codeql.sarif'), codeqlLog([{ rule: 'py/hardcoded-credentials', line: 9 }]));
    await writeFile(join(dir, 'aigis.yml'), 'sarif: [codeql.sarif]\nengines: [sarif]\n');
    const report = await json(['scan', 'app.py', '--config', 'aigis.yml'], dir);
    expect(report.findings.map((f) => [f.ruleId, f.engines])).toEqual([
      ['py/hardcoded-credentials', ['codeql']],
    ]);
  });

  it('reports a missing or broken log as an error and still gives the other findings', async () => {
    await writeFile(join(scratch, 'broken.sarif'), '{"version": "2.1.0", "runs": [');
    const report = await json(
      ['scan', 'app.py', '--sarif', join(scratch, 'nope.sarif'), '--sarif', join(scratch, 'broken.sarif')],
      dir,
    );
    const errors = report.diagnostics.filter((d) => d.level === 'error').map((d) => d.message);
    expect(errors).toEqual([
      expect.stringMatching(
        /cannot read the SARIF file .*nope\.sarif: no such file or directory; its findings are missing/,
      ),
      expect.stringMatching(/broken\.sarif: not valid JSON .*it was not read/),
    ]);
    expect(report.findings.some((f) => f.cwes.includes(89) && f.engines.includes('builtin'))).toBe(true);
  });

  it('warns when logs are given but --engines leaves sarif out, and when sarif is asked for without logs', async () => {
    const left = await json(
      ['scan', 'app.py', '--engines', 'builtin', '--sarif', join(scratch, 'one.sarif')],
      dir,
    );
    expect(left.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/SARIF logs were given .* but the engines asked for leave out sarif/),
    );
    const none = await json(['scan', 'app.py', '--engines', 'builtin,sarif'], dir);
    expect(none.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/the sarif engine was asked for, but no SARIF log was given/),
    );
  });
});

describe('aigis scan --sarif in a subdirectory of a repository', () => {
  it('resolves the log against the directory scanned, as the scanned paths are', async () => {
    const repo = await GitRepo.create();
    try {
      await repo.write('service/app.py', APP);
      await repo.commit('service');
      const log = join(scratch, 'sub.sarif');
      await writeFile(log, codeqlLog([{ rule: 'py/hardcoded-credentials', line: 9 }]));
      const report = await json(
        ['scan', 'app.py', '--sarif', log, '--fail-on', 'none'],
        join(repo.dir, 'service'),
      );
      expect(report.findings.some((f) => f.engines.includes('codeql') && f.file === 'app.py')).toBe(true);
    } finally {
      await repo.cleanup();
    }
  });
});

describe('aigis review --sarif', () => {
  let repo: GitRepo;
  let log: string;

  beforeAll(async () => {
    repo = await GitRepo.create();
    await repo.write('app.py', 'import sqlite3\n\n\nPASSWORD = "hunter2hunter2"\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app.py', APP);
    await repo.commit('lookup');
    log = join(scratch, 'review.sarif');
    // Line 9 holds the password that was already there (line 4 in the base); line 5 is new.
    await writeFile(
      log,
      codeqlLog([
        { rule: 'py/sql-injection', line: 5 },
        { rule: 'py/hardcoded-credentials', line: 9 },
      ]),
    );
  });

  afterAll(() => repo.cleanup());

  it('gives a result on an added line status new, and one on untouched code existing', async () => {
    const report = await json(['review', '--base', 'main', '--sarif', log, '--fail-on', 'none'], repo.dir);
    const byCodeql = (cwe: number) =>
      report.findings.find((f) => f.engines.includes('codeql') && f.cwes.includes(cwe));
    expect(byCodeql(89)?.status).toBe('new');
    expect(byCodeql(259)?.status).toBe('existing');
    expect(report.findings.filter((f) => f.status === 'fixed')).toEqual([]);
  });

  it('does not use a log for files whose checkout is not the reviewed head, and says so', async () => {
    repo.git('checkout', '-q', 'main');
    try {
      const report = await json(
        ['review', '--base', 'main', '--head', 'feature', '--sarif', log, '--fail-on', 'none'],
        repo.dir,
      );
      expect(report.findings.some((f) => f.engines.includes('codeql'))).toBe(false);
      expect(report.diagnostics.map((d) => d.message)).toContainEqual(
        expect.stringMatching(
          /are not the text under review, so the logs' results for them were not used.*: app\.py\)/,
        ),
      );
    } finally {
      repo.git('checkout', '-q', 'feature');
    }
  });
});
