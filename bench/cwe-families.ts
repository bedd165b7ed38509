/**
 * CWE families for the analyzer benchmark: a label counts as found when a finding of the same
 * family is near it, since tools name one weakness by neighbouring CWEs (CWE-120 and CWE-787 for an
 * unbounded copy, CWE-327 and CWE-328 for MD5).
 */
const FAMILIES: Record<string, number[]> = {
  'command-injection': [77, 78, 88],
  'code-injection': [94, 95],
  'sql-injection': [89, 564],
  'path-traversal': [22, 23, 36, 73],
  xss: [79, 80, 116],
  'log-injection': [117],
  'error-exposure': [209, 497],
  tls: [295, 297],
  'weak-crypto': [326, 327, 328, 916, 759, 1240, 323],
  'weak-random': [330, 338, 335],
  upload: [434],
  deserialization: [502],
  'open-redirect': [601],
  xxe: [611, 776, 827],
  cookies: [614, 1004],
  'resource-limits': [400, 770],
  secrets: [798, 259, 321],
  ssrf: [918],
  redos: [1333, 185, 730],
  'buffer-overflow': [119, 120, 121, 122, 787, 242],
  'format-string': [134],
  'alloc-overflow': [190, 680],
  'dangerous-function': [676, 377],
};

const BY_CWE = new Map<number, string>();
for (const [family, cwes] of Object.entries(FAMILIES)) for (const c of cwes) BY_CWE.set(c, family);

/** The family of a CWE; a CWE outside every family is a family of its own. */
export function familyOf(cwe: number): string {
  return BY_CWE.get(cwe) ?? `CWE-${cwe}`;
}
