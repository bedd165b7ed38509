/**
 * A finding's identity across revisions: rule, CWE, the normalised matched code and its enclosing
 * function — never its line number, so moved or re-indented code keeps its fingerprint.
 */
import { createHash } from 'node:crypto';
import type { EngineFinding } from '../../core/types.js';

/**
 * All whitespace goes, not just runs of it: a formatter's edit (`f( "a"+b )` to `f("a" + b)`) must
 * not turn an old weakness into a new one.
 */
export function normaliseCode(snippet: string): string {
  return snippet.replace(/\s+/g, '');
}

export function fingerprint(f: Pick<EngineFinding, 'ruleId' | 'cwes' | 'snippet' | 'context'>): string {
  const cwe = f.cwes.length > 0 ? Math.min(...f.cwes) : 0;
  return createHash('sha256')
    .update(['v1', f.ruleId, String(cwe), f.context, normaliseCode(f.snippet)].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}
