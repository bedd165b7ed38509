/**
 * The bundled Action (dist/index.js) run as GitHub runs it: a child process with INPUT_* variables,
 * a pull_request event file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, inside a real checked-out
 * repository. Also proves dist/ is self-contained by running a copy far from any node_modules.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitRepo } from '../helpers/git-repo.js';
import { GitHubServer } from '../helpers/github-server.js';
import { mirrorRepository } from '../helpers/mirror-repository.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(root, 'dist');
const STAGES = ['collect', 'attribute', 'analyze', 'rank', 'repair'];

interface Result {
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
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

function node(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env, cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value's lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m?.[1] || !m[2]) continue;
    const [name, delimiter] = [m[1], m[2]];
    const value: string[] = [];
    for (i++; lines[i] !== delimiter; i++) {
      const line = lines[i];
      if (line === undefined) throw new Error(`output ${name}: delimiter ${delimiter} never closes`);
      value.push(line);
    }
    outputs[name] = value.join('\n');
  }
  return outputs;
}

let repo: GitRepo;
let github: GitHubServer;
let runnerTemp: string;
let baseSha: string;
let headSha: string;
let runs = 0;

function pullRequestEvent(): unknown {
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      title: 'Add item lookup',
      body: 'Adds a lookup by id and replaces the backup shell command.',
      user: { login: 'octocat', id: 583231, type: 'User' },
      labels: [{ name: 'enhancement' }],
      head: { sha: headSha, ref: 'feature', repo: { full_name: 'octo/inventory', fork: false } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/inventory' } },
    },
    repository: { full_name: 'octo/inventory', default_branch: 'main' },
    sender: { login: 'octocat', id: 583231, type: 'User' },
  };
}

async function runAction(
  inputs: Record<string, string>,
  options: { event?: { name: string; payload: unknown }; dist?: string; workspace?: string } = {},
): Promise<Result> {
  const dir = join(runnerTemp, `run-${++runs}`);
  await mkdir(dir, { recursive: true });
  const event = options.event ?? { name: 'pull_request', payload: pullRequestEvent() };
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary');
  await writeFile(eventPath, JSON.stringify(event.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? repo.dir,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'octo/inventory',
    // The local GitHub: the PR bot's requests go there, never to the network.
    GITHUB_API_URL: github.url,
    RUNNER_TEMP: dir,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await node([join(options.dist ?? DIST, 'index.js')], env, options.workspace ?? repo.dir);
  return {
    code: run.code,
    log: run.stdout + run.stderr,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
  };
}

const PR = { owner: 'octo', repo: 'inventory', number: 42 };
/** app/db.py as the API's file list gives it: lines 6-10 added. */
const DB_PATCH = [
  '@@ -3,3 +3,8 @@',
  ' ',
  ' def connect(path):',
  '     return sqlite3.connect(path)',
  '+',
  '+',
  '+def find(cur, x):',
  '+    cur.execute(f"SELECT * FROM t WHERE id = {x}")',
  '+    return cur.fetchone()',
].join('\n');

beforeAll(async () => {
  github = await GitHubServer.start();
  github.setFiles(PR, [{ filename: 'app/db.py', status: 'modified', patch: DB_PATCH }]);
  runnerTemp = await mkdtemp(join(tmpdir(), 'aigis-runner-'));
  repo = await GitRepo.create();
  await repo.write(
    'app/tools.py',
    'import os\n\n\ndef backup(name):\n    os.system("tar czf /backups/" + name + ".tgz /srv/data")\n',
  );
  await repo.write('app/db.py', 'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n');
  baseSha = await repo.commit('base');
  repo.checkoutNew('feature');
  await repo.write('app/version.py', 'VERSION = "1.0"\n');
  await repo.commit('Add a version', { author: { name: 'Grace Hopper', email: 'grace@example.org' } });
  await repo.write(
    'app/db.py',
    'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n\n\n' +
      'def find(cur, x):\n    cur.execute(f"SELECT * FROM t WHERE id = {x}")\n    return cur.fetchone()\n',
  );
  await repo.write(
    'app/tools.py',
    'import subprocess\n\n\ndef backup(name):\n' +
      '    subprocess.run(["tar", "czf", f"/backups/{name}.tgz", "/srv/data"], check=True)\n',
  );
  headSha = await repo.commit(
    'Add lookup by id; safer backup\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)',
    {
      trailers: ['Co-Authored-By: Claude <noreply@anthropic.com>'],
    },
  );
});

