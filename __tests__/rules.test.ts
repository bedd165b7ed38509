/**
 * THE rules test: every rule under rules/ against its annotated fixtures. In a fixture, a comment
 * `ruleid: <id>` says the next code line must be reported by that rule and `ok: <id>` that it must
 * not; no other line may be reported. A rule with a fix must reproduce `<id>.fixed.<ext>` exactly,
 * and fixing must be idempotent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { SourceFile } from '../src/core/adapters.js';
import { applyEdits } from '../src/core/text-edits.js';
import type { EngineFinding, Language } from '../src/core/types.js';
import { createBuiltinEngine } from '../src/analyzers/builtin/engine.js';
import { loadRules } from '../src/analyzers/builtin/rule-loader.js';
import type { Rule } from '../src/analyzers/builtin/rule.js';
import { languageForPath } from '../src/parsing/languages.js';
import { modelFilePaths, parser, read, repoRoot, ruleFilePaths } from './builtin/helpers.js';
import { expectations } from './helpers/fixture-markers.js';

function fixturesOf(ymlPath: string, id: string): string[] {
  const dir = dirname(ymlPath);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${id}.`) && !f.endsWith('.yml') && !f.includes('.fixed.'))
    .map((f) => join(dir, f));
}

function fixedPathOf(fixture: string): string {
  const base = basename(fixture);
  const dot = base.indexOf('.');
  return join(dirname(fixture), `${base.slice(0, dot)}.fixed${base.slice(dot)}`);
}

const files = ruleFilePaths().map((p) => ({ path: relative(repoRoot, p), text: read(p), abs: p }));
const loaded = loadRules(files);
const modelFiles = modelFilePaths().map((p) => ({ path: relative(repoRoot, p), text: read(p) }));
const models = loadRules(modelFiles);

describe('rule files', () => {
  it('all load without diagnostics', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.rules.length).toBe(files.length);
  });
  it('are all listed in the README table (npm run docs:rules writes it)', () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'rules-table.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
  it('come with taint models that load without diagnostics', () => {
    expect(models.diagnostics).toEqual([]);
    expect(models.models.length).toBe(modelFiles.length);
    expect(models.rules).toEqual([]);
  });
  it('cover every language with at least one rule', () => {
    const languages = new Set(loaded.rules.flatMap((r) => r.languages));
    for (const l of ['python', 'javascript', 'typescript', 'tsx', 'java', 'go', 'c', 'cpp'] as Language[])
      expect(languages).toContain(l);
  });
  it('sit at rules/<language>/<id>.yml', () => {
    for (const r of loaded.rules) {
      expect(basename(r.source)).toBe(`${r.id}.yml`);
      expect(r.languages.map((l) => (l === 'tsx' ? 'typescript' : l))).toContain(basename(dirname(r.source)));
    }
  });
});

async function analyze(rule: Rule, path: string, text: string): Promise<EngineFinding[]> {
  const language = languageForPath(path)!;
  const engine = createBuiltinEngine({ rules: [rule], models: models.models, parser: parser() });
  const source: SourceFile = { path, language, text, side: 'head' };
  const out = await engine.analyze([source]);
  engine.dispose();
  expect(out.diagnostics).toEqual([]);
  return out.findings;
}

function applyFixes(text: string, findings: EngineFinding[]): string {
  return applyEdits(
    text,
    findings.flatMap((f) => f.fix?.edits ?? []),
  );
}

describe.each(loaded.rules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const abs = files.find((f) => f.path === rule.source)!.abs;
  const fixtures = fixturesOf(abs, id);

  it('has an annotated fixture with both vulnerable and safe lines', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fx of fixtures) {
      const e = expectations(read(fx), id);
      expect(e.mustMatch.size).toBeGreaterThan(0);
      expect(e.mustNotMatch.size).toBeGreaterThan(0);
    }
  });

  it.each(fixtures.map((f) => [relative(repoRoot, f), f]))(
    'reports exactly the marked lines of %s',
    async (_n, fx) => {
      const text = read(fx);
      const e = expectations(text, id);
      const findings = await analyze(rule, fx, text);
      const reported = new Set(findings.map((f) => f.region.startLine));
      const missed = [...e.mustMatch].filter((l) => !reported.has(l));
      const wrong = [...reported].filter((l) => !e.mustMatch.has(l));
      expect({ missed, wrong }).toEqual({ missed: [], wrong: [] });
      for (const l of e.mustNotMatch) expect(reported.has(l)).toBe(false);
      for (const f of findings) {
        expect(f.ruleId).toBe(id);
        expect(f.engine).toBe('builtin');
        expect(f.snippet.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(fixtures.map((f) => [relative(repoRoot, f), f]))(
    'fixes %s exactly as its .fixed file, idempotently',
    async (_n, fx) => {
      const text = read(fx);
      const findings = await analyze(rule, fx, text);
      const fixedPath = fixedPathOf(fx);
      if (!rule.fix) {
        expect(findings.some((f) => f.fix)).toBe(false);
        expect(existsSync(fixedPath)).toBe(false);
        return;
      }
      expect(existsSync(fixedPath)).toBe(true);
      expect(findings.some((f) => f.fix)).toBe(true);
      const fixed = applyFixes(text, findings);
      expect(fixed).toBe(read(fixedPath));
      expect(await parser().parses(languageForPath(fx)!, fixed)).toBe(true);

      const again = await analyze(rule, fx, fixed);
      expect(again.filter((f) => f.fix)).toEqual([]);
      expect(applyFixes(fixed, again)).toBe(fixed);
    },
  );
});
