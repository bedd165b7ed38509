/**
 * Real CodeQL 2.21 SARIF (trimmed, see fixtures/codeql-sarif/PROVENANCE.md) and hand-made logs of
 * other tools' shapes, read as findings: every result in the checkout becomes a finding with the
 * CWE of its rule's tags, the severity of `security-severity`, the confidence of `precision` and
 * the region CodeQL gave; what cannot be read is a diagnostic, never a crash or a silent loss.
 */
import { ingestSarif } from '../../src/analyzers/sarif/ingest.js';
import type { SourceFile } from '../../src/core/adapters.js';
import type { EngineFinding, Language } from '../../src/core/types.js';
import { rank } from '../../src/stages/rank/index.js';
import { DEFAULT_WEIGHTS } from '../../src/stages/rank/score.js';
import { fixture, standIns, type SarifJson } from './stand-in.js';

const ROOT = '/work/checkout';
const LANGUAGES: [string, Language][] = [
  ['go', 'go'],
  ['java', 'java'],
  ['javascript', 'javascript'],
  ['python', 'python'],
];
const CONFIDENCE: Record<string, number> = { 'very-high': 0.95, high: 0.85, medium: 0.6, low: 0.3 };

function ruleOf(log: SarifJson, result: SarifJson): SarifJson {
  const rules = log.runs[0].tool.driver.rules;
  return rules[result.rule?.index ?? result.ruleIndex];
}

function findingAt(findings: EngineFinding[], result: SarifJson): EngineFinding | undefined {
  const loc = result.locations[0].physicalLocation;
  return findings.find(
    (f) =>
      f.ruleId === result.ruleId &&
      f.file === loc.artifactLocation.uri &&
      f.region.startLine === loc.region.startLine &&
      f.region.startColumn === (loc.region.startColumn ?? 1),
  );
}

describe.each(LANGUAGES)('CodeQL 2.21 SARIF for %s', (name, language) => {
  const { text, log } = fixture(name);
  const files = standIns(log, language);
  const results: SarifJson[] = log.runs[0].results;
  const inCheckout = results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uriBaseId);

  it('turns every result in the checkout into a finding with its rule, CWEs, severity, confidence and region', async () => {
    const out = await ingestSarif(text, { root: ROOT, files, source: `${name}.sarif` });
    expect(out.findings).toHaveLength(inCheckout.length);
    for (const result of inCheckout) {
      const f = findingAt(out.findings, result);
      expect(f).toBeDefined();
      const rule = ruleOf(log, result);
      const tags: string[] = rule.properties.tags;
      const cwes = tags
        .filter((t) => t.startsWith('external/cwe/cwe-'))
        .map((t) => Number(t.slice('external/cwe/cwe-'.length)))
        .sort((a, b) => a - b);
      expect(f!.cwes).toEqual(cwes);
      expect(f!.severity).toBe(Number(rule.properties['security-severity']));
      expect(f!.staticConfidence).toBe(CONFIDENCE[rule.properties.precision]);
      expect(f!.engine).toBe('codeql');
      expect(f!.side).toBe('head');
      const region = result.locations[0].physicalLocation.region;
      expect(f!.region).toEqual({
        startLine: region.startLine,
        startColumn: region.startColumn ?? 1,
        endLine: region.endLine ?? region.startLine,
        endColumn: region.endColumn,
      });
      expect(f!.message).toBe(result.message.text);
    }
    expect(out.tools).toEqual([{ engine: 'codeql', version: '2.21.0', results: inCheckout.length }]);
  });

  it('keeps code flows from source to sink', async () => {
    const out = await ingestSarif(text, { root: ROOT, files, source: `${name}.sarif` });
    const withFlow = inCheckout.filter((r) => r.codeFlows);
    expect(withFlow.length).toBeGreaterThan(0);
    for (const result of withFlow) {
      const steps = result.codeFlows[0].threadFlows[0].locations;
      const flow = findingAt(out.findings, result)!.flow!;
      expect(flow).toHaveLength(steps.length);
      expect(flow[0]!.message).toBe(steps[0].location.message.text);
      expect(flow[0]!.region.startLine).toBe(steps[0].location.physicalLocation.region.startLine);
    }
  });

  it('describes each rule that has results, with its precision and CWEs', async () => {
    const out = await ingestSarif(text, { root: ROOT, files, source: `${name}.sarif` });
    for (const result of inCheckout) {
      const rule = ruleOf(log, result);
      const meta = out.rules.find((r) => r.id === rule.id);
      expect(meta).toMatchObject({ engine: 'codeql', precision: rule.properties.precision });
      expect(meta!.message).toBe(rule.shortDescription.text);
    }
  });

  it('keeps only the changed files: the rest of a whole-repository log is one note, not findings', async () => {
    const one = files.slice(0, 1);
    const out = await ingestSarif(text, { root: ROOT, files: one, source: `${name}.sarif` });
    expect(out.findings.length).toBeGreaterThan(0);
    expect(out.findings.every((f) => f.file === one[0]!.path)).toBe(true);
    const note = out.diagnostics.find((d) => /in files this review does not analyse/.test(d.message));
    expect(note?.message).toContain(`${inCheckout.length - out.findings.length} in files`);
  });
});

