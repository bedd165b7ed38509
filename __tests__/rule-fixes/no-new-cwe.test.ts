/**
 * The property every rule fix must have, checked over all the rules' vulnerable fixtures: applied
 * alone, a fix leaves a file that parses, removes the finding it was made for, and — re-analysed
 * with ALL built-in rules, not only its own — shows no finding of a CWE the file did not have before.
 * A fix that swaps one weakness for another (a parameterised query that now builds a path from
 * input, an escaped value that is now evaluated) fails here.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { SourceFile } from '../../src/core/adapters.js';
import { applyEdits } from '../../src/core/text-edits.js';
import type { EngineFinding } from '../../src/core/types.js';
import { createBuiltinEngine } from '../../src/analyzers/builtin/engine.js';
import { loadRules } from '../../src/analyzers/builtin/rule-loader.js';
import { languageForPath } from '../../src/parsing/languages.js';
import { fingerprint } from '../../src/stages/rank/fingerprint.js';
import { modelFilePaths, parser, read, repoRoot, ruleFilePaths } from '../builtin/helpers.js';

const rules = loadRules(ruleFilePaths().map((p) => ({ path: relative(repoRoot, p), text: read(p) }))).rules;
const models = loadRules(
  modelFilePaths().map((p) => ({ path: relative(repoRoot, p), text: read(p) })),
).models;
const engine = createBuiltinEngine({ rules, models, parser: parser() });
afterAll(() => engine.dispose());

/** Every rule with a fix, with its vulnerable fixtures (not the `.fixed` files). */
const cases = rules
  .filter((r) => r.fix)
  .flatMap((r) => {
    const abs = join(repoRoot, r.source);
    const dir = dirname(abs);
    return readdirSync(dir)
      .filter((f) => f.startsWith(`${r.id}.`) && !f.endsWith('.yml') && !f.includes('.fixed.'))
      .map((f) => [r.id, relative(repoRoot, join(dir, f))] as const);
  });

async function analyze(path: string, text: string): Promise<EngineFinding[]> {
  const source: SourceFile = { path, language: languageForPath(path)!, text, side: 'head' };
  const out = await engine.analyze([source]);
  expect(out.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  return out.findings;
}

const line = (f: EngineFinding) => `${basename(f.file)}:${f.region.startLine}`;

describe('every rule fix, applied alone to a vulnerable fixture', () => {
  it('has fixtures to run on', () => {
    expect(cases.length).toBeGreaterThanOrEqual(rules.filter((r) => r.fix).length);
  });

  it.each(cases)('%s on %s: parses, removes its target, brings no new CWE', async (id, path) => {
    const text = read(join(repoRoot, path));
    const language = languageForPath(path)!;
    const before = await analyze(path, text);
    const cwesBefore = new Set(before.flatMap((f) => f.cwes));
    const targets = before.filter((f) => f.ruleId === id && f.fix);
    expect(targets.length).toBeGreaterThan(0);

    const problems: string[] = [];
    for (const target of targets) {
      const fixed = applyEdits(text, target.fix!.edits);
      if (!(await parser().parses(language, fixed))) {
        problems.push(`${line(target)}: the fixed file does not parse`);
        continue;
      }
      const after = await analyze(path, fixed);
      const fp = fingerprint(target);
      const left = after.filter((f) => fingerprint(f) === fp).length;
      const had = before.filter((f) => fingerprint(f) === fp).length;
      if (left >= had) problems.push(`${line(target)}: the finding is still there`);
      for (const f of after)
        for (const cwe of f.cwes)
          if (!cwesBefore.has(cwe))
            problems.push(`${line(target)}: introduces CWE-${cwe} (${f.ruleId} at ${line(f)})`);
    }
    expect(problems).toEqual([]);
  });
});
