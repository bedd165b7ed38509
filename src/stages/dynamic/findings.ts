/**
 * What the fuzz evidence does to the findings: crashes no static finding explains become findings
 * of their own (engine `aflpp`), and every finding gets its DynCoverage and a score that uses it.
 */
import type { EngineFinding, Finding, FuzzCrash, FuzzReport, RuleMeta, Weights } from '../../core/types.js';
import { severityForCwes } from '../../core/severity.js';
import { dynamicCoverageOf } from '../../analyzers/aflpp/coverage.js';
import { score } from '../rank/score.js';
import { sortFindings } from '../rank/index.js';

export const AFLPP_ENGINE = 'aflpp';
/** A sanitizer report is a demonstrated memory error, as sure as CodeQL's very-high precision. */
export const CRASH_CONFIDENCE = 0.95;

export interface CrashFindings {
  findings: EngineFinding[];
  rules: RuleMeta[];
}

/**
 * Findings for the crashes whose stack passes through no static finding's region (those that do
 * are the static finding's evidence: DynCoverage 1). Resource exhaustion and unreadable crashes
 * stay in the fuzz report only.
 */
export function crashFindings(
  report: FuzzReport,
  staticFindings: readonly EngineFinding[],
  lineText: (file: string, line: number) => string | undefined,
): CrashFindings {
  const findings: EngineFinding[] = [];
  const rules = new Map<string, RuleMeta>();
  const heads = staticFindings.filter((f) => f.side === 'head' && f.engine !== AFLPP_ENGINE);
  for (const c of report.crashes) {
    if (!c.location || c.cwes.length === 0) continue;
    const explained = heads.some((f) =>
      c.stack.some((s) => s.file === f.file && s.line >= f.region.startLine && s.line <= f.region.endLine),
    );
    if (explained) continue;
    const ruleId = `aflpp/${c.kind}`;
    const text = lineText(c.location.file, c.location.line) ?? '';
    const indent = text.length - text.trimStart().length;
    const finding: EngineFinding = {
      ruleId,
      engine: AFLPP_ENGINE,
      cwes: c.cwes,
      message: crashMessage(c),
      file: c.location.file,
      side: 'head',
      region: {
        startLine: c.location.line,
        startColumn: indent + 1,
        endLine: c.location.line,
        endColumn: Math.max(text.length + 1, indent + 2),
      },
      snippet: text.trim(),
      context: c.location.function,
      staticConfidence: CRASH_CONFIDENCE,
      flow: c.stack.map((s) => ({
        file: s.file,
        region: { startLine: s.line, startColumn: 1, endLine: s.line, endColumn: 1 },
        message: `in ${s.function}`,
      })),
    };
    findings.push(finding);
    if (!rules.has(ruleId)) {
      rules.set(ruleId, {
        id: ruleId,
        name: c.kind,
        engine: AFLPP_ENGINE,
        cwes: c.cwes,
        message: `AFL++ with AddressSanitizer found a ${c.kind}`,
        description: `A fuzz input made the program perform a ${c.kind}, reported by the sanitizer. The crashing input is kept with the report (base64 in the JSON, a file in the artifacts directory).`,
        severity: severityForCwes(c.cwes),
        precision: 'very-high',
      });
    }
  }
  return { findings, rules: [...rules.values()] };
}

function crashMessage(c: FuzzCrash): string {
  const where = c.location ? ` in ${c.location.function}()` : '';
  const dupes = c.duplicates > 0 ? `, ${c.duplicates} more input(s) with the same stack` : '';
  return `Fuzzing (job ${c.job}) crashed with ${c.kind}${where}: ${c.summary}${dupes}. Reproduce with the crashing input from the report.`;
}

/**
 * DynCoverage for every head finding (fixed findings live on the base, which was not fuzzed), and
 * the score and priority that follow from it.
 */
export function applyDynamicCoverage(findings: Finding[], report: FuzzReport, weights: Weights): Finding[] {
  const out = findings.map((f) => {
    if (f.status === 'fixed') return f;
    const dyn = dynamicCoverageOf(report.coverage, report.crashes, f.file, f.region);
    const crashed = crashStatus(f, report.crashes);
    if (dyn === undefined && !crashed) return f;
    const s = score(f.staticConfidence, dyn, weights);
    return {
      ...f,
      ...(dyn !== undefined ? { dynamicCoverage: dyn } : {}),
      score: s,
      prioritized: s >= weights.threshold,
      ...(crashed ? { status: crashed, id: f.id.replace(/^(new|existing)-/, `${crashed}-`) } : {}),
    };
  });
  return sortFindings(out);
}

/**
 * A crash's own finding is new or existing as the base build decides (as CIFuzz does), not by
 * whether its line was edited: a PR can make old code crash by changing what calls it.
 */
function crashStatus(f: Finding, crashes: readonly FuzzCrash[]): Finding['status'] | undefined {
  if (f.engines.length !== 1 || f.engines[0] !== AFLPP_ENGINE) return undefined;
  return crashes.find(
    (c) =>
      `aflpp/${c.kind}` === f.ruleId && c.location?.file === f.file && c.location.line === f.region.startLine,
  )?.status;
}