describe('audit results', () => {
  it('are kept, and rank below the precise ones: not prioritised by the default threshold', async () => {
    const { text, log } = fixture('javascript');
    const out = await ingestSarif(text, { root: ROOT, files: standIns(log, 'javascript') });
    const audit = out.findings.filter((f) => f.ruleId === 'js/untrusted-data-to-external-api');
    expect(audit.length).toBeGreaterThan(0);
    const ranked = rank({ findings: out.findings, weights: DEFAULT_WEIGHTS });
    const lowIds = new Set(['js/untrusted-data-to-external-api', 'js/missing-x-frame-options']);
    const low = ranked.filter((f) => lowIds.has(f.ruleId));
    const precise = ranked.filter((f) => f.ruleId === 'js/path-injection');
    expect(low.length).toBeGreaterThan(0);
    expect(precise.length).toBeGreaterThan(0);
    expect(low.every((f) => !f.prioritized && f.score < DEFAULT_WEIGHTS.threshold)).toBe(true);
    expect(precise.every((f) => f.prioritized)).toBe(true);
    const lastPrecise = Math.max(...precise.map((f) => ranked.indexOf(f)));
    expect(Math.min(...low.map((f) => ranked.indexOf(f)))).toBeGreaterThan(lastPrecise);
  });
});

describe('results that cannot be placed', () => {
  it('reports results outside the checkout (absolute paths elsewhere) as a warning, not findings', async () => {
    const { text, log } = fixture('go');
    const outside = log.runs[0].results.filter((r: SarifJson) => r.ruleId.startsWith('GO.'));
    expect(outside.length).toBeGreaterThan(0);
    const out = await ingestSarif(text, { root: ROOT, files: standIns(log, 'go'), source: 'go.sarif' });
    expect(out.findings.some((f) => f.ruleId.startsWith('GO.'))).toBe(false);
    const warning = out.diagnostics.find((d) => d.level === 'warning');
    expect(warning?.message).toContain(`${outside.length} outside the checkout ${ROOT}`);
  });
});

/** A small log in another tool's shape (Semgrep's CWE tags, no precision, file URIs). */
function otherTool(results: SarifJson[], extra: SarifJson = {}): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Semgrep OSS',
            semanticVersion: '1.90.0',
            rules: [
              {
                id: 'python.lang.security.sqli',
                shortDescription: { text: 'SQL injection' },
                properties: {
                  tags: ['CWE-89: Improper Neutralization of Special Elements used in an SQL Command'],
                },
              },
            ],
          },
        },
        ...extra,
        results,
      },
    ],
  });
}

const APP: SourceFile = {
  path: 'src/app.py',
  language: 'python',
  side: 'head',
  text: 'import sqlite3\n\ndef get(cur, x):\n    cur.execute(f"SELECT * FROM t WHERE id = {x}")\n',
};

