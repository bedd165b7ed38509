/**
 * `aigis review` with the codeql engine, on real git repositories, through the real CLI and the
 * real process adapter. The CodeQL CLI is the fake of fake-codeql.ts — the real one cannot be
 * installed here (no network beyond npm and Debian) — so these tests check what aigis asks of
 * CodeQL (command lines, source roots, environment), how it takes the answers (SARIF, failures,
 * time-outs) and what it tells the user; reading real CodeQL SARIF is tested in __tests__/sarif.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { discoverCodeql } from '../../src/adapters/codeql/discover.js';
import { createCodeqlWorkspace, runnerResources } from '../../src/adapters/codeql/workspace.js';
import { createCodeqlEngine } from '../../src/analyzers/codeql/engine.js';
import type { SourceFile } from '../../src/core/adapters.js';
import { runCli } from '../../src/cli/main.js';
import type { JsonReport } from '../../src/report/json.js';
import { GitRepo } from '../helpers/git-repo.js';
import { alive, codeqlSarif, createFake, type FakeCall } from './fake-codeql.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _e: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function review(
  argv: string[],
  cwd: string,
): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(['review', '--base', 'main', '--format', 'json', ...argv], {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd,
  });
  expect(stderr.text).not.toContain('    at ');
  return { code, report: JSON.parse(stdout.text) as JsonReport, stderr: stderr.text };
}

const BASE_APP = 'import sqlite3\n\n\ndef find(cur, x):\n    return None\n';
const HEAD_APP =
  'import sqlite3\n\n\ndef find(cur, x):\n    cur.execute(f"SELECT * FROM t WHERE id = {x}")\n    return cur.fetchone()\n';
const GO = 'package main\n\nfunc main() {}\n';
const SQL_RESULT = codeqlSarif([{ rule: 'py/sql-injection', cwe: 89, file: 'app.py', line: 5 }]);

let repo: GitRepo;
let scratch: string;

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.write('app.py', BASE_APP);
  await repo.commit('base');
  repo.checkoutNew('feature');
  await repo.write('app.py', HEAD_APP);
  await repo.write('cmd/main.go', GO);
  await repo.commit('lookup, and a Go tool');
  scratch = await mkdtemp(join(tmpdir(), 'aigis-codeql-'));
});

afterAll(async () => {
  await repo.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

let n = 0;
const fakeDir = () => join(scratch, `fake-${++n}`);
const creates = (calls: FakeCall[]) => calls.filter((c) => c.args[1] === 'create');
const messages = (r: JsonReport) => r.diagnostics.map((d) => `${d.level}: ${d.message}`);

describe('aigis review with CodeQL', () => {
  it('creates and analyses one database per language, without a build, on the working tree', async () => {
    const fake = await createFake(fakeDir(), { sarif: { python: SQL_RESULT }, watch: ['app.py'] });
    const { report } = await review(['--codeql', fake.path, '--fail-on', 'none'], repo.dir);
    const calls = await fake.calls();
    const { threads, ramMb } = runnerResources();
    const create = creates(calls);
    expect(create).toHaveLength(1);
    const db = create[0]!.args[2]!;
    expect(db).toMatch(/\/db-python$/);
    expect(create[0]!.args).toEqual([
      'database',
      'create',
      db,
      '--language=python',
      `--source-root=${repo.dir}`,
      '--build-mode=none',
      `--threads=${threads}`,
      `--ram=${ramMb}`,
      '--overwrite',
    ]);
    // The working tree is the head: CodeQL read it in place.
    expect(create[0]!.files).toEqual({ 'app.py': HEAD_APP });
    const analyze = calls.find((c) => c.args[1] === 'analyze')!;
    const output = analyze.args.find((a) => a.startsWith('--output='))!;
    expect(analyze.args).toEqual([
      'database',
      'analyze',
      db,
      'python-security-extended.qls',
      '--format=sarif-latest',
      output,
      `--threads=${threads}`,
      `--ram=${ramMb}`,
    ]);
    // Scratch space is removed afterwards.
    await expect(stat(db)).rejects.toThrow();

    const sql = report.findings.filter((f) => f.cwes.includes(89));
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatchObject({ engines: ['builtin', 'codeql'], status: 'new', file: 'app.py' });
    expect(report.engines.find((e) => e.name === 'codeql')).toMatchObject({ version: '2.21.0' });
    expect(messages(report)).toContainEqual(`note: CodeQL 2.21.0 found: given path ${fake.path}`);
  });

  it('skips Go (it needs a build, which runs PR code) unless autobuild is allowed', async () => {
    const fake = await createFake(fakeDir());
    const { report } = await review(['--codeql', fake.path, '--fail-on', 'none'], repo.dir);
    expect(creates(await fake.calls()).map((c) => c.args[3])).toEqual(['--language=python']);
    expect(messages(report)).toContainEqual(
      expect.stringMatching(
        /^note: CodeQL needs a build for go, and a build runs the PR's own build scripts/,
      ),
    );

    const allowed = await createFake(fakeDir());
    await review(['--codeql', allowed.path, '--codeql-autobuild', '--fail-on', 'none'], repo.dir);
    const go = creates(await allowed.calls()).find((c) => c.args[3] === '--language=go')!;
    expect(go.args).toContain('--build-mode=autobuild');

    const traced = await createFake(fakeDir());
    await review(
      ['--codeql', traced.path, '--codeql-build-command', 'go build ./...', '--fail-on', 'none'],
      repo.dir,
    );
    const manual = creates(await traced.calls()).find((c) => c.args[3] === '--language=go')!;
    expect(manual.args).toEqual(expect.arrayContaining(['--build-mode=manual', '--command=go build ./...']));
  });

  it('uses the suite asked for, from the flag or the config file', async () => {
    const fake = await createFake(fakeDir());
    await review(
      ['--codeql', fake.path, '--codeql-suite', 'security-and-quality', '--fail-on', 'none'],
      repo.dir,
    );
    const analyze = (await fake.calls()).find((c) => c.args[1] === 'analyze')!;
    expect(analyze.args[3]).toBe('python-security-and-quality.qls');

    const configured = await createFake(fakeDir());
    const config = join(scratch, 'aigis.yml');
    await writeFile(config, `codeql:\n  path: ${configured.path}\n  suite: codeql/python-queries:Security\n`);
    await review(['--config', config, '--fail-on', 'none'], repo.dir);
    expect((await configured.calls()).find((c) => c.args[1] === 'analyze')!.args[3]).toBe(
      'codeql/python-queries:Security',
    );
  });

  it('gives CodeQL no token or key in its environment', async () => {
    const fake = await createFake(fakeDir());
    const saved = { ...process.env };
    Object.assign(process.env, { GITHUB_TOKEN: 'ghs_x', INPUT_TOKEN: 'ghs_y', OPENAI_API_KEY: 'sk-z' });
    try {
      await review(['--codeql', fake.path, '--fail-on', 'none'], repo.dir);
    } finally {
      for (const k of ['GITHUB_TOKEN', 'INPUT_TOKEN', 'OPENAI_API_KEY'])
        if (!(k in saved)) delete process.env[k];
    }
    const calls = await fake.calls();
    expect(calls.length).toBeGreaterThan(2);
    for (const c of calls) expect(c.secrets).toEqual([]);
  });

  it('stops a command that runs past the time limit, with its whole process group, and keeps the other findings', async () => {
    const fake = await createFake(fakeDir(), { hang: 'create' });
    const started = Date.now();
    const { report, code } = await review(['--codeql', fake.path, '--codeql-timeout', '1'], repo.dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(messages(report)).toContainEqual(
      'error: codeql database create for python timed out after 1s and was stopped; CodeQL findings for python are missing (raise codeql-timeout, or give CodeQL its own job and pass its SARIF with --sarif)',
    );
    const grandchild = await fake.grandchild();
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(grandchild)).toBe(false);
    // The built-in engine's finding still gates the PR.
    expect(report.findings.some((f) => f.cwes.includes(89) && f.engines.includes('builtin'))).toBe(true);
    expect(code).toBe(1);
  });

  it("reports a failed command with the end of CodeQL's own output", async () => {
    const fake = await createFake(fakeDir(), { fail: 'create' });
    const { report } = await review(['--codeql', fake.path, '--fail-on', 'none'], repo.dir);
    expect(messages(report)).toContainEqual(
      'error: codeql database create for python failed (exit 32): Initializing database... | A fatal error occurred: No source code was seen during the build.; CodeQL findings for python are missing',
    );
  });

  it('finds a relative --codeql path from where aigis runs, not from its own directory', async () => {
    const fake = await createFake(fakeDir());
    const { report } = await review(
      ['--codeql', relative(repo.dir, fake.path), '--fail-on', 'none'],
      repo.dir,
    );
    expect(report.engines.map((e) => e.name)).toEqual(['builtin', 'codeql']);
    expect(messages(report)).toContainEqual(`note: CodeQL 2.21.0 found: given path ${fake.path}`);
  });

  it('rejects a bad time limit as a usage error', async () => {
    const stderr = new Capture();
    const code = await runCli(['review', '--base', 'main', '--codeql-timeout', 'soon'], {
      stdout: new Capture() as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      cwd: repo.dir,
    });
    expect(code).toBe(2);
    expect(stderr.text).toContain(
      "--codeql-timeout: must be a number of seconds from 1 to 21600; got 'soon'",
    );
  });

  it('reports a CodeQL path that does not work as an error, and runs the other engines', async () => {
    const { report, code } = await review(
      ['--codeql', join(scratch, 'missing', 'codeql'), '--fail-on', 'none'],
      repo.dir,
    );
    expect(code).toBe(0);
    expect(messages(report)).toContainEqual(
      expect.stringMatching(
        /^error: the CodeQL CLI at .*missing\/codeql does not work: could not run: .*; the codeql engine did not run/,
      ),
    );
    expect(report.engines.map((e) => e.name)).toEqual(['builtin']);
  });

  it('analyses a copy of the base revision with --codeql-base, and removes it afterwards', async () => {
    const fake = await createFake(fakeDir(), { watch: ['app.py', 'cmd/main.go'] });
    await review(['--codeql', fake.path, '--codeql-base', '--fail-on', 'none'], repo.dir);
    const made = creates(await fake.calls());
    expect(made.map((c) => c.files!['app.py'])).toEqual([HEAD_APP, BASE_APP]);
    const baseRoot = made[1]!.args
      .find((a) => a.startsWith('--source-root='))!
      .slice('--source-root='.length);
    expect(baseRoot).not.toBe(repo.dir);
    // The base copy holds the base tree: no Go file yet.
    expect(made[1]!.files!['cmd/main.go']).toBeNull();
    await expect(stat(baseRoot)).rejects.toThrow();
  });

  it('analyses a copy of the head when the working tree is another revision, and says so', async () => {
    const fake = await createFake(fakeDir(), { sarif: { python: SQL_RESULT }, watch: ['app.py'] });
    repo.git('checkout', '-q', 'main');
    let report: JsonReport;
    try {
      ({ report } = await review(
        ['--codeql', fake.path, '--head', 'feature', '--fail-on', 'none'],
        repo.dir,
      ));
    } finally {
      repo.git('checkout', '-q', 'feature');
    }
    const made = creates(await fake.calls());
    expect(made.map((c) => c.files!['app.py'])).toEqual([HEAD_APP]);
    expect(made[0]!.args).not.toContain(`--source-root=${repo.dir}`);
    expect(messages(report)).toContainEqual(
      expect.stringMatching(
        /^note: the working tree .* is not the reviewed head [0-9a-f]{12} .* so CodeQL analysed a copy of the head revision/,
      ),
    );
    expect(report.findings.find((f) => f.engines.includes('codeql'))).toMatchObject({ status: 'new' });
  });
});

describe('re-analysis while verifying repairs', () => {
  it('answers a text CodeQL already analysed from that run, and never runs CodeQL on a candidate text', async () => {
    const fake = await createFake(fakeDir(), { sarif: { python: SQL_RESULT } });
    const found = await discoverCodeql({ path: fake.path });
    if (!found.found) throw new Error(found.reason);
    const engine = createCodeqlEngine({
      cli: found.cli,
      workspace: createCodeqlWorkspace({ rootDir: repo.dir }),
      resources: { threads: 1, ramMb: 1024 },
    });
    const head: SourceFile = { path: 'app.py', language: 'python', text: HEAD_APP, side: 'head' };
    const first = await engine.analyze([head], undefined, { head: 'feature' });
    expect(first.findings.map((f) => [f.ruleId, f.region.startLine])).toEqual([['py/sql-injection', 5]]);
    const runs = (await fake.calls()).length;

    // A fix being checked against the head it came from: the same text, no new database.
    const again = await engine.analyze([head]);
    expect(again.findings).toEqual(first.findings);
    // The candidate itself is on no disk CodeQL could read: nothing to say, nothing run.
    const candidate = await engine.analyze([{ ...head, text: HEAD_APP.replace('f"', '"') }]);
    expect(candidate).toEqual({ findings: [], rules: [], diagnostics: [], tools: [] });
    expect((await fake.calls()).length).toBe(runs);
  });
});
