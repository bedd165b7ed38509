/**
 * The one summary comment on the PR: the Markdown report, what did not get an inline comment and
 * why, and notes on what the bot could not do. Found again by its marker and updated, never posted
 * twice.
 */
import type { ExistingComment } from '../core/github-port.js';
import { severityBand } from '../core/severity.js';
import type { Finding, ReviewResult } from '../core/types.js';
import { clip, escapeMarkdown as esc } from '../report/escape.js';
import { BAND_ICON, DEFAULT_MAX_CHARS, DEFAULT_MAX_ROWS, toMarkdown } from '../report/markdown.js';
import { byBot, SUMMARY_MARKER } from './markers.js';
import { cweLink, type NotCommentedReason, type SummaryOnlyFinding } from './review-comments.js';

export { SUMMARY_MARKER } from './markers.js';

export interface SummaryExtra {
  /** New findings without an inline comment (planReviewComments' `summaryOnly`). */
  notCommented?: readonly SummaryOnlyFinding[];
  /** The comment cap, to say it in the list. */
  maxComments?: number;
  /** What the bot could not do, in plain text: "read-only token: no comments were posted". */
  notes?: readonly string[];
  /** Upper bound on the whole body; default 60,000 (GitHub's limit is 65,536). */
  maxChars?: number;
  maxRows?: number;
}

const MAX_NOTES = 20;
const MAX_TEXT = 300;
/** Room the report itself keeps before the list of findings not commented inline is shortened. */
const MIN_REPORT = 4_000;

export function renderSummaryComment(result: ReviewResult, extra: SummaryExtra = {}): string {
  const maxChars = extra.maxChars ?? DEFAULT_MAX_CHARS;
  const maxRows = Math.max(0, extra.maxRows ?? DEFAULT_MAX_ROWS);
  const notes = (extra.notes ?? []).slice(0, MAX_NOTES).map((n) => `> ⚠️ ${esc(clip(n, MAX_TEXT))}`);
  if ((extra.notes?.length ?? 0) > MAX_NOTES) notes.push(`> … and ${extra.notes!.length - MAX_NOTES} more`);
  const tail = `\n${SUMMARY_MARKER}\n`;
  const notesText = notes.length > 0 ? `${notes.join('\n')}\n\n` : '';
  // Fewer rows in the list until the report keeps a fair share of the room (as toMarkdown does).
  let listRows = maxRows;
  let extraText: string;
  let budget: number;
  for (;;) {
    const section = notCommentedSection(extra.notCommented ?? [], listRows, extra.maxComments);
    extraText = section.length > 0 ? `${section.join('\n')}\n` : '';
    budget = maxChars - notesText.length - extraText.length - tail.length - 2;
    if (budget >= MIN_REPORT || listRows === 0) break;
    listRows = Math.floor(listRows / 2);
  }
  const report = toMarkdown(result, { maxChars: Math.max(MIN_REPORT / 4, budget), maxRows });
  // The verdict stays the first line; the notes follow it, the list goes before the footer.
  const nl = report.indexOf('\n');
  const verdict = nl === -1 ? report : report.slice(0, nl);
  let rest = nl === -1 ? '' : report.slice(nl + 1).replace(/^\n/, '');
  let footer = '';
  const footerAt = rest.lastIndexOf('<sub>aigis ');
  if (footerAt !== -1) {
    footer = rest.slice(footerAt);
    rest = rest.slice(0, footerAt);
  }
  return `${verdict}\n\n${notesText}${rest}${extraText ? `${extraText}\n` : ''}${footer}${tail}`;
}

const REASON: Record<NotCommentedReason, string> = {
  cap: 'over the comment limit',
  'not-in-diff': 'its lines are not in the diff',
  'no-diff': 'GitHub shows no diff for this file',
  'not-posted': 'GitHub did not accept the comment',
};

function notCommentedSection(
  items: readonly SummaryOnlyFinding[],
  maxRows: number,
  maxComments: number | undefined,
): string[] {
  if (items.length === 0) return [];
  const capped = items.filter((i) => i.reason === 'cap').length;
  const why =
    capped > 0 && maxComments !== undefined
      ? ` (${capped} over the limit of ${maxComments} inline comment${maxComments === 1 ? '' : 's'})`
      : '';
  const out = [`### Not commented inline (${items.length})${why}`, ''];
  for (const i of items.slice(0, maxRows)) out.push(`- ${line(i.finding)} (${REASON[i.reason]})`);
  if (items.length > maxRows) {
    out.push(`_… and ${items.length - maxRows} more not shown here (see the SARIF or JSON report)._`);
  }
  out.push('');
  return out;
}

function line(f: Finding): string {
  const band = severityBand(f.severity);
  const cwes = f.cwes.length > 0 ? `${f.cwes.map(cweLink).join(' ')} ` : '';
  return `${BAND_ICON[band]} ${f.severity.toFixed(1)} ${cwes}${esc(f.ruleId)} in ${esc(`${f.file}:${f.region.startLine}`)} — ${esc(clip(f.message, MAX_TEXT))}`;
}

export type SummaryCommentPlan =
  { action: 'create'; body: string } | { action: 'update'; id: number; body: string };

/**
 * Create the summary comment, or update the bot's existing one (the newest when several carry the
 * marker). `botLogin`, when known, keeps a person's comment quoting the marker from being taken.
 */
export function planSummaryComment(
  existing: readonly ExistingComment[],
  body: string,
  botLogin?: string,
): SummaryCommentPlan {
  const ours = existing.filter((c) => c.body.includes(SUMMARY_MARKER) && byBot(c.author, botLogin));
  if (ours.length === 0) return { action: 'create', body };
  const newest = ours.reduce((a, b) => (b.id > a.id ? b : a));
  return { action: 'update', id: newest.id, body };
}
