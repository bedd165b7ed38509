/**
 * The fuzz stage as review calls it: run the jobs the PR needs, then turn their crashes into
 * findings where no static finding explains them.
 */
import type { Logger } from '../../core/logger.js';
import type { Diagnostic, EngineFinding, FuzzReport, PullRequest, RuleMeta } from '../../core/types.js';
import type { FuzzAdapter, FuzzSettings } from '../../analyzers/aflpp/types.js';
import { crashFindings } from './findings.js';
import { fuzzStage } from './index.js';

export interface DynamicEvidence {
  report: FuzzReport;
  /** Findings of engine `aflpp`, for crashes with no static counterpart. */
  findings: EngineFinding[];
  rules: RuleMeta[];
  diagnostics: Diagnostic[];
}

export async function dynamicEvidence(
  pr: Pick<PullRequest, 'base' | 'head' | 'files' | 'skipped'>,
  staticFindings: readonly EngineFinding[],
  settings: FuzzSettings,
  fuzz: FuzzAdapter,
  log: Logger,
): Promise<DynamicEvidence> {
  const changed = [
    ...pr.files.filter((f) => f.status !== 'deleted').map((f) => f.path),
    ...pr.skipped.map((s) => s.path),
  ];
  const outcome = await fuzzStage({ base: pr.base, head: pr.head, changed, settings }, fuzz, log);
  const heads = new Map(pr.files.map((f) => [f.path, f.headText?.split('\n')]));
  const crashes = crashFindings(outcome.report, staticFindings, (file, line) => heads.get(file)?.[line - 1]);
  return { report: outcome.report, ...crashes, diagnostics: outcome.diagnostics };
}
