/**
 * The GitHub port over Octokit: one documented REST endpoint per method, responses reduced to the
 * port's plain types, and every failure turned into a GitHubError whose message names the endpoint
 * and repeats what GitHub said (a 422 on a review usually says which comment line it rejected).
 */
import type { Octokit } from '@octokit/rest';
import {
  GitHubError,
  type ExistingComment,
  type GitHubPort,
  type PullRequestFile,
  type PullRequestRef,
  type RepoRef,
  type ReviewCommentInput,
} from '../../core/github-port.js';

/** The largest page GitHub serves: fewer round trips on big PRs. */
const PER_PAGE = 100;

/** What an Octokit RequestError carries (duck-typed: @octokit/request-error is not our dependency). */
interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { status: number; data?: unknown; headers?: Record<string, unknown> };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** GitHub's error body: `{ message, errors?: (string | { resource, field, code, message })[] }`. */
function githubSaid(data: unknown, fallback: string): string {
  if (typeof data === 'string' && data.trim() !== '') return data.trim().slice(0, 500);
  if (typeof data !== 'object' || data === null) return fallback;
  const body = data as { message?: unknown; errors?: unknown };
  const message = typeof body.message === 'string' ? body.message : fallback;
  if (!Array.isArray(body.errors) || body.errors.length === 0) return message;
  const details = body.errors.map((e: unknown) => {
    if (typeof e === 'string') return e;
    if (typeof e !== 'object' || e === null) return JSON.stringify(e);
    const { message: m, resource, field, code } = e as Record<string, unknown>;
    if (typeof m === 'string') return m;
    return [resource, field, code].filter((x) => typeof x === 'string').join(' ') || JSON.stringify(e);
  });
  return `${message}: ${details.join('; ')}`;
}

/** Strips the query string: it holds nothing secret, but pages and per_page are noise in messages. */
function pathOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? '';
  }
}

async function call<T>(endpoint: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (!isRequestError(error)) throw error;
    const request = [error.request?.method, pathOf(error.request?.url)].filter(Boolean).join(' ');
    const where = request ? `${endpoint} (${request})` : endpoint;
    if (!error.response) {
      // @octokit/request reports a network failure as a 500 with no response: it is not GitHub's answer.
      throw new GitHubError(`GitHub ${where}: no answer from GitHub: ${error.message}`, 0);
    }
    const status = error.response.status;
    throw new GitHubError(
      `GitHub ${where} failed with ${status}: ${githubSaid(error.response.data, error.message)}`,
      status,
    );
  }
}

function repoParams(repo: RepoRef): { owner: string; repo: string } {
  return { owner: repo.owner, repo: repo.repo };
}

function prParams(pr: PullRequestRef): { owner: string; repo: string; pull_number: number } {
  return { owner: pr.owner, repo: pr.repo, pull_number: pr.number };
}

function issueParams(pr: PullRequestRef): { owner: string; repo: string; issue_number: number } {
  return { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
}

/** `null` in GitHub's JSON means "absent" in the port's types. */
function opt<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/**
 * A review comment as GitHub's REST API takes it. A range is sent only when it spans several lines:
 * GitHub rejects a `start_line` equal to `line`.
 */
function reviewComment(c: ReviewCommentInput): {
  path: string;
  line: number;
  side: 'RIGHT';
  start_line?: number;
  start_side?: 'RIGHT';
  body: string;
} {
  const range = c.startLine !== undefined && c.startLine !== c.line;
  return {
    path: c.path,
    line: c.line,
    side: c.side,
    ...(range ? { start_line: c.startLine, start_side: c.side } : {}),
    body: c.body,
  };
}

export function createGitHubPort(octokit: Octokit): GitHubPort {
  return {
    /** GitHub lists at most 3000 files of a PR. */
    async listFiles(pr) {
      const files = await call('pulls.listFiles', () =>
        octokit.paginate(octokit.rest.pulls.listFiles, { ...prParams(pr), per_page: PER_PAGE }),
      );
      return files.map((f): PullRequestFile => ({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
        ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
      }));
    },

    async listReviewComments(pr) {
      const comments = await call('pulls.listReviewComments', () =>
        octokit.paginate(octokit.rest.pulls.listReviewComments, { ...prParams(pr), per_page: PER_PAGE }),
      );
      return comments.map((c): ExistingComment =>
        withoutUndefined({
          id: c.id,
          body: c.body,
          author: opt(c.user?.login),
          path: c.path,
          // `line` is null once the comment is outdated (its line left the diff).
          line: opt(c.line),
          inReplyTo: opt(c.in_reply_to_id),
        }),
      );
    },

    async createReview(pr, review) {
      const { data } = await call('pulls.createReview', () =>
        octokit.rest.pulls.createReview({
          ...prParams(pr),
          commit_id: review.commitId,
          body: review.body,
          event: 'COMMENT',
          comments: review.comments.map(reviewComment),
        }),
      );
      return { id: data.id };
    },

    async deleteReviewComment(repo, commentId) {
      await call('pulls.deleteReviewComment', () =>
        octokit.rest.pulls.deleteReviewComment({ ...repoParams(repo), comment_id: commentId }),
      );
    },

    async listIssueComments(pr) {
      const comments = await call('issues.listComments', () =>
        octokit.paginate(octokit.rest.issues.listComments, { ...issueParams(pr), per_page: PER_PAGE }),
      );
      return comments.map((c): ExistingComment =>
        withoutUndefined({ id: c.id, body: c.body ?? '', author: opt(c.user?.login) }),
      );
    },

    async createIssueComment(pr, body) {
      const { data } = await call('issues.createComment', () =>
        octokit.rest.issues.createComment({ ...issueParams(pr), body }),
      );
      return { id: data.id };
    },

    async updateIssueComment(repo, commentId, body) {
      await call('issues.updateComment', () =>
        octokit.rest.issues.updateComment({ ...repoParams(repo), comment_id: commentId, body }),
      );
    },

    async uploadSarif(repo, upload) {
      const { data } = await call('codeScanning.uploadSarif', () =>
        octokit.rest.codeScanning.uploadSarif({
          ...repoParams(repo),
          commit_sha: upload.commitSha,
          ref: upload.ref,
          sarif: upload.sarif,
        }),
      );
      if (typeof data.id !== 'string') {
        throw new GitHubError('GitHub codeScanning.uploadSarif: the answer carries no upload id', 202);
      }
      return { id: data.id };
    },
  };
}

/** Drops keys whose value is undefined, so that results compare equal to plain literals in tests and logs. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
