/** The rule strategy: the deterministic fix the engine attached to the head finding, if its rule has one. */
import type { EngineFinding, Finding } from '../../core/types.js';
import { fingerprint } from '../rank/fingerprint.js';
import type { Candidate } from './verify.js';

export function ruleCandidate(finding: Finding, engineFindings: EngineFinding[]): Candidate | undefined {
  const match = engineFindings.find(
    (e) =>
      e.side === 'head' &&
      e.fix &&
      e.file === finding.file &&
      e.ruleId === finding.ruleId &&
      e.region.startLine === finding.region.startLine &&
      e.region.startColumn === finding.region.startColumn &&
      fingerprint(e) === finding.fingerprint,
  );
  if (!match?.fix) return undefined;
  return {
    strategy: 'rule',
    edits: match.fix.edits,
    explanation: match.fix.description,
    reviewGuidance: match.fix.guidance,
    provenance: { strategy: 'rule', ruleId: match.ruleId },
  };
}
