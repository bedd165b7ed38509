/**
 * The whole pipeline on a PR: collect -> attribute -> analyze -> rank -> repair -> (report) -> gate.
 * Pure composition of the stages; every I/O goes through the adapters passed in.
 */
import type { Engine, GitAdapter } from '../core/adapters.js';
import type { Logger } from '../core/logger.js';
import type { Diagnostic, ReviewResult } from '../core/types.js';
import { AIGIS_VERSION } from '../core/version.js';
import signatureData from '../data/ai-signatures.json' with { type: 'json' };
import { languageForPath } from '../parsing/languages.js';
import { analyze, sourcesOf } from '../stages/analyze/index.js';
import { attribute } from '../stages/attribute/index.js';
import type { SignatureTable } from '../stages/attribute/signatures.js';
import { collect } from '../stages/collect/index.js';
import { gate } from '../stages/gate/index.js';
import { rank } from '../stages/rank/index.js';
import type { ReviewRequest } from './options.js';
import { recordingLogger } from './recording-logger.js';
import { timed } from './timed.js';
import { repairFindings, type RepairSupport } from '../stages/repair/index.js';

export interface ReviewAdapters {
  git: GitAdapter;
  engines: Engine[];
  log: Logger;
  /** Needed for rule repairs: checks that a repaired file still parses. */
  repair?: RepairSupport;
}

export async function review(req: ReviewRequest, adapters: ReviewAdapters): Promise<ReviewResult> {
  const { git, engines, log } = adapters;
  const timings: Record<string, number> = {};
  const diagnostics: Diagnostic[] = [];

  const baseRev = req.base ?? (await defaultBase(git));
  const headRev = req.head ?? 'HEAD';

  const pr = await timed(log, timings, 'collect', () =>
    collect(
      { base: baseRev, head: headRev, meta: req.meta, maxFileBytes: req.maxFileBytes, languageForPath },
      git,
      recordingLogger(log, 'collect', diagnostics),
    ),
  );
  const provenance = await timed(log, timings, 'attribute', async () =>
    attribute(pr, signatureData as SignatureTable),
  );
  const sources = sourcesOf(pr);
  const analysis = await timed(log, timings, 'analyze', () => analyze(sources, engines, log));
  let findings = await timed(log, timings, 'rank', async () =>
    rank({ findings: analysis.findings, pr, provenance, weights: req.weights }),
  );
  if (req.repair !== 'off' && adapters.repair) {
    const support = adapters.repair;
    findings = await timed(log, timings, 'repair', () =>
      repairFindings({ findings, engineFindings: analysis.findings, sources, engines, support }),
    );
  }
  const verdict = gate(findings, req.policy, req.weights);

  return {
    tool: { name: 'aigis', version: AIGIS_VERSION },
    mode: 'review',
    base: pr.base,
    head: pr.head,
    meta: pr.meta,
    files: pr.files.map((f) => ({ path: f.path, language: f.language, status: f.status })),
    skipped: pr.skipped,
    provenance,
    findings,
    rules: analysis.rules,
    engines: analysis.runs,
    weights: req.weights,
    verdict,
    diagnostics: [...diagnostics, ...analysis.diagnostics],
    timings,
  };
}

async function defaultBase(git: GitAdapter): Promise<string> {
  const branch = await git.defaultBranch();
  if (!branch) {
    throw new Error(
      'no --base given and no default branch found (origin/HEAD, main or master): pass --base <rev>',
    );
  }
  return branch;
}
