/**
 * Which inline review comments to post, and what they say. Pure: the findings and the API's list
 * of PR files in, the comments (batched into reviews) and the findings left to the summary out.
 *
 * Only new, unsuppressed findings get a comment, ranked by score then severity, at most
 * `maxComments` of them, each on a line of the head (RIGHT) side of the file's diff: GitHub
 * rejects a whole review when one comment sits outside the diff, so a finding whose lines are not
 * in the diff is listed in the summary instead.
 */
import type { PullRequestFile, ReviewCommentInput } from '../core/github-port.js';
import { severityBand } from '../core/severity.js';
import { applyEdits, EditError } from '../core/text-edits.js';
import type { Finding, Repair, RuleMeta, TextEdit, Weights } from '../core/types.js';
import { clip, escapeMarkdown as esc } from '../report/escape.js';
import { BAND_ICON } from '../report/markdown.js';
import { fmtScore, ordered } from '../report/summary.js';
import { DEFAULT_WEIGHTS } from '../stages/rank/score.js';
import { hunkHolding, rightSides, type RightSide } from './diff-lines.js';
import { findingMarker, markerKey } from './markers.js';

/** GitHub takes many comments in one review, but large reviews fail or time out: 30 per review. */
export const MAX_COMMENTS_PER_REVIEW = 30;
export const DEFAULT_MAX_COMMENTS = 25;
/** GitHub rejects comment bodies over 65,536 characters; a suggestion is dropped before that. */
const MAX_BODY = 60_000;
const MAX_TEXT = 1_000;

export interface ReviewCommentOptions {
  /** Most comments this run posts (findings commented by an earlier run do not count). */
  maxComments?: number;
  /** Comments per review, at most 30. */
  batchSize?: number;
  /** For the score's parts; default 0.7 · static + 0.3 · dynamic. */
  weights?: Weights;
  /** Rule metadata, for the link to the rule's documentation (`helpUri`). */
  rules?: readonly RuleMeta[];
  /** Fingerprints that already have an inline comment from an earlier run (see planStaleComments). */
  alreadyCommented?: ReadonlySet<string>;
  /** False (repair-mode off): no ```suggestion blocks, only the findings. */
  suggestions?: boolean;
}

export type NotCommentedReason =
  /** Over `maxComments`. */
  | 'cap'
  /** The finding's lines are not on the head side of the file's diff. */
  | 'not-in-diff'
  /** The API gave no patch for the file (binary, too large) or does not list it. */
  | 'no-diff'
  /** GitHub refused the comment, or the comments could not be posted at all. */
  | 'not-posted';

export interface SummaryOnlyFinding {
  finding: Finding;
  reason: NotCommentedReason;
}

export interface PlannedComment {
  findingId: string;
  fingerprint: string;
  /** True when the body carries a ```suggestion block. */
  suggestion: boolean;
  comment: ReviewCommentInput;
}

export interface ReviewCommentPlan {
  /** The comments to post, in rank order. */
  comments: PlannedComment[];
  /** The same comments split into reviews of at most 30 (each its own createReview call). */
  reviews: ReviewCommentInput[][];
  /** New findings without an inline comment, in rank order, with why. */
  summaryOnly: SummaryOnlyFinding[];
  /** New findings skipped because an earlier run's comment is still there. */
  alreadyCommented: Finding[];
}

