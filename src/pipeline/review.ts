/**
 * The whole pipeline on a PR: collect -> attribute -> analyze -> (select, rank, suppress, repair, gate:
 * see judge.ts); the shells render the reports.
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
import type { ReviewRequest } from './options.js';
import { recordingLogger } from './recording-logger.js';
import { timed } from './timed.js';
import type { RepairSupport } from '../stages/repair/index.js';
import type { LlmPort } from '../core/llm-port.js';
import { pathFilter } from '../core/path-filter.js';
import { judge } from './judge.js';
import { withSeverityOverrides } from '../stages/rank/index.js';
import type { FuzzAdapter } from '../analyzers/aflpp/types.js';
import { dynamicEvidence } from '../stages/dynamic/evidence.js';

export interface ReviewAdapters {
  git: GitAdapter;
  engines: Engine[];
  log: Logger;
  /** Needed for rule repairs: checks that a repaired file still parses. */
  repair?: RepairSupport;
  /** The model, when `repair: llm|auto` is configured. */
  llm?: LlmPort;
  /** AFL++, when `fuzz` is asked for: the dynamic half of analyze. */
  fuzz?: FuzzAdapter;
}

export async function review(req: ReviewRequest, adapters: ReviewAdapters): Promise<ReviewResult> {
  const { git, engines, log } = adapters;
  const timings: Record<string, number> = {};
  const diagnostics: Diagnostic[] = [];

  const baseRev = req.base ?? (await defaultBase(git));
  const headRev = req.head ?? 'HEAD';

  const pr = await timed(log, timings, 'collect', () =>
    collect(
      {
        base: baseRev,
        head: headRev,
        meta: req.meta,
        maxFileBytes: req.maxFileBytes,
        languageForPath,
        ...(req.paths || req.pathsIgnore ? { isIgnored: ignoredBy(req.paths, req.pathsIgnore) } : {}),
      },
      git,
      recordingLogger(log, 'collect', diagnostics),
    ),
  );
  const provenance = await timed(log, timings, 'attribute', async () =>
    attribute(pr, req.signatures ?? (signatureData as SignatureTable), (d) => {
      diagnostics.push(d);
      if (d.level === 'note') log.info(d.message);
      else log.warning(d.message);
    }),
  );
  const sources = sourcesOf(pr);
  const analysis = await timed(log, timings, 'analyze', () =>
    analyze(sources, engines, log, undefined, { base: pr.base, head: pr.head }),
  );
  const { fuzz } = adapters;
  const dynamic =
    req.fuzz && fuzz
      ? await timed(log, timings, 'fuzz', () => dynamicEvidence(pr, analysis.findings, req.fuzz!, fuzz, log))
      : undefined;
  const judged = await judge(
    {
      findings: dynamic ? [...analysis.findings, ...dynamic.findings] : analysis.findings,
      sources,
      pr,
      provenance,
      opts: req,
      ...(dynamic ? { fuzz: dynamic.report } : {}),
    },
    {
      engines,
      log,
      timings,
      ...(adapters.repair ? { repair: adapters.repair } : {}),
      ...(adapters.llm ? { llm: adapters.llm } : {}),
    },
  );

  return {
    tool: { name: 'aigis', version: AIGIS_VERSION },
    mode: 'review',
    base: pr.base,
    head: pr.head,
    meta: pr.meta,
    files: pr.files.map((f) => ({ path: f.path, language: f.language, status: f.status })),
    skipped: pr.skipped,
    provenance,
    findings: judged.findings,
    rules: withSeverityOverrides([...analysis.rules, ...(dynamic?.rules ?? [])], req.severity),
    engines: analysis.runs,
    weights: req.weights,
    verdict: judged.verdict,
    diagnostics: [
      ...diagnostics,
      ...analysis.diagnostics,
      ...(dynamic?.diagnostics ?? []),
      ...judged.diagnostics,
    ],
    timings,
    ...(judged.repair ? { repair: judged.repair } : {}),
    ...(dynamic ? { fuzz: dynamic.report } : {}),
  };
}

function ignoredBy(paths: string[] | undefined, ignore: string[] | undefined): (path: string) => boolean {
  const inScope = pathFilter(paths, ignore);
  return (path) => !inScope(path);
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
