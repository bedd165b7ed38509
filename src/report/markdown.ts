/**
 * The Markdown report: the PR comment and the job summary. The verdict is the first line; all
 * text from the PR is escaped; the whole stays under GitHub's 65,536-character comment limit by
 * showing fewer rows, and says how many it left out.
 */
import { llmUsageSentence, outcomeSentence, provenanceNote } from './repair-lines.js';
import { severityBand, type SeverityBand } from '../core/severity.js';
import type { Diagnostic, Finding, RepairSummary, ReviewResult, SkippedFile } from '../core/types.js';
import { clip, escapeMarkdown as esc } from './escape.js';
import { fuzzSummary } from './fuzz.js';
import {
  aiShareSentence,
  BANDS,
  cmp,
  fmtScore,
  ordered,
  sortDiagnostics,
  summarize,
  type ReportSummary,
} from './summary.js';

export interface MarkdownOptions {
  /** Upper bound on the report's length in characters; GitHub rejects comments over 65,536. */
  maxChars?: number;
  /** Most rows in any one table or list before the report says how many it left out. */
  maxRows?: number;
}

export const DEFAULT_MAX_CHARS = 60_000;
export const DEFAULT_MAX_ROWS = 50;
/** Longest message or evidence text shown in a cell, before escaping. */
const MAX_TEXT = 300;

/** The icon of each severity band, shared by every Markdown the PR sees. */
export const BAND_ICON: Record<SeverityBand, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  none: '⚪',
};

export function verdictLine(result: ReviewResult): string {
  const v = result.verdict;
  // The reason is written by the gate from counts and policy names, never from PR text; still
  // no raw HTML gets through.
  const reason = v.reason.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return v.passed ? `✅ aigis: gate passed — ${reason}` : `❌ aigis: gate failed — ${reason}`;
}

export function toMarkdown(result: ReviewResult, opts: MarkdownOptions = {}): string {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  let rows = Math.max(0, opts.maxRows ?? DEFAULT_MAX_ROWS);
  for (;;) {
    const out = build(result, rows);
    if (out.length <= maxChars) return out;
    if (rows === 0) return hardCut(out, maxChars);
    rows = Math.floor(rows / 2);
  }
}

/** Last resort when even the summary is too long (thousands of skipped files or diagnostics). */
function hardCut(text: string, maxChars: number): string {
  const note = '\n\n_Report truncated to fit GitHub’s comment size limit; see the SARIF or JSON report._\n';
  let cut = text.slice(0, Math.max(0, maxChars - note.length));
  cut = cut.slice(0, cut.lastIndexOf('\n') > 0 ? cut.lastIndexOf('\n') : cut.length);
  // An unclosed <details> would swallow whatever GitHub appends after the report.
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  const closing = open > 0 ? '\n</details>'.repeat(open) : '';
  return (cut.slice(0, Math.max(0, maxChars - note.length - closing.length)) + closing + note).slice(
    0,
    maxChars,
  );
}

function build(result: ReviewResult, maxRows: number): string {
  const s = summarize(result);
  const findings = ordered(result.findings);
  const active = findings.filter((f) => !f.suppressed);
  const news = active.filter((f) => f.status === 'new');
  const existing = active.filter((f) => f.status === 'existing');
  const fixed = active.filter((f) => f.status === 'fixed');
  const suppressed = findings.filter((f) => f.suppressed);

  const parts: string[] = [verdictLine(result), '', ...summarySection(result, s)];
  parts.push(...newSection(news, maxRows));
  parts.push(...repairSection(findings, maxRows, result.repair));
  if (fixed.length > 0) {
    parts.push(`### ✅ Fixed by this PR (${fixed.length})`, '');
    parts.push(...capped(fixed, maxRows, (f) => `- ${findingLine(f, true)}`), '');
  }
  if (existing.length > 0) {
    parts.push(
      `<details><summary>${existing.length} existing finding${plural(existing.length)} (already in the base, not introduced by this PR)</summary>`,
      '',
      ...capped(existing, maxRows, (f) => `- ${findingLine(f, false)}`),
      '',
      '</details>',
      '',
    );
  }
  if (suppressed.length > 0) {
    parts.push(
      `<details><summary>${suppressed.length} suppressed finding${plural(suppressed.length)}</summary>`,
      '',
      ...capped(suppressed, maxRows, suppressedLine),
      '',
      '</details>',
      '',
    );
  }
  if (result.skipped.length > 0) {
    const skipped = [...result.skipped].sort((a, b) => cmp(a.path, b.path));
    parts.push(`### Skipped files (${skipped.length})`, '');
    parts.push(...capped(skipped, maxRows, skippedLine), '');
  }
  if (result.diagnostics.length > 0) {
    parts.push(`### Diagnostics (${result.diagnostics.length})`, '');
    parts.push(...capped(sortDiagnostics(result.diagnostics), maxRows, diagnosticLine), '');
  }
  parts.push(`<sub>aigis ${esc(result.tool.version)} · ${result.mode}</sub>`, '');
  return parts.join('\n');
}

