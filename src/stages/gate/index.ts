/** gate: the verdict by policy. Suppressed findings never fail the gate; LLM output never decides it. */
import { severityBand } from '../../core/severity.js';
import type { Finding, GatePolicy, GateVerdict, Weights } from '../../core/types.js';

export const GATE_POLICIES: readonly GatePolicy[] = ['none', 'new', 'new-high', 'score'];

const DESCRIPTION: Record<GatePolicy, string> = {
  none: 'never fails',
  new: 'fails on any new finding',
  'new-high': 'fails on new findings with severity ≥ 7.0',
  score: 'fails on new findings with score ≥ the threshold',
};

export function describePolicy(policy: GatePolicy, weights: Weights): string {
  return policy === 'score' ? `fails on new findings with score ≥ ${weights.threshold}` : DESCRIPTION[policy];
}

export function gate(findings: Finding[], policy: GatePolicy, weights: Weights): GateVerdict {
  const newOnes = findings.filter((f) => f.status === 'new' && !f.suppressed);
  const failing = newOnes.filter((f) => {
    switch (policy) {
      case 'none':
        return false;
      case 'new':
        return true;
      case 'new-high':
        return f.severity >= 7.0;
      case 'score':
        return f.score >= weights.threshold;
    }
  });
  const passed = failing.length === 0;
  const what = `policy ${policy}: ${describePolicy(policy, weights)}`;
  let reason: string;
  if (passed) {
    reason =
      newOnes.length === 0 ? `no new findings (${what})` : `${newOnes.length} new, none failing (${what})`;
  } else {
    const bands = new Map<string, number>();
    for (const f of failing)
      bands.set(severityBand(f.severity), (bands.get(severityBand(f.severity)) ?? 0) + 1);
    const parts = [...bands.entries()].map(([b, n]) => `${n} ${b}`).join(', ');
    reason = `${failing.length} new finding${failing.length === 1 ? '' : 's'} (${parts}) (${what})`;
  }
  return { policy, passed, reason, failing: failing.map((f) => f.id) };
}
