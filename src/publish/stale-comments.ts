/**
 * What to do with the inline comments earlier runs posted: each carries a marker with its
 * finding's fingerprint. A comment whose finding is gone is deleted — unless someone replied to
 * it, since deleting it would orphan the conversation. A comment whose finding is still there
 * stays, and its finding is not commented again.
 */
import type { ExistingComment } from '../core/github-port.js';
import { byBot, markedFingerprint, markerKey } from './markers.js';

export interface StaleCommentPlan {
  /** Ids of the bot's comments to delete: finding gone (or a duplicate), and nobody replied. */
  delete: number[];
  /** The bot's comments on gone findings kept because of replies. */
  keptForReplies: number[];
  /** Fingerprints (as in markers) that already have a comment: pass to planReviewComments. */
  commented: Set<string>;
}

/**
 * `existing` is the PR's review comments (replies included, to see which were replied to);
 * `currentFingerprints` the fingerprints of the findings still reported (new, unsuppressed);
 * `botLogin` the login the comments were posted as — when undefined, the marker alone marks a
 * comment as the bot's.
 */
export function planStaleComments(
  existing: readonly ExistingComment[],
  currentFingerprints: Iterable<string>,
  botLogin: string | undefined,
): StaleCommentPlan {
  const current = new Set([...currentFingerprints].map(markerKey));
  const replied = new Set(existing.flatMap((c) => (c.inReplyTo !== undefined ? [c.inReplyTo] : [])));
  const plan: StaleCommentPlan = { delete: [], keptForReplies: [], commented: new Set() };

  const ours = existing
    .filter((c) => c.inReplyTo === undefined && byBot(c.author, botLogin))
    .flatMap((c) => {
      const fp = markedFingerprint(c.body);
      return fp === undefined ? [] : [{ comment: c, fp }];
    })
    // Oldest first, so that of duplicates the first posted is the one kept.
    .sort((a, b) => a.comment.id - b.comment.id);

  const byFingerprint = new Map<string, ExistingComment[]>();
  for (const { comment, fp } of ours) byFingerprint.set(fp, [...(byFingerprint.get(fp) ?? []), comment]);

  for (const [fp, comments] of byFingerprint) {
    if (!current.has(fp)) {
      for (const c of comments) (replied.has(c.id) ? plan.keptForReplies : plan.delete).push(c.id);
      continue;
    }
    plan.commented.add(fp);
    // Two runs racing can post the same finding twice: keep one (a replied one if any), drop the
    // other unreplied copies.
    const keep = comments.find((c) => replied.has(c.id)) ?? comments[0]!;
    for (const c of comments) if (c !== keep && !replied.has(c.id)) plan.delete.push(c.id);
  }
  plan.delete.sort((a, b) => a - b);
  plan.keptForReplies.sort((a, b) => a - b);
  return plan;
}