function result(uri: string, extra: SarifJson = {}): SarifJson {
  return {
    ruleId: 'python.lang.security.sqli',
    ruleIndex: 0,
    level: 'error',
    message: { text: 'SQL built from input' },
    locations: [
      { physicalLocation: { artifactLocation: { uri, ...extra }, region: { startLine: 4, startColumn: 5 } } },
    ],
  };
}

describe('SARIF of other tools', () => {
  it('resolves URIs by uriBaseId, as file URIs under the checkout, or relative to it', async () => {
    const log = otherTool(
      [
        result('app.py', { uriBaseId: 'SRC' }),
        result(`file://${ROOT}/src/app.py`),
        result('src/app.py'),
        result('file:///elsewhere/src/app.py'),
      ],
      { originalUriBaseIds: { SRC: { uri: 'src/', uriBaseId: 'ROOT' }, ROOT: { uri: `file://${ROOT}/` } } },
    );
    const out = await ingestSarif(log, { root: ROOT, files: [APP], source: 'semgrep.sarif' });
    expect(out.findings).toHaveLength(3);
    for (const f of out.findings) {
      expect(f).toMatchObject({
        engine: 'semgrep-oss',
        ruleId: 'python.lang.security.sqli',
        cwes: [89],
        file: 'src/app.py',
        staticConfidence: 0.6,
        region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: APP.text.split('\n')[3]!.length + 1 },
      });
      expect(f.snippet).toBe('cur.execute(f"SELECT * FROM t WHERE id = {x}")');
    }
    expect(out.diagnostics.map((d) => d.message).join('\n')).toContain('1 outside the checkout');
  });

  it('keeps a result the tool marks suppressed, as a suppressed finding', async () => {
    const suppressed = {
      ...result('src/app.py'),
      suppressions: [{ kind: 'inSource', justification: 'input is an int' }],
    };
    const out = await ingestSarif(otherTool([suppressed]), { root: ROOT, files: [APP] });
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]!.suppressed).toEqual({ kind: 'inline', via: 'sarif', reason: 'input is an int' });
  });

  it('says so when a result points past the end of its file: the log describes another version', async () => {
    const late = result('src/app.py');
    late.locations[0].physicalLocation.region.startLine = 40;
    const out = await ingestSarif(otherTool([late, result('src/app.py')]), { root: ROOT, files: [APP] });
    expect(out.findings).toHaveLength(1);
    expect(out.diagnostics.find((d) => d.level === 'warning')?.message).toContain(
      '1 past the end of their file',
    );
  });
});

describe('malformed SARIF', () => {
  it.each([
    ['not JSON', '{"version": "2.1.0", "runs": [', /not valid JSON/],
    ['another version', '{"version": "2.0.0", "runs": []}', /SARIF version "2.0.0" is not supported/],
    ['no runs', '{"version": "2.1.0"}', /no "runs" array/],
    ['an array', '[]', /not a SARIF log/],
  ])('%s is an error diagnostic naming the file, not a crash', async (_what, text, message) => {
    const out = await ingestSarif(text, { root: ROOT, files: [APP], source: 'broken.sarif' });
    expect(out.findings).toEqual([]);
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({ level: 'error', source: 'analyze/sarif' });
    expect(out.diagnostics[0]!.message).toMatch(/^broken\.sarif: /);
    expect(out.diagnostics[0]!.message).toMatch(message);
  });

  it('still counts the good results of a log with a broken run and broken results', async () => {
    const good = JSON.parse(otherTool([result('src/app.py'), 'not a result', { ruleId: 'x', locations: 7 }]));
    good.runs.unshift({ results: [result('src/app.py')] });
    const out = await ingestSarif(JSON.stringify(good), { root: ROOT, files: [APP], source: 'mixed.sarif' });
    expect(out.findings).toHaveLength(1);
    expect(out.diagnostics.map((d) => d.message).join('\n')).toMatch(/run 0 has no tool\.driver/);
    expect(out.diagnostics.map((d) => d.message).join('\n')).toMatch(/1 without a file location/);
  });
});
