/**
 * The `aigis` CLI run in-process on real git repositories with real grammars and rules: exit codes,
 * report formats, usage errors and progress, as a user at a terminal or a CI job sees them.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import { GitRepo } from '../helpers/git-repo.js';

const CLAUDE_TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const SQL_LINE = 'cur.execute(f"SELECT * FROM t WHERE id = {x}")';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], cwd: string, opts: { tty?: boolean } = {}): Promise<Run> {
  const stdout = new Capture(false);
  const stderr = new Capture(opts.tty ?? false);
  const code = await runCli(argv, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A usage error is one message for a person, never a Node stack trace. */
function expectUsageError(run: Run, ...patterns: RegExp[]): void {
  expect(run.code).toBe(2);
  for (const p of patterns) expect(run.stderr).toMatch(p);
  expect(run.stderr).not.toContain('    at ');
  expect(run.stdout).toBe('');
}

let repo: GitRepo;
let scratch: string;

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.write('app.py', 'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n');
  await repo.commit('base');
  // A human change that introduces nothing: the "clean change" case.
  repo.checkoutNew('clean');
  await repo.write('README.md', '# app\n');
  await repo.write('util.py', 'def add(a, b):\n    return a + b\n');
  await repo.commit('docs and a helper');
  repo.checkoutNew('feature', 'main');
  await repo.write(
    'app.py',
    'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n\n\n' +
      `def find(cur, x):\n    ${SQL_LINE}\n    return cur.fetchone()\n`,
  );
  await repo.commit('Add lookup by id', {
    author: { name: 'Ada Lovelace', email: 'ada@example.org' },
    trailers: ['', '🤖 Generated with [Claude Code](https://claude.com/claude-code)', '', CLAUDE_TRAILER],
  });
  scratch = await mkdtemp(join(tmpdir(), 'aigis-cli-'));
});

