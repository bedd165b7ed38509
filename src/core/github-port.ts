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

/** One annotation of a check run, as the Checks API takes it (at most 50 per request). */
export interface CheckRunAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  annotations: CheckRunAnnotation[];
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** A commit as the Git Data API describes it. */
export interface GitCommitInfo {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
}

/** A file written in a new tree: its whole new content, with the mode it had (100644, 100755). */
export interface TreeFile {
  path: string;
  mode: string;
  content: string;
}

export interface PullRequestSummary {
  number: number;
  headRef: string;
  headSha: string;
  baseRef: string;
  body: string;
  url: string;
}

/** A range of a file's lines and the commit that last changed them (GraphQL `Commit.blame`). */
export interface BlameRange {
  startLine: number;
  endLine: number;
  commit: string;
}

/** A commit of a PR as the pulls API lists it. */
export interface PullRequestCommit {
  sha: string;
  parents: string[];
  author: { name: string; email: string };
  committer: { name: string; email: string };
  message: string;
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

  /** POST /repos/{owner}/{repo}/check-runs, completed at once, with the first ≤ 50 annotations. */
  createCheckRun(
    repo: RepoRef,
    run: { name: string; headSha: string; conclusion: CheckConclusion; output: CheckRunOutput },
  ): Promise<{ id: number; url?: string }>;
  /** Adds the next ≤ 50 annotations (the Checks API appends them) and repeats title and summary. */
  updateCheckRun(repo: RepoRef, id: number, output: CheckRunOutput): Promise<void>;

  /** The commit a branch points to, or undefined when there is no such branch. */
  branchHead(repo: RepoRef, branch: string): Promise<string | undefined>;
  getCommit(repo: RepoRef, sha: string): Promise<GitCommitInfo>;
  /** A tree made of `baseTree` with these files replaced; returns its sha. */
  createTree(repo: RepoRef, baseTree: string, files: TreeFile[]): Promise<string>;
  /** A commit authored by the token's own identity (the bot), which GitHub signs. */
  createCommit(repo: RepoRef, commit: { message: string; tree: string; parents: string[] }): Promise<string>;
  createBranch(repo: RepoRef, branch: string, sha: string): Promise<void>;
  /** Moves a branch; without `force`, GitHub refuses anything but a fast-forward (422). */
  updateBranch(repo: RepoRef, branch: string, sha: string, force: boolean): Promise<void>;
  /** Open PRs whose head is `owner:branch` (and base, when given). */
  listOpenPullRequests(repo: RepoRef, filter: { head: string; base?: string }): Promise<PullRequestSummary[]>;
  createPullRequest(
    repo: RepoRef,
    pr: { title: string; head: string; base: string; body: string },
  ): Promise<PullRequestSummary>;
  updatePullRequest(repo: RepoRef, number: number, change: { title: string; body: string }): Promise<void>;

  /** The merge base of a three-dot comparison (GET /repos/{o}/{r}/compare/{base}...{head}). */
  mergeBase(repo: RepoRef, base: string, head: string): Promise<string>;
  /** The PR's commits, oldest first (GitHub lists at most 250). */
  listPullRequestCommits(pr: PullRequestRef): Promise<PullRequestCommit[]>;
  /** A file's bytes at a commit, or undefined when the path is not a file there. */
  fileAt(repo: RepoRef, path: string, ref: string): Promise<Uint8Array | undefined>;
  /** Who last changed each line of a file at a commit (GraphQL: REST has no blame). */
  blame(repo: RepoRef, ref: string, path: string): Promise<BlameRange[]>;
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
