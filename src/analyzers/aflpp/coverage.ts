/**
 * DynCoverage (DESIGN.md): 1 when a fuzz crash's sanitizer stack passes through the finding's
 * region; otherwise the share of the finding's instrumented lines the corpus executed; undefined
 * when no job compiled the file ("no dynamic evidence", which is not "safe").
 */
import type { FuzzCrash, FuzzReport, Region } from '../../core/types.js';
import type { LineHits } from './stats.js';

export type FileCoverage = FuzzReport['coverage'];

/** lcov line hits (merged over jobs) as the report keeps them: sorted line lists per file. */
export function toFileCoverage(hits: LineHits[]): FileCoverage {
  const merged = new Map<string, Map<number, number>>();
  for (const h of hits) {
    for (const [file, lines] of Object.entries(h)) {
      const target = merged.get(file) ?? new Map<number, number>();
      merged.set(file, target);
      for (const [line, n] of Object.entries(lines))
        target.set(Number(line), (target.get(Number(line)) ?? 0) + n);
    }
  }
  const out: FileCoverage = {};
  for (const file of [...merged.keys()].sort()) {
    const lines = [...merged.get(file)!.entries()].sort((a, b) => a[0] - b[0]);
    out[file] = {
      instrumented: lines.map(([l]) => l),
      executed: lines.filter(([, n]) => n > 0).map(([l]) => l),
    };
  }
  return out;
}

/** Two jobs' (or two shards') coverage as one: a line counts as executed when any of them ran it. */
export function mergeFileCoverage(a: FileCoverage, b: FileCoverage): FileCoverage {
  const out: FileCoverage = { ...a };
  for (const [file, cov] of Object.entries(b)) {
    const prev = out[file];
    out[file] = prev
      ? {
          instrumented: union(prev.instrumented, cov.instrumented),
          executed: union(prev.executed, cov.executed),
        }
      : cov;
  }
  return out;
}

function union(a: number[], b: number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

export function crashPassesThrough(crashes: readonly FuzzCrash[], file: string, region: Region): boolean {
  return crashes.some(
    (c) =>
      !c.resource &&
      c.stack.some((f) => f.file === file && f.line >= region.startLine && f.line <= region.endLine),
  );
}

export function dynamicCoverageOf(
  coverage: FileCoverage,
  crashes: readonly FuzzCrash[],
  file: string,
  region: Region,
): number | undefined {
  if (crashPassesThrough(crashes, file, region)) return 1;
  const cov = coverage[file];
  if (!cov) return undefined;
  const executed = new Set(cov.executed);
  let instrumented = 0;
  let ran = 0;
  for (const line of cov.instrumented) {
    if (line < region.startLine || line > region.endLine) continue;
    instrumented++;
    if (executed.has(line)) ran++;
  }
  // A region with no instrumented line (a declaration) was compiled but cannot be "executed".
  if (instrumented === 0) return 0;
  return Math.round((ran / instrumented) * 1000) / 1000;
}
