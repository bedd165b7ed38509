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
} from '../core/types.js';
import { selectFindings } from '../stages/analyze/select.js';
import { gate } from '../stages/gate/index.js';
import { rank } from '../stages/rank/index.js';
import { repairFindings, type RepairSupport } from '../stages/repair/index.js';
import { applySuppressions } from '../stages/suppress/index.js';
import type { PipelineOptions } from './options.js';
import { timed } from './timed.js';

export interface JudgeInput {
  findings: EngineFinding[];
  sources: SourceFile[];
  /** Absent for scan: every finding is then in scope and new. */
  pr?: Pick<PullRequest, 'files'>;
  provenance?: Provenance;
  opts: PipelineOptions;
}

export interface JudgeContext {
  engines: Engine[];
  log: Logger;
  timings: Record<string, number>;
  repair?: RepairSupport;
}

export interface Judgement {
  findings: Finding[];
  verdict: GateVerdict;
  diagnostics: Diagnostic[];
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
  const suppressed = applySuppressions(ranked, opts.suppressions, opts.today ?? today());
  let findings = suppressed.findings;
  if (opts.repair !== 'off' && ctx.repair) {
    const support = ctx.repair;
    findings = await timed(log, timings, 'repair', () =>
      repairFindings({
        findings,
        engineFindings: inScope,
        sources: input.sources,
        engines: ctx.engines,
        support,
      }),
    );
  }
  return {
    findings,
    verdict: gate(findings, opts.policy, opts.weights, opts.aiPolicy),
    diagnostics: suppressed.diagnostics,
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
