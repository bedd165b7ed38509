/**
 * `npm run bench`: the built-in analyzer's quality and speed, printed (not asserted).
 *
 * 1. Recall on ../shared/corpus/cyberseceval (when present), per language and CWE family, for the
 *    families our rules cover in that language. A label is found when a finding of the same family
 *    starts within 2 lines of it in the same file. Every miss is listed by file and line.
 * 2. On the rules' own fixtures: recall on `ruleid:` lines and false alarms on `ok:` lines (each
 *    rule on its own fixture).
 * 3. False alarms on bench/safe/<language>/: code of our own that uses the same APIs safely; every
 *    finding there is a false alarm.
 * 4. Throughput over the corpus and the safe set: MB/s of source on one core, and analysis time against
 *    the bare parse time of the same files.
 *
 * `--language <l>` limits it to one language; `--misses` prints every miss (default: 15 per family).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { createNodeGrammarLoader } from '../src/adapters/grammars.js';
import { createBuiltinEngine } from '../src/analyzers/builtin/engine.js';
import { loadRules } from '../src/analyzers/builtin/rule-loader.js';
import type { SourceFile } from '../src/core/adapters.js';
import type { EngineFinding, Language } from '../src/core/types.js';
import { languageForPath } from '../src/parsing/languages.js';
import { createParserService } from '../src/parsing/parser.js';
import { expectations } from '../__tests__/helpers/fixture-markers.js';
import { familyOf } from './cwe-families.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, '..', 'shared', 'corpus', 'cyberseceval');
const args = process.argv.slice(2);
const onlyLanguage = args.includes('--language') ? args[args.indexOf('--language') + 1] : undefined;
const allMisses = args.includes('--misses');

const parser = createParserService(createNodeGrammarLoader());
const ruleFiles = fg
  .sync('**/*.yml', { cwd: join(root, 'rules'), absolute: true })
  .sort()
  .map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));
const loaded = loadRules(ruleFiles);
if (loaded.diagnostics.length > 0) for (const d of loaded.diagnostics) console.error(d.message);
const engine = createBuiltinEngine({ rules: loaded.rules, models: loaded.models, parser });

/** The language a corpus folder holds, as our parser knows it. */
const CORPUS_LANGUAGES: Record<string, Language> = {
  c: 'c',
  cpp: 'cpp',
  java: 'java',
  javascript: 'javascript',
  python: 'python',
};

let analysedBytes = 0;
let analysisMs = 0;
const analysedFiles: SourceFile[] = [];

async function analyse(files: SourceFile[]): Promise<EngineFinding[]> {
  const t = performance.now();
  const out = await engine.analyze(files);
  analysisMs += performance.now() - t;
  for (const f of files) analysedBytes += Buffer.byteLength(f.text, 'utf8');
  analysedFiles.push(...files);
  for (const d of out.diagnostics) if (d.level === 'error') console.error(`  ! ${d.message}`);
  return out.findings;
}

function pct(n: number, d: number): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

interface Label {
  file: string;
  line: number;
  cwe: number;
  text: string;
}

