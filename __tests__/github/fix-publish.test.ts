/**
 * repair-mode commit and pull-request end to end: a real git repository reviewed by the real
 * engines, the verified rule fixes combined per file and verified again, then published with the
 * real Octokit client to a local GitHub server that keeps commits, trees, branches and PRs.
 */
import { createOctokit } from '../../src/adapters/github/client.js';
import { createGitHubPort } from '../../src/adapters/github/github-api.js';
import type { EngineSetup } from '../../src/composition.js';
import { silentLogger } from '../../src/core/logger.js';
import type { ReviewResult } from '../../src/core/types.js';
import { planFixChanges, type FixPlan } from '../../src/publish/fix-changes.js';
import {
  FIX_TRAILER,
  fixBranchName,
  publishFixes,
  type FixPublishRequest,
} from '../../src/publish/fix-commit.js';
import { ordered } from '../../src/report/summary.js';
import { GitRepo } from '../helpers/git-repo.js';
import { GitHubServer } from '../helpers/github-server.js';
import { createEngines, runReview } from '../pipeline/support.js';

const OWNER = 'acme';
const REPO = 'shop';
const HEAD_REF = 'feature';

const BASE_DB = ['import sqlite3', '', '', 'def connect(path):', '    return sqlite3.connect(path)', ''].join(
  '\n',
);
const HEAD_DB = [
  'import sqlite3',
  '',
  '',
  'def connect(path):',
  '    return sqlite3.connect(path)',
  '',
  '',
  'def find(cur, item_id):',
  '    cur.execute(f"SELECT * FROM items WHERE id = {item_id}")',
  '    return cur.fetchone()',
  '',
  '',
  'def by_owner(cur, owner):',
  '    cur.execute("SELECT * FROM items WHERE owner = \'" + owner + "\'")',
  '    return cur.fetchall()',
  '',
].join('\n');

let repo: GitRepo;
let setup: EngineSetup;
let result: ReviewResult;
let verified: FixPlan;
let head: string;
let server: GitHubServer;
let serverHead: string;
let keys = 0;

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.write('app/db.py', BASE_DB);
  await repo.write('app/util.py', 'def ok():\n    return 1\n');
  const base = await repo.commit('base');
  repo.checkoutNew(HEAD_REF);
  await repo.write('app/db.py', HEAD_DB);
  head = await repo.commit('Add item queries');
  setup = await createEngines(repo.dir);
  result = await runReview(repo, setup, { base, head, repair: 'rule' });
  verified = await planFixChanges(result, (path) => repo.git('show', `${head}:${path}`), {
    parses: setup.repair.parses,
    engines: setup.engines,
  });
}, 60_000);

afterAll(() => repo.cleanup());

beforeEach(async () => {
  server = await GitHubServer.start();
  const baseCommit = server.git.seedCommit({
    'app/db.py': BASE_DB,
    'app/util.py': 'def ok():\n    return 1\n',
  });
  serverHead = server.git.seedCommit({ 'app/db.py': HEAD_DB }, [baseCommit], 'Add item queries');
  server.git.setBranch(OWNER, REPO, 'main', baseCommit);
  server.git.setBranch(OWNER, REPO, HEAD_REF, serverHead);
});
afterEach(() => server.close());

function port() {
  const octokit = createOctokit({
    token: 'ghs_fixer',
    baseUrl: server.url,
    log: silentLogger,
    retryUnitMs: 1,
    throttleKey: `fix-${keys++}`,
  });
  return createGitHubPort(octokit);
}

function request(mode: FixPublishRequest['mode'], over: Partial<FixPublishRequest> = {}): FixPublishRequest {
  return {
    mode,
    repo: { owner: OWNER, repo: REPO },
    number: 7,
    headRef: HEAD_REF,
    headSha: serverHead,
    changes: verified.changes,
    skipped: verified.skipped,
    modeOf: () => '100644',
    fromFork: false,
    ...over,
  };
}