export function planReviewComments(
  findings: readonly Finding[],
  files: readonly PullRequestFile[],
  options: ReviewCommentOptions = {},
): ReviewCommentPlan {
  const maxComments = Math.max(0, Math.floor(options.maxComments ?? DEFAULT_MAX_COMMENTS));
  const batchSize = Math.min(
    MAX_COMMENTS_PER_REVIEW,
    Math.max(1, Math.floor(options.batchSize ?? MAX_COMMENTS_PER_REVIEW)),
  );
  const sides = rightSides(files);
  const rules = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const done = options.alreadyCommented ?? new Set<string>();

  const plan: ReviewCommentPlan = { comments: [], reviews: [], summaryOnly: [], alreadyCommented: [] };
  // `ordered` is the reports' order: score, then severity, then position (stable across runs).
  const candidates = ordered(findings.filter((f) => f.status === 'new' && !f.suppressed));
  for (const f of candidates) {
    if (done.has(markerKey(f.fingerprint)) || done.has(f.fingerprint)) {
      plan.alreadyCommented.push(f);
      continue;
    }
    const side = sides.get(f.file);
    if (!side) {
      plan.summaryOnly.push({ finding: f, reason: 'no-diff' });
      continue;
    }
    const place = placement(f, side);
    if (!place) {
      plan.summaryOnly.push({ finding: f, reason: 'not-in-diff' });
      continue;
    }
    if (plan.comments.length >= maxComments) {
      plan.summaryOnly.push({ finding: f, reason: 'cap' });
      continue;
    }
    const suggestion =
      place.start !== undefined && options.suggestions !== false
        ? suggestionFor(f, side, place.start, place.line)
        : undefined;
    let body = commentBody(f, { weights, rule: rules.get(f.ruleId), suggestion });
    let withSuggestion = suggestion !== undefined;
    if (body.length > MAX_BODY) {
      body = commentBody(f, { weights, rule: rules.get(f.ruleId), suggestion: undefined });
      withSuggestion = false;
    }
    // Without a suggestion the comment sits on the finding's first line, as in the reports.
    const start = withSuggestion ? place.start : undefined;
    const line = withSuggestion ? place.line : (place.start ?? place.line);
    const comment: ReviewCommentInput = {
      path: f.file,
      line,
      side: 'RIGHT',
      ...(start !== undefined && start < line ? { startLine: start } : {}),
      body,
    };
    plan.comments.push({ findingId: f.id, fingerprint: f.fingerprint, suggestion: withSuggestion, comment });
  }
  for (let i = 0; i < plan.comments.length; i += batchSize) {
    plan.reviews.push(plan.comments.slice(i, i + batchSize).map((c) => ({ ...c.comment })));
  }
  return plan;
}

/**
 * Where a finding's comment goes: over its whole region when that lies in one hunk (`start` set,
 * the only case a suggestion is possible), else on the first of its lines that is in the diff.
 */
function placement(f: Finding, side: RightSide): { start?: number; line: number } | undefined {
  const first = f.region.startLine;
  const last = Math.max(first, f.region.endLine);
  if (hunkHolding(side, first, last)) return { start: first, line: last };
  for (let l = first; l <= last; l++) if (hunkHolding(side, l, l)) return { line: l };
  return undefined;
}

interface Suggestion {
  /** The replacement for the commented lines, without a final newline. */
  text: string;
  repair: Repair;
}

/** A repair is shown as a suggestion only when it was verified and all its edits lie on the commented lines. */
export function isVerified(r: Repair | undefined): r is Repair {
  return (
    r !== undefined &&
    r.outcome === 'proposed' &&
    r.edits.length > 0 &&
    r.verification.targetRemoved &&
    r.verification.parses &&
    r.verification.introduced.length === 0
  );
}

function suggestionFor(f: Finding, side: RightSide, start: number, end: number): Suggestion | undefined {
  const repair = f.repair;
  if (!isVerified(repair)) return undefined;
  if (!repair.edits.every((e) => e.file === f.file && within(e, start, end))) return undefined;
  const lines: string[] = [];
  for (let l = start; l <= end; l++) {
    const t = side.text.get(l);
    if (t === undefined) return undefined;
    lines.push(t);
  }
  const original = lines.map((l) => `${l}\n`).join('');
  let replaced: string;
  try {
    replaced = applyEdits(
      original,
      repair.edits.map((e) => ({
        ...e,
        region: {
          ...e.region,
          startLine: e.region.startLine - start + 1,
          endLine: e.region.endLine - start + 1,
        },
      })),
    );
  } catch (e) {
    // The edits do not fit the lines of the diff (the repair was made on other text): no suggestion.
    if (e instanceof EditError) return undefined;
    throw e;
  }
  // An edit that joined the last line with the next cannot be said as a replacement of these lines.
  if (!replaced.endsWith('\n')) return undefined;
  const text = replaced.slice(0, -1).replace(/\r\n/g, '\n').replace(/\r$/, '');
  if (text === lines.join('\n').replace(/\r$/gm, '')) return undefined;
  return { text, repair };
}

