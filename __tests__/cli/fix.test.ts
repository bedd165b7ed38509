/**
 * `aigis fix` in-process on real files with the real engine: the diff it prints applies with git,
 * the files it writes are fixed, only verified repairs are applied, exit codes say whether what is
 * left passes the gate, the user's test command gates each candidate, and the LLM key stays out of
 * every output.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { OpenAiServer, type ChatRequest } from '../helpers/openai-server.js';
import { FLASK_SQL, FLASK_SSRF, GOOD_SSRF_ANSWER, LOG_INJECTION_ANSWER } from '../repair/fixtures.js';
import { cli as runCliIn } from '../helpers/run-cli.js';

/** The LLM key of these tests: it must never appear in any output. */
const KEY = 'sk-fix-test-7f3e2d1c0b9a';

/** The CLI with only the environment a test gives it (no key from the machine running the tests). */
function cli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return runCliIn(argv, cwd, env);
}

let scratch: string;
let n = 0;

/** A fresh project directory with these files. */
async function project(files: Record<string, string>): Promise<string> {
  const dir = join(scratch, `p${n++}`);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'aigis-fix-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('aigis fix', () => {
  it('--dry-run prints a unified diff that git applies, and changes nothing', async () => {
    const dir = await project({ [FLASK_SQL.path]: FLASK_SQL.text });
    const run = await cli(['fix', '--dry-run', '.'], dir);
    expect(run.stderr).toContain('aigis: would change 1 file(s), 1 finding(s) repaired');
    expect(run.stdout).toMatch(/^--- a\/app\/users\.py\n\+\+\+ b\/app\/users\.py\n@@ /);
    expect(run.stdout).toContain('-    cur.execute(f"SELECT name FROM users WHERE id = {uid}")');
    expect(run.stdout).toContain('+    cur.execute("SELECT name FROM users WHERE id = ?", (uid,))');
    expect(await readFile(join(dir, FLASK_SQL.path), 'utf8')).toBe(FLASK_SQL.text);
    // The patch is real: git applies it to the untouched file.
    await writeFile(join(dir, 'fix.patch'), run.stdout);
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: dir });
    expect(run.code).toBe(0);
  });

  it('writes the fixed files, which scan clean afterwards', async () => {
    const dir = await project({ [FLASK_SQL.path]: FLASK_SQL.text });
    const run = await cli(['fix', 'app'], dir);
    expect(run.code).toBe(0);
    const fixed = await readFile(join(dir, FLASK_SQL.path), 'utf8');
    expect(fixed).toContain('cur.execute("SELECT name FROM users WHERE id = ?", (uid,))');
    expect(run.stderr).toContain('fixed app/users.py:13 python-sql-injection (rule fix)');
    const again = await cli(['scan', '--format', 'json', 'app'], dir);
    const report = JSON.parse(again.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((f) => f.ruleId)).not.toContain('python-sql-injection');
    expect(again.code).toBe(0);
  });

  it('applies several repairs in one file together', async () => {
    const lines = FLASK_SQL.text.split('\n');
    // A second vulnerable query two lines further down.
    lines.splice(13, 0, '    cur.execute(f"SELECT mail FROM users WHERE id = {uid}")');
    const dir = await project({ 'two.py': lines.join('\n') });
    const run = await cli(['fix', 'two.py'], dir);
    const fixed = await readFile(join(dir, 'two.py'), 'utf8');
    expect(fixed).toContain('cur.execute("SELECT name FROM users WHERE id = ?", (uid,))');
    expect(fixed).toContain('cur.execute("SELECT mail FROM users WHERE id = ?", (uid,))');
    expect(run.code).toBe(0);
  });

  it('exits 1 when what is left still fails the gate, and leaves unfixable code alone', async () => {
    const dir = await project({ [FLASK_SSRF.path]: FLASK_SSRF.text });
    const run = await cli(['fix', '.'], dir);
    expect(run.code).toBe(1);
    expect(await readFile(join(dir, FLASK_SSRF.path), 'utf8')).toBe(FLASK_SSRF.text);
    expect(run.stderr).toContain('aigis: changed 0 file(s), 0 finding(s) repaired');
  });

  it('is a usage error without a repair strategy, or with --repair llm and no model', async () => {
    const dir = await project({ [FLASK_SQL.path]: FLASK_SQL.text });
    const off = await cli(['fix', '--repair', 'off', '.'], dir);
    expect(off.code).toBe(2);
    expect(off.stderr).toContain('aigis fix needs a repair strategy');
    const noModel = await cli(['fix', '--repair', 'llm', '.'], dir);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toContain('--repair llm needs a model: --llm-model');
    const noKey = await cli(['fix', '--repair', 'llm', '--llm-model', 'm', '.'], dir);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain("needs the LLM endpoint's API key in AIGIS_LLM_API_KEY or OPENAI_API_KEY");
    // There is no flag for the key: it would land in shell history and process listings.
    const keyFlag = await cli(['fix', '--llm-api-key', KEY, '.'], dir);
    expect(keyFlag.code).toBe(2);
    expect(await readFile(join(dir, FLASK_SQL.path), 'utf8')).toBe(FLASK_SQL.text);
  });
});

