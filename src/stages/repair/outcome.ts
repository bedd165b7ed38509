/**
 * Outcome classes per repaired file and for the PR, as the repair research counts them: did the
 * candidates remove their targets, and did they bring in anything new. The class describes the
 * candidates as written (so a model that swaps one weakness for another shows as such), while the
 * severity reduction counts only what is proposed: rejected candidates are never applied.
 */
import type { Finding, RepairOutcome, RepairOutcomeClass } from '../../core/types.js';

export function classify(removed: number, targets: number, introduced: boolean): RepairOutcomeClass {
  const all = targets > 0 && removed === targets;
  if (introduced) return all ? 'fixed-but-introduced' : 'not-fixed-and-introduced';
  if (all) return 'fully-fixed';
  return removed > 0 ? 'partially-fixed' : 'not-fixed';
}

/** One outcome per file with a repair attempt, in path order, and the PR's. */
export function repairOutcomes(findings: Finding[]): { files: RepairOutcome[]; overall: RepairOutcome } {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.status !== 'new' || f.suppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const files: RepairOutcome[] = [];
  // The PR's severities count the files that had a repair attempt, like the per-file ones.
  const inRepairedFiles: Finding[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!list.some((f) => f.repair)) continue;
    files.push({ file, ...tally(list) });
    inRepairedFiles.push(...list);
  }
  return { files, overall: tally(inRepairedFiles) };
}

function tally(list: Finding[]): Omit<RepairOutcome, 'file'> {
  const attempted = list.filter((f) => f.repair);
  const removed = attempted.filter((f) => f.repair!.verification.targetRemoved).length;
  const proposed = attempted.filter((f) => f.repair!.outcome === 'proposed');
  const introduced = new Set<number>();
  for (const f of attempted) {
    for (const i of f.repair!.verification.introduced) for (const c of i.cwes) introduced.add(c);
  }
  const anyIntroduced = attempted.some((f) => f.repair!.verification.introduced.length > 0);
  const before = sum(list.map((f) => f.severity));
  const after = before - sum(proposed.map((f) => f.severity));
  return {
    class: classify(removed, attempted.length, anyIntroduced),
    targets: attempted.length,
    removed,
    proposed: proposed.length,
    introducedCwes: [...introduced].sort((a, b) => a - b),
    severityBefore: round(before),
    severityAfter: round(after),
    severityReduction: before > 0 ? round(((before - after) / before) * 100) : 0,
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
