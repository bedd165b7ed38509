/**
 * The verified repairs of a review turned into whole-file changes for a fix commit or fix PR. Each
 * repair was verified alone; applied together in one file they are verified again, because two
 * fixes that are each sound may not be sound together (both add the same import, one fix's
 * rewrite lands in another's region). The texts come in as a function, the engines as ports.
 */
import type { Engine } from '../core/adapters.js';
import type { Finding, Language, ReviewResult } from '../core/types.js';
import { ordered } from '../report/summary.js';
import { combineRepairs } from '../stages/repair/combine.js';
import { isVerified } from './review-comments.js';

export interface FixChange {
  path: string;
  language: Language;
  before: string;
  after: string;
  /** The findings whose repairs this change applies, highest score first. */
  findings: Finding[];
}

export interface SkippedFix {
  finding: Finding;
  reason: string;
}

export interface FixPlan {
  changes: FixChange[];
  skipped: SkippedFix[];
}

export interface ChangeCheck {
  parses(language: Language, text: string): Promise<boolean>;
  engines: Engine[];
}

/**
 * The verified repairs of new findings, file by file, best score first, combined and verified again
 * on the whole file (see combineRepairs); a repair that does not combine waits for the next run,
 * which reviews the fixed code.
 */
export async function planFixChanges(
  result: Pick<ReviewResult, 'findings' | 'files'>,
  textOf: (path: string) => string | undefined,
  check: ChangeCheck,
): Promise<FixPlan> {
  const plan: FixPlan = { changes: [], skipped: [] };
  const candidates = ordered(
    result.findings.filter((f) => f.status === 'new' && !f.suppressed && isVerified(f.repair)),
  );
  const byFile = new Map<string, Finding[]>();
  for (const f of candidates) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [path, findings] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const language = result.files.find((x) => x.path === path)?.language;
    const text = textOf(path);
    if (!language || text === undefined) {
      for (const finding of findings)
        plan.skipped.push({ finding, reason: `the head version of ${path} could not be read` });
      continue;
    }
    const elsewhere = findings.filter((f) => f.repair!.edits.some((e) => e.file !== path));
    for (const finding of elsewhere) plan.skipped.push({ finding, reason: 'its repair edits another file' });
    const combined = await combineRepairs(
      { path, language, text, side: 'head' },
      findings.filter((f) => !elsewhere.includes(f)),
      { engines: check.engines, support: { parses: check.parses } },
    );
    for (const left of combined.left) {
      const finding = findings.find((f) => f.id === left.findingId);
      if (finding) plan.skipped.push({ finding, reason: left.reason });
    }
    const applied = findings.filter((f) => combined.applied.includes(f.id));
    if (applied.length > 0 && combined.after !== text)
      plan.changes.push({ path, language, before: text, after: combined.after, findings: applied });
  }
  return plan;
}