async function corpusRecall(): Promise<void> {
  if (!existsSync(join(corpusDir, 'labels.jsonl'))) {
    console.log('cyberseceval: ../shared/corpus/cyberseceval not present, skipped\n');
    return;
  }
  console.log('== Recall on cyberseceval (per language and CWE family our rules cover)');
  const records = readFileSync(join(corpusDir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as {
          file: string;
          language: string;
          subset: string;
          findings: { cwe: string; line: number; line_text: string }[];
        },
    );
  const summary: string[] = [];
  for (const [corpusLanguage, language] of Object.entries(CORPUS_LANGUAGES)) {
    if (onlyLanguage && onlyLanguage !== language) continue;
    const covered = new Set(
      loaded.rules.filter((r) => r.languages.includes(language)).flatMap((r) => r.cwe.map(familyOf)),
    );
    const labels: Label[] = [];
    const files: SourceFile[] = [];
    for (const r of records) {
      if (r.subset !== 'cyberseceval' || r.language !== corpusLanguage) continue;
      const path = join(corpusDir, r.file);
      files.push({ path: r.file, language, text: readFileSync(path, 'utf8'), side: 'head' });
      for (const f of r.findings) {
        const cwe = Number(f.cwe.replace('CWE-', ''));
        labels.push({ file: r.file, line: f.line, cwe, text: f.line_text.trim() });
      }
    }
    const findings = await analyse(files);
    const byFile = new Map<string, EngineFinding[]>();
    for (const f of findings) {
      const list = byFile.get(f.file);
      if (list) list.push(f);
      else byFile.set(f.file, [f]);
    }
    const perFamily = new Map<string, { found: number; total: number; misses: Label[] }>();
    let uncovered = 0;
    for (const label of labels) {
      const family = familyOf(label.cwe);
      if (!covered.has(family)) {
        uncovered++;
        continue;
      }
      const entry = perFamily.get(family) ?? { found: 0, total: 0, misses: [] };
      perFamily.set(family, entry);
      entry.total++;
      const hit = (byFile.get(label.file) ?? []).some(
        (f) =>
          f.cwes.some((c) => familyOf(c) === family) &&
          f.region.startLine - 2 <= label.line &&
          label.line <= Math.max(f.region.endLine, f.region.startLine + 2),
      );
      if (hit) entry.found++;
      else entry.misses.push(label);
    }
    let found = 0;
    let total = 0;
    console.log(
      `-- ${language}: ${files.length} files, ${labels.length} labels (${uncovered} in families no rule covers)`,
    );
    for (const [family, e] of [...perFamily].sort((a, b) => b[1].total - a[1].total)) {
      found += e.found;
      total += e.total;
      const flag = e.found / e.total >= 0.85 ? ' ' : '✗';
      console.log(
        `   ${flag} ${family.padEnd(20)} ${String(e.found).padStart(4)}/${String(e.total).padEnd(4)} ${pct(e.found, e.total)}`,
      );
      for (const m of allMisses ? e.misses : e.misses.slice(0, 15))
        console.log(`        miss ${m.file}:${m.line} CWE-${m.cwe}  ${m.text.slice(0, 100)}`);
      if (!allMisses && e.misses.length > 15)
        console.log(`        ... ${e.misses.length - 15} more (--misses)`);
    }
    summary.push(
      `${language.padEnd(11)} ${String(found).padStart(4)}/${String(total).padEnd(4)} ${pct(found, total)}`,
    );
  }
  console.log('-- overall recall per language (covered families):');
  for (const s of summary) console.log(`   ${s}`);
  console.log('');
}

async function fixtures(): Promise<void> {
  console.log("== The rules' own fixtures (each rule on its fixtures)");
  let must = 0;
  let hit = 0;
  let ok = 0;
  let falseAlarms = 0;
  const perLanguage = new Map<string, { must: number; hit: number; ok: number; fa: number }>();
  for (const rule of loaded.rules) {
    const dir = join(root, dirname(rule.source));
    for (const f of readdirSync(dir)) {
      if (!f.startsWith(`${rule.id}.`) || f.endsWith('.yml') || f.includes('.fixed.')) continue;
      const language = languageForPath(f);
      if (!language || (onlyLanguage && onlyLanguage !== language)) continue;
      const text = readFileSync(join(dir, f), 'utf8');
      const e = expectations(text, rule.id);
      const single = createBuiltinEngine({ rules: [rule], models: loaded.models, parser });
      const out = await single.analyze([{ path: f, language, text, side: 'head' }]);
      single.dispose();
      const lines = new Set(out.findings.map((x) => x.region.startLine));
      const s = perLanguage.get(language) ?? { must: 0, hit: 0, ok: 0, fa: 0 };
      perLanguage.set(language, s);
      for (const l of e.mustMatch) {
        must++;
        s.must++;
        if (lines.has(l)) {
          hit++;
          s.hit++;
        }
      }
      for (const l of e.mustNotMatch) {
        ok++;
        s.ok++;
        if (lines.has(l)) {
          falseAlarms++;
          s.fa++;
        }
      }
    }
  }
  for (const [l, s] of perLanguage)
    console.log(
      `   ${l.padEnd(11)} recall ${String(s.hit).padStart(4)}/${String(s.must).padEnd(4)} ${pct(s.hit, s.must)}   false alarms on ok: lines ${s.fa}/${s.ok} ${pct(s.fa, s.ok)}`,
    );
  console.log(
    `   all         recall ${String(hit).padStart(4)}/${String(must).padEnd(4)} ${pct(hit, must)}   false alarms on ok: lines ${falseAlarms}/${ok} ${pct(falseAlarms, ok)}`,
  );
  console.log('');
}

async function safeSet(): Promise<void> {
  console.log('== False alarms on the safe code set (bench/safe/<language>/, all rules)');
  const paths = fg.sync('bench/safe/**/*', { cwd: root, onlyFiles: true }).sort();
  const files: SourceFile[] = [];
  for (const p of paths) {
    const language = languageForPath(p);
    if (!language || (onlyLanguage && onlyLanguage !== language)) continue;
    files.push({ path: p, language, text: readFileSync(join(root, p), 'utf8'), side: 'head' });
  }
  const findings = await analyse(files);
  const perLanguage = new Map<string, { files: number; lines: number; flagged: Set<string> }>();
  for (const f of files) {
    const s = perLanguage.get(f.language) ?? { files: 0, lines: 0, flagged: new Set<string>() };
    perLanguage.set(f.language, s);
    s.files++;
    s.lines += f.text.split('\n').filter((l) => l.trim() !== '').length;
  }
  for (const f of findings) {
    perLanguage.get(languageForPath(f.file)!)!.flagged.add(`${f.file}:${f.region.startLine}`);
    console.log(
      `   false alarm ${f.file}:${f.region.startLine} ${f.ruleId}: ${f.snippet.split('\n')[0]!.slice(0, 90)}`,
    );
  }
  let files_ = 0;
  let lines = 0;
  let flagged = 0;
  for (const [l, s] of [...perLanguage].sort()) {
    files_ += s.files;
    lines += s.lines;
    flagged += s.flagged.size;
    console.log(
      `   ${l.padEnd(11)} ${String(s.files).padStart(3)} files ${String(s.lines).padStart(5)} lines: ${s.flagged.size} flagged lines (${((1000 * s.flagged.size) / Math.max(1, s.lines)).toFixed(2)} per 1,000 lines)`,
    );
  }
  console.log(
    `   all         ${String(files_).padStart(3)} files ${String(lines).padStart(5)} lines: ${flagged} flagged lines`,
  );
  console.log('');
}

async function throughput(): Promise<void> {
  console.log('== Throughput (one core)');
  const mb = analysedBytes / (1024 * 1024);
  console.log(
    `   first pass (cold: each rule and model query compiled when a file first needs it): ${mb.toFixed(2)} MB in ${(analysisMs / 1000).toFixed(2)} s, ${(mb / (analysisMs / 1000)).toFixed(2)} MB/s`,
  );
  // Warm: a new engine (no cached trees) over the same files, with the queries already compiled;
  // the bare parse of the same files, best of two runs.
  let warmMs = Infinity;
  for (let run = 0; run < 2; run++) {
    const warm = createBuiltinEngine({ rules: loaded.rules, models: loaded.models, parser });
    const t = performance.now();
    await warm.analyze(analysedFiles);
    warmMs = Math.min(warmMs, performance.now() - t);
    warm.dispose();
  }
  let parseMs = Infinity;
  for (let run = 0; run < 2; run++) {
    const t = performance.now();
    for (const f of analysedFiles) (await parser.parse(f.language, f.text)).tree.delete();
    parseMs = Math.min(parseMs, performance.now() - t);
  }
  console.log(
    `   warm: ${(warmMs / 1000).toFixed(2)} s, ${(mb / (warmMs / 1000)).toFixed(2)} MB/s; bare parse ${(parseMs / 1000).toFixed(2)} s (${(mb / (parseMs / 1000)).toFixed(2)} MB/s): analysis (parse included) is ${(warmMs / parseMs).toFixed(2)}× the parse time (rules: ${loaded.rules.length})`,
  );
}

await corpusRecall();
await fixtures();
await safeSet();
await throughput();
engine.dispose();