/** Whether an edit changes only lines start..end; ending at column 1 of the next line ends on the line before. */
function within(e: TextEdit, start: number, end: number): boolean {
  const r = e.region;
  const last = r.endColumn === 1 && r.endLine > r.startLine ? r.endLine - 1 : r.endLine;
  return r.startLine >= start && last <= end;
}

/** Review guidance as a maintainer reads it, in comments and fix PRs. */
export const GUIDANCE: Record<Repair['reviewGuidance'], string> = {
  'merge-without-review': 'can be merged without review',
  'merge-after-cursory-review': 'merge after a cursory review',
  'merge-after-review': 'merge only after a careful review',
};

/** A code fence longer than any run of backticks in the text (three at least). */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export function cweLink(cwe: number): string {
  return `[CWE-${cwe}](https://cwe.mitre.org/data/definitions/${cwe}.html)`;
}

/** Rule files may come from the repository: only a plain http(s) URL becomes a link. */
function safeUrl(uri: string | undefined): string | undefined {
  return uri !== undefined && /^https?:\/\/[^\s()<>"'`\\]+$/.test(uri) ? uri : undefined;
}

function commentBody(
  f: Finding,
  ctx: { weights: Weights; rule: RuleMeta | undefined; suggestion: Suggestion | undefined },
): string {
  const band = severityBand(f.severity);
  const url = safeUrl(ctx.rule?.helpUri);
  const rule = url ? `[${esc(f.ruleId)}](${url})` : esc(f.ruleId);
  const cwes = f.cwes.length > 0 ? ` · ${f.cwes.map(cweLink).join(', ')}` : '';
  const out: string[] = [
    findingMarker(f.fingerprint),
    `${BAND_ICON[band]} **aigis: ${band} severity ${f.severity.toFixed(1)}** · rule ${rule}${cwes}`,
    '',
    esc(clip(f.message, MAX_TEXT)),
    '',
    `- **Score:** ${scoreLine(f, ctx.weights)}`,
  ];
  const a = f.attribution;
  if (a?.ai) {
    const tools = a.tools && a.tools.length > 1 ? a.tools : [a.tool ?? 'AI'];
    const evidence = a.evidence[0] !== undefined ? `; ${esc(clip(a.evidence[0], 300))}` : '';
    out.push(
      `- **AI attribution:** 🤖 ${tools.map((t) => esc(t)).join(', ')} (confidence ${fmtScore(a.confidence)})${evidence}`,
    );
  }
  const repair = ctx.suggestion?.repair;
  if (ctx.suggestion && repair) {
    const fence = fenceFor(ctx.suggestion.text);
    out.push(
      '',
      `**🔧 Suggested fix** (${repair.strategy === 'rule' ? "the rule's fix" : 'generated fix'}, verified: the finding is gone, the file still parses, no new finding): ${esc(clip(repair.explanation, MAX_TEXT))}`,
      '',
      `${fence}suggestion`,
      ...(ctx.suggestion.text === '' ? [] : [ctx.suggestion.text]),
      fence,
      '',
      `Review guidance: ${GUIDANCE[repair.reviewGuidance]}.`,
    );
  } else if (isVerified(f.repair)) {
    out.push(
      '',
      `🔧 A verified fix exists but reaches beyond these lines (see the summary comment): ${esc(clip(f.repair.explanation, MAX_TEXT))} Review guidance: ${GUIDANCE[f.repair.reviewGuidance]}.`,
    );
  }
  return out.join('\n') + '\n';
}

function scoreLine(f: Finding, w: Weights): string {
  const prio = f.prioritized ? ' — prioritised for repair' : '';
  const s = `${w.static} · static ${fmtScore(f.staticConfidence)}`;
  if (f.dynamicCoverage === undefined) {
    return `${fmtScore(f.score)} = ${s} (no dynamic evidence: no fuzz job covered this code, which is not the same as safe)${prio}`;
  }
  return `${fmtScore(f.score)} = ${s} + ${w.dynamic} · dynamic ${fmtScore(f.dynamicCoverage)}${prio}`;
}
