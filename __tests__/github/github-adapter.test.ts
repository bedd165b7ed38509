/**
 * The GitHub adapter through the real Octokit client (with its throttling and retry plugins)
 * against a local server that speaks the documented REST API.
 */
import { gzipSync } from 'node:zlib';
import { createOctokit, type GitHubClientOptions } from '../../src/adapters/github/client.js';
import { createGitHubPort } from '../../src/adapters/github/github-api.js';
import { GitHubError, type GitHubPort } from '../../src/core/github-port.js';
import type { Logger } from '../../src/core/logger.js';
import {
  GitHubServer,
  rateLimited,
  secondaryRateLimited,
  serverError,
  validationFailed,
} from '../helpers/github-server.js';

const TOKEN = 'ghs_aigisTestToken0123456789';
const PR = { owner: 'octo', repo: 'hello', number: 7 };
const REPO = { owner: 'octo', repo: 'hello' };
const HEAD = 'a'.repeat(40);

interface RecordingLogger extends Logger {
  warnings: string[];
}

function recordingLogger(): RecordingLogger {
  const warnings: string[] = [];
  return {
    warnings,
    debug: () => {},
    info: () => {},
    warning: (m) => warnings.push(m),
    error: (m) => warnings.push(`error: ${m}`),
    group: (_name, fn) => fn(),
    progress: () => {},
  };
}

let throttleKeys = 0;

function client(
  server: GitHubServer,
  overrides: Partial<GitHubClientOptions> = {},
): { port: GitHubPort; log: RecordingLogger } {
  const log = recordingLogger();
  const octokit = createOctokit({
    token: TOKEN,
    baseUrl: server.url,
    log,
    retryUnitMs: 1,
    // Each test paces its own writes, so that GitHub's one-write-a-second rule does not add up.
    throttleKey: `test-${throttleKeys++}`,
    ...overrides,
  });
  return { port: createGitHubPort(octokit), log };
}

async function rejection(promise: Promise<unknown>): Promise<GitHubError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubError);
    return error as GitHubError;
  }
  throw new Error('expected the call to fail');
}

let server: GitHubServer;

beforeEach(async () => {
  server = await GitHubServer.start();
});

afterEach(async () => {
  await server.close();
});