describe('aigis fix with an LLM', () => {
  let server: OpenAiServer;
  beforeAll(async () => {
    server = await OpenAiServer.start();
  });
  afterAll(async () => {
    await server.close();
  });
  const isMeta = (r: ChatRequest) =>
    r.body.messages.some((m) => m.content.startsWith('Write the security instructions'));

  it('applies a verified LLM repair; the key is sent as a bearer token and printed nowhere', async () => {
    server.script((r) => ({ text: isMeta(r) ? '1. Never fetch a URL the user chose.' : GOOD_SSRF_ANSWER }));
    const dir = await project({ [FLASK_SSRF.path]: FLASK_SSRF.text });
    const argv = [
      'fix',
      '--repair',
      'auto',
      '--llm-base-url',
      server.baseUrl,
      '--llm-model',
      'gpt-test',
      '--verbose',
      '.',
    ];
    const run = await cli(argv, dir, { AIGIS_LLM_API_KEY: KEY, OPENAI_API_KEY: 'sk-other' });
    expect(run.code).toBe(0);
    expect(await readFile(join(dir, FLASK_SSRF.path), 'utf8')).toContain(
      'requests.get("https://preview.example.com/render", params={"url": request.args["url"]}, timeout=5)',
    );
    expect(run.stderr).toMatch(/fixed app\/preview\.py:10 python-ssrf \(llm fix by gpt-test-2026-01-01\)/);
    expect(run.stderr).toMatch(/LLM: 2 call\(s\) to gpt-test-2026-01-01, 300 tokens/);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    expect(run.stdout + run.stderr).not.toContain(KEY);
    expect(argv.join(' ')).not.toContain(KEY);
  });

  it('does not apply an LLM repair that brings in a new weakness', async () => {
    server.script((r) => ({ text: isMeta(r) ? '1. Bind parameters.' : LOG_INJECTION_ANSWER }));
    const dir = await project({ [FLASK_SQL.path]: FLASK_SQL.text });
    const run = await cli(
      [
        'fix',
        '--repair',
        'llm',
        '--llm-base-url',
        server.baseUrl,
        '--llm-model',
        'gpt-test',
        '--dry-run',
        '.',
      ],
      dir,
      { OPENAI_API_KEY: KEY },
    );
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /not fixed app\/users\.py:13 python-sql-injection: it introduces 1 new finding\(s\) \(CWE-117\)/,
    );
    expect(run.code).toBe(1);
  });
});

describe('aigis fix with a test command', () => {
  it('applies a repair only when the tests pass on a copy with it applied', async () => {
    // The "tests": the query must be parameterised in the copy they run in.
    const passing = await project({
      [FLASK_SQL.path]: FLASK_SQL.text,
      '.github/aigis.yml': `repair-test-command: grep -q 'WHERE id = ?' ${FLASK_SQL.path}\n`,
    });
    const ok = await cli(['fix', '.'], passing);
    expect(ok.code).toBe(0);
    expect(await readFile(join(passing, FLASK_SQL.path), 'utf8')).toContain('WHERE id = ?');
    expect(ok.stderr).toContain('repair-test-command runs');

    const failing = await project({
      [FLASK_SQL.path]: FLASK_SQL.text,
      '.github/aigis.yml': 'repair-test-command: echo 2 tests failed; exit 3\n',
    });
    const bad = await cli(['fix', '--format', 'json', '.'], failing);
    expect(await readFile(join(failing, FLASK_SQL.path), 'utf8')).toBe(FLASK_SQL.text);
    const report = JSON.parse(bad.stdout) as {
      findings: {
        repair?: { outcome: string; rejectedBecause?: string; verification: { tests?: unknown } };
      }[];
    };
    const repair = report.findings.find((f) => f.repair)!.repair!;
    expect(repair.outcome).toBe('rejected');
    expect(repair.rejectedBecause).toBe('the test command failed: echo 2 tests failed; exit 3');
    expect(repair.verification.tests).toEqual({
      command: 'echo 2 tests failed; exit 3',
      passed: false,
      output: '2 tests failed\n',
    });
    expect(bad.code).toBe(1);
  });

  it('runs the tests without tokens or keys in their environment', async () => {
    const dir = await project({
      [FLASK_SQL.path]: FLASK_SQL.text,
      '.github/aigis.yml':
        'repair-test-command: test -z "$GITHUB_TOKEN$OPENAI_API_KEY$AIGIS_LLM_API_KEY$NPM_TOKEN" && test "$KEEP_ME" = yes\n',
    });
    const run = await cli(['fix', '.'], dir, {
      GITHUB_TOKEN: 'ghs_x',
      OPENAI_API_KEY: KEY,
      AIGIS_LLM_API_KEY: KEY,
      NPM_TOKEN: 'npm_x',
      KEEP_ME: 'yes',
      PATH: process.env.PATH,
    });
    expect(await readFile(join(dir, FLASK_SQL.path), 'utf8')).toContain('WHERE id = ?');
    expect(run.code).toBe(0);
  });
});
