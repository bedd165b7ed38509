/**
 * The GitHub port over Octokit: one documented REST endpoint per method, responses reduced to the
 * port's plain types, and every failure turned into a GitHubError whose message names the endpoint
 * and repeats what GitHub said (a 422 on a review usually says which comment line it rejected).
 */
import type { Octokit } from '@octokit/rest';
import {
  GitHubError,
  type BlameRange,
  type CheckRunOutput,
  type ExistingComment,
  type GitHubPort,
  type PullRequestSummary,
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

    async createCheckRun(repo, run) {
      const { data } = await call('checks.create', () =>
        octokit.rest.checks.create({
          ...repoParams(repo),
          name: run.name,
          head_sha: run.headSha,
          status: 'completed',
          conclusion: run.conclusion,
          output: checkOutput(run.output),
        }),
      );
      return { id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
    },

    async updateCheckRun(repo, id, output) {
      await call('checks.update', () =>
        octokit.rest.checks.update({ ...repoParams(repo), check_run_id: id, output: checkOutput(output) }),
      );
    },

    async branchHead(repo, branch) {
      try {
        const { data } = await call('git.getRef', () =>
          octokit.rest.git.getRef({ ...repoParams(repo), ref: `heads/${branch}` }),
        );
        return data.object.sha;
      } catch (e) {
        if (e instanceof GitHubError && e.status === 404) return undefined;
        throw e;
      }
    },

    async getCommit(repo, sha) {
      const { data } = await call('git.getCommit', () =>
        octokit.rest.git.getCommit({ ...repoParams(repo), commit_sha: sha }),
      );
      return {
        sha: data.sha,
        treeSha: data.tree.sha,
        parents: data.parents.map((p) => p.sha),
        message: data.message,
      };
    },

    async createTree(repo, baseTree, files) {
      const { data } = await call('git.createTree', () =>
        octokit.rest.git.createTree({
          ...repoParams(repo),
          base_tree: baseTree,
          tree: files.map((f) => ({
            path: f.path,
            mode: f.mode as '100644' | '100755',
            type: 'blob' as const,
            content: f.content,
          })),
        }),
      );
      return data.sha;
    },

    async createCommit(repo, commit) {
      // No author or committer: GitHub uses the token's identity (the bot) and signs the commit.
      const { data } = await call('git.createCommit', () =>
        octokit.rest.git.createCommit({
          ...repoParams(repo),
          message: commit.message,
          tree: commit.tree,
          parents: commit.parents,
        }),
      );
      return data.sha;
    },

    async createBranch(repo, branch, sha) {
      await call('git.createRef', () =>
        octokit.rest.git.createRef({ ...repoParams(repo), ref: `refs/heads/${branch}`, sha }),
      );
    },

    async updateBranch(repo, branch, sha, force) {
      await call('git.updateRef', () =>
        octokit.rest.git.updateRef({ ...repoParams(repo), ref: `heads/${branch}`, sha, force }),
      );
    },

    async listOpenPullRequests(repo, filter) {
      const pulls = await call('pulls.list', () =>
        octokit.paginate(octokit.rest.pulls.list, {
          ...repoParams(repo),
          state: 'open',
          head: filter.head,
          ...(filter.base ? { base: filter.base } : {}),
          per_page: PER_PAGE,
        }),
      );
      return pulls.map(pullSummary);
    },

    async createPullRequest(repo, pr) {
      const { data } = await call('pulls.create', () =>
        octokit.rest.pulls.create({
          ...repoParams(repo),
          title: pr.title,
          head: pr.head,
          base: pr.base,
          body: pr.body,
          maintainer_can_modify: true,
        }),
      );
      return pullSummary(data);
    },

    async mergeBase(repo, base, head) {
      const { data } = await call('repos.compareCommits', () =>
        octokit.rest.repos.compareCommitsWithBasehead({
          ...repoParams(repo),
          basehead: `${base}...${head}`,
          per_page: 1,
        }),
      );
      return data.merge_base_commit.sha;
    },

    async listPullRequestCommits(pr) {
      const commits = await call('pulls.listCommits', () =>
        octokit.paginate(octokit.rest.pulls.listCommits, { ...prParams(pr), per_page: PER_PAGE }),
      );
      return commits.map((c) => ({
        sha: c.sha,
        parents: c.parents.map((p) => p.sha),
        author: { name: c.commit.author?.name ?? '', email: c.commit.author?.email ?? '' },
        committer: { name: c.commit.committer?.name ?? '', email: c.commit.committer?.email ?? '' },
        message: c.commit.message,
      }));
    },

    async fileAt(repo, path, ref) {
      let data: unknown;
      try {
        ({ data } = await call('repos.getContent', () =>
          octokit.rest.repos.getContent({ ...repoParams(repo), path, ref }),
        ));
      } catch (e) {
        if (e instanceof GitHubError && e.status === 404) return undefined;
        throw e;
      }
      const file = data as { type?: string; encoding?: string; content?: string; sha?: string };
      if (Array.isArray(data) || file.type !== 'file') return undefined;
      if (file.encoding === 'base64' && typeof file.content === 'string')
        return new Uint8Array(Buffer.from(file.content, 'base64'));
      // Over 1 MB the contents API sends no content: the blob API has it.
      const { data: blob } = await call('git.getBlob', () =>
        octokit.rest.git.getBlob({ ...repoParams(repo), file_sha: file.sha ?? '' }),
      );
      return new Uint8Array(Buffer.from(blob.content, 'base64'));
    },

    async blame(repo, ref, path) {
      const answer = await call('graphql blame', () =>
        octokit.graphql<{
          repository: {
            object: {
              blame?: { ranges: { startingLine: number; endingLine: number; commit: { oid: string } }[] };
            } | null;
          } | null;
        }>(BLAME_QUERY, { owner: repo.owner, name: repo.repo, ref, path }),
      );
      const ranges = answer.repository?.object?.blame?.ranges;
      if (!ranges) throw new GitHubError(`GitHub graphql blame: no commit ${ref} with ${path}`, 404);
      return ranges.map((r): BlameRange => ({
        startLine: r.startingLine,
        endLine: r.endingLine,
        commit: r.commit.oid,
      }));
    },

    async updatePullRequest(repo, number, change) {
      await call('pulls.update', () =>
        octokit.rest.pulls.update({
          ...repoParams(repo),
          pull_number: number,
          title: change.title,
          body: change.body,
        }),
      );
    },
  };
}

const BLAME_QUERY = `query ($owner: String!, $name: String!, $ref: String!, $path: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $ref) {
      ... on Commit {
        blame(path: $path) {
          ranges { startingLine endingLine commit { oid } }
        }
      }
    }
  }
}`;

function checkOutput(output: CheckRunOutput) {
  return {
    title: output.title,
    summary: output.summary,
    annotations: output.annotations.map((a) => ({
      path: a.path,
      start_line: a.startLine,
      end_line: a.endLine,
      annotation_level: a.level,
      title: a.title,
      message: a.message,
    })),
  };
}

function pullSummary(p: {
  number: number;
  body?: string | null;
  html_url: string;
  head: { ref: string; sha: string };
  base: { ref: string };
}): PullRequestSummary {
  return {
    number: p.number,
    headRef: p.head.ref,
    headSha: p.head.sha,
    baseRef: p.base.ref,
    body: p.body ?? '',
    url: p.html_url,
  };
}

/** Drops keys whose value is undefined, so that results compare equal to plain literals in tests and logs. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
