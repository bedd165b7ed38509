/**
 * `aigis scan`: analyze files as they are, with no diff — every finding is in scope and reported
 * as new, so the gate policies keep their meaning.
 */
import type { Engine, SourceFile } from '../core/adapters.js';
import type { Logger } from '../core/logger.js';
import type { ReviewResult, SkippedFile } from '../core/types.js';
import { AIGIS_VERSION } from '../core/version.js';
import { analyze } from '../stages/analyze/index.js';
import { gate } from '../stages/gate/index.js';
import { rank } from '../stages/rank/index.js';
import { repairFindings, type RepairSupport } from '../stages/repair/index.js';
import type { PipelineOptions } from './options.js';
import { timed } from './timed.js';

export interface ScanInput {
  files: SourceFile[];
  skipped: SkippedFile[];
}

export interface ScanAdapters {
  engines: Engine[];
  log: Logger;
  repair?: RepairSupport;
}

export async function scan(
  input: ScanInput,
  opts: PipelineOptions,
  adapters: ScanAdapters,
): Promise<ReviewResult> {
  const { engines, log } = adapters;
  const timings: Record<string, number> = {};
  const analysis = await timed(log, timings, 'analyze', () => analyze(input.files, engines, log));
  let findings = await timed(log, timings, 'rank', async () =>
    rank({ findings: analysis.findings, weights: opts.weights }),
  );
  if (opts.repair !== 'off' && adapters.repair) {
    const support = adapters.repair;
    findings = await timed(log, timings, 'repair', () =>
      repairFindings({ findings, engineFindings: analysis.findings, sources: input.files, engines, support }),
    );
  }
  return {
    tool: { name: 'aigis', version: AIGIS_VERSION },
    mode: 'scan',
    files: input.files.map((f) => ({ path: f.path, language: f.language })),
    skipped: input.skipped,
    findings,
    rules: analysis.rules,
    engines: analysis.runs,
    weights: opts.weights,
    verdict: gate(findings, opts.policy, opts.weights),
    diagnostics: analysis.diagnostics,
    timings,
  };
}
