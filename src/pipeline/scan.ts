/**
 * `aigis scan`: analyze files as they are, with no diff — every finding is in scope and reported
 * as new, so the gate policies keep their meaning.
 */
import type { Engine, SourceFile } from '../core/adapters.js';
import type { Logger } from '../core/logger.js';
import type { ReviewResult, SkippedFile } from '../core/types.js';
import { AIGIS_VERSION } from '../core/version.js';
import { analyze } from '../stages/analyze/index.js';
import type { RepairSupport, TestRunner } from '../stages/repair/index.js';
import type { LlmPort } from '../core/llm-port.js';
import { judge } from './judge.js';
import { withSeverityOverrides } from '../stages/rank/index.js';
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
  llm?: LlmPort;
  /** The user's test command for repair candidates (`aigis fix` only). */
  tests?: TestRunner;
}

export async function scan(
  input: ScanInput,
  opts: PipelineOptions,
  adapters: ScanAdapters,
): Promise<ReviewResult> {
  const { engines, log } = adapters;
  const timings: Record<string, number> = {};
  const analysis = await timed(log, timings, 'analyze', () => analyze(input.files, engines, log));
  const judged = await judge(
    { findings: analysis.findings, sources: input.files, opts },
    {
      engines,
      log,
      timings,
      ...(adapters.repair ? { repair: adapters.repair } : {}),
      ...(adapters.llm ? { llm: adapters.llm } : {}),
      ...(adapters.tests ? { tests: adapters.tests } : {}),
    },
  );
  return {
    tool: { name: 'aigis', version: AIGIS_VERSION },
    mode: 'scan',
    files: input.files.map((f) => ({ path: f.path, language: f.language })),
    skipped: input.skipped,
    findings: judged.findings,
    rules: withSeverityOverrides(analysis.rules, opts.severity),
    engines: analysis.runs,
    weights: opts.weights,
    verdict: judged.verdict,
    diagnostics: [...analysis.diagnostics, ...judged.diagnostics],
    timings,
    ...(judged.repair ? { repair: judged.repair } : {}),
  };
}
