/**
 * Several verified repairs in one file were each checked against the original text; together they
 * might overlap or interact. They are combined one at a time, and each addition is verified again
 * on the combined text (parses, no finding that the original did not have), so the file written is
 * itself verified. A repair that does not combine is left out, with the reason.
 */
import type { SourceFile } from '../../core/adapters.js';
import { applyEdits } from '../../core/text-edits.js';
import type { EngineFinding, Finding, TextEdit } from '../../core/types.js';
import { compare, cweList, reanalyze, type VerifyContext } from './verify.js';

export interface CombinedFile {
  path: string;
  before: string;
  after: string;
  /** Ids of the findings whose repairs are in `after`. */
  applied: string[];
  /** Repairs left out, by finding id, and why. */
  left: { findingId: string; reason: string }[];
}

export async function combineRepairs(
  source: SourceFile,
  findings: Finding[],
  ctx: Pick<VerifyContext, 'engines' | 'support'>,
): Promise<CombinedFile> {
  const out: CombinedFile = {
    path: source.path,
    before: source.text,
    after: source.text,
    applied: [],
    left: [],
  };
  let edits: TextEdit[] = [];
  let before: { findings: EngineFinding[] } | { error: string } | undefined;
  const repaired = findings.filter((f) => f.file === source.path && f.repair?.outcome === 'proposed');
  for (const f of repaired) {
    const trial = [...edits, ...f.repair!.edits];
    let text: string;
    try {
      text = applyEdits(source.text, trial);
    } catch (e) {
      out.left.push({ findingId: f.id, reason: `it conflicts with another repair: ${(e as Error).message}` });
      continue;
    }
    // The first repair was verified on exactly this text already.
    if (out.applied.length > 0) {
      before ??= await analyzeOriginal(source, ctx);
      const problem =
        'error' in before
          ? before.error
          : await check(source, text, { ...ctx, engineFindings: before.findings });
      if (problem) {
        out.left.push({ findingId: f.id, reason: `combined with the other repairs, ${problem}` });
        continue;
      }
    }
    edits = trial;
    out.after = text;
    out.applied.push(f.id);
  }
  return out;
}

async function analyzeOriginal(
  source: SourceFile,
  ctx: Pick<VerifyContext, 'engines'>,
): Promise<{ findings: EngineFinding[] } | { error: string }> {
  const r = await reanalyze(source, source.text, { engines: ctx.engines, engineFindings: [] });
  return 'error' in r ? r : { findings: r.after };
}

async function check(
  source: SourceFile,
  text: string,
  ctx: Pick<VerifyContext, 'engineFindings' | 'engines' | 'support'>,
): Promise<string | undefined> {
  if (!(await ctx.support.parses(source.language, text))) return 'the file does not parse';
  const checked = await reanalyze(source, text, ctx);
  if ('error' in checked) return checked.error;
  const { introduced } = compare(undefined, checked.before, checked.after);
  return introduced.length > 0 ? `it introduces ${cweList(introduced)}` : undefined;
}
