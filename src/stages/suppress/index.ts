/**
 * suppress: the configuration's central suppressions applied to ranked findings, and the
 * suppression ledger checked. A suppressed finding stays in every report (SARIF `suppressions`),
 * never dropped; a suppression without a reason, or past its expiry date, is itself reported.
 */
import picomatch from 'picomatch';
import type { Diagnostic, Finding, SuppressionRule } from '../../core/types.js';

const SOURCE = 'suppress';

export interface SuppressOutput {
  findings: Finding[];
  diagnostics: Diagnostic[];
}

function describe(rule: SuppressionRule, index: number): string {
  const what = [rule.rule ? `rule ${rule.rule}` : '', rule.cwe !== undefined ? `CWE-${rule.cwe}` : '']
    .filter(Boolean)
    .join(', ');
  const where = rule.paths?.length ? ` in ${rule.paths.join(', ')}` : '';
  return `suppressions[${index}] (${what}${where})`;
}

export function applySuppressions(
  findings: Finding[],
  rules: SuppressionRule[] | undefined,
  today: string,
): SuppressOutput {
  const diagnostics: Diagnostic[] = [];
  const compiled = (rules ?? []).map((rule, index) => ({
    rule,
    index,
    ruleMatch: rule.rule ? picomatch(rule.rule) : undefined,
    pathMatch: rule.paths?.length ? picomatch(rule.paths, { dot: true }) : undefined,
    // The expiry date is the last day it applies.
    expired: rule.expires !== undefined && rule.expires < today,
    hits: 0,
  }));

  const out = findings.map((f) => {
    if (f.suppressed) return f;
    for (const c of compiled) {
      if (c.ruleMatch && !c.ruleMatch(f.ruleId)) continue;
      if (c.rule.cwe !== undefined && !f.cwes.includes(c.rule.cwe)) continue;
      if (c.pathMatch && !c.pathMatch(f.file)) continue;
      c.hits++;
      if (c.expired) continue;
      return {
        ...f,
        suppressed: {
          kind: 'config' as const,
          ...(c.rule.reason?.trim() ? { reason: c.rule.reason.trim() } : {}),
          ...(c.rule.expires ? { expires: c.rule.expires } : {}),
        },
      };
    }
    return f;
  });

  for (const c of compiled) {
    if (c.expired) {
      diagnostics.push({
        level: 'warning',
        source: SOURCE,
        message: `${describe(c.rule, c.index)} expired on ${c.rule.expires}: ${c.hits} finding(s) it covered count again; renew it with a reason or remove it`,
      });
    } else if (!c.rule.reason?.trim()) {
      diagnostics.push({
        level: 'warning',
        source: SOURCE,
        message: `${describe(c.rule, c.index)} has no reason: it still applies (${c.hits} finding(s)), but say why in "reason"`,
      });
    }
  }
  for (const f of out) {
    if (f.suppressed?.kind === 'inline' && !f.suppressed.reason) {
      diagnostics.push({
        level: 'warning',
        source: SOURCE,
        file: f.file,
        message: `${f.file}:${f.region.startLine}: inline suppression of ${f.ruleId} has no reason: it still applies, but write one after the colon (aigis-ignore[${f.ruleId}]: why)`,
      });
    }
  }
  return { findings: out, diagnostics };
}
