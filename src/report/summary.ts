/**
 * Numbers every report shows, computed once so the Markdown, text and JSON reports (and the
 * Action's outputs) never disagree.
 */
import { severityBand, type SeverityBand } from '../core/severity.js';
import type { Diagnostic, Finding, FindingStatus, ReviewResult } from '../core/types.js';

export const BANDS: readonly SeverityBand[] = ['critical', 'high', 'medium', 'low', 'none'];

export interface ReportSummary {
  verdict: { passed: boolean; policy: string; reason: string };
  /**
   * Unsuppressed findings by status: a suppressed finding is counted only under `suppressed`,
   * as the gate ignores it.
   */
  counts: Record<FindingStatus, number> & { suppressed: number; prioritized: number };
  /** Unsuppressed new findings by GitHub severity band. */
  newByBand: Record<SeverityBand, number>;
  /** New findings on lines an AI tool wrote (unsuppressed). */
  newOnAiLines: number;
  /** The PR's CWE ledger: what it brought in, what it removed, net change in summed severity. */
  cwes: { introduced: number[]; fixed: number[]; severityDelta: number };
  repairs: { proposed: number; rejected: number };
  ai?: {
    share: number;
    addedLines: number;
    tools: { tool: string; lines: number }[];
    /** The attribute stage's own sentence, with the evidence behind the share. */
    sentence?: string;
  };
  /** True when some finding carries dynamic (fuzz) coverage. */
  dynamicEvidence: boolean;
  skipped: number;
  diagnostics: { error: number; warning: number; note: number };
}

export function summarize(result: ReviewResult): ReportSummary {
  const counts = { new: 0, existing: 0, fixed: 0, suppressed: 0, prioritized: 0 };
  const newByBand: Record<SeverityBand, number> = { critical: 0, high: 0, medium: 0, low: 0, none: 0 };
  const introduced = new Set<number>();
  const fixed = new Set<number>();
  let delta = 0;
  let newOnAiLines = 0;
  const repairs = { proposed: 0, rejected: 0 };
  for (const f of result.findings) {
    if (f.repair) repairs[f.repair.outcome === 'proposed' ? 'proposed' : 'rejected']++;
    if (f.suppressed) {
      counts.suppressed++;
      continue;
    }
    counts[f.status]++;
    if (f.status === 'new') {
      newByBand[severityBand(f.severity)]++;
      if (f.prioritized) counts.prioritized++;
      if (f.attribution?.ai) newOnAiLines++;
      f.cwes.forEach((c) => introduced.add(c));
      delta += f.severity;
    } else if (f.status === 'fixed') {
      f.cwes.forEach((c) => fixed.add(c));
      delta -= f.severity;
    }
  }
  const diagnostics = { error: 0, warning: 0, note: 0 };
  for (const d of result.diagnostics) diagnostics[d.level]++;
  const p = result.provenance;
  return {
    verdict: { passed: result.verdict.passed, policy: result.verdict.policy, reason: result.verdict.reason },
    counts,
    newByBand,
    newOnAiLines,
    cwes: {
      introduced: [...introduced].sort((a, b) => a - b),
      fixed: [...fixed].sort((a, b) => a - b),
      severityDelta: Math.round(delta * 10) / 10,
    },
    repairs,
    ...(p
      ? {
          ai: {
            share: p.aiShare,
            addedLines: p.addedLines,
            tools: Object.entries(p.tools)
              .map(([tool, lines]) => ({ tool, lines }))
              .sort((a, b) => b.lines - a.lines || a.tool.localeCompare(b.tool)),
            ...(p.summary ? { sentence: p.summary } : {}),
          },
        }
      : {}),
    dynamicEvidence: result.findings.some((f) => f.dynamicCoverage !== undefined),
    skipped: result.skipped.length,
    diagnostics,
  };
}

/** Findings in report order: by status, then score, severity and position (the rank stage's order). */
export function ordered(findings: readonly Finding[]): Finding[] {
  const rank: Record<FindingStatus, number> = { new: 0, existing: 1, fixed: 2 };
  return [...findings].sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      b.score - a.score ||
      b.severity - a.severity ||
      cmp(a.file, b.file) ||
      a.region.startLine - b.region.startLine ||
      a.region.startColumn - b.region.startColumn ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.fingerprint, b.fingerprint) ||
      cmp(a.id, b.id),
  );
}

/** Locale-independent comparison: reports must not depend on the machine's locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * "73% of 120 added lines attributed to Claude Code (trailer Co-Authored-By: … in 4 of 5 commits)"
 * from the attribute stage; without it, the same from the counts alone. Never "human".
 */
export function aiShareSentence(summary: ReportSummary): string | undefined {
  const ai = summary.ai;
  if (!ai || ai.addedLines === 0) return undefined;
  if (ai.sentence) return ai.sentence;
  if (ai.tools.length === 0 || ai.share === 0) return `no AI signal on the ${ai.addedLines} added lines`;
  const head = `${percent(ai.share)} of ${ai.addedLines} added lines attributed to`;
  if (ai.tools.length === 1) return `${head} ${ai.tools[0]!.tool}`;
  return `${head} AI (${ai.tools.map((t) => `${t.tool} ${t.lines}`).join(', ')} lines)`;
}

export function fmtScore(x: number): string {
  return x.toFixed(2);
}

/** Engines run in parallel, so diagnostics arrive in any order: sort them for a stable log. */
export function sortDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      cmp(a.source, b.source) ||
      cmp(a.file ?? '', b.file ?? '') ||
      cmp(a.level, b.level) ||
      cmp(a.message, b.message),
  );
}
