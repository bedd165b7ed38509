/**
 * Taint tracking over real grammars and the shipped models: in each fixture, every `sink(...)` call
 * is marked `tainted` (a source reaches it) or `clean` (none does, or only through a sanitizer),
 * and a rule whose sink is sink()'s first argument must report exactly the tainted ones.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../../src/core/adapters.js';
import { createBuiltinEngine } from '../../src/analyzers/builtin/engine.js';
import { loadRules } from '../../src/analyzers/builtin/rule-loader.js';
import type { Rule } from '../../src/analyzers/builtin/rule.js';
import { languageForPath } from '../../src/parsing/languages.js';
import type { Language } from '../../src/core/types.js';
import { modelFilePaths, parser, read, repoRoot } from './helpers.js';

const fixtures = join(repoRoot, '__tests__', 'fixtures', 'taint');
const models = loadRules(modelFilePaths().map((p) => ({ path: relative(repoRoot, p), text: read(p) })));

const SINK_QUERY: Record<string, string> = {
  python: '(call function: (identifier) @f arguments: (argument_list . (_) @value) (#eq? @f "sink")) @match',
  javascript:
    '(call_expression function: (identifier) @f arguments: (arguments . (_) @value) (#eq? @f "sink")) @match',
  java: '(method_invocation name: (identifier) @f arguments: (argument_list . (_) @value) (#eq? @f "sink")) @match',
  go: '(call_expression function: (identifier) @f arguments: (argument_list . (_) @value) (#eq? @f "sink")) @match',
  c: '(call_expression function: (identifier) @f arguments: (argument_list . (_) @value) (#eq? @f "sink")) @match',
};

function sinkRule(language: Language, required: boolean): Rule {
  const base = language === 'cpp' ? 'c' : language === 'typescript' ? 'javascript' : language;
  return {
    id: 'test-sink',
    languages: [language],
    cwe: [20],
    message: 'A value reaches sink().',
    description: 'test',
    confidence: 'low',
    match: { query: SINK_QUERY[base]! },
    taint: { sources: ['http', 'cli', 'stdin', 'dom', 'network'], sinks: ['value'], required },
    references: [],
    source: 'test-sink.yml',
  };
}

async function run(path: string, required: boolean) {
  const language = languageForPath(path)!;
  const engine = createBuiltinEngine({
    rules: [sinkRule(language, required)],
    models: models.models,
    parser: parser(),
  });
  const file: SourceFile = { path, language, text: read(join(fixtures, path)), side: 'head' };
  const out = await engine.analyze([file]);
  engine.dispose();
  expect(out.diagnostics).toEqual([]);
  return { out, text: file.text };
}

function marked(text: string, mark: 'tainted' | 'clean'): number[] {
  return text
    .split('\n')
    .flatMap((line, i) => (new RegExp(`(//|#|/\\*) ${mark}\\b`).test(line) ? [i + 1] : []));
}

describe('taint tracking', () => {
  it('loads the shipped models', () => {
    expect(models.diagnostics).toEqual([]);
    expect(models.models.length).toBeGreaterThanOrEqual(5);
  });

  it.each(readdirSync(fixtures).map((f) => [f]))('reports exactly the tainted sinks of %s', async (path) => {
    const { out, text } = await run(path, true);
    const tainted = marked(text, 'tainted');
    expect(tainted.length).toBeGreaterThan(0);
    expect(marked(text, 'clean').length).toBeGreaterThan(0);
    expect(out.findings.map((f) => f.region.startLine)).toEqual(tainted);
    for (const f of out.findings) {
      expect(f.staticConfidence).toBe(0.9);
      expect(f.message).toMatch(/Here the value comes from .+ \(line \d+\)\.$/);
      expect(f.flow!.length).toBeGreaterThanOrEqual(2);
      expect(f.flow!.at(-1)!.region.startLine).toBe(f.region.startLine);
    }
  });

  it('reports untainted matches at the rule confidence when taint is not required', async () => {
    const { out, text } = await run('flows.py', false);
    const byLine = new Map(out.findings.map((f) => [f.region.startLine, f]));
    for (const l of marked(text, 'clean')) expect(byLine.get(l)?.staticConfidence).toBe(0.3);
    for (const l of marked(text, 'tainted')) expect(byLine.get(l)?.staticConfidence).toBe(0.9);
    expect(byLine.get(marked(text, 'clean')[0]!)?.flow).toBeUndefined();
  });

  it('shows the path from the source to the sink', async () => {
    const { out } = await run('flows.py', true);
    const f = out.findings.find((x) => x.region.startLine === 14)!;
    expect(f.flow!.map((s) => [s.region.startLine, s.message])).toEqual([
      [12, 'source: request data (Flask/Django request attributes)'],
      [12, 'flows into q'],
      [13, 'flows into text'],
      [14, 'reaches this sink'],
    ]);
  });

  it('gives each finding its own path when two sinks share a binding', async () => {
    const language = 'python';
    const engine = createBuiltinEngine({
      rules: [sinkRule(language, true)],
      models: models.models,
      parser: parser(),
    });
    const text =
      'from flask import request\nq = request.args["x"]\nsink(q)\nsink(q)\nsink(hashlib.sha256(q).hexdigest())\n';
    const out = await engine.analyze([{ path: 'a.py', language, text, side: 'head' }]);
    engine.dispose();
    expect(out.findings.map((f) => f.region.startLine)).toEqual([3, 4]);
    for (const f of out.findings)
      expect(f.flow!.filter((s) => s.message === 'reaches this sink')).toHaveLength(1);
  });

  it('treats a model source query that does not compile as a broken rule, not a crash', async () => {
    const bad = loadRules([
      {
        path: 'rules/models/python.yml',
        text: 'languages: [python]\nsources:\n  - id: bad\n    kind: http\n    description: x\n    query: "(nope @source"\n',
      },
    ]);
    expect(bad.diagnostics).toEqual([]);
    const engine = createBuiltinEngine({
      rules: [sinkRule('python', true)],
      models: bad.models,
      parser: parser(),
    });
    const out = await engine.analyze([{ path: 'a.py', language: 'python', text: 'sink(x)\n', side: 'head' }]);
    expect(out.findings).toEqual([]);
    expect(out.diagnostics[0]!.message).toMatch(/taint model source bad .* does not compile/);
  });

  it('rejects a model file without the @source capture, naming the file and line', () => {
    const bad = loadRules([
      {
        path: 'rules/models/go.yml',
        text: 'languages: [go]\nsources:\n  - id: bad\n    kind: http\n    description: x\n    query: "(identifier) @src"\n',
      },
    ]);
    expect(bad.models).toEqual([]);
    expect(bad.diagnostics[0]!.message).toMatch(
      /rules\/models\/go\.yml:6: sources\.0\.query: needs a @source capture/,
    );
  });
});
