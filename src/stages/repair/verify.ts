/**
 * Verification of a repair candidate, whoever wrote it (a rule or an LLM): the file still parses,
 * re-analysis with every static engine of the run shows the target gone and no new finding of any
 * CWE anywhere in the file, and — when a test command is configured — the user's tests pass. A
 * candidate that fails any of these is kept as `rejected`, with the reason, and never proposed.
 */
import type { Engine, SourceFile } from '../../core/adapters.js';
import { applyEdits } from '../../core/text-edits.js';
import type {
  EngineFinding,
  Finding,
  Language,
  Repair,
  RepairProvenance,
  ReviewGuidance,
  TextEdit,
} from '../../core/types.js';
import { fingerprint } from '../rank/fingerprint.js';

export interface RepairSupport {
  parses(language: Language, text: string): Promise<boolean>;
}

/**
 * Runs the user's tests on a copy of the project with one file replaced. Only `aigis fix` passes
 * one, and only when the configuration names a command: it runs PR code.
 */
export interface TestRunner {
  readonly command: string;
  run(file: { path: string; text: string }): Promise<{ passed: boolean; output: string }>;
}

/** A proposed change before verification. */
export interface Candidate {
  strategy: 'rule' | 'llm';
  edits: TextEdit[];
  explanation: string;
  reviewGuidance: ReviewGuidance;
  provenance: RepairProvenance;
}

export interface VerifyContext {
  /** What the engines found in the head files before any repair. */
  engineFindings: EngineFinding[];
  engines: Engine[];
  support: RepairSupport;
  tests?: TestRunner;
}

export async function verifyCandidate(
  finding: Finding,
  candidate: Candidate,
  source: SourceFile,
  ctx: VerifyContext,
): Promise<Repair> {
  const repair: Repair = {
    findingId: finding.id,
    strategy: candidate.strategy,
    edits: candidate.edits,
    explanation: candidate.explanation,
    reviewGuidance: candidate.reviewGuidance,
    verification: { targetRemoved: false, introduced: [], parses: false },
    outcome: 'rejected',
    provenance: candidate.provenance,
  };
  let fixed: string;
  try {
    fixed = applyEdits(source.text, candidate.edits);
  } catch (e) {
    return { ...repair, rejectedBecause: `the edits do not apply: ${(e as Error).message}` };
  }
  repair.verification.parses = await ctx.support.parses(source.language, fixed);
  if (!repair.verification.parses) return { ...repair, rejectedBecause: 'the fixed file does not parse' };

  const checked = await reanalyze(source, fixed, ctx);
  if ('error' in checked) return { ...repair, rejectedBecause: checked.error };
  const { introduced, targetLeft, targetBefore } = compare(
    finding.fingerprint,
    checked.before,
    checked.after,
  );
  repair.verification.targetRemoved = targetLeft < targetBefore;
  repair.verification.introduced = introduced;
  if (introduced.length > 0) {
    const cwes = cweList(introduced);
    const also = repair.verification.targetRemoved ? '' : '; and the finding is still there';
    return {
      ...repair,
      rejectedBecause: `it introduces ${introduced.length} new finding(s) (${cwes})${also}`,
    };
  }
  if (!repair.verification.targetRemoved)
    return { ...repair, rejectedBecause: 'the finding is still there after the change' };

  if (ctx.tests) {
    let tests: { passed: boolean; output: string };
    try {
      tests = await ctx.tests.run({ path: source.path, text: fixed });
    } catch (e) {
      tests = { passed: false, output: e instanceof Error ? e.message : String(e) };
    }
    repair.verification.tests = { command: ctx.tests.command, ...tests };
    if (!tests.passed) return { ...repair, rejectedBecause: `the test command failed: ${ctx.tests.command}` };
  }
  return { ...repair, outcome: 'proposed' };
}

/**
 * The file's findings before (from the run) and after the change (every engine again). An engine
 * that fails leaves the candidate unverified: it might have found what the change introduced.
 */
export async function reanalyze(
  source: SourceFile,
  text: string,
  ctx: Pick<VerifyContext, 'engineFindings' | 'engines'>,
): Promise<{ before: EngineFinding[]; after: EngineFinding[] } | { error: string }> {
  const before = ctx.engineFindings.filter((e) => e.side === source.side && e.file === source.path);
  const after: EngineFinding[] = [];
  for (const engine of ctx.engines) {
    try {
      const r = await engine.analyze([{ ...source, text }]);
      after.push(...r.findings);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { error: `engine ${engine.name} failed on the fixed file: ${why}` };
    }
  }
  return { before, after };
}

/** Matches after to before by fingerprint, counting duplicates: what is left over was introduced. */
export function compare(
  target: string | undefined,
  before: EngineFinding[],
  after: EngineFinding[],
): { introduced: EngineFinding[]; targetLeft: number; targetBefore: number } {
  const remaining = new Map<string, number>();
  for (const f of before) {
    const fp = fingerprint(f);
    remaining.set(fp, (remaining.get(fp) ?? 0) + 1);
  }
  const introduced: EngineFinding[] = [];
  let targetLeft = 0;
  for (const f of after) {
    const fp = fingerprint(f);
    if (fp === target) targetLeft++;
    const n = remaining.get(fp) ?? 0;
    if (n > 0) remaining.set(fp, n - 1);
    else introduced.push(f);
  }
  const targetBefore = before.filter((f) => fingerprint(f) === target).length;
  return { introduced, targetLeft, targetBefore };
}

export function cweList(findings: EngineFinding[]): string {
  const cwes = [...new Set(findings.flatMap((f) => f.cwes))].sort((a, b) => a - b);
  return cwes.length > 0 ? cwes.map((c) => `CWE-${c}`).join(', ') : 'no CWE';
}
