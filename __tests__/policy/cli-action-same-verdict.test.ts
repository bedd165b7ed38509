/**
 * The CLI (in-process) and the bundled Action (dist/index.js, spawned as GitHub runs it) reach the
 * same verdict, for the same reason, on the same repository with the same `.github/aigis.yml`.
 * Needs a current dist/ (`npm run build`).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import type { JsonReport } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { CLAUDE_CODE_TRAILERS } from '../pipeline/support.js';

const ACTION = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'index.js');

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/** The parent's own runner and input variables must not leak into the run under test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k) || k === 'NODE_OPTIONS' || k === 'NODE_PATH') continue;
    env[k] = v;
  }
  return env;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value's lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

interface Verdict {
  exitCode: number;
  passed: boolean;
  reason: string;
  /** The first line of the Markdown report (the CLI's) or of the job summary (the Action's). */
  headline: string;
}

let repo: GitRepo;
let scratch: string;
let baseSha: string;
let headSha: string;
let runs = 0;

async function viaCli(): Promise<Verdict> {
  const dir = join(scratch, `cli-${++runs}`);
  await mkdir(dir, { recursive: true });
  const report = async (format: string): Promise<{ code: number; text: string }> => {
    const out = join(dir, `report.${format}`);
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runCli(['review', '-C', repo.dir, '-q', '--format', format, '-o', out], {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      cwd: dir,
    });
    if (code === 2) throw new Error(`aigis exited 2: ${stderr.text}`);
    return { code, text: await readFile(out, 'utf8') };
  };
  const json = await report('json');
  const markdown = await report('markdown');
  expect(markdown.code).toBe(json.code);
  const { verdict } = JSON.parse(json.text) as JsonReport;
  return {
    exitCode: json.code,
    passed: verdict.passed,
    reason: verdict.reason,
    headline: markdown.text.split('\n')[0]!,
  };
}

async function viaAction(): Promise<Verdict> {
  const dir = join(scratch, `action-${++runs}`);
  await mkdir(dir, { recursive: true });
  const [eventPath, outputPath, summaryPath] = ['event.json', 'output', 'summary'].map((f) => join(dir, f));
  await writeFile(
    eventPath!,
    JSON.stringify({
      action: 'opened',
      number: 7,
      pull_request: {
        number: 7,
        title: 'Add lookup by id',
        body: '',
        user: { login: 'octocat', id: 583231, type: 'User' },
        labels: [],
        head: { sha: headSha, ref: 'feature', repo: { full_name: 'octo/shop', fork: false } },
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/shop' } },
      },
      repository: { full_name: 'octo/shop', default_branch: 'main' },
      sender: { login: 'octocat', id: 583231, type: 'User' },
    }),
  );
  await writeFile(outputPath!, '');
  await writeFile(summaryPath!, '');
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'octo/shop',
    RUNNER_TEMP: dir,
    // As action.yml's defaults arrive: every input present, the ones not set empty.
    INPUT_TOKEN: '',
    INPUT_CONFIG: '',
    'INPUT_FAIL-ON': '',
    'INPUT_SARIF-FILE': join(dir, 'aigis.sarif'),
  };
  const { code, log } = await new Promise<{ code: number; log: string }>((done) => {
    execFile(
      process.execPath,
      [ACTION],
      { env, cwd: repo.dir, encoding: 'utf8' },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, log: stdout + stderr });
      },
    );
  });
  const outputs = parseOutputs(await readFile(outputPath!, 'utf8'));
  if (outputs.verdict === undefined) throw new Error(`the Action wrote no verdict:\n${log}`);
  return {
    exitCode: code,
    passed: outputs.verdict === 'pass',
    reason: outputs.reason ?? '',
    headline: (await readFile(summaryPath!, 'utf8')).split('\n')[0]!,
  };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'aigis-same-verdict-'));
  repo = await GitRepo.create();
  await repo.write('app/db.py', 'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n');
  await repo.write('app/tools.py', 'import os\n\n\ndef backup(name):\n    os.system("tar czf /b/" + name)\n');
  baseSha = await repo.commit('base');
  repo.checkoutNew('feature');
  await repo.write(
    'app/db.py',
    'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n\n\n' +
      'def find(cur, x):\n    cur.execute(f"SELECT * FROM t WHERE id = {x}")\n    return cur.fetchone()\n',
  );
  headSha = await repo.commit('Add lookup by id', { trailers: CLAUDE_CODE_TRAILERS });
  await repo.write('legacy/old.py', 'import os\n\n\ndef run(cmd):\n    os.system("sh -c " + cmd)\n');
  await repo.write('app/version.py', 'VERSION = "1.1"\n');
  headSha = await repo.commit('Bump the version; keep the old runner');
});

afterAll(async () => {
  await repo.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

describe('the CLI and the Action on one repository and config', () => {
  it('give the same verdict and the same reason, passing and failing', async () => {
    // The config sits in the checkout, where both read it: .github/aigis.yml by default.
    const configs = {
      passing:
        "fail-on: new-high\npaths-ignore: ['legacy/**']\nseverity:\n  CWE-89: 5.0\nai:\n  fail-on: new-high\n",
      failing: "fail-on: none\npaths-ignore: ['legacy/**']\nai:\n  fail-on: new\n",
    };
    const seen: Record<string, Verdict> = {};
    for (const [name, config] of Object.entries(configs)) {
      await repo.write('.github/aigis.yml', config);
      const cli = await viaCli();
      const action = await viaAction();
      expect({ name, ...action }).toEqual({ name, ...cli });
      seen[name] = cli;
    }

    expect(seen.passing).toMatchObject({ exitCode: 0, passed: true });
    expect(seen.passing!.reason).toMatch(
      /^1 new, none failing \(policy new-high: .*on AI-written lines new-high/,
    );
    expect(seen.passing!.headline).toMatch(/gate passed/);
    expect(seen.failing).toMatchObject({ exitCode: 1, passed: false });
    expect(seen.failing!.reason).toMatch(
      /^1 new finding \(1 high, 1 on AI-written lines\) \(policy none: never fails/,
    );
    expect(seen.failing!.headline).toMatch(/gate failed/);
    expect(seen.failing!.headline).toContain('1 on AI-written lines');
  });
});
