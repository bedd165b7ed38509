/**
 * `aigis fix`: scan the files, repair the prioritised findings (verified, as everywhere), and
 * combine each file's verified repairs into the text to write — itself verified again. The shell
 * writes the files or prints the diff; this stays pure. The verdict is the gate over what would be
 * left once the repairs are applied.
 */
import type { Finding, ReviewResult } from '../core/types.js';
import { gate } from '../stages/gate/index.js';
import { combineRepairs, type CombinedFile } from '../stages/repair/combine.js';
import type { PipelineOptions } from './options.js';
import { scan, type ScanAdapters, type ScanInput } from './scan.js';

export interface FixOutput {
  result: ReviewResult;
  /** Files whose text changes, in path order. */
  files: CombinedFile[];
}

export async function fix(
  input: ScanInput,
  opts: PipelineOptions,
  adapters: ScanAdapters,
): Promise<FixOutput> {
  const result = await scan(input, opts, adapters);
  const files: CombinedFile[] = [];
  const support = adapters.repair;
  if (support) {
    for (const source of input.files) {
      if (!result.findings.some((f) => f.file === source.path && f.repair?.outcome === 'proposed')) continue;
      const combined = await combineRepairs(source, result.findings, { engines: adapters.engines, support });
      for (const left of combined.left) {
        result.diagnostics.push({
          level: 'warning',
          source: 'repair',
          file: source.path,
          message: `a verified repair was not applied: ${left.reason}`,
        });
      }
      if (combined.after !== combined.before) files.push(combined);
    }
  }
  const applied = new Set(files.flatMap((f) => f.applied));
  const left: Finding[] = result.findings.filter((f) => !applied.has(f.id));
  result.verdict = gate(left, opts.policy, opts.weights, opts.aiPolicy);
  return { result, files };
}
