/** gate: the verdict by policy. Suppressed findings never fail the gate; LLM output never decides it. */
import { severityBand } from '../../core/severity.js';
import type { AiPolicy, Finding, GatePolicy, GateVerdict, Weights } from '../../core/types.js';

/** The static confidence of a `low` rule (0.3); a tainted finding is `high` (0.9). */
const LOW_CONFIDENCE = 0.3;

export const GATE_POLICIES: readonly GatePolicy[] = ['none', 'new', 'new-high', 'score'];

const DESCRIPTION: Record<GatePolicy, string> = {
  none: 'never fails',
  new: 'fails on any new finding',
  'new-high': 'fails on new findings with severity ≥ 7.0, unless low-confidence',
  score: 'fails on new findings with score ≥ the threshold',
};

export function describePolicy(policy: GatePolicy, weights: Weights): string {
  return policy === 'score' ? `fails on new findings with score ≥ ${weights.threshold}` : DESCRIPTION[policy];
}

function fails(f: Finding, policy: GatePolicy, weights: Weights): boolean {
  switch (policy) {
    case 'none':
      return false;
    case 'new':
      return true;
    case 'new-high':
      // A low-confidence finding is a pattern that is usually harmless (any rand(), a non-literal
      // require): reported, but not enough to block a merge unless the policy is `new`.
      return f.severity >= 7.0 && f.staticConfidence > LOW_CONFIDENCE;
    case 'score':
      return f.score >= weights.threshold;
  }
}

export function isAiWritten(f: Finding, aiPolicy: AiPolicy): boolean {
  return f.attribution?.ai === true && f.attribution.confidence >= aiPolicy.minConfidence;
}

export function gate(
  findings: Finding[],
  policy: GatePolicy,
  weights: Weights,
  aiPolicy?: AiPolicy,
): GateVerdict {
  const newOnes = findings.filter((f) => f.status === 'new' && !f.suppressed);
  const onAi = (f: Finding) => aiPolicy !== undefined && isAiWritten(f, aiPolicy);
  // The AI policy adds to the general one, never relaxes it: `ai: { fail-on: none }` under
  // `fail-on: new` must not let AI-written code through where a person's would fail.
  const failing = newOnes.filter(
    (f) => fails(f, policy, weights) || (onAi(f) && fails(f, aiPolicy!.policy, weights)),
  );
  const passed = failing.length === 0;
  const what = aiPolicy
    ? `policy ${policy}: ${describePolicy(policy, weights)}; on AI-written lines ${aiPolicy.policy}: ${describePolicy(aiPolicy.policy, weights)}`
    : `policy ${policy}: ${describePolicy(policy, weights)}`;
  let reason: string;
  if (passed) {
    reason =
      newOnes.length === 0 ? `no new findings (${what})` : `${newOnes.length} new, none failing (${what})`;
  } else {
    const bands = new Map<string, number>();
    for (const f of failing)
      bands.set(severityBand(f.severity), (bands.get(severityBand(f.severity)) ?? 0) + 1);
    const parts = [...bands.entries()].map(([b, n]) => `${n} ${b}`).join(', ');
    const ai = aiPolicy ? `, ${failing.filter(onAi).length} on AI-written lines` : '';
    reason = `${failing.length} new finding${failing.length === 1 ? '' : 's'} (${parts}${ai}) (${what})`;
  }
  return { policy, ...(aiPolicy ? { aiPolicy } : {}), passed, reason, failing: failing.map((f) => f.id) };
}
