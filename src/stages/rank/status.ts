/**
 * new / existing / fixed by fingerprint: head findings are matched to base findings first in the
 * same file (following renames), then across files (code moved to another file is not new).
 * An unmatched head finding is "new" only when its region touches an added line.
 */
import type { FindingStatus, Region } from '../../core/types.js';
import { normaliseCode } from './fingerprint.js';
import type { MergedFinding } from './merge.js';

export interface Keyed {
  finding: MergedFinding;
  fingerprint: string;
}

export interface StatusInput {
  head: Keyed[];
  base: Keyed[];
  /** head path -> base path for renamed/copied files. */
  renames: Record<string, string>;
  /** head path -> set of added head lines. */
  added: Record<string, Set<number>>;
  /** base path -> set of removed base lines. */
  removed?: Record<string, Set<number>>;
}

export interface StatusOutput {
  head: { keyed: Keyed; status: Exclude<FindingStatus, 'fixed'> }[];
  fixed: Keyed[];
}

export function touchesLines(region: Region, lines: Set<number> | undefined): boolean {
  if (!lines) return false;
  for (let l = region.startLine; l <= region.endLine; l++) if (lines.has(l)) return true;
  return false;
}

export function assignStatus(input: StatusInput): StatusOutput {
  const unmatchedBase = new Set(input.base);
  const matched = new Set<Keyed>();

  const take = (h: Keyed, samePath: string | undefined): boolean => {
    for (const b of unmatchedBase) {
      if (b.fingerprint !== h.fingerprint) continue;
      if (samePath !== undefined && b.finding.file !== samePath) continue;
      unmatchedBase.delete(b);
      matched.add(h);
      return true;
    }
    return false;
  };

  for (const h of input.head) take(h, input.renames[h.finding.file] ?? h.finding.file);
  for (const h of input.head) if (!matched.has(h)) take(h, undefined);
  // An edit around untouched code (renaming its function) changes its fingerprint but not the code:
  // the same rule on the same code, on lines the PR did not touch on either side, is the same finding,
  // or it would be reported both as existing and as fixed.
  for (const h of input.head) {
    if (matched.has(h) || touchesLines(h.finding.region, input.added[h.finding.file])) continue;
    const basePath = input.renames[h.finding.file] ?? h.finding.file;
    const code = normaliseCode(h.finding.snippet);
    for (const b of unmatchedBase) {
      const f = b.finding;
      if (f.file !== basePath || f.ruleId !== h.finding.ruleId || normaliseCode(f.snippet) !== code) continue;
      if (touchesLines(f.region, input.removed?.[f.file])) continue;
      unmatchedBase.delete(b);
      matched.add(h);
      break;
    }
  }

  return {
    head: input.head.map((keyed) => ({
      keyed,
      status:
        !matched.has(keyed) && touchesLines(keyed.finding.region, input.added[keyed.finding.file])
          ? 'new'
          : 'existing',
    })),
    fixed: [...unmatchedBase],
  };
}