const writes = () => server.requests.filter((r) => r.method !== 'GET');

describe('verified fixes as whole-file changes', () => {
  it('applies both SQL fixes of the file together and keeps them after re-verifying the whole file', () => {
    const sql = result.findings.filter((f) => f.status === 'new' && f.ruleId === 'python-sql-injection');
    expect(sql).toHaveLength(2);
    expect(verified.skipped).toEqual([]);
    expect(verified.changes).toHaveLength(1);
    const [change] = verified.changes;
    expect(change!.path).toBe('app/db.py');
    expect(change!.findings.map((f) => f.region.startLine).sort((a, b) => a - b)).toEqual([9, 14]);
    expect(change!.after).toContain('cur.execute("SELECT * FROM items WHERE id = ?", (item_id,))');
    expect(change!.after).toContain('cur.execute("SELECT * FROM items WHERE owner = ?", (owner,))');
    // Everything else is kept byte for byte.
    expect(change!.after.split('\n').filter((l) => !l.includes('execute'))).toEqual(
      HEAD_DB.split('\n').filter((l) => !l.includes('execute')),
    );
  });

  it('leaves out a repair that, combined with the others in its file, brings in a weakness', async () => {
    const sql = result.findings.filter((f) => f.status === 'new' && f.ruleId === 'python-sql-injection');
    const [first, second] = ordered(sql);
    // A repair that verified alone but, next to the other one, adds an eval (CWE-95) to the file.
    const poisoned = {
      ...second!,
      repair: {
        ...second!.repair!,
        edits: [
          ...second!.repair!.edits,
          {
            file: 'app/db.py',
            region: { startLine: 16, startColumn: 1, endLine: 16, endColumn: 1 },
            text: '\n\ndef run(code):\n    return eval(code)\n',
          },
        ],
      },
    };
    const plan = await planFixChanges(
      { ...result, findings: [first!, poisoned] },
      (path) => repo.git('show', `${head}:${path}`),
      { parses: setup.repair.parses, engines: setup.engines },
    );
    expect(plan.changes.map((c) => c.findings.map((f) => f.id))).toEqual([[first!.id]]);
    expect(plan.skipped).toEqual([
      {
        finding: poisoned,
        reason: expect.stringMatching(/combined with the other repairs, it introduces .*CWE-95/),
      },
    ]);
  });
});

