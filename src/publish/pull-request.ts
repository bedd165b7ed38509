/**
 * The bot on the PR page: inline review comments on new findings (with one-click suggestions for
 * verified repairs), stale comments removed, and one summary comment kept up to date. Every write
 * is allowed to fail on its own: a failure becomes a note in the summary and the job summary,
 * never a lost finding (the SARIF file and the job summary are written before this runs).
 */
import {
  GitHubError,
  type GitHubPort,
  type PullRequestRef,
  type ReviewCommentInput,
} from '../core/github-port.js';
import type { Logger } from '../core/logger.js';
import type { ReviewResult } from '../core/types.js';
import { planReviewComments, type SummaryOnlyFinding } from './review-comments.js';
import { planStaleComments } from './stale-comments.js';
import { planSummaryComment, renderSummaryComment } from './summary-comment.js';

export interface PublishOptions {
  /** The head commit the review comments are made on. */
  headSha: string;
  maxComments?: number;
  /** The login the bot posts as (e.g. `github-actions[bot]`), to recognise its own comments. */
  botLogin?: string;
  /** A PR from a fork: its token is read-only, so nothing is written. */
  fromFork?: boolean;
  /** False (repair-mode off): comments carry no ```suggestion blocks. */
  suggestions?: boolean;
}

export interface PublishOutcome {
  /** Inline comments posted in this run. */
  posted: number;
  /** Earlier comments removed because their finding is gone. */
  deleted: number;
  summary: 'created' | 'updated' | 'not-written';
  /** What could not be done, for the job summary. */
  notes: string[];
}

export async function publishToPullRequest(
  result: ReviewResult,
  port: GitHubPort,
  pr: PullRequestRef,
  options: PublishOptions,
  log: Logger,
): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { posted: 0, deleted: 0, summary: 'not-written', notes: [] };
  if (options.fromFork) {
    outcome.notes.push(
      'this PR comes from a fork: its token cannot write, so no review or summary comment was posted (see the README for the two-workflow set-up that comments on fork PRs)',
    );
    return outcome;
  }
  const live = result.findings.filter((f) => f.status === 'new' && !f.suppressed);
  let notCommented: SummaryOnlyFinding[];
  try {
    const [files, existing] = await Promise.all([port.listFiles(pr), port.listReviewComments(pr)]);
    const stale = planStaleComments(
      existing,
      live.map((f) => f.fingerprint),
      options.botLogin,
    );
    for (const id of stale.delete) {
      try {
        await port.deleteReviewComment(pr, id);
        outcome.deleted++;
      } catch (e) {
        log.warning(`could not remove an outdated aigis comment (${id}): ${message(e)}`);
      }
    }
    const plan = planReviewComments(result.findings, files, {
      ...(options.maxComments !== undefined ? { maxComments: options.maxComments } : {}),
      rules: result.rules,
      alreadyCommented: stale.commented,
      ...(options.suggestions === false ? { suggestions: false } : {}),
    });
    notCommented = [...plan.summaryOnly];
    for (const batch of plan.reviews) {
      const failed = await postReview(port, pr, options.headSha, batch, log);
      outcome.posted += batch.length - failed.length;
      for (const c of failed) {
        // The reviews hold copies of the planned comments: the body (with its marker) names it.
        const planned = plan.comments.find((p) => p.comment.body === c.body);
        const finding = result.findings.find((f) => f.id === planned?.findingId);
        if (finding) notCommented.push({ finding, reason: 'not-posted' });
      }
    }
  } catch (e) {
    if (isForbidden(e))
      outcome.notes.push(
        `the token cannot write review comments (${message(e)}): findings are in this summary only`,
      );
    else outcome.notes.push(`review comments could not be posted: ${message(e)}`);
    log.warning(outcome.notes.at(-1)!);
    notCommented = live.map((finding) => ({ finding, reason: 'not-posted' as const }));
  }

  const body = renderSummaryComment(result, {
    notCommented,
    ...(options.maxComments !== undefined ? { maxComments: options.maxComments } : {}),
    notes: outcome.notes,
  });
  try {
    const planned = planSummaryComment(await port.listIssueComments(pr), body, options.botLogin);
    if (planned.action === 'create') await port.createIssueComment(pr, planned.body);
    else await port.updateIssueComment(pr, planned.id, planned.body);
    outcome.summary = planned.action === 'create' ? 'created' : 'updated';
  } catch (e) {
    outcome.notes.push(`the summary comment could not be written: ${message(e)}`);
    log.warning(outcome.notes.at(-1)!);
  }
  return outcome;
}

/**
 * One review for the batch; when GitHub rejects it (422: a line it does not accept), each comment
 * is posted in a review of its own, so that one bad comment does not lose the others.
 * Returns the comments that could not be posted.
 */
async function postReview(
  port: GitHubPort,
  pr: PullRequestRef,
  commitId: string,
  comments: ReviewCommentInput[],
  log: Logger,
): Promise<ReviewCommentInput[]> {
  try {
    await port.createReview(pr, { commitId, body: '', comments });
    return [];
  } catch (e) {
    if (!(e instanceof GitHubError) || e.status !== 422 || comments.length === 1) throw e;
    log.warning(
      `GitHub rejected a review of ${comments.length} comments (${e.message}): posting them one by one`,
    );
  }
  const failed: ReviewCommentInput[] = [];
  for (const c of comments) {
    try {
      await port.createReview(pr, { commitId, body: '', comments: [c] });
    } catch (e) {
      if (!(e instanceof GitHubError) || e.status !== 422) throw e;
      log.warning(`GitHub rejected the comment on ${c.path}:${c.line}: ${e.message}`);
      failed.push(c);
    }
  }
  return failed;
}

function isForbidden(e: unknown): boolean {
  return e instanceof GitHubError && (e.status === 403 || e.status === 401 || e.status === 404);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