afterAll(async () => {
  await github.close();
  await repo.cleanup();
  await rm(runnerTemp, { recursive: true, force: true });
});

describe('the bundled Action on a pull_request', () => {
  it('writes SARIF, outputs and the job summary, groups each stage, and fails the gate', async () => {
    const run = await runAction({ 'fail-on': 'new-high', token: '', 'sarif-file': 'reports/aigis.sarif' });
    expect(run.code).toBe(1);

    const sarifPath = join(repo.dir, 'reports', 'aigis.sarif');
    const sarif = JSON.parse(await readFile(sarifPath, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string; properties: Record<string, unknown> }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs.flatMap((r) => r.results);
    expect(results.find((r) => r.ruleId === 'python-sql-injection')?.properties).toMatchObject({
      'aigis/status': 'new',
      'aigis/ai': true,
      'aigis/aiTool': 'Claude Code',
    });

    expect(run.outputs).toMatchObject({
      verdict: 'fail',
      new: '1',
      existing: '0',
      fixed: '1',
      high: '1',
      critical: '0',
      'sarif-file': sarifPath,
    });
    expect(run.outputs.reason).toMatch(/1 new finding .*policy new-high/);
    const aiShare = Number(run.outputs['ai-share']);
    // One human line (version.py) among the AI-written ones.
    expect(aiShare).toBeGreaterThan(0.5);
    expect(aiShare).toBeLessThan(1);

    expect(run.summary.split('\n')[0]).toMatch(/aigis: gate failed/);
    expect(run.log).toMatch(/^::error::aigis: 1 new finding/m);
    for (const stage of STAGES) {
      expect(run.log).toMatch(
        new RegExp(`::group::aigis: ${stage}\\n(?:.*\\n)*?${stage} took \\d+ ms\\n::endgroup::`),
      );
    }
    expect(run.log).toMatch(/no GitHub token: skipped .*PR review comments/);
    expect(run.log).not.toContain('::add-mask::');
  });

  it('comments on the PR: a review comment on the new finding and one summary comment, updated on re-run', async () => {
    const first = await runAction({ 'fail-on': 'none', token: 'ghs_bot' });
    expect(first.code).toBe(0);
    expect(first.log).toMatch(/1 review comment\(s\) posted, 0 outdated removed, summary comment created/);
    const comments = github.reviewCommentsOf(PR);
    expect(comments.map((c) => [c.path, c.line, c.commit_id])).toEqual([['app/db.py', 9, headSha]]);
    expect(comments[0]!.body).toMatch(/CWE-89/);
    const posts = github.requests.filter((r) => r.method !== 'GET');
    for (const r of posts) expect(r.headers.authorization).toMatch(/ghs_bot$/);
    expect(JSON.stringify(github.requests.map((r) => r.url))).not.toContain('ghs_bot');

    const again = await runAction({ 'fail-on': 'none', token: 'ghs_bot' });
    expect(again.log).toMatch(/0 review comment\(s\) posted, 0 outdated removed, summary comment updated/);
    expect(github.reviewCommentsOf(PR)).toHaveLength(1);
    expect(github.issueCommentsOf(PR)).toHaveLength(1);
    expect(github.issueCommentsOf(PR)[0]!.body).toMatch(/aigis: gate passed/);
  });

  it('annotates the new finding in the file, and uploads the SARIF to code scanning when asked', async () => {
    const run = await runAction({
      'fail-on': 'none',
      token: 'ghs_bot',
      comments: 'false',
      'check-run': 'false',
      'upload-sarif': 'true',
    });
    expect(run.code).toBe(0);
    expect(run.log).toMatch(
      /::error title=aigis python-sql-injection \(CWE-89\)[^,]*,file=app\/db\.py,line=9/,
    );
    const [upload] = github.sarifUploads;
    expect(upload).toMatchObject({
      owner: 'octo',
      repo: 'inventory',
      commit_sha: headSha,
      ref: 'refs/pull/42/head',
    });
    expect((upload!.sarif as { runs: unknown[] }).runs.length).toBeGreaterThan(0);
    expect(run.log).toMatch(/SARIF uploaded to code scanning/);
  });

  it('puts the findings on an aigis check run when the token may create one', async () => {
    const before = github.git.checkRuns.length;
    const run = await runAction({ 'fail-on': 'new-high', token: 'ghs_bot', comments: 'false' });
    expect(run.code).toBe(1);
    expect(github.git.checkRuns).toHaveLength(before + 1);
    const check = github.git.checkRuns.at(-1)!;
    expect(check).toMatchObject({
      name: 'aigis',
      head_sha: headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(check.annotations).toEqual([
      expect.objectContaining({ path: 'app/db.py', start_line: 9, annotation_level: 'failure' }),
    ]);
    expect(check.summary).toMatch(/aigis: gate failed/);
    expect(run.log).toMatch(/check run with 1 annotation/);
    expect(run.log).not.toMatch(/::error title=aigis/);
  });

  it('annotates with workflow commands when the token may not create check runs', async () => {
    github.fail({
      method: 'POST',
      path: '/repos/octo/inventory/check-runs',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const run = await runAction({ 'fail-on': 'none', token: 'ghs_bot', comments: 'false' });
    expect(run.code).toBe(0);
    expect(run.log).toMatch(/checks: write/);
    expect(run.log).toMatch(
      /::error title=aigis python-sql-injection \(CWE-89\)[^,]*,file=app\/db\.py,line=9/,
    );
  });

  it('repair-mode commit: pushes the verified fix onto the PR branch once, as the bot', async () => {
    const headDb = repo.git('show', `${headSha}:app/db.py`);
    github.git.seedCommit({ 'app/db.py': headDb }, [], 'Add lookup by id', headSha);
    github.git.setBranch('octo', 'inventory', 'feature', headSha);
    const run = await runAction({ 'fail-on': 'none', token: 'ghs_bot', 'repair-mode': 'commit' });
    expect(run.code).toBe(0);
    const tip = github.git.branch('octo', 'inventory', 'feature')!;
    expect(tip).not.toBe(headSha);
    expect(run.log).toContain(`pushed ${tip} with 1 verified fix(es) to feature`);
    const commit = github.git.commits.get(tip)!;
    expect(commit.parents).toEqual([headSha]);
    expect(commit.author).toBe(github.login);
    expect(github.git.filesOf(tip)['app/db.py']).toContain(
      'cur.execute("SELECT * FROM t WHERE id = ?", (x,))',
    );

    const again = await runAction({ 'fail-on': 'none', token: 'ghs_bot', 'repair-mode': 'commit' });
    expect(again.log).toMatch(/verified fixes were already published/);
    expect(github.git.branch('octo', 'inventory', 'feature')).toBe(tip);
    github.git.setBranch('octo', 'inventory', 'feature', headSha);
  });

  it('writes nothing to a fork PR, and says so in the job summary', async () => {
    const payload = pullRequestEvent() as {
      pull_request: { head: { repo: { full_name: string; fork: boolean } } };
    };
    payload.pull_request.head.repo = { full_name: 'stranger/inventory', fork: true };
    const before = github.requests.length;
    const run = await runAction(
      { 'fail-on': 'none', token: 'ghs_bot' },
      { event: { name: 'pull_request', payload } },
    );
    expect(run.code).toBe(0);
    expect(github.requests.slice(before)).toEqual([]);
    expect(run.summary).toMatch(/fork: its token cannot write/);
  });

  it('passes with fail-on: none and a token, which it masks', async () => {
    const run = await runAction({ 'fail-on': 'none', token: 'ghs_not_a_real_token' });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'pass',
      new: '1',
      'sarif-file': join(repo.dir, 'aigis.sarif'),
    });
    expect(run.summary.split('\n')[0]).toMatch(/aigis: gate passed/);
    expect(run.log).toContain('::add-mask::ghs_not_a_real_token');
    expect(run.log).not.toMatch(/no GitHub token/);
    expect(run.log).not.toContain('::error::');
  });

  it('fails on a bad input with a message naming the input and the allowed values', async () => {
    const run = await runAction({ 'fail-on': 'sometimes', 'sarif-file': 'bad-input.sarif' });
    expect(run.code).toBe(1);
    expect(run.log).toMatch(
      /::error::aigis: input 'fail-on': must be one of none, new, new-high, score; got 'sometimes'/,
    );
    expect(run.log).not.toContain('    at ');
    expect(existsSync(join(repo.dir, 'bad-input.sarif'))).toBe(false);
    expect(run.outputs).toEqual({});
  });

  it('outside a pull request reviews the checkout against the default branch and says so', async () => {
    const run = await runAction(
      { 'fail-on': 'new-high', 'sarif-file': 'push.sarif' },
      {
        event: {
          name: 'push',
          payload: {
            ref: 'refs/heads/feature',
            before: baseSha,
            after: headSha,
            repository: { full_name: 'octo/inventory', default_branch: 'main' },
          },
        },
      },
    );
    expect(run.log).toMatch(/not a pull_request event \(push\): reviewing main\.\.\.HEAD/);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', new: '1', fixed: '1' });
  });
});

describe('the two-workflow set-up for fork PRs', () => {
  const resultFile = 'out/aigis-result.json';
  const forkPr = { ...PR, number: 43 };

  function forkEvent(): { name: string; payload: unknown } {
    const payload = pullRequestEvent() as {
      number: number;
      pull_request: { number: number; head: { repo: { full_name: string; fork: boolean } } };
    };
    payload.number = payload.pull_request.number = 43;
    payload.pull_request.head.repo = { full_name: 'stranger/inventory', fork: true };
    return { name: 'pull_request', payload };
  }

  function workflowRunEvent(): { name: string; payload: unknown } {
    return {
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          id: 7001,
          event: 'pull_request',
          conclusion: 'success',
          head_sha: headSha,
          head_branch: 'feature',
          head_repository: { full_name: 'stranger/inventory' },
          pull_requests: [],
        },
        repository: { full_name: 'octo/inventory', default_branch: 'main' },
      },
    };
  }

  it('reviews the fork PR without writing, then publishes its result from workflow_run', async () => {
    github.setFiles(forkPr, [{ filename: 'app/db.py', status: 'modified', patch: DB_PATCH }]);
    github.git.setBranch('stranger', 'inventory', 'feature', headSha);
    github.git.pulls.push({
      number: 43,
      owner: 'octo',
      repo: 'inventory',
      title: 'Add item lookup',
      body: '',
      head: 'stranger:feature',
      base: 'main',
      state: 'open',
    });

    let before = github.requests.length;
    const analysis = await runAction(
      { 'fail-on': 'none', token: 'ghs_read_only', 'result-file': resultFile },
      { event: forkEvent() },
    );
    expect(analysis.code).toBe(0);
    expect(github.requests.slice(before)).toEqual([]);
    expect(analysis.outputs['result-file']).toBe(join(repo.dir, resultFile));

    before = github.requests.length;
    const publish = await runAction(
      { mode: 'publish', token: 'ghs_write', 'result-file': resultFile },
      { event: workflowRunEvent() },
    );
    expect(publish.code).toBe(0);
    expect(publish.log).toMatch(/published the review of [0-9a-f]{12} to PR #43/);
    const comments = github.reviewCommentsOf(forkPr);
    expect(comments.map((c) => [c.path, c.line, c.commit_id])).toEqual([['app/db.py', 9, headSha]]);
    // The fixes were verified by a run the fork controlled: no one-click suggestion from it.
    expect(comments[0]!.body).not.toContain('```suggestion');
    expect(github.issueCommentsOf(forkPr)).toHaveLength(1);
    expect(github.git.checkRuns.at(-1)).toMatchObject({ head_sha: headSha, conclusion: 'neutral' });
    const writes = github.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(0);
    for (const r of writes) expect(r.headers.authorization).toBe('token ghs_write');
  });

  it('refuses a result file about another commit than the run, and writes nothing', async () => {
    const path = join(repo.dir, 'out', 'other-result.json');
    const report = JSON.parse(await readFile(join(repo.dir, resultFile), 'utf8')) as { head: string };
    report.head = '0'.repeat(40);
    await writeFile(path, JSON.stringify(report));
    const before = github.requests.length;
    const run = await runAction(
      { mode: 'publish', token: 'ghs_write', 'result-file': 'out/other-result.json' },
      { event: workflowRunEvent() },
    );
    expect(run.code).toBe(1);
    expect(run.log).toMatch(
      /the result file is about 0{40}, but the workflow run was for [0-9a-f]{40}: not published/,
    );
    expect(github.requests.slice(before)).toEqual([]);
  });
});

describe('a shallow checkout', () => {
  it('reads the PR from the GitHub API and reviews it as from full history', async () => {
    const shallow = join(runnerTemp, 'shallow');
    repo.run('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, shallow]);
    const pr = { ...PR, number: 44 };
    mirrorRepository(repo, github, pr, baseSha, headSha);
    const payload = pullRequestEvent() as { number: number; pull_request: { number: number } };
    payload.number = payload.pull_request.number = 44;
    const run = await runAction(
      { 'fail-on': 'new-high', token: 'ghs_bot', comments: 'false', 'check-run': 'false' },
      { event: { name: 'pull_request', payload }, workspace: shallow },
    );
    expect(run.log).toMatch(/read from the GitHub API instead/);
    expect(run.code).toBe(1);
    // The same verdict as the full-history runs above: the SQL injection is new, the shell one fixed.
    expect(run.outputs).toMatchObject({ verdict: 'fail', new: '1', fixed: '1', high: '1' });
    expect(Number(run.outputs['ai-share'])).toBeGreaterThan(0.5);
    expect(run.log).toMatch(
      /::error title=aigis python-sql-injection \(CWE-89\)[^,]*,file=app\/db\.py,line=9/,
    );
  });
});

describe('dist/ is self-contained', () => {
  it('runs the CLI and the Action from a copy with no node_modules above it', async () => {
    const copy = join(runnerTemp, 'aigis-dist');
    cpSync(DIST, copy, { recursive: true });
    for (let d = dirname(copy); ; d = dirname(d)) {
      expect(existsSync(join(d, 'node_modules'))).toBe(false);
      if (dirname(d) === d) break;
    }

    const file = join(runnerTemp, 'read.c');
    await writeFile(file, '#include <stdio.h>\n\nvoid read_line(void) {\n  char buf[16];\n  gets(buf);\n}\n');
    const [scan, action] = await Promise.all([
      node([join(copy, 'cli.js'), 'scan', 'read.c'], cleanEnv(), runnerTemp),
      runAction({ 'fail-on': 'none', 'sarif-file': 'from-copy.sarif' }, { dist: copy }),
    ]);
    expect(scan.stderr).not.toMatch(/Cannot find|ERR_MODULE_NOT_FOUND/);
    expect(scan.code).toBe(1);
    expect(scan.stdout).toMatch(/read\.c:5:3 .*c-gets/);

    expect(action.code).toBe(0);
    expect(action.outputs).toMatchObject({ verdict: 'pass', new: '1' });
    expect(existsSync(join(repo.dir, 'from-copy.sarif'))).toBe(true);
  });
});
