/**
 * `npm run bench:repair`: rule repairs on the project's vulnerable fixtures, printed (not asserted).
 *
 * Every finding that a rule's fix applies to, in every rule's fixtures (`rules/<lang>/<id>.<ext>`),
 * is repaired alone and verified the way the repair stage verifies a candidate: the fixed file must
 * parse, the finding must be gone (by fingerprint), and re-analysis with ALL built-in rules must show
 * no finding that was not there before ("introduced"; counted both as findings and as CWEs the file
 * did not have). A repair succeeds when all three hold.
 *
 * Latency per repair: applying the edits, the parse check and the re-analysis of the file with every
 * rule — what one verified rule repair costs. The fix itself is rendered during analysis.
 *
 * `--failures` lists every unsuccessful repair (default: the first 20).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { createNodeGrammarLoader } from '../src/adapters/grammars.js';
import { createBuiltinEngine } from '../src/analyzers/builtin/engine.js';
import { loadRules } from '../src/analyzers/builtin/rule-loader.js';
import type { SourceFile } from '../src/core/adapters.js';
import { applyEdits } from '../src/core/text-edits.js';
import type { EngineFinding } from '../src/core/types.js';
import { languageForPath } from '../src/parsing/languages.js';
import { createParserService } from '../src/parsing/parser.js';
import { fingerprint } from '../src/stages/rank/fingerprint.js';
import { compare } from '../src/stages/repair/verify.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const allFailures = process.argv.includes('--failures');

const parser = createParserService(createNodeGrammarLoader());
const ruleFiles = fg
  .sync('**/*.yml', { cwd: join(root, 'rules'), absolute: true })
  .sort()
  .map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
const loaded = loadRules(ruleFiles);
for (const d of loaded.diagnostics) console.error(d.message);
const engine = createBuiltinEngine({ rules: loaded.rules, models: loaded.models, parser });

async function analyze(source: SourceFile): Promise<EngineFinding[]> {
  const out = await engine.analyze([source]);
  for (const d of out.diagnostics) if (d.level === 'error') console.error(`  ! ${d.message}`);
  return out.findings;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

interface PerRule {
  rule: string;
  repairs: number;
  ok: number;
}

const fixable = loaded.rules.filter((r) => r.fix);
const perRule: PerRule[] = [];
const latencies: number[] = [];
const failures: string[] = [];
let repairs = 0;
let succeeded = 0;
let notParsing = 0;
let targetLeft = 0;
let introducedRepairs = 0;
let introducedFindings = 0;
let introducedCweRepairs = 0;
let vulnerableFindings = 0;

for (const rule of fixable) {
  const dir = dirname(join(root, rule.source));
  const fixtures = readdirSync(dir).filter(
    (f) => f.startsWith(`${rule.id}.`) && !f.endsWith('.yml') && !f.includes('.fixed.'),
  );
  const row: PerRule = { rule: rule.id, repairs: 0, ok: 0 };
  for (const name of fixtures) {
    const path = relative(root, join(dir, name));
    const language = languageForPath(path)!;
    const text = readFileSync(join(dir, name), 'utf8');
    const source: SourceFile = { path, language, text, side: 'head' };
    const before = await analyze(source);
    const own = before.filter((f) => f.ruleId === rule.id);
    vulnerableFindings += own.length;
    const cwesBefore = new Set(before.flatMap((f) => f.cwes));
    for (const target of own.filter((f) => f.fix)) {
      repairs++;
      row.repairs++;
      const where = `${path}:${target.region.startLine}`;
      const t = performance.now();
      const fixed = applyEdits(text, target.fix!.edits);
      const parses = await parser.parses(language, fixed);
      const after = parses ? await analyze({ ...source, text: fixed }) : [];
      latencies.push(performance.now() - t);
      if (!parses) {
        notParsing++;
        failures.push(`${where}: the fixed file does not parse`);
        continue;
      }
      // The repair stage's own comparison, so the bench measures what the stage would propose.
      const { introduced, targetLeft: left, targetBefore } = compare(fingerprint(target), before, after);
      const removed = left < targetBefore;
      const newCwes = [...new Set(introduced.flatMap((f) => f.cwes))].filter((c) => !cwesBefore.has(c));
      if (!removed) {
        targetLeft++;
        failures.push(`${where}: the finding is still there`);
      }
      if (introduced.length > 0) {
        introducedRepairs++;
        introducedFindings += introduced.length;
        failures.push(
          `${where}: introduces ${introduced.map((f) => `${f.ruleId} (CWE-${f.cwes.join('/')}) at line ${f.region.startLine}`).join(', ')}`,
        );
      }
      if (newCwes.length > 0) introducedCweRepairs++;
      if (removed && introduced.length === 0) {
        succeeded++;
        row.ok++;
      }
    }
  }
  perRule.push(row);
}
engine.dispose();

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const sorted = [...latencies].sort((a, b) => a - b);
const ms = (x: number) => `${x.toFixed(1)} ms`;

console.log('Rule repairs on the rules’ own vulnerable fixtures');
console.log(`  rules with a fix:                 ${fixable.length} of ${loaded.rules.length}`);
console.log(`  findings of those rules:          ${vulnerableFindings}`);
console.log(`  with a fix offered:               ${repairs} (${pct(repairs, vulnerableFindings)})`);
console.log(`  repair success:                   ${succeeded}/${repairs} (${pct(succeeded, repairs)})`);
console.log(`    fixed file does not parse:      ${notParsing}`);
console.log(`    target still there:             ${targetLeft}`);
console.log(`    repairs introducing a finding:  ${introducedRepairs} (${introducedFindings} findings)`);
console.log(`    ... of a CWE new to the file:   ${introducedCweRepairs}`);
console.log(
  `  latency per verified repair:      median ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, max ${ms(sorted[sorted.length - 1] ?? NaN)}`,
);
console.log('\n  per rule (successful / offered):');
for (const r of perRule) console.log(`    ${r.rule.padEnd(44)} ${r.ok}/${r.repairs}`);
if (failures.length > 0) {
  console.log('\n  unsuccessful repairs:');
  for (const f of allFailures ? failures : failures.slice(0, 20)) console.log(`    ${f}`);
  if (!allFailures && failures.length > 20) console.log(`    ... ${failures.length - 20} more (--failures)`);
}
