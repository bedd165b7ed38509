/** Severity on GitHub's security-severity scale (0-10) and its bands. */
import table from '../data/cwe-severity.json' with { type: 'json' };

const cweTable: Record<string, number> = table.cwes;

/** The highest table severity over a finding's CWEs (the default when none is listed). */
export function severityForCwes(cwes: readonly number[]): number {
  let best: number | undefined;
  for (const cwe of cwes) {
    const s = cweTable[String(cwe)];
    if (s !== undefined && (best === undefined || s > best)) best = s;
  }
  return best ?? table.default;
}

export type SeverityBand = 'critical' | 'high' | 'medium' | 'low' | 'none';

/** GitHub's bands: critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9. */
export function severityBand(severity: number): SeverityBand {
  if (severity > 9.0) return 'critical';
  if (severity >= 7.0) return 'high';
  if (severity >= 4.0) return 'medium';
  if (severity > 0) return 'low';
  return 'none';
}

/** `external/cwe/cwe-089` — the tag form GitHub code scanning and CodeQL use (three digits at least). */
export function cweTag(cwe: number): string {
  return `external/cwe/cwe-${String(cwe).padStart(3, '0')}`;
}
