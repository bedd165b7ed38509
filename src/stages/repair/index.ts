/**
 * repair: for each prioritised new finding, a candidate by the configured strategy — the rule's
 * deterministic fix, an LLM's bounded edit, or (auto) the rule's first and the LLM's when the rule
 * has none or it fails — and every candidate verified (verify.ts) before it is proposed.
 */
import type { Engine, SourceFile } from '../../core/adapters.js';
import type { Diagnostic, EngineFinding, Finding, Repair, RepairSummary } from '../../core/types.js';
import type { LlmRepairer } from './llm/index.js';
import { repairOutcomes } from './outcome.js';
import { ruleCandidate } from './rule.js';
import { verifyCandidate, type RepairSupport, type TestRunner, type VerifyContext } from './verify.js';

export type { RepairSupport, TestRunner } from './verify.js';

export type RepairStrategy = 'rule' | 'llm' | 'auto';

export interface RepairInput {
  findings: Finding[];
  engineFindings: EngineFinding[];
  sources: SourceFile[];
  engines: Engine[];
  support: RepairSupport;
  /** Default 'rule'. */
  strategy?: RepairStrategy;
  /** Needed by 'llm' and 'auto'; without it 'auto' is 'rule' and 'llm' attempts nothing. */
  llm?: LlmRepairer;
  /** The user's test command, in `aigis fix` only. */
  tests?: TestRunner;
}

export interface RepairRun {
  findings: Finding[];
  summary: RepairSummary;
  diagnostics: Diagnostic[];
}

/** The findings with their repairs (the stage as the pipeline and the benchmark call it). */
export async function repairFindings(input: RepairInput): Promise<Finding[]> {
  return (await runRepairs(input)).findings;
}

export async function runRepairs(input: RepairInput): Promise<RepairRun> {
  const strategy = input.strategy ?? 'rule';
  const ctx: VerifyContext = {
    engineFindings: input.engineFindings,
    engines: input.engines,
    support: input.support,
    ...(input.tests ? { tests: input.tests } : {}),
  };
  const llmFailures = new Set<string>();
  const out: Finding[] = [];
  for (const finding of input.findings) {
    const source = input.sources.find((s) => s.side === 'head' && s.path === finding.file);
    if (finding.status !== 'new' || finding.suppressed || !finding.prioritized || !source) {
      out.push(finding);
      continue;
    }
    let repair: Repair | undefined;
    const attempts: NonNullable<Repair['attempts']> = [];
    if (strategy !== 'llm') {
      const candidate = ruleCandidate(finding, input.engineFindings);
      if (candidate) repair = await verifyCandidate(finding, candidate, source, ctx);
    }
    if (input.llm && (strategy === 'llm' || (strategy === 'auto' && repair?.outcome !== 'proposed'))) {
      if (repair) attempts.push({ strategy: repair.strategy, rejectedBecause: repair.rejectedBecause ?? '' });
      const candidate = await input.llm.propose(finding, source);
      if ('rejected' in candidate) {
        if (candidate.endpoint) llmFailures.add(candidate.rejected);
        repair = unverified(finding, candidate.rejected);
      } else {
        repair = await verifyCandidate(finding, candidate, source, ctx);
      }
      if (attempts.length > 0) repair.attempts = attempts;
    }
    out.push(repair ? { ...finding, repair } : finding);
  }
  const outcomes = repairOutcomes(out);
  const usage = input.llm?.usage();
  return {
    findings: out,
    summary: { mode: strategy, ...outcomes, ...(usage && usage.calls > 0 ? { llm: usage } : {}) },
    diagnostics: [...llmFailures]
      .sort()
      .map((message) => ({ level: 'warning', source: 'repair/llm', message })),
  };
}

/** An LLM attempt that produced no candidate: recorded, so the report says why there is no fix. */
function unverified(finding: Finding, reason: string): Repair {
  return {
    findingId: finding.id,
    strategy: 'llm',
    edits: [],
    explanation: '',
    reviewGuidance: 'merge-after-review',
    verification: { targetRemoved: false, introduced: [], parses: false },
    outcome: 'rejected',
    rejectedBecause: reason,
  };
}
