/**
 * What the publishing stage needs from GitHub, as plain data: the GitHub adapter
 * (src/adapters/github/) implements it over Octokit, and tests drive that real client against a
 * local HTTP server. Errors are GitHubError, so that callers can tell a 403 from a 422.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestRef extends RepoRef {
  number: number;
}

/** A file of the PR as the API lists it; `patch` is absent for binary or very large diffs. */
export interface PullRequestFile {
  filename: string;
  status: string;
  previousFilename?: string;
  patch?: string;
}

/** An inline comment to post in a review, on the head side of the diff. */
export interface ReviewCommentInput {
  path: string;
  line: number;
  side: 'RIGHT';
  /** Set for a comment on several lines (the suggestion replaces start_line..line). */
  startLine?: number;
  body: string;
}

export interface ExistingComment {
  id: number;
  body: string;
  /** The author's login. */
  author?: string;
  path?: string;
  line?: number;
  /** Set on replies: the id of the comment replied to. */
  inReplyTo?: number;
}

export interface GitHubPort {
  listFiles(pr: PullRequestRef): Promise<PullRequestFile[]>;
  listReviewComments(pr: PullRequestRef): Promise<ExistingComment[]>;
  /** One review (event COMMENT) with its inline comments. */
  createReview(
    pr: PullRequestRef,
    review: { commitId: string; body: string; comments: ReviewCommentInput[] },
  ): Promise<{ id: number }>;
  deleteReviewComment(repo: RepoRef, commentId: number): Promise<void>;
  listIssueComments(pr: PullRequestRef): Promise<ExistingComment[]>;
  createIssueComment(pr: PullRequestRef, body: string): Promise<{ id: number }>;
  updateIssueComment(repo: RepoRef, commentId: number, body: string): Promise<void>;
  /** POST /repos/{owner}/{repo}/code-scanning/sarifs with the SARIF gzip-compressed and base64-encoded. */
  uploadSarif(
    repo: RepoRef,
    upload: { commitSha: string; ref: string; sarif: string },
  ): Promise<{ id: string }>;
}

/** An API error with its HTTP status (0 when no response came back). */
export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'GitHubError';
  }
}
