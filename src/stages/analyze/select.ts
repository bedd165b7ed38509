/** Which findings are in scope by the configuration's rule and CWE selection, whatever engine found them. */
import picomatch from 'picomatch';
import type { EngineFinding } from '../../core/types.js';
import type { Selection } from '../../pipeline/options.js';

export function selectFindings(findings: EngineFinding[], sel: Selection | undefined): EngineFinding[] {
  if (!sel) return findings;
  const ruleIn = sel.rulesInclude?.length ? picomatch(sel.rulesInclude) : undefined;
  const ruleOut = sel.rulesExclude?.length ? picomatch(sel.rulesExclude) : undefined;
  const cweIn = sel.cwesInclude?.length ? new Set(sel.cwesInclude) : undefined;
  const cweOut = new Set(sel.cwesExclude ?? []);
  return findings.filter(
    (f) =>
      (!ruleIn || ruleIn(f.ruleId)) &&
      !(ruleOut?.(f.ruleId) ?? false) &&
      (!cweIn || f.cwes.some((c) => cweIn.has(c))) &&
      !f.cwes.some((c) => cweOut.has(c)),
  );
}