function summarySection(result: ReviewResult, s: ReportSummary): string[] {
  const lines: string[] = [];
  const bands = BANDS.filter((b) => s.newByBand[b] > 0)
    .map((b) => `${BAND_ICON[b]} ${s.newByBand[b]} ${b}`)
    .join(' · ');
  lines.push(
    `- **New:** ${s.counts.new}${bands ? ` (${bands})` : ''} · **existing:** ${s.counts.existing} · **fixed by this PR:** ${s.counts.fixed} · **suppressed:** ${s.counts.suppressed}`,
  );
  if (s.cwes.introduced.length > 0 || s.cwes.fixed.length > 0) {
    const list = (cwes: number[]) => (cwes.length > 0 ? cwes.map(cweLink).join(', ') : 'none');
    const delta = s.cwes.severityDelta;
    lines.push(
      `- **CWEs introduced:** ${list(s.cwes.introduced)} · **fixed:** ${list(s.cwes.fixed)} · **net severity:** ${delta > 0 ? '+' : ''}${delta.toFixed(1)}`,
    );
  }
  const ai = aiShareSentence(s);
  if (ai) {
    const onAi =
      s.counts.new > 0 ? ` · ${s.newOnAiLines} of ${s.counts.new} new findings on AI-written lines` : '';
    lines.push(`- **AI provenance:** ${esc(ai)}${onAi}`);
  }
  if (result.engines.length > 0) {
    const engines = [...result.engines]
      .sort((a, b) => cmp(a.name, b.name))
      .map(
        (e) =>
          `${esc(e.name)}${e.version ? ` ${esc(e.version)}` : ''}${e.via ? ` via ${esc(e.via)}` : ''} (${e.filesAnalyzed} file${plural(e.filesAnalyzed)}, ${formatMs(e.durationMs)})`,
      );
    lines.push(`- **Engines:** ${engines.join(' · ')}`);
  }
  if (result.fuzz) {
    const fz = fuzzSummary(result.fuzz);
    lines.push(`- **Fuzzing (AFL++):** ${esc(fz.headline)}`, ...fz.details.map((d) => `  - ${esc(d)}`));
  }
  if (!s.dynamicEvidence) {
    lines.push(
      '- **Dynamic evidence:** none — no fuzz job covered these findings, so scores are static only (no dynamic evidence, not “safe”).',
    );
  }
  const w = result.weights;
  lines.push(
    `- **Score** = ${w.static} · static confidence + ${w.dynamic} · dynamic coverage; prioritised for repair at ≥ ${w.threshold}`,
  );
  const where: string[] = [];
  if (result.meta?.number !== undefined) where.push(`PR #${result.meta.number}`);
  if (result.base && result.head) where.push(`${esc(short(result.base))}…${esc(short(result.head))}`);
  where.push(`${result.files.length} file${plural(result.files.length)} analysed`);
  if (result.skipped.length > 0) where.push(`${result.skipped.length} skipped`);
  lines.push(`- **Reviewed:** ${where.join(' · ')}`, '');
  return lines;
}

