/**
 * rank: turns engine findings from both sides into ranked Findings with status, severity,
 * score, fingerprint and AI attribution.
 */
import { severityForCwes } from '../../core/severity.js';
import type {
  Attribution,
  EngineFinding,
  Finding,
  FindingStatus,
  Provenance,
  PullRequest,
  RuleMeta,
  Weights,
} from '../../core/types.js';
import { fingerprint } from './fingerprint.js';
import { mergeEngineFindings, type MergedFinding } from './merge.js';
import { score } from './score.js';
import { assignStatus, type Keyed } from './status.js';

export interface RankInput {
  findings: EngineFinding[];
  /** Absent for `scan`: every finding is then in scope and reported as new. */
  pr?: Pick<PullRequest, 'files'>;
  provenance?: Provenance;
  weights: Weights;
  /** The configuration's severity overrides, keyed by rule id or `CWE-<n>`. */
  severity?: Record<string, number>;
}

const STATUS_ORDER: Record<FindingStatus, number> = { new: 0, existing: 1, fixed: 2 };

export function rank(input: RankInput): Finding[] {
  const merged = mergeEngineFindings(input.findings);
  const key = (f: MergedFinding): Keyed => ({ finding: f, fingerprint: fingerprint(f) });
  const head = merged.filter((f) => f.side === 'head').map(key);
  const base = merged.filter((f) => f.side === 'base').map(key);

  const out: Finding[] = [];
  if (!input.pr) {
    for (const k of head) out.push(toFinding(k, 'new', input));
  } else {
    const renames: Record<string, string> = {};
    const added: Record<string, Set<number>> = {};
    const removed: Record<string, Set<number>> = {};
    for (const file of input.pr.files) {
      if (file.oldPath) renames[file.path] = file.oldPath;
      added[file.path] = new Set(file.hunks.flatMap((h) => h.added));
      removed[file.oldPath ?? file.path] = new Set(file.hunks.flatMap((h) => h.removed));
    }
    const status = assignStatus({ head, base, renames, added, removed });
    for (const { keyed, status: s } of status.head) out.push(toFinding(keyed, s, input));
    for (const k of status.fixed) out.push(toFinding(k, 'fixed', input));
  }
  return assignIds(sortFindings(out));
}

function toFinding(k: Keyed, status: FindingStatus, input: RankInput): Finding {
  const f = k.finding;
  const s = score(f.staticConfidence, undefined, input.weights);
  const attribution = status === 'fixed' ? undefined : attributionOf(f, input.provenance);
  return {
    id: '',
    ruleId: f.ruleId,
    engines: f.engines,
    cwes: f.cwes,
    message: f.message,
    file: f.file,
    region: f.region,
    ...(f.flow ? { flow: f.flow } : {}),
    severity: severityOf(f, input.severity),
    staticConfidence: round(f.staticConfidence),
    score: s,
    prioritized: s >= input.weights.threshold,
    status,
    fingerprint: k.fingerprint,
    snippet: f.snippet,
    ...(attribution ? { attribution } : {}),
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
  };
}

/** The config's override for the rule, else its highest for the CWEs, else the rule's own, else the table. */
function severityOf(f: MergedFinding, overrides: Record<string, number> | undefined): number {
  return overriddenSeverity(f.ruleId, f.cwes, overrides) ?? f.severity ?? severityForCwes(f.cwes);
}

function overriddenSeverity(
  ruleId: string,
  cwes: readonly number[],
  overrides: Record<string, number> | undefined,
): number | undefined {
  const byRule = overrides?.[ruleId];
  if (byRule !== undefined) return byRule;
  const byCwe = cwes.map((c) => overrides?.[`CWE-${c}`]).filter((s): s is number => s !== undefined);
  return byCwe.length > 0 ? Math.max(...byCwe) : undefined;
}

/**
 * The rules as the reports describe them, with the config's severity overrides: SARIF's rule-level
 * `security-severity` is what GitHub shows, so it must agree with the findings' severity.
 */
export function withSeverityOverrides(
  rules: RuleMeta[],
  overrides: Record<string, number> | undefined,
): RuleMeta[] {
  if (!overrides) return rules;
  return rules.map((r) => {
    const severity = overriddenSeverity(r.id, r.cwes, overrides);
    return severity === undefined ? r : { ...r, severity };
  });
}

/** The most confident AI attribution among the finding's added lines; undefined when none was added. */
function attributionOf(f: MergedFinding, provenance: Provenance | undefined): Attribution | undefined {
  const lines = provenance?.lines[f.file];
  if (!lines) return undefined;
  let best: Attribution | undefined;
  for (let l = f.region.startLine; l <= f.region.endLine; l++) {
    const a = lines[l];
    if (a && (!best || a.confidence > best.confidence)) best = a;
  }
  return best;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      b.score - a.score ||
      b.severity - a.severity ||
      a.file.localeCompare(b.file) ||
      a.region.startLine - b.region.startLine ||
      a.region.startColumn - b.region.startColumn ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Stable, readable ids: identical fingerprints (the same code twice) get an ordinal. */
function assignIds(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.status}-${f.fingerprint.slice(0, 12)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...f, id: n === 1 ? base : `${base}-${n}` };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
