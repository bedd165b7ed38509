/**
 * `aigis merge`: the results of the jobs of a fuzz matrix (each a review of the same PR with some
 * of the fuzz jobs) as one result. The static findings are the same in every shard; what differs is
 * the dynamic evidence, so coverage is united line by line, crashes are united, and every finding's
 * DynCoverage, score and the verdict are computed again from the union.
 */
import type { Finding, FuzzCrash, FuzzReport, GatePolicy, ReviewResult } from '../../core/types.js';
import { mergeFileCoverage } from '../../analyzers/aflpp/coverage.js';
import { gate } from '../gate/index.js';
import { sortFindings } from '../rank/index.js';
import { applyDynamicCoverage } from './findings.js';

export function mergeResults(results: ReviewResult[], policy?: GatePolicy): ReviewResult {
  if (results.length === 0) throw new Error('nothing to merge');
  const [first, ...rest] = results as [ReviewResult, ...ReviewResult[]];
  for (const r of rest) {
    if (r.base !== first.base || r.head !== first.head) {
      throw new Error(
        `the results are of different revisions (${short(first.base)}...${short(first.head)} and ${short(r.base)}...${short(r.head)}): merge the shards of one PR only`,
      );
    }
  }
  const fuzz = mergeFuzz(results.map((r) => r.fuzz).filter((f): f is FuzzReport => f !== undefined));
  const findings = new Map<string, Finding>();
  for (const r of results) {
    for (const f of r.findings) {
      const key = `${f.status}|${f.ruleId}|${f.fingerprint}|${f.file}|${f.region.startLine}`;
      if (!findings.has(key)) findings.set(key, withoutDynamic(f));
    }
  }
  const merged = sortFindings([...findings.values()]);
  const scored = fuzz ? applyDynamicCoverage(merged, fuzz, first.weights) : merged;
  const rules = new Map(results.flatMap((r) => r.rules).map((rule) => [rule.id, rule]));
  const seen = new Set<string>();
  const diagnostics = results
    .flatMap((r) => r.diagnostics)
    .filter((d) => {
      const key = `${d.level}|${d.source}|${d.file ?? ''}|${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    ...first,
    findings: scored,
    rules: [...rules.values()],
    diagnostics,
    verdict: gate(scored, policy ?? first.verdict.policy, first.weights, first.verdict.aiPolicy),
    ...(fuzz ? { fuzz } : {}),
  };
}

/** The score from static evidence alone, before the united dynamic evidence is applied again. */
function withoutDynamic(f: Finding): Finding {
  if (f.dynamicCoverage === undefined) return f;
  const { dynamicCoverage: _dropped, ...rest } = f;
  return rest as Finding;
}

export function mergeFuzz(reports: FuzzReport[]): FuzzReport | undefined {
  if (reports.length === 0) return undefined;
  const jobs = new Map(reports.flatMap((r) => r.jobs).map((j) => [j.name, j]));
  const crashes = new Map<string, FuzzCrash>();
  for (const c of reports.flatMap((r) => r.crashes)) {
    const key = `${c.job}|${c.kind}|${c.location?.file ?? ''}:${c.location?.line ?? ''}`;
    if (!crashes.has(key)) crashes.set(key, c);
  }
  const ran = reports.filter((r) => !r.skipped);
  const skipped = ran.length === 0 ? reports[0]!.skipped : undefined;
  const tool = reports.find((r) => r.tool)?.tool;
  return {
    seconds: Math.max(...reports.map((r) => r.seconds)),
    ...(tool ? { tool } : {}),
    jobs: [...jobs.values()].sort((a, b) => a.name.localeCompare(b.name)),
    crashes: [...crashes.values()],
    ...(skipped ? { skipped } : {}),
    ...(ran.some((r) => r.networkIsolated === false)
      ? { networkIsolated: false }
      : ran.length > 0
        ? { networkIsolated: true }
        : {}),
    coverage: reports.map((r) => r.coverage).reduce(mergeFileCoverage, {}),
  };
}

function short(rev: string | undefined): string {
  return rev ? rev.slice(0, 12) : '?';
}