function newSection(news: Finding[], maxRows: number): string[] {
  if (news.length === 0) return ['### New findings', '', 'No new findings in this PR.', ''];
  const out = [
    `### New findings (${news.length}), ranked by score`,
    '',
    '| Severity | CWE | Rule | Location | Score (static · dynamic) | AI attribution | Message |',
    '|---|---|---|---|---|---|---|',
  ];
  const shown = news.slice(0, maxRows);
  for (const f of shown) {
    const band = severityBand(f.severity);
    const dyn = f.dynamicCoverage === undefined ? '—' : fmtScore(f.dynamicCoverage);
    const cells = [
      `${BAND_ICON[band]} ${band} ${f.severity.toFixed(1)}`,
      f.cwes.length > 0 ? f.cwes.map(cweLink).join(' ') : '—',
      esc(f.ruleId),
      esc(`${f.file}:${f.region.startLine}`),
      `${f.prioritized ? '**' : ''}${fmtScore(f.score)}${f.prioritized ? '**' : ''} (${fmtScore(f.staticConfidence)} · ${dyn})`,
      aiCell(f),
      esc(clip(f.message, MAX_TEXT)) + (f.repair?.outcome === 'proposed' ? ' 🔧' : ''),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('');
  if (news.length > shown.length) out.push(leftOut(news.length - shown.length, 'new findings'), '');
  const withEvidence = shown.filter((f) => f.attribution?.ai && f.attribution.evidence.length > 0);
  if (withEvidence.length > 0) {
    out.push(
      `<details><summary>AI evidence for ${withEvidence.length} finding${plural(withEvidence.length)}</summary>`,
      '',
    );
    for (const f of withEvidence) {
      const a = f.attribution!;
      out.push(
        `- ${esc(`${f.file}:${f.region.startLine}`)} — ${esc(a.tool ?? 'AI')} (confidence ${fmtScore(a.confidence)}):`,
      );
      for (const e of a.evidence.slice(0, 10)) out.push(`  - ${esc(clip(e, MAX_TEXT))}`);
      if (a.evidence.length > 10) out.push(`  - … ${a.evidence.length - 10} more`);
    }
    out.push('', '</details>', '');
  }
  return out;
}

function repairSection(findings: Finding[], maxRows: number, summary?: RepairSummary): string[] {
  const repaired = findings.filter((f) => f.repair && f.status === 'new');
  if (repaired.length === 0) return [];
  const out = [`### Repairs (${repaired.length})`, ''];
  out.push(
    ...capped(repaired, maxRows, (f) => {
      const r = f.repair!;
      const where = `${esc(`${f.file}:${f.region.startLine}`)} ${esc(f.ruleId)}`;
      const earlier = (r.attempts ?? [])
        .map((a) => ` — first the ${a.strategy} fix, rejected: ${esc(clip(a.rejectedBecause, MAX_TEXT))}`)
        .join('');
      if (r.outcome === 'proposed') {
        return `- 🔧 ${where}: ${esc(clip(r.explanation, MAX_TEXT))} (${esc(provenanceNote(r))}, verified; ${r.reviewGuidance.replace(/-/g, ' ')})${earlier}`;
      }
      return `- ✖ ${where}: no fix proposed — ${esc(clip(r.rejectedBecause ?? 'verification failed', MAX_TEXT))}${earlier}`;
    }),
    '',
  );
  if (summary) {
    out.push(`**Outcome:** ${esc(outcomeSentence(summary.overall))}`);
    if (summary.llm) out.push('', `**LLM:** ${esc(llmUsageSentence(summary.llm))}`);
    out.push('');
  }
  return out;
}

function aiCell(f: Finding): string {
  const a = f.attribution;
  if (!a || !a.ai) return 'no AI signal';
  return `🤖 ${esc(a.tool ?? 'AI')} (${fmtScore(a.confidence)})`;
}

function findingLine(f: Finding, baseSide: boolean): string {
  const cwes = f.cwes.length > 0 ? `${f.cwes.map(cweLink).join(' ')} ` : '';
  const where = esc(`${f.file}:${f.region.startLine}`);
  const band = severityBand(f.severity);
  return `${BAND_ICON[band]} ${f.severity.toFixed(1)} ${cwes}${esc(f.ruleId)} in ${where}${baseSide ? ' (base)' : ''} — ${esc(clip(f.message, MAX_TEXT))}`;
}

function suppressedLine(f: Finding): string {
  const s = f.suppressed!;
  const how = s.kind === 'inline' ? (s.via ? `inline by a ${esc(s.via)} comment` : 'inline') : 'config';
  const why = s.reason ? `reason: ${esc(clip(s.reason, MAX_TEXT))}` : '⚠️ no reason given';
  const expires = s.expires ? `, expires ${esc(s.expires)}` : '';
  return `- ${findingLine(f, f.status === 'fixed')} (${f.status}; suppressed ${how}, ${why}${expires})`;
}

function skippedLine(s: SkippedFile): string {
  return `- ${esc(s.path)} — ${s.reason}${s.detail ? `: ${esc(clip(s.detail, MAX_TEXT))}` : ''}`;
}

const DIAG_ICON: Record<Diagnostic['level'], string> = { error: '❗', warning: '⚠️', note: 'ℹ️' };

function diagnosticLine(d: Diagnostic): string {
  const file = d.file ? ` ${esc(d.file)}:` : '';
  // A multi-line message (a rule file's list of errors) becomes one line per item, not escaped newlines.
  const message = d.message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' · ');
  return `- ${DIAG_ICON[d.level]} ${d.level} [${esc(d.source)}]${file} ${esc(clip(message, MAX_TEXT))}`;
}

function capped<T>(items: T[], maxRows: number, line: (item: T) => string): string[] {
  const out = items.slice(0, maxRows).map(line);
  if (items.length > maxRows) out.push(leftOut(items.length - maxRows, 'more'));
  return out;
}

function leftOut(n: number, what: string): string {
  return `_… and ${n} ${what} not shown here (see the SARIF or JSON report)._`;
}

function cweLink(cwe: number): string {
  return `[CWE-${cwe}](https://cwe.mitre.org/data/definitions/${cwe}.html)`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function short(rev: string): string {
  return /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 7) : rev;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
