/** publish: pure planning of what the PR bot posts, updates and deletes; the adapter does the I/O. */
export {
  planReviewComments,
  DEFAULT_MAX_COMMENTS,
  MAX_COMMENTS_PER_REVIEW,
  type NotCommentedReason,
  type PlannedComment,
  type ReviewCommentOptions,
  type ReviewCommentPlan,
  type SummaryOnlyFinding,
} from './review-comments.js';
export { planStaleComments, type StaleCommentPlan } from './stale-comments.js';
export {
  SUMMARY_MARKER,
  planSummaryComment,
  renderSummaryComment,
  type SummaryCommentPlan,
  type SummaryExtra,
} from './summary-comment.js';
export { findingMarker, markedFingerprint } from './markers.js';
