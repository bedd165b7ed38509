/**
 * CWE families for the analyzer benchmark: a label counts as found when a finding of the same
 * family is near it, since tools name one weakness by neighbouring CWEs (CWE-120 and CWE-787 for an
 * unbounded copy, CWE-327 and CWE-328 for MD5). The table is shared with the merge of engine
 * findings: src/data/cwe-families.json.
 */
export { familyOf } from '../src/core/cwe-families.js';