describe('requests and responses', () => {
  test('listFiles follows the Link header across pages and maps each file', async () => {
    const files = Array.from({ length: 120 }, (_, i) => ({
      filename: `src/f${i}.ts`,
      status: 'modified',
      patch: `@@ -1 +1 @@\n-a${i}\n+b${i}`,
    }));
    files[3] = {
      filename: 'src/new-name.ts',
      status: 'renamed',
      previous_filename: 'src/old-name.ts',
    } as never;
    files[4] = { filename: 'logo.png', status: 'added' } as never;
    server.setFiles(PR, files);
    const { port } = client(server);

    const listed = await port.listFiles(PR);

    expect(listed).toHaveLength(120);
    expect(listed[0]).toEqual({ filename: 'src/f0.ts', status: 'modified', patch: '@@ -1 +1 @@\n-a0\n+b0' });
    expect(listed[3]).toEqual({
      filename: 'src/new-name.ts',
      status: 'renamed',
      previousFilename: 'src/old-name.ts',
    });
    expect(listed[4]).toEqual({ filename: 'logo.png', status: 'added' });
    expect(listed[119]?.filename).toBe('src/f119.ts');
    expect(server.requests.map((r) => [r.method, r.path, r.query])).toEqual([
      ['GET', '/repos/octo/hello/pulls/7/files', { per_page: '100' }],
      ['GET', '/repos/octo/hello/pulls/7/files', { per_page: '100', page: '2' }],
    ]);
  });

  test('listReviewComments paginates and maps author, line, replies and outdated comments', async () => {
    for (let i = 0; i < 130; i++) server.addReviewComment(PR, { path: 'a.ts', line: i + 1, body: `c${i}` });
    const outdated = server.addReviewComment(PR, { path: 'b.ts', line: null, body: 'old', login: 'alice' });
    const reply = server.addReviewComment(PR, {
      path: 'b.ts',
      line: 3,
      body: 'yes',
      in_reply_to_id: outdated.id,
    });
    server.addReviewComment({ ...PR, number: 8 }, { path: 'a.ts', line: 1, body: 'other PR' });
    const { port } = client(server);

    const comments = await port.listReviewComments(PR);

    expect(comments).toHaveLength(132);
    expect(comments[0]).toEqual({
      id: comments[0]!.id,
      body: 'c0',
      author: 'github-actions[bot]',
      path: 'a.ts',
      line: 1,
    });
    expect(comments[130]).toEqual({ id: outdated.id, body: 'old', author: 'alice', path: 'b.ts' });
    expect(comments[131]).toEqual({
      id: reply.id,
      body: 'yes',
      author: 'github-actions[bot]',
      path: 'b.ts',
      line: 3,
      inReplyTo: outdated.id,
    });
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.query.page ?? '1'}`)).toEqual([
      'GET /repos/octo/hello/pulls/7/comments 1',
      'GET /repos/octo/hello/pulls/7/comments 2',
    ]);
  });

  test('createReview posts one COMMENT review with single-line and multi-line comments', async () => {
    server.setFiles(PR, [{ filename: 'src/app.ts' }]);
    const { port } = client(server);

    const review = await port.createReview(PR, {
      commitId: HEAD,
      body: 'aigis found 2 issues',
      comments: [
        { path: 'src/app.ts', line: 10, side: 'RIGHT', body: 'one line' },
        { path: 'src/app.ts', line: 14, side: 'RIGHT', startLine: 12, body: '```suggestion\nx\n```' },
        { path: 'src/app.ts', line: 20, side: 'RIGHT', startLine: 20, body: 'a range of one line' },
      ],
    });

    expect(review.id).toBe(server.reviews[0]?.id);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/repos/octo/hello/pulls/7/reviews');
    expect(request.body).toEqual({
      commit_id: HEAD,
      body: 'aigis found 2 issues',
      event: 'COMMENT',
      comments: [
        { path: 'src/app.ts', line: 10, side: 'RIGHT', body: 'one line' },
        {
          path: 'src/app.ts',
          line: 14,
          side: 'RIGHT',
          start_line: 12,
          start_side: 'RIGHT',
          body: '```suggestion\nx\n```',
        },
        { path: 'src/app.ts', line: 20, side: 'RIGHT', body: 'a range of one line' },
      ],
    });
    // What was created is listed afterwards, with increasing ids.
    const listed = await port.listReviewComments(PR);
    expect(listed.map((c) => [c.path, c.line, c.body])).toEqual([
      ['src/app.ts', 10, 'one line'],
      ['src/app.ts', 14, '```suggestion\nx\n```'],
      ['src/app.ts', 20, 'a range of one line'],
    ]);
    expect(listed[1]!.id).toBeGreaterThan(listed[0]!.id);
  });

  test('deleteReviewComment sends DELETE and the comment is gone; a missing one is a 404', async () => {
    const kept = server.addReviewComment(PR, { path: 'a.ts', line: 1, body: 'keep' });
    const gone = server.addReviewComment(PR, { path: 'a.ts', line: 2, body: 'stale' });
    const { port } = client(server);

    await port.deleteReviewComment(REPO, gone.id);

    expect(server.requests[0]).toMatchObject({
      method: 'DELETE',
      path: `/repos/octo/hello/pulls/comments/${gone.id}`,
    });
    expect(server.reviewCommentsOf(PR).map((c) => c.id)).toEqual([kept.id]);
    const error = await rejection(port.deleteReviewComment(REPO, gone.id));
    expect(error.status).toBe(404);
    expect(error.message).toContain('pulls.deleteReviewComment');
    expect(error.message).toContain('Not Found');
  });

  test('issue comments: create, list (paginated), update', async () => {
    for (let i = 0; i < 105; i++) server.addIssueComment(PR, { body: `human ${i}`, login: 'bob' });
    const { port } = client(server);

    const created = await port.createIssueComment(PR, '<!-- aigis -->\nsummary v1');
    await port.updateIssueComment(REPO, created.id, '<!-- aigis -->\nsummary v2');
    const listed = await port.listIssueComments(PR);

    expect(server.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', '/repos/octo/hello/issues/7/comments', { body: '<!-- aigis -->\nsummary v1' }],
      ['PATCH', `/repos/octo/hello/issues/comments/${created.id}`, { body: '<!-- aigis -->\nsummary v2' }],
      ['GET', '/repos/octo/hello/issues/7/comments', undefined],
      ['GET', '/repos/octo/hello/issues/7/comments', undefined],
    ]);
    expect(listed).toHaveLength(106);
    expect(listed[0]).toEqual({ id: listed[0]!.id, body: 'human 0', author: 'bob' });
    expect(listed[105]).toEqual({
      id: created.id,
      body: '<!-- aigis -->\nsummary v2',
      author: 'github-actions[bot]',
    });
    expect(created.id).toBeGreaterThan(listed[104]!.id);
  });

  test('uploadSarif posts commit_sha, ref and the gzipped base64 SARIF and returns the upload id', async () => {
    const { port } = client(server);
    const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'aigis' } }, results: [] }] };
    const encoded = gzipSync(JSON.stringify(sarif)).toString('base64');

    const upload = await port.uploadSarif(REPO, {
      commitSha: HEAD,
      ref: 'refs/pull/7/merge',
      sarif: encoded,
    });

    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      path: '/repos/octo/hello/code-scanning/sarifs',
      body: { commit_sha: HEAD, ref: 'refs/pull/7/merge', sarif: encoded },
    });
    expect(upload).toEqual({ id: server.sarifUploads[0]!.id });
    expect(server.sarifUploads[0]!.sarif).toEqual(sarif);
  });
});

describe('authentication and base URL', () => {
  test('the token travels in the Authorization header only', async () => {
    const { port } = client(server);
    await port.listFiles(PR);
    await port.createIssueComment(PR, 'hi');

    for (const r of server.requests) {
      expect(r.headers.authorization).toBe(`token ${TOKEN}`);
      expect(r.headers['user-agent']).toMatch(/^aigis /);
      expect(r.url).not.toContain(TOKEN);
      expect(JSON.stringify(r.query)).not.toContain(TOKEN);
    }
  });

  test('a GitHub Enterprise Server API URL with a path prefix (and a trailing slash) works', async () => {
    const ghes = await GitHubServer.start({ prefix: '/api/v3' });
    try {
      ghes.setFiles(
        PR,
        Array.from({ length: 101 }, (_, i) => ({ filename: `f${i}` })),
      );
      const { port } = client(ghes, { baseUrl: `${ghes.url}/` });
      expect(ghes.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);

      expect(await port.listFiles(PR)).toHaveLength(101);
      await port.createIssueComment(PR, 'on GHES');

      expect(ghes.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /api/v3/repos/octo/hello/pulls/7/files',
        'GET /api/v3/repos/octo/hello/pulls/7/files',
        'POST /api/v3/repos/octo/hello/issues/7/comments',
      ]);
    } finally {
      await ghes.close();
    }
  });

  test('an empty token is refused before any request', () => {
    expect(() => createOctokit({ token: '', baseUrl: server.url, log: recordingLogger() })).toThrow(
      /no GitHub token/,
    );
  });
});

describe('failures', () => {
  test('a 500 then 200 is retried and succeeds', async () => {
    server.setFiles(PR, [{ filename: 'a.ts' }]);
    server.fail({ method: 'GET', path: '/repos/octo/hello/pulls/7/files', ...serverError(500) });
    const { port } = client(server);

    expect(await port.listFiles(PR)).toEqual([{ filename: 'a.ts', status: 'modified' }]);
    expect(server.requests).toHaveLength(2);
  });

  test('a write that gets 502 twice is retried and succeeds once', async () => {
    const existing = server.addIssueComment(PR, { body: 'v1' });
    server.fail({
      method: 'PATCH',
      path: `/repos/octo/hello/issues/comments/${existing.id}`,
      times: 2,
      ...serverError(502),
    });
    const { port } = client(server);

    await port.updateIssueComment(REPO, existing.id, 'v2');

    expect(server.requests.map((r) => r.method)).toEqual(['PATCH', 'PATCH', 'PATCH']);
    expect(server.issueCommentsOf(PR)).toEqual([expect.objectContaining({ id: existing.id, body: 'v2' })]);
  });

  test('5xx retries are bounded: the last failure surfaces as a GitHubError', async () => {
    server.fail({ method: 'GET', path: '/repos/octo/hello/pulls/7/files', times: 10, ...serverError(503) });
    const { port } = client(server, { serverErrorRetries: 2 });

    const error = await rejection(port.listFiles(PR));

    expect(error.status).toBe(503);
    expect(error.message).toMatch(
      /^GitHub pulls\.listFiles \(GET \/repos\/octo\/hello\/pulls\/7\/files\) failed with 503/,
    );
    expect(server.requests).toHaveLength(3);
  });

  test('a primary rate limit is retried a bounded number of times, then fails with 403 and a warning', async () => {
    server.fail({ method: 'GET', path: '/repos/octo/hello/pulls/7/files', times: 10, ...rateLimited() });
    const { port, log } = client(server, { rateLimitRetries: 2 });

    const error = await rejection(port.listFiles(PR));

    expect(error.status).toBe(403);
    expect(error.message).toContain('API rate limit exceeded');
    expect(server.requests).toHaveLength(3);
    expect(log.warnings).toHaveLength(3);
    expect(log.warnings[0]).toMatch(
      /primary rate limit on GET .*\/pulls\/7\/files.*retrying in \d+s \(1\/2\)/,
    );
    expect(log.warnings[2]).toMatch(/giving up after 2 retries/);
  });

  test('a rate limit that resets once is retried and succeeds', async () => {
    server.setFiles(PR, [{ filename: 'a.ts' }]);
    server.fail({ method: 'GET', path: '/repos/octo/hello/pulls/7/files', ...rateLimited() });
    const { port, log } = client(server);

    expect(await port.listFiles(PR)).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expect(log.warnings).toHaveLength(1);
  });

  test('a secondary rate limit on a write is retried after retry-after', async () => {
    server.fail({ method: 'POST', path: '/repos/octo/hello/issues/7/comments', ...secondaryRateLimited(1) });
    const { port, log } = client(server);

    const created = await port.createIssueComment(PR, 'hello');

    expect(server.issueCommentsOf(PR).map((c) => c.id)).toEqual([created.id]);
    expect(server.requests).toHaveLength(2);
    expect(log.warnings[0]).toMatch(/secondary rate limit on POST/);
  });

  test('a rate limit that resets too far away is not waited for', async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    server.fail({ method: 'GET', path: '/repos/octo/hello/pulls/7/files', ...rateLimited(inAnHour) });
    const { port, log } = client(server, { retryUnitMs: 1000, maxRateLimitWaitSeconds: 60 });

    const error = await rejection(port.listFiles(PR));

    expect(error.status).toBe(403);
    expect(server.requests).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/longer than the 60s we wait; giving up/);
  });

  test('a 403 that is not a rate limit (missing permission) is not retried', async () => {
    server.fail({
      method: 'POST',
      path: '/repos/octo/hello/code-scanning/sarifs',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
    });
    const { port, log } = client(server);

    const error = await rejection(
      port.uploadSarif(REPO, { commitSha: HEAD, ref: 'refs/heads/main', sarif: 'x' }),
    );

    expect(error.status).toBe(403);
    expect(error.message).toBe(
      'GitHub codeScanning.uploadSarif (POST /repos/octo/hello/code-scanning/sarifs) failed with 403: Resource not accessible by integration',
    );
    expect(server.requests).toHaveLength(1);
    expect(log.warnings).toEqual([]);
  });

  test("a 422 surfaces as GitHubError 422 with GitHub's message and errors", async () => {
    server.setFiles(PR, [{ filename: 'src/app.ts' }]);
    const { port } = client(server);

    const error = await rejection(
      port.createReview(PR, {
        commitId: HEAD,
        body: 'review',
        comments: [{ path: 'src/gone.ts', line: 3, side: 'RIGHT', body: 'x' }],
      }),
    );

    expect(error.status).toBe(422);
    expect(error.message).toBe(
      'GitHub pulls.createReview (POST /repos/octo/hello/pulls/7/reviews) failed with 422: Unprocessable Entity: Path could not be resolved',
    );
    expect(server.requests).toHaveLength(1);
    expect(server.reviews).toEqual([]);
  });

  test('a 422 with object errors names the field and code', async () => {
    server.fail({
      method: 'POST',
      path: '/repos/octo/hello/issues/7/comments',
      ...validationFailed('Validation Failed', [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ]),
    });
    server.fail({
      method: 'POST',
      path: '/repos/octo/hello/issues/7/comments',
      ...validationFailed('Validation Failed', [
        { resource: 'IssueComment', code: 'missing_field', field: 'body' },
      ]),
    });
    const { port } = client(server);

    const tooLong = await rejection(port.createIssueComment(PR, 'x'));
    const missing = await rejection(port.createIssueComment(PR, 'y'));

    expect(tooLong.status).toBe(422);
    expect(tooLong.message).toMatch(
      /failed with 422: Validation Failed: body is too long \(maximum is 65536 characters\)$/,
    );
    expect(missing.message).toMatch(/failed with 422: Validation Failed: IssueComment body missing_field$/);
    expect(server.requests).toHaveLength(2);
  });

  test('no answer at all is a GitHubError with status 0', async () => {
    const url = server.url;
    await server.close();
    server = await GitHubServer.start();
    const { port } = client(server, { baseUrl: url, serverErrorRetries: 0 });

    const error = await rejection(port.listIssueComments(PR));

    expect(error.status).toBe(0);
    expect(error.message).toMatch(
      /^GitHub issues\.listComments \(GET \/repos\/octo\/hello\/issues\/7\/comments\): no answer from GitHub/,
    );
  });
});
