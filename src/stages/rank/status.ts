/**
 * new / existing / fixed by fingerprint: head findings are matched to base findings first in the
 * same file (following renames), then across files (code moved to another file is not new).
 * An unmatched head finding is "new" only when its region touches an added line.
 */
import type { FindingStatus, Region } from '../../core/types.js';
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
}

export interface StatusOutput {
  head: { keyed: Keyed; status: Exclude<FindingStatus, 'fixed'> }[];
  fixed: Keyed[];
}

export function touchesAdded(region: Region, added: Set<number> | undefined): boolean {
  if (!added) return false;
  for (let l = region.startLine; l <= region.endLine; l++) if (added.has(l)) return true;
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

  return {
    head: input.head.map((keyed) => ({
      keyed,
      status:
        !matched.has(keyed) && touchesAdded(keyed.finding.region, input.added[keyed.finding.file])
          ? 'new'
          : 'existing',
    })),
    fixed: [...unmatchedBase],
  };
}
