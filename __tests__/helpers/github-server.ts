/**
 * A local stand-in for the GitHub REST API, for driving the real Octokit client in tests. It serves
 * only the endpoints the GitHub adapter uses, with the response shapes documented at
 * https://docs.github.com/en/rest (pulls, pull review comments, issue comments, code scanning SARIF
 * uploads), keeps their state in memory, paginates with Link headers as GitHub does, records every
 * request, and can be scripted to fail (rate limits, 5xx, validation errors).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { GitStore } from './github-git-store.js';

export interface RecordedRequest {
  method: string;
  /** The full path as received, API prefix included, without the query string. */
  path: string;
  /** The raw request target, query included (to check that no secret travels in a URL). */
  url: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when there was none). */
  body: unknown;
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface ScriptedFailure extends ScriptedResponse {
  method: string;
  /** The route, without the API prefix: `/repos/o/r/pulls/1/files`. */
  path: string;
  /** How many matching requests get this answer before the route works again. */
  times: number;
}

export interface PrKey {
  owner: string;
  repo: string;
  number: number;
}

export interface FileEntry {
  filename: string;
  status?: string;
  previous_filename?: string;
  patch?: string;
  additions?: number;
  deletions?: number;
}

export interface PullCommitEntry {
  sha: string;
  parents: string[];
  message: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

export interface StoredReviewComment {
  id: number;
  pr: PrKey;
  pull_request_review_id: number | null;
  path: string;
  line: number | null;
  side: string;
  start_line: number | null;
  start_side: string | null;
  commit_id: string;
  in_reply_to_id?: number;
  body: string;
  login: string;
}

export interface StoredIssueComment {
  id: number;
  pr: PrKey;
  body: string;
  login: string;
}

export interface StoredReview {
  id: number;
  pr: PrKey;
  commit_id: string | null;
  body: string;
  event: string | null;
  login: string;
}

export interface StoredSarifUpload {
  id: string;
  owner: string;
  repo: string;
  commit_sha: string;
  ref: string;
  /** The SARIF document, un-base64-ed, gunzipped and parsed. */
  sarif: unknown;
}

/** GitHub's answer to a primary rate limit: 403 with `x-ratelimit-remaining: 0` and the reset time. */
export function rateLimited(resetEpochSeconds = Math.floor(Date.now() / 1000)): ScriptedResponse {
  return {
    status: 403,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(resetEpochSeconds),
      'x-ratelimit-resource': 'core',
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}

/** GitHub's answer to a secondary rate limit: 403 with `retry-after` (seconds). */
export function secondaryRateLimited(retryAfterSeconds = 1): ScriptedResponse {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}

/** GitHub's validation error shape: 422 with `message` and `errors` (strings or objects). */
export function validationFailed(
  message = 'Validation Failed',
  errors: unknown[] = [],
  documentationUrl = 'https://docs.github.com/rest',
): ScriptedResponse {
  return {
    status: 422,
    body: { message, errors, documentation_url: documentationUrl, status: '422' },
  };
}

export function serverError(status = 500): ScriptedResponse {
  return status === 502
    ? { status, headers: { 'content-type': 'text/html' }, body: '<html><body>502 Bad Gateway</body></html>' }
    : { status, body: { message: 'Server Error', status: String(status) } };
}

const GITHUB_DOCS = 'https://docs.github.com/rest';
const SHA = /^[0-9a-f]{40}$/;

function prKey(pr: PrKey): string {
  return `${pr.owner}/${pr.repo}#${pr.number}`;
}

interface Route {
  method: string;
  pattern: RegExp;
  handle: (ctx: Context, params: string[]) => ScriptedResponse;
}

interface Context {
  req: IncomingMessage;
  /** The route path, without the API prefix. */
  route: string;
  query: Record<string, string>;
  body: unknown;
  /** The API root as the client sees it, for `url` fields and Link headers. */
  base: string;
}

export interface GitHubServerOptions {
  /** A path prefix such as `/api/v3` (GitHub Enterprise Server); requests outside it get 404. */
  prefix?: string;
  /** The login of the token's user: the author of what the client creates. */
  login?: string;
}

export class GitHubServer {
  readonly requests: RecordedRequest[] = [];
  readonly reviews: StoredReview[] = [];
  readonly sarifUploads: StoredSarifUpload[] = [];
  readonly prefix: string;
  readonly login: string;
  /** Commits, branches, pull requests and check runs (Git Data, pulls and checks endpoints). */
  readonly git: GitStore;
  private readonly files = new Map<string, FileEntry[]>();
  private readonly prCommits = new Map<string, PullCommitEntry[]>();
  private readonly blames = new Map<string, { startingLine: number; endingLine: number; commit: string }[]>();
  private readonly reviewComments = new Map<number, StoredReviewComment>();
  private readonly issueComments = new Map<number, StoredIssueComment>();
  private failures: ScriptedFailure[] = [];
  private nextId = 1000;
  private port = 0;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`test server error: ${String(error)}`);
    });
  });

  private constructor(options: GitHubServerOptions) {
    this.prefix = (options.prefix ?? '').replace(/\/+$/, '');
    this.login = options.login ?? 'github-actions[bot]';
    this.git = new GitStore(this.login);
  }

  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    const server = new GitHubServer(options);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.server.listen(0, '127.0.0.1', () => resolve());
    });
    server.port = (server.server.address() as AddressInfo).port;
    return server;
  }

  /** The API root to give the client (GITHUB_API_URL). */
  get url(): string {
    return `http://127.0.0.1:${this.port}${this.prefix}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` requests to method+path get this answer instead of the real one. */
  fail(failure: Omit<ScriptedFailure, 'times'> & { times?: number }): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** The PR's commits as GET /pulls/{n}/commits lists them (oldest first). */
  setCommits(pr: PrKey, commits: PullCommitEntry[]): void {
    this.prCommits.set(prKey(pr), commits);
  }

  /** GraphQL `blame` ranges of a file at a commit. */
  setBlame(
    ref: string,
    path: string,
    ranges: { startingLine: number; endingLine: number; commit: string }[],
  ): void {
    this.blames.set(`${ref}:${path}`, ranges);
  }

  setFiles(pr: PrKey, files: FileEntry[]): void {
    this.files.set(prKey(pr), files);
  }

  addReviewComment(
    pr: PrKey,
    comment: { path: string; line: number | null; body: string; login?: string; in_reply_to_id?: number },
  ): StoredReviewComment {
    const stored: StoredReviewComment = {
      id: this.nextId++,
      pr,
      pull_request_review_id: null,
      path: comment.path,
      line: comment.line,
      side: 'RIGHT',
      start_line: null,
      start_side: null,
      commit_id: '0'.repeat(40),
      body: comment.body,
      login: comment.login ?? this.login,
      ...(comment.in_reply_to_id !== undefined ? { in_reply_to_id: comment.in_reply_to_id } : {}),
    };
    this.reviewComments.set(stored.id, stored);
    return stored;
  }

  addIssueComment(pr: PrKey, comment: { body: string; login?: string }): StoredIssueComment {
    const stored = { id: this.nextId++, pr, body: comment.body, login: comment.login ?? this.login };
    this.issueComments.set(stored.id, stored);
    return stored;
  }

  reviewCommentsOf(pr: PrKey): StoredReviewComment[] {
    return [...this.reviewComments.values()].filter((c) => prKey(c.pr) === prKey(pr));
  }

  issueCommentsOf(pr: PrKey): StoredIssueComment[] {
    return [...this.issueComments.values()].filter((c) => prKey(c.pr) === prKey(pr));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const target = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        body = raw.toString('utf8');
      }
    }
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: target.pathname,
      url: req.url ?? '',
      query: Object.fromEntries(target.searchParams),
      headers: req.headers,
      body,
    });

    const send = (answer: ScriptedResponse): void => {
      const headers: Record<string, string> = {
        'x-github-request-id': `0000:${this.requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...answer.headers,
      };
      if (answer.body === undefined) {
        res.writeHead(answer.status, headers);
        res.end();
        return;
      }
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
      res.writeHead(answer.status, headers);
      res.end(text);
    };

    if (this.prefix && !target.pathname.startsWith(`${this.prefix}/`)) {
      send(notFound());
      return;
    }
    const route = target.pathname.slice(this.prefix.length);

    const failure = this.failures.find((f) => f.method === method && f.path === route && f.times > 0);
    if (failure) {
      failure.times--;
      send(failure);
      return;
    }

    if (!req.headers.authorization) {
      send({
        status: 401,
        body: { message: 'Requires authentication', documentation_url: GITHUB_DOCS, status: '401' },
      });
      return;
    }

    const ctx: Context = {
      req,
      route,
      query: Object.fromEntries(target.searchParams),
      body,
      base: `http://${req.headers.host ?? `127.0.0.1:${this.port}`}${this.prefix}`,
    };
    for (const r of this.routes) {
      const m = r.pattern.exec(route);
      if (m && r.method === method) {
        send(r.handle(ctx, m.slice(1).map(decodeURIComponent)));
        return;
      }
    }
    send(notFound());
  }

  private readonly routes: Route[] = [
    // https://docs.github.com/en/rest/commits/commits#compare-two-commits
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/compare\/([0-9a-f]{40})\.\.\.([0-9a-f]{40})$/,
      handle: (_ctx, [, , base, head]) => this.git.compare(base!, head!),
    },
    // https://docs.github.com/en/rest/pulls/pulls#list-commits-on-a-pull-request
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/commits$/,
      handle: (ctx, [owner, repo, n]) =>
        paginate(
          ctx,
          (this.prCommits.get(prKey({ owner: owner!, repo: repo!, number: Number(n) })) ?? []).map((c) => ({
            sha: c.sha,
            commit: {
              author: { ...c.author, date: '2024-01-01T00:00:00Z' },
              committer: { ...c.committer, date: '2024-01-01T00:00:00Z' },
              message: c.message,
            },
            parents: c.parents.map((p) => ({ sha: p })),
          })),
        ),
    },
    // https://docs.github.com/en/rest/repos/contents#get-repository-content
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/,
      handle: (ctx, [, , path]) => this.git.contents(path!, ctx.query.ref ?? ''),
    },
    // https://docs.github.com/en/graphql/reference/objects#blame (the one query the adapter sends)
    {
      method: 'POST',
      pattern: /^\/graphql$/,
      handle: (ctx) => {
        const { query, variables } = record(ctx.body) as {
          query?: string;
          variables?: Record<string, string>;
        };
        if (!query?.includes('blame(path: $path)') || !variables)
          return {
            status: 200,
            body: { errors: [{ message: 'this test server only answers the blame query' }] },
          };
        const ranges = this.blames.get(`${variables.ref}:${variables.path}`);
        return {
          status: 200,
          body: {
            data: {
              repository: {
                object: ranges
                  ? {
                      blame: {
                        ranges: ranges.map((r) => ({
                          startingLine: r.startingLine,
                          endingLine: r.endingLine,
                          commit: { oid: r.commit },
                        })),
                      },
                    }
                  : null,
              },
            },
          },
        };
      },
    },
    // https://docs.github.com/en/rest/checks/runs
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/,
      handle: (ctx, [owner, repo]) => this.git.createCheckRun(owner!, repo!, record(ctx.body)),
    },
    {
      method: 'PATCH',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/(\d+)$/,
      handle: (ctx, [owner, repo, id]) =>
        this.git.updateCheckRun(owner!, repo!, Number(id), record(ctx.body)),
    },
    // https://docs.github.com/en/rest/git
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/ref\/(.+)$/,
      handle: (ctx, [owner, repo, ref]) => this.git.getRef(ctx.base, owner!, repo!, ref!),
    },
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/refs$/,
      handle: (ctx, [owner, repo]) => this.git.createRef(ctx.base, owner!, repo!, record(ctx.body)),
    },
    {
      method: 'PATCH',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/refs\/(.+)$/,
      handle: (ctx, [owner, repo, ref]) =>
        this.git.updateRef(ctx.base, owner!, repo!, ref!, record(ctx.body)),
    },
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/commits\/([0-9a-f]{40})$/,
      handle: (ctx, [owner, repo, sha]) => this.git.getCommit(ctx.base, owner!, repo!, sha!),
    },
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/commits$/,
      handle: (ctx, [owner, repo]) => this.git.createCommit(ctx.base, owner!, repo!, record(ctx.body)),
    },
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/git\/trees$/,
      handle: (ctx, [owner, repo]) => this.git.createTree(ctx.base, owner!, repo!, record(ctx.body)),
    },
    // https://docs.github.com/en/rest/pulls/pulls
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
      handle: (ctx, [owner, repo]) =>
        paginate(
          ctx,
          this.git.listPulls(owner!, repo!, ctx.query).map((p) => this.git.pullJson(ctx.base, p)),
        ),
    },
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
      handle: (ctx, [owner, repo]) => this.git.createPull(ctx.base, owner!, repo!, record(ctx.body)),
    },
    {
      method: 'PATCH',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/,
      handle: (ctx, [owner, repo, n]) =>
        this.git.updatePull(ctx.base, owner!, repo!, Number(n), record(ctx.body)),
    },
    // https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/,
      handle: (ctx, [owner, repo, n]) => {
        const pr = { owner: owner!, repo: repo!, number: Number(n) };
        const files = (this.files.get(prKey(pr)) ?? []).map((f) => this.fileJson(ctx, pr, f));
        return paginate(ctx, files);
      },
    },
    // https://docs.github.com/en/rest/pulls/comments#list-review-comments-on-a-pull-request
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/comments$/,
      handle: (ctx, [owner, repo, n]) => {
        const pr = { owner: owner!, repo: repo!, number: Number(n) };
        return paginate(
          ctx,
          this.reviewCommentsOf(pr).map((c) => this.reviewCommentJson(ctx, c)),
        );
      },
    },
    // https://docs.github.com/en/rest/pulls/reviews#create-a-review-for-a-pull-request
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews$/,
      handle: (ctx, [owner, repo, n]) =>
        this.createReview(ctx, { owner: owner!, repo: repo!, number: Number(n) }),
    },
    // https://docs.github.com/en/rest/pulls/comments#delete-a-review-comment-for-a-pull-request
    {
      method: 'DELETE',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/pulls\/comments\/(\d+)$/,
      handle: (_ctx, [owner, repo, id]) => {
        const c = this.reviewComments.get(Number(id));
        if (!c || c.pr.owner !== owner || c.pr.repo !== repo) return notFound();
        this.reviewComments.delete(c.id);
        return { status: 204 };
      },
    },
    // https://docs.github.com/en/rest/issues/comments#list-issue-comments
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      handle: (ctx, [owner, repo, n]) => {
        const pr = { owner: owner!, repo: repo!, number: Number(n) };
        return paginate(
          ctx,
          this.issueCommentsOf(pr).map((c) => this.issueCommentJson(ctx, c)),
        );
      },
    },
    // https://docs.github.com/en/rest/issues/comments#create-an-issue-comment
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      handle: (ctx, [owner, repo, n]) => {
        const body = (ctx.body ?? {}) as { body?: unknown };
        if (typeof body.body !== 'string' || body.body === '') return missingField('IssueComment', 'body');
        const c = this.addIssueComment(
          { owner: owner!, repo: repo!, number: Number(n) },
          { body: body.body },
        );
        return {
          status: 201,
          headers: { location: `${ctx.base}/repos/${owner}/${repo}/issues/comments/${c.id}` },
          body: this.issueCommentJson(ctx, c),
        };
      },
    },
    // https://docs.github.com/en/rest/issues/comments#update-an-issue-comment
    {
      method: 'PATCH',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
      handle: (ctx, [owner, repo, id]) => {
        const c = this.issueComments.get(Number(id));
        if (!c || c.pr.owner !== owner || c.pr.repo !== repo) return notFound();
        const body = (ctx.body ?? {}) as { body?: unknown };
        if (typeof body.body !== 'string' || body.body === '') return missingField('IssueComment', 'body');
        c.body = body.body;
        return { status: 200, body: this.issueCommentJson(ctx, c) };
      },
    },
    // https://docs.github.com/en/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data
    {
      method: 'POST',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/,
      handle: (ctx, [owner, repo]) => {
        const body = (ctx.body ?? {}) as { commit_sha?: unknown; ref?: unknown; sarif?: unknown };
        if (typeof body.commit_sha !== 'string' || !SHA.test(body.commit_sha))
          return validationFailed('Invalid request.', ['commit_sha is not a 40-character commit SHA']);
        if (typeof body.ref !== 'string' || !body.ref.startsWith('refs/'))
          return validationFailed('Invalid request.', ['ref does not match /^refs\\/.+$/']);
        let sarif: unknown;
        try {
          sarif = JSON.parse(gunzipSync(Buffer.from(String(body.sarif), 'base64')).toString('utf8'));
        } catch {
          return {
            status: 400,
            body: {
              message: 'Invalid SARIF: it must be gzip-compressed and base64-encoded JSON',
              status: '400',
            },
          };
        }
        const id = randomUUID();
        this.sarifUploads.push({
          id,
          owner: owner!,
          repo: repo!,
          commit_sha: body.commit_sha,
          ref: body.ref,
          sarif,
        });
        return {
          status: 202,
          body: { id, url: `${ctx.base}/repos/${owner}/${repo}/code-scanning/sarifs/${id}` },
        };
      },
    },
  ];

  private createReview(ctx: Context, pr: PrKey): ScriptedResponse {
    const body = (ctx.body ?? {}) as {
      commit_id?: unknown;
      body?: unknown;
      event?: unknown;
      comments?: unknown;
    };
    const event = body.event;
    if (event !== undefined && !['APPROVE', 'REQUEST_CHANGES', 'COMMENT'].includes(String(event)))
      return validationFailed('Unprocessable Entity', [`event ${String(event)} is not a valid value`]);
    const comments = Array.isArray(body.comments) ? (body.comments as Record<string, unknown>[]) : [];
    const known = this.files.get(prKey(pr));
    const errors: string[] = [];
    for (const c of comments) {
      if (typeof c.path !== 'string' || typeof c.body !== 'string') errors.push('path and body are required');
      else if (typeof c.line !== 'number' || !Number.isInteger(c.line))
        errors.push('line must be an integer');
      else if (c.side !== undefined && c.side !== 'LEFT' && c.side !== 'RIGHT')
        errors.push('side is not valid');
      else if (c.start_line !== undefined && (typeof c.start_line !== 'number' || c.start_line >= c.line))
        errors.push('start_line must precede the end line.');
      else if (c.start_side !== undefined && c.start_line === undefined)
        errors.push('start_side requires start_line');
      else if (known && !known.some((f) => f.filename === c.path)) errors.push('Path could not be resolved');
    }
    if (errors.length > 0) {
      return validationFailed(
        'Unprocessable Entity',
        errors,
        'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
      );
    }
    const review: StoredReview = {
      id: this.nextId++,
      pr,
      commit_id: typeof body.commit_id === 'string' ? body.commit_id : null,
      body: typeof body.body === 'string' ? body.body : '',
      event: typeof event === 'string' ? event : null,
      login: this.login,
    };
    this.reviews.push(review);
    for (const c of comments) {
      const stored: StoredReviewComment = {
        id: this.nextId++,
        pr,
        pull_request_review_id: review.id,
        path: c.path as string,
        line: c.line as number,
        side: typeof c.side === 'string' ? c.side : 'RIGHT',
        start_line: typeof c.start_line === 'number' ? c.start_line : null,
        start_side: typeof c.start_side === 'string' ? c.start_side : null,
        commit_id: review.commit_id ?? '0'.repeat(40),
        body: c.body as string,
        login: this.login,
      };
      this.reviewComments.set(stored.id, stored);
    }
    const state = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' }[
      String(event) as 'COMMENT'
    ];
    const html = `https://github.com/${pr.owner}/${pr.repo}/pull/${pr.number}`;
    return {
      status: 200,
      body: {
        id: review.id,
        node_id: `PRR_${review.id}`,
        user: userJson(review.login),
        body: review.body,
        state: state ?? 'PENDING',
        html_url: `${html}#pullrequestreview-${review.id}`,
        pull_request_url: `${ctx.base}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`,
        _links: {
          html: { href: `${html}#pullrequestreview-${review.id}` },
          pull_request: { href: `${ctx.base}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}` },
        },
        submitted_at: new Date().toISOString(),
        commit_id: review.commit_id,
        author_association: 'NONE',
      },
    };
  }

  private fileJson(ctx: Context, pr: PrKey, f: FileEntry): Record<string, unknown> {
    const blob = `https://github.com/${pr.owner}/${pr.repo}/blob/${'0'.repeat(40)}/${f.filename}`;
    return {
      sha: '1'.repeat(40),
      filename: f.filename,
      status: f.status ?? 'modified',
      additions: f.additions ?? 1,
      deletions: f.deletions ?? 0,
      changes: (f.additions ?? 1) + (f.deletions ?? 0),
      blob_url: blob,
      raw_url: blob.replace('/blob/', '/raw/'),
      contents_url: `${ctx.base}/repos/${pr.owner}/${pr.repo}/contents/${f.filename}?ref=${'0'.repeat(40)}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
    };
  }

  private reviewCommentJson(ctx: Context, c: StoredReviewComment): Record<string, unknown> {
    const api = `${ctx.base}/repos/${c.pr.owner}/${c.pr.repo}`;
    const html = `https://github.com/${c.pr.owner}/${c.pr.repo}/pull/${c.pr.number}#discussion_r${c.id}`;
    return {
      url: `${api}/pulls/comments/${c.id}`,
      pull_request_review_id: c.pull_request_review_id,
      id: c.id,
      node_id: `PRRC_${c.id}`,
      diff_hunk: '@@ -1,0 +1,1 @@',
      path: c.path,
      position: c.line,
      original_position: c.line,
      commit_id: c.commit_id,
      original_commit_id: c.commit_id,
      ...(c.in_reply_to_id !== undefined ? { in_reply_to_id: c.in_reply_to_id } : {}),
      user: userJson(c.login),
      body: c.body,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      html_url: html,
      pull_request_url: `${api}/pulls/${c.pr.number}`,
      author_association: 'NONE',
      _links: {
        self: { href: `${api}/pulls/comments/${c.id}` },
        html: { href: html },
        pull_request: { href: `${api}/pulls/${c.pr.number}` },
      },
      start_line: c.start_line,
      original_start_line: c.start_line,
      start_side: c.start_side,
      line: c.line,
      original_line: c.line,
      side: c.side,
      subject_type: 'line',
    };
  }

  private issueCommentJson(ctx: Context, c: StoredIssueComment): Record<string, unknown> {
    const api = `${ctx.base}/repos/${c.pr.owner}/${c.pr.repo}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/${c.pr.owner}/${c.pr.repo}/pull/${c.pr.number}#issuecomment-${c.id}`,
      body: c.body,
      user: userJson(c.login),
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      issue_url: `${api}/issues/${c.pr.number}`,
      author_association: 'NONE',
    };
  }
}

function record(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

function userJson(login: string): Record<string, unknown> {
  return {
    login,
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

function notFound(): ScriptedResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: GITHUB_DOCS, status: '404' } };
}

function missingField(resource: string, field: string): ScriptedResponse {
  return validationFailed('Validation Failed', [{ resource, code: 'missing_field', field }]);
}

/** GitHub's pagination: `per_page` (default 30, at most 100), `page` from 1, and a Link header. */
function paginate(ctx: Context, items: unknown[]): ScriptedResponse {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string): string => {
    const q = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(p) });
    return `<${ctx.base}${ctx.route}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return {
    status: 200,
    headers: links.length > 0 ? { link: links.join(', ') } : {},
    body: items.slice((page - 1) * perPage, page * perPage),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