afterAll(async () => {
  await repo.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

describe('aigis review', () => {
  it('fails the gate on a new high finding written by AI, with the verdict first and the evidence', async () => {
    const run = await cli(['review', '--base', 'main'], repo.dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/gate failed/);
    expect(lines[0]).toMatch(/policy new-high/);
    const finding = lines.find((l) => l.includes('app.py:9:'));
    expect(finding).toBeDefined();
    expect(finding).toMatch(/CWE-89/);
    expect(finding).toMatch(/python-sql-injection/);
    expect(finding).toMatch(/\[AI: Claude Code/);
    expect(run.stdout).toContain(`AI evidence: trailer ${CLAUDE_TRAILER}`);
    // stderr is not a terminal here: no progress lines to pollute CI logs.
    expect(run.stderr).not.toMatch(/\d+\/\d+ files/);
  });

  it('passes with --fail-on none, still reporting the finding', async () => {
    const run = await cli(['review', '--base', 'main', '--fail-on', 'none'], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/gate passed/);
    expect(run.stdout).toContain('CWE-89');
  });

  it('passes a change that introduces nothing', async () => {
    const run = await cli(['review', '--base', 'main', '--head', 'clean'], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/gate passed/);
    expect(run.stdout).not.toContain('CWE-89');
  });

  it('writes SARIF to --output and a text summary to stdout', async () => {
    const out = join(scratch, 'reports', 'out.sarif');
    const run = await cli(['review', '--base', 'main', '--format', 'sarif', '--output', out], repo.dir);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(await readFile(out, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string; properties: Record<string, unknown> }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs.flatMap((r) => r.results);
    const sql = results.find((r) => r.ruleId === 'python-sql-injection');
    expect(sql?.properties['aigis/status']).toBe('new');
    expect(sql?.properties['aigis/ai']).toBe(true);
    expect(sql?.properties['aigis/aiTool']).toBe('Claude Code');
    expect(run.stdout.split('\n')[0]).toMatch(/gate failed/);
    expect(run.stdout).not.toContain('"version"');
    expect(run.stderr).toContain(`sarif report written to ${out}`);
  });

  it('prints JSON on stdout that parses', async () => {
    const run = await cli(['review', '--base', 'main', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      summary: { counts: { new: number } };
      verdict: { passed: boolean; policy: string };
      findings: { ruleId: string; status: string; attribution?: { ai: boolean; tool?: string } }[];
    };
    expect(json.summary.counts.new).toBe(1);
    expect(json.verdict).toMatchObject({ passed: false, policy: 'new-high' });
    expect(json.findings[0]).toMatchObject({
      ruleId: 'python-sql-injection',
      status: 'new',
      attribution: { ai: true, tool: 'Claude Code' },
    });
  });

  it('prints a Markdown report whose first line is the verdict', async () => {
    const run = await cli(['review', '--base', 'main', '--format', 'markdown'], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^\S+ aigis: gate failed/);
    expect(run.stdout).toContain('**New:** 1');
    expect(run.stdout).toContain('CWE-89');
  });

  it('reports a broken user rule file by name and still runs the review', async () => {
    const rules = join(scratch, 'my-rules');
    await mkdir(rules, { recursive: true });
    await writeFile(join(rules, 'broken-rule.yml'), 'id: broken\nlanguages: [python\n');
    const run = await cli(['review', '--base', 'main', '--rules', rules], repo.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: .*broken-rule\.yml/);
    expect(run.stdout).toMatch(/broken-rule\.yml/);
    expect(run.stdout).toContain('CWE-89');
  });

  it('shows progress (files done of total) only when stderr is a terminal', async () => {
    const run = await cli(['review', '--base', 'main'], repo.dir, { tty: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/collect: \d+\/\d+ files, \d+\.\ds/);
    expect(run.stderr).toMatch(/analyze\/builtin: (\d+)\/\1 files/);
    // The report itself stays clean on stdout.
    expect(run.stdout).not.toMatch(/\d+\/\d+ files/);
  });
});

describe('aigis scan', () => {
  it('finds gets() in a C file of a directory and fails the gate', async () => {
    const dir = join(scratch, 'scan');
    await mkdir(join(dir, 'src'), { recursive: true });
    await writeFile(
      join(dir, 'src', 'read.c'),
      '#include <stdio.h>\n\nvoid read_line(void) {\n  char buf[16];\n  gets(buf);\n}\n',
    );
    const run = await cli(['scan', 'src'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/gate failed/);
    expect(run.stdout).toMatch(/src\/read\.c:5:3 .*c-gets/);
    expect(run.stdout).toContain('CWE-120');
  });
});

describe('usage and configuration errors exit 2 with a message, not a stack trace', () => {
  it('rejects an unknown option', async () => {
    expectUsageError(await cli(['review', '--bogus'], repo.dir), /unknown option '--bogus'/, /--help/);
  });

  it('rejects a --fail-on value and lists the allowed ones', async () => {
    expectUsageError(
      await cli(['review', '--fail-on', 'sometimes'], repo.dir),
      /'sometimes'/,
      /none, new, new-high, score/,
    );
  });

  it('names a --base that does not exist and says what to do', async () => {
    expectUsageError(
      await cli(['review', '--base', 'no-such-branch'], repo.dir),
      /revision 'no-such-branch' not found/,
      /git fetch origin no-such-branch/,
    );
  });

  it('says when the directory is not a git repository', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aigis-not-git-'));
    try {
      expectUsageError(await cli(['review'], dir), /not a git repository/, /--repo/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names a --rules directory that does not exist', async () => {
    expectUsageError(
      await cli(['review', '--base', 'main', '--rules', 'no-rules-here'], repo.dir),
      /rules directory .*no-rules-here/,
    );
  });

  it('names a scan path that does not exist', async () => {
    expectUsageError(await cli(['scan', 'missing.c'], repo.dir), /no such file or directory: missing\.c/);
  });

  it('rejects a score threshold outside 0..1', async () => {
    expectUsageError(
      await cli(['review', '--base', 'main', '--score-threshold', '7'], repo.dir),
      /--score-threshold: must be a number from 0 to 1; got '7'/,
    );
  });
});

describe('help and version', () => {
  it('--help exits 0 and lists the commands', async () => {
    const run = await cli(['--help'], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s+review\b/m);
    expect(run.stdout).toMatch(/^\s+scan\b/m);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const run = await cli(['--version'], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });
});
