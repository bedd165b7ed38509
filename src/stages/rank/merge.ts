/**
 * Several engines reporting the same weakness (same file and side, overlapping lines, CWEs of the
 * same family) become one finding that keeps every engine as evidence. Engines run in a fixed
 * order (builtin first), so the identity of a merged finding does not depend on the options. Families, not exact CWEs:
 * CodeQL calls weak password hashing CWE-916 where the built-in rule says CWE-327, and both are
 * one weakness to fix once.
 */
import { shareFamily } from '../../core/cwe-families.js';
import type { EngineFinding, Region } from '../../core/types.js';

export interface MergedFinding extends EngineFinding {
  engines: string[];
}

function overlaps(a: Region, b: Region): boolean {
  return a.startLine <= b.endLine && b.startLine <= a.endLine;
}

/** Two engines that agree are more convincing than either: 1 − (1−a)(1−b). */
export function combineConfidence(a: number, b: number): number {
  return 1 - (1 - a) * (1 - b);
}

export function mergeEngineFindings(findings: EngineFinding[]): MergedFinding[] {
  const merged: MergedFinding[] = [];
  for (const f of findings) {
    const twin = merged.find(
      (m) =>
        !m.engines.includes(f.engine) &&
        m.file === f.file &&
        m.side === f.side &&
        overlaps(m.region, f.region) &&
        shareFamily(m.cwes, f.cwes),
    );
    if (twin) {
      twin.engines.push(f.engine);
      twin.staticConfidence = combineConfidence(twin.staticConfidence, f.staticConfidence);
      // The first engine's finding keeps its identity (rule, CWEs, code: the fingerprint). An engine
      // that ran on the head side only (CodeQL without a base run) must not change the fingerprint
      // of a weakness the first engine also saw on the base side, or old code would turn "new".
      twin.fix ??= f.fix;
      twin.flow ??= f.flow;
    } else {
      merged.push({ ...f, engines: [f.engine] });
    }
  }
  return merged;
}
