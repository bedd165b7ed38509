/**
 * The PR bot end to end over the real Octokit client and a local GitHub server: review comments,
 * the summary comment, re-runs, a rejected comment, a read-only token and fork PRs.
 */
import { createOctokit } from '../../src/adapters/github/client.js';
import { createGitHubPort } from '../../src/adapters/github/github-api.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Finding, ReviewResult } from '../../src/core/types.js';
import { publishToPullRequest } from '../../src/publish/pull-request.js';
import { SUMMARY_MARKER } from '../../src/publish/summary-comment.js';
import { GitHubServer, validationFailed } from '../helpers/github-server.js';
import { APP_PATCH, finding } from '../publish/factory.js';
import { sampleResult } from '../report/sample-result.js';

const PR = { owner: 'acme', repo: 'shop', number: 7 };
const HEAD = 'a'.repeat(40);
const quiet = silentLogger;

let server: GitHubServer;
let keys = 0;
beforeEach(async () => {
  server = await GitHubServer.start();
  server.setFiles(PR, [{ filename: 'src/app.py', status: 'modified', patch: APP_PATCH }]);
});
afterEach(() => server.close());

function port() {
  const octokit = createOctokit({
    token: 'ghs_test',
    baseUrl: server.url,
    log: quiet,
    retryUnitMs: 1,
    throttleKey: `bot-${keys++}`,
  });
  return createGitHubPort(octokit);
}

function result(findings: Finding[]): ReviewResult {
  return { ...sampleResult(), findings };
}

const writes = () => server.requests.filter((r) => r.method !== 'GET');

describe('the PR bot', () => {
  it('posts inline comments on new findings in the diff and one summary comment', async () => {
    const fs = [
      finding({ line: 5, score: 0.7 }),
      finding({ line: 23, cwes: [95], score: 0.6 }),
      finding({ line: 40 }),
    ];
    const out = await publishToPullRequest(result(fs), port(), PR, { headSha: HEAD }, quiet);
    expect(out).toMatchObject({ posted: 2, deleted: 0, summary: 'created', notes: [] });
    const comments = server.reviewCommentsOf(PR);
    expect(comments.map((c) => [c.path, c.line, c.commit_id])).toEqual([
      ['src/app.py', 5, HEAD],
      ['src/app.py', 23, HEAD],
    ]);
    const [summary] = server.issueCommentsOf(PR);
    expect(summary!.body).toContain(SUMMARY_MARKER);
    // Line 40 is not in the diff: listed in the summary instead.
    expect(summary!.body).toMatch(/Not commented inline \(1\)/);
  }, 30_000);

  it('updates on a re-run: no duplicate comment, no second summary, gone findings removed', async () => {
    const a = finding({ line: 5 });
    const b = finding({ line: 23 });
    await publishToPullRequest(result([a, b]), port(), PR, { headSha: HEAD }, quiet);
    const again = await publishToPullRequest(result([a]), port(), PR, { headSha: HEAD }, quiet);
    expect(again).toMatchObject({ posted: 0, deleted: 1, summary: 'updated' });
    expect(server.reviewCommentsOf(PR).map((c) => c.line)).toEqual([5]);
    expect(server.issueCommentsOf(PR)).toHaveLength(1);
  }, 30_000);

  it('posts the other comments when GitHub rejects one', async () => {
    const path = `/repos/${PR.owner}/${PR.repo}/pulls/${PR.number}/reviews`;
    // The batch is refused, then the first comment on its own: the second still goes in.
    server.fail({ method: 'POST', path, times: 2, ...validationFailed('Line could not be resolved') });
    const out = await publishToPullRequest(
      result([finding({ line: 5, score: 0.9 }), finding({ line: 23, score: 0.5 })]),
      port(),
      PR,
      { headSha: HEAD },
      quiet,
    );
    expect(out.posted).toBe(1);
    expect(server.reviewCommentsOf(PR).map((c) => c.line)).toEqual([23]);
    expect(server.issueCommentsOf(PR)[0]!.body).toMatch(/Not commented inline \(1\)/);
    expect(server.issueCommentsOf(PR)[0]!.body).toMatch(/GitHub did not accept the comment/);
  }, 30_000);

  it('degrades to the summary when the token cannot write reviews, and says so', async () => {
    const path = `/repos/${PR.owner}/${PR.repo}/pulls/${PR.number}/comments`;
    server.fail({
      method: 'GET',
      path,
      times: 1,
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const out = await publishToPullRequest(
      result([finding({ line: 5 })]),
      port(),
      PR,
      { headSha: HEAD },
      quiet,
    );
    expect(out.posted).toBe(0);
    expect(out.notes[0]).toMatch(/cannot write review comments/);
    expect(server.issueCommentsOf(PR)[0]!.body).toMatch(/cannot write review comments/);
  }, 30_000);

  it('writes nothing at all on a fork PR', async () => {
    const out = await publishToPullRequest(
      result([finding({ line: 5 })]),
      port(),
      PR,
      { headSha: HEAD, fromFork: true },
      quiet,
    );
    expect(writes()).toEqual([]);
    expect(server.requests).toEqual([]);
    expect(out.notes[0]).toMatch(/fork/);
  });

  it('posts at most the cap of 200 findings, in reviews of at most 30, and lists the rest', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `x${i} = eval(v)`);
    server.setFiles(PR, [
      {
        filename: 'src/app.py',
        status: 'added',
        patch: `@@ -0,0 +1,200 @@\n${lines.map((l) => `+${l}`).join('\n')}`,
      },
    ]);
    const many = lines.map((_, i) => finding({ line: i + 1, score: 0.5 + (i % 7) / 100 }));
    const out = await publishToPullRequest(
      result(many),
      port(),
      PR,
      { headSha: HEAD, maxComments: 45 },
      quiet,
    );
    expect(out.posted).toBe(45);
    const reviews = writes().filter((r) => r.path.endsWith('/reviews'));
    expect(reviews.map((r) => (r.body as { comments: unknown[] }).comments.length)).toEqual([30, 15]);
    expect(server.issueCommentsOf(PR)[0]!.body).toMatch(/Not commented inline \(155\)/);
  }, 60_000);
});
