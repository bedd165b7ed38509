/**
 * The part of the pipeline that review and scan share: from engine findings to ranked, suppressed,
 * repaired findings and the verdict — select -> rank -> suppress -> repair -> gate.
 */
import type { Engine, SourceFile } from '../core/adapters.js';
import type { Logger } from '../core/logger.js';
import type {
  Diagnostic,
  EngineFinding,
  Finding,
  GateVerdict,
  Provenance,
  PullRequest,
  FuzzReport,
  RepairSummary,
} from '../core/types.js';
import { selectFindings } from '../stages/analyze/select.js';
import { gate } from '../stages/gate/index.js';
import { rank } from '../stages/rank/index.js';
import type { LlmPort } from '../core/llm-port.js';
import { runRepairs, type RepairSupport, type TestRunner } from '../stages/repair/index.js';
import { createLlmRepairer } from '../stages/repair/llm/index.js';
import { applySuppressions } from '../stages/suppress/index.js';
import { applyDynamicCoverage } from '../stages/dynamic/findings.js';
import type { PipelineOptions } from './options.js';
import { timed } from './timed.js';

export interface JudgeInput {
  findings: EngineFinding[];
  sources: SourceFile[];
  /** Absent for scan: every finding is then in scope and new. */
  pr?: Pick<PullRequest, 'files'>;
  provenance?: Provenance;
  opts: PipelineOptions;
  /** The fuzz stage's evidence: DynCoverage for every finding it covered. */
  fuzz?: FuzzReport;
}

export interface JudgeContext {
  engines: Engine[];
  log: Logger;
  timings: Record<string, number>;
  repair?: RepairSupport;
  /** The model for `repair: llm|auto`. */
  llm?: LlmPort;
  /** The user's test command for candidates (`aigis fix` only). */
  tests?: TestRunner;
}

export interface Judgement {
  findings: Finding[];
  verdict: GateVerdict;
  diagnostics: Diagnostic[];
  repair?: RepairSummary;
}

export async function judge(input: JudgeInput, ctx: JudgeContext): Promise<Judgement> {
  const { opts } = input;
  const { log, timings } = ctx;
  const inScope = selectFindings(input.findings, opts.selection);
  const ranked = await timed(log, timings, 'rank', async () =>
    rank({
      findings: inScope,
      ...(input.pr ? { pr: input.pr } : {}),
      ...(input.provenance ? { provenance: input.provenance } : {}),
      weights: opts.weights,
      ...(opts.severity ? { severity: opts.severity } : {}),
    }),
  );
  const scored = input.fuzz ? applyDynamicCoverage(ranked, input.fuzz, opts.weights) : ranked;
  const suppressed = applySuppressions(scored, opts.suppressions, opts.today ?? today());
  let findings = suppressed.findings;
  const diagnostics = [...suppressed.diagnostics];
  let summary: RepairSummary | undefined;
  if (opts.repair !== 'off' && ctx.repair) {
    const support = ctx.repair;
    const strategy = opts.repair;
    const llm = ctx.llm && opts.llm ? createLlmRepairer(ctx.llm, opts.llm) : undefined;
    const run = await timed(log, timings, 'repair', () =>
      runRepairs({
        findings,
        engineFindings: inScope,
        sources: input.sources,
        engines: ctx.engines,
        support,
        strategy,
        ...(llm ? { llm } : {}),
        ...(ctx.tests ? { tests: ctx.tests } : {}),
      }),
    );
    findings = run.findings;
    diagnostics.push(...run.diagnostics);
    if (run.summary.overall.targets > 0 || run.summary.llm) summary = run.summary;
  }
  return {
    findings,
    // Repairs only add a proposal to a finding: the verdict never depends on what a model answered.
    verdict: gate(findings, opts.policy, opts.weights, opts.aiPolicy),
    diagnostics,
    ...(summary ? { repair: summary } : {}),
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
