/** The repair stage's outcome and costs in one line each, shared by the Markdown and text reports. */
import type { LlmUsage, Repair, RepairOutcome, RepairOutcomeClass } from '../core/types.js';

const CLASS_WORDS: Record<RepairOutcomeClass, string> = {
  'fully-fixed': 'fully fixed',
  'partially-fixed': 'partially fixed',
  'not-fixed': 'not fixed',
  'fixed-but-introduced': 'fixed but introduced',
  'not-fixed-and-introduced': 'not fixed and introduced',
};

/** "partially fixed: candidates removed 1 of 2 findings, 1 verified fix proposed; severity 18.6 → 9.8 (−47%)" */
export function outcomeSentence(o: RepairOutcome): string {
  const introduced =
    o.introducedCwes.length > 0
      ? `; rejected candidates would have introduced ${o.introducedCwes.map((c) => `CWE-${c}`).join(', ')}`
      : '';
  return (
    `${CLASS_WORDS[o.class]}: candidates removed ${o.removed} of ${o.targets} finding${o.targets === 1 ? '' : 's'}, ` +
    `${o.proposed} verified fix${o.proposed === 1 ? '' : 'es'} proposed; severity ${o.severityBefore.toFixed(1)} → ` +
    `${o.severityAfter.toFixed(1)} (−${Math.round(o.severityReduction)}%)${introduced}`
  );
}

/** "2 calls to gpt-4o-2024-08-06, 1,234 tokens (1,000 in, 234 out), $0.0047" */
export function llmUsageSentence(u: LlmUsage): string {
  const total = u.promptTokens + u.completionTokens;
  const cost = u.costUsd !== undefined ? `, $${u.costUsd.toFixed(4)}` : '';
  const spent = u.budgetExhausted ? '; the token budget ran out, later findings were not sent' : '';
  return `${u.calls} call${u.calls === 1 ? '' : 's'} to ${u.model}, ${total} tokens (${u.promptTokens} in, ${u.completionTokens} out)${cost}${spent}`;
}

/** "rule fix" or "LLM fix by gpt-4o, 812 tokens, prompt sha256:ab12cd34" */
export function provenanceNote(r: Repair): string {
  const p = r.provenance;
  if (r.strategy === 'rule' || !p) return `${r.strategy} fix`;
  const tokens = p.tokens ? `, ${p.tokens.total} tokens` : '';
  const hash = p.promptHash ? `, prompt ${p.promptHash.slice(0, 15)}` : '';
  return `LLM fix by ${p.model ?? 'an LLM'}${tokens}${hash}`;
}