describe('repair-mode commit', () => {
  it('pushes one signed bot commit on top of the reviewed head, fast-forward only', async () => {
    const out = await publishFixes(request('commit'), port());
    expect(out).toMatchObject({ action: 'committed', notes: [] });
    const tip = server.git.branch(OWNER, REPO, HEAD_REF)!;
    expect(tip).toBe(out.commit);
    const commit = server.git.commits.get(tip)!;
    expect(commit.parents).toEqual([serverHead]);
    expect(commit.author).toBe(server.login);
    expect(commit.message).toMatch(/^aigis: fix 2 weaknesses in 1 file\n/);
    expect(commit.message).toContain(`${FIX_TRAILER}: ${serverHead}`);
    expect(server.git.filesOf(tip)).toEqual({
      'app/db.py': verified.changes[0]!.after,
      'app/util.py': 'def ok():\n    return 1\n',
    });
    const update = server.requests.find((r) => r.method === 'PATCH');
    expect(update?.body).toEqual({ sha: tip, force: false });
    const made = server.requests.find((r) => r.path.endsWith('/git/commits') && r.method === 'POST');
    // No author or committer: GitHub records the token's identity and signs the commit.
    expect(made?.body).not.toHaveProperty('author');
    expect(made?.body).not.toHaveProperty('committer');
    for (const r of server.requests) expect(r.headers.authorization).toBe('token ghs_fixer');
  });

  it('recognises its own commit on a re-run over the same head and writes nothing', async () => {
    await publishFixes(request('commit'), port());
    const before = writes().length;
    const again = await publishFixes(request('commit'), port());
    expect(again.action).toBe('unchanged');
    expect(writes().length).toBe(before);
  });

  it('does not push when the branch moved on since the review', async () => {
    const other = server.git.seedCommit({ 'app/db.py': 'print(1)\n' }, [serverHead], 'someone else');
    server.git.setBranch(OWNER, REPO, HEAD_REF, other);
    const out = await publishFixes(request('commit'), port());
    expect(out.action).toBe('skipped');
    expect(out.notes[0]).toMatch(/moved on since this review \(now [0-9a-f]{12}\)/);
    expect(writes()).toEqual([]);
    expect(server.git.branch(OWNER, REPO, HEAD_REF)).toBe(other);
  });

  it('writes nothing for a fork PR and says why', async () => {
    const out = await publishFixes(request('commit', { fromFork: true }), port());
    expect(out.action).toBe('skipped');
    expect(out.notes[0]).toMatch(/fork/);
    expect(server.requests).toEqual([]);
  });

  it('turns a refused write into a note that names the permission', async () => {
    server.fail({
      method: 'POST',
      path: `/repos/${OWNER}/${REPO}/git/trees`,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const out = await publishFixes(request('commit'), port());
    expect(out.action).toBe('skipped');
    expect(out.notes[0]).toMatch(/Resource not accessible by integration.*contents: write/);
    expect(server.git.branch(OWNER, REPO, HEAD_REF)).toBe(serverHead);
  });
});

describe('repair-mode pull-request', () => {
  it('opens one fix PR into the PR branch, explains each fix with its diff, and is idempotent', async () => {
    const out = await publishFixes(request('pull-request'), port());
    expect(out.action).toBe('pull-request-created');
    const branch = fixBranchName(7);
    const tip = server.git.branch(OWNER, REPO, branch)!;
    expect(server.git.commits.get(tip)!.parents).toEqual([serverHead]);
    expect(server.git.branch(OWNER, REPO, HEAD_REF)).toBe(serverHead);
    expect(server.git.pulls).toHaveLength(1);
    const pr = server.git.pulls[0]!;
    expect(pr).toMatchObject({
      head: `${OWNER}:${branch}`,
      base: HEAD_REF,
      title: 'aigis: verified fixes for #7',
    });
    expect(pr.body).toContain('**python-sql-injection** (CWE-89) at line 9');
    expect(pr.body).toContain('-    cur.execute(f"SELECT * FROM items WHERE id = {item_id}")');
    expect(pr.body).toContain('+    cur.execute("SELECT * FROM items WHERE id = ?", (item_id,))');
    expect(pr.body).toMatch(/merge only after a careful review/);

    const refWrites = () => writes().filter((r) => !r.path.endsWith('/git/trees'));
    const before = refWrites().length;
    const again = await publishFixes(request('pull-request'), port());
    expect(again).toMatchObject({ action: 'unchanged', pullRequest: { number: pr.number } });
    expect(refWrites().length).toBe(before);
    expect(server.git.pulls).toHaveLength(1);
  });

  it('rebuilds the fix branch on a new head and updates the same PR', async () => {
    await publishFixes(request('pull-request'), port());
    const newer = server.git.seedCommit({ 'app/util.py': 'def ok():\n    return 2\n' }, [serverHead], 'more');
    server.git.setBranch(OWNER, REPO, HEAD_REF, newer);
    const out = await publishFixes(request('pull-request', { headSha: newer }), port());
    expect(out.action).toBe('pull-request-updated');
    const tip = server.git.branch(OWNER, REPO, fixBranchName(7))!;
    expect(server.git.commits.get(tip)!.parents).toEqual([newer]);
    expect(server.git.filesOf(tip)['app/util.py']).toBe('def ok():\n    return 2\n');
    expect(server.git.pulls).toHaveLength(1);
    const forced = server.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/git/refs/'));
    expect(forced.at(-1)?.body).toEqual({ sha: tip, force: true });
  });
});
