/**
 * CWE families: tools name one weakness by neighbouring CWEs (CodeQL tags an unbounded copy
 * CWE-120, a sanitizer CWE-787; MD5 for passwords is CWE-327 to one and CWE-916 to another), so
 * findings are compared by family, not by exact CWE. The table is data (src/data/cwe-families.json),
 * shared by the merge of engine findings and the benchmark.
 */
import table from '../data/cwe-families.json' with { type: 'json' };

const BY_CWE = new Map<number, string>();
for (const [family, cwes] of Object.entries(table.families as Record<string, number[]>)) {
  for (const c of cwes) BY_CWE.set(c, family);
}

/** The family of a CWE; a CWE outside every family is a family of its own. */
export function familyOf(cwe: number): string {
  return BY_CWE.get(cwe) ?? `CWE-${cwe}`;
}

/** True when some CWE of one list is in the same family as some CWE of the other. */
export function shareFamily(a: readonly number[], b: readonly number[]): boolean {
  const families = new Set(a.map(familyOf));
  return b.some((c) => families.has(familyOf(c)));
}
