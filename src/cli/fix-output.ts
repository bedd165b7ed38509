/** What `aigis fix` prints: git-style unified diffs, and one line per repair on stderr. */
import { createTwoFilesPatch } from 'diff';
import type { ReviewResult } from '../core/types.js';
import type { CombinedFile } from '../stages/repair/combine.js';

export function unifiedDiff(path: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
  });
  // jsdiff starts with an "Index:"-less "===" banner; `git apply` and `patch -p1` want the --- line first.
  return patch.replace(/^=+\n/, '');
}

export function fixSummary(result: ReviewResult, files: CombinedFile[], dryRun: boolean): string {
  const applied = new Set(files.flatMap((f) => f.applied));
  const lines: string[] = [];
  for (const f of result.findings) {
    const r = f.repair;
    if (!r) continue;
    const where = `${f.file}:${f.region.startLine} ${f.ruleId}`;
    if (applied.has(f.id)) {
      const by = r.provenance?.model ? `${r.strategy} fix by ${r.provenance.model}` : `${r.strategy} fix`;
      lines.push(`  ${dryRun ? 'would fix' : 'fixed'} ${where} (${by})`);
    } else {
      lines.push(
        `  not fixed ${where}: ${r.outcome === 'proposed' ? 'could not be combined with the other repairs' : r.rejectedBecause}`,
      );
    }
  }
  const verb = dryRun ? 'would change' : 'changed';
  const head = `aigis: ${verb} ${files.length} file(s), ${applied.size} finding(s) repaired`;
  const usage = result.repair?.llm;
  const llm = usage
    ? [
        `  LLM: ${usage.calls} call(s) to ${usage.model}, ${usage.promptTokens + usage.completionTokens} tokens${usage.costUsd !== undefined ? `, $${usage.costUsd.toFixed(4)}` : ''}${usage.budgetExhausted ? ' (token budget spent)' : ''}`,
      ]
    : [];
  return [head, ...lines, ...llm].join('\n') + '\n';
}
