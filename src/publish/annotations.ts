/**
 * Annotations on the files of the PR: one per new finding, as workflow commands (`::error file=...`),
 * which need no permission at all, so they work with the read-only token of a fork PR. GitHub shows
 * a limited number per step, so the highest-ranked come first and the count is capped.
 */
import { severityBand } from '../core/severity.js';
import type { Finding } from '../core/types.js';
import { ordered } from '../report/summary.js';

export const MAX_ANNOTATIONS = 50;

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
}

export function planAnnotations(findings: readonly Finding[], max = MAX_ANNOTATIONS): Annotation[] {
  const live = findings.filter((f) => f.status === 'new' && !f.suppressed);
  return ordered(live)
    .slice(0, max)
    .map((f) => {
      const band = severityBand(f.severity);
      const cwes = f.cwes.map((c) => `CWE-${c}`).join(', ');
      return {
        level: band === 'critical' || band === 'high' ? 'error' : band === 'medium' ? 'warning' : 'notice',
        title: `aigis ${f.ruleId}${cwes ? ` (${cwes})` : ''}: ${band} ${f.severity.toFixed(1)}, score ${f.score.toFixed(2)}`,
        message: f.message,
        file: f.file,
        startLine: f.region.startLine,
        endLine: f.region.endLine,
      };
    });
}
