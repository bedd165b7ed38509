/**
 * PR data from the GitHub API when the checkout has no history: a real repository is mirrored into
 * the local GitHub server (commits, trees, the PR's file list with git's own patches, its commits,
 * blame), and the review made through the API must equal the review made from local git.
 */
import { createApiGit } from '../../src/adapters/github/api-git.js';
import { createOctokit } from '../../src/adapters/github/client.js';
import { createGitHubPort } from '../../src/adapters/github/github-api.js';
import { toZeroContext } from '../../src/adapters/github/zero-context.js';
import type { EngineSetup } from '../../src/composition.js';
import { silentLogger } from '../../src/core/logger.js';
import type { ReviewResult } from '../../src/core/types.js';
import { parseHunks } from '../../src/stages/collect/hunks.js';
import { GitRepo } from '../helpers/git-repo.js';
import { GitHubServer } from '../helpers/github-server.js';
import { mirrorRepository } from '../helpers/mirror-repository.js';
import { CLAUDE_CO_AUTHOR, createEngines, runReview } from '../pipeline/support.js';

const PR = { owner: 'acme', repo: 'shop', number: 12 };

let repo: GitRepo;
let server: GitHubServer;
let setup: EngineSetup;
let base: string;
let head: string;

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.write('app/db.py', 'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n');
  await repo.write('app/old_name.py', 'import os\n\n\ndef home():\n    return os.environ["HOME"]\n');
  await repo.write('app/gone.py', 'import pickle\n\n\ndef load(b):\n    return pickle.loads(b)\n');
  base = await repo.commit('base');
  repo.checkoutNew('feature');
  await repo.write('app/notes.txt', 'human notes\n');
  await repo.commit('Notes', { author: { name: 'Grace Hopper', email: 'grace@example.org' } });
  await repo.write(
    'app/db.py',
    'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n\n\n' +
      'def find(cur, x):\n    cur.execute(f"SELECT * FROM t WHERE id = {x}")\n    return cur.fetchone()\n',
  );
  repo.git('mv', 'app/old_name.py', 'app/new_name.py');
  repo.git('rm', '-q', 'app/gone.py');
  await repo.write('app/run.py', 'import os\n\n\ndef run(cmd):\n    os.system("sh -c " + cmd)\n');
  head = await repo.commit('Add lookup and runner', { trailers: [CLAUDE_CO_AUTHOR] });
  setup = await createEngines(repo.dir);
}, 60_000);

afterAll(() => repo.cleanup());

beforeEach(async () => {
  server = await GitHubServer.start();
  mirrorRepository(repo, server, PR, base, head);
});
afterEach(() => server.close());

function apiGit() {
  const octokit = createOctokit({
    token: 'ghs_read',
    baseUrl: server.url,
    log: silentLogger,
    retryUnitMs: 1,
    throttleKey: 'api-git',
  });
  return createApiGit(createGitHubPort(octokit), PR, { base, head });
}

/** What a user sees of a review, independent of how the data was read. */
function seen(r: ReviewResult) {
  return {
    files: r.files,
    skipped: r.skipped,
    findings: r.findings.map((f) => [
      f.status,
      f.ruleId,
      f.file,
      f.region.startLine,
      f.fingerprint,
      f.attribution?.tool,
    ]),
    aiShare: r.provenance?.aiShare,
    lines: r.provenance?.lines,
    verdict: r.verdict,
  };
}

describe('PR data from the GitHub API', () => {
  it('gives the same review as the local history: files, findings, status and AI attribution', async () => {
    const local = await runReview(repo, setup, { base, head });
    const api = await runReview(repo, setup, { base, head }, { git: apiGit() });
    expect(seen(api)).toEqual(seen(local));
    // The comparison is not vacuous: the PR has a new finding on an AI-written line, and a fixed one.
    expect(seen(api).findings).toEqual(
      expect.arrayContaining([
        ['new', 'python-sql-injection', 'app/db.py', 9, expect.any(String), 'Claude Code'],
        ['fixed', 'python-unsafe-deserialization', 'app/gone.py', 5, expect.any(String), undefined],
      ]),
    );
    expect(api.files.map((f) => [f.path, f.status])).toEqual(
      expect.arrayContaining([
        ['app/new_name.py', 'renamed'],
        ['app/gone.py', 'deleted'],
      ]),
    );
    const reads = server.requests.map((r) => r.path);
    expect(reads).toContain(`/repos/acme/shop/compare/${base}...${head}`);
    expect(reads).toContain('/graphql');
    expect(server.requests.every((r) => r.method === 'GET' || r.path === '/graphql')).toBe(true);
  });

  it('refuses revisions other than the PR base and head with a clear message', async () => {
    await expect(apiGit().resolve('HEAD~3')).rejects.toThrow(/only knows this PR's base and head/);
  });
});

describe('toZeroContext', () => {
  it("turns the API's context patches into the hunks git diff -U0 gives", () => {
    for (const path of ['app/db.py', 'app/run.py', 'app/notes.txt']) {
      const withContext = repo.git('diff', `${base}...${head}`, '--', path);
      const zero = repo.git('diff', '-U0', `${base}...${head}`, '--', path);
      expect(parseHunks(toZeroContext(withContext.slice(withContext.indexOf('@@'))))).toEqual(
        parseHunks(zero),
      );
    }
  });

  it('anchors pure insertions and deletions on the line before, as git does', () => {
    const patch = ['@@ -1,4 +1,5 @@', ' a', '+b', ' c', '-d', ' e'].join('\n');
    expect(toZeroContext(patch)).toBe(['@@ -1,0 +2 @@', '+b', '@@ -3 +3,0 @@', '-d', ''].join('\n'));
  });
});
