/**
 * Several engines reporting the same weakness (same file and side, overlapping region, a CWE in
 * common) become one finding that keeps every engine as evidence.
 */
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
        m.cwes.some((c) => f.cwes.includes(c)),
    );
    if (twin) {
      twin.engines.push(f.engine);
      twin.staticConfidence = combineConfidence(twin.staticConfidence, f.staticConfidence);
      twin.cwes = [...new Set([...twin.cwes, ...f.cwes])].sort((x, y) => x - y);
      twin.fix ??= f.fix;
      twin.flow ??= f.flow;
    } else {
      merged.push({ ...f, engines: [f.engine] });
    }
  }
  return merged;
}
