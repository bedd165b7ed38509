import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as prettier from 'prettier';
import type { Log, ReportingDescriptor, Result, Run } from 'sarif';
import { render } from '../../src/report/index.js';
import { FINGERPRINT_KEY, toSarif, toUri } from '../../src/report/sarif.js';
import { hostileResult, sampleResult } from './sample-result.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const multitoolDir = join(root, 'node_modules', '@microsoft', 'sarif-multitool-linux');
const schemaPath = join(multitoolDir, 'sarif-2.1.0.json');
const multitool = join(multitoolDir, 'Sarif.Multitool');
const goldenDir = join(here, 'golden');

const VARIANTS: [string, () => Log][] = [
  ['sample', () => toSarif(sampleResult())],
  ['sample, fixed as results', () => toSarif(sampleResult(), { fixed: 'results' })],
  ['hostile names', () => toSarif(hostileResult())],
  [
    'empty scan',
    () => toSarif({ ...sampleResult(), mode: 'scan', findings: [], skipped: [], diagnostics: [] }),
  ],
];

function aigisRun(log: Log): Run {
  const run = log.runs.find((r) => r.tool.driver.name === 'aigis');
  if (!run) throw new Error('no aigis run');
  return run;
}

function resultById(log: Log, id: string): { run: Run; result: Result } {
  for (const run of log.runs) {
    const result = run.results?.find((r) => r.properties?.['aigis/id'] === id);
    if (result) return { run, result };
  }
  throw new Error(`no result ${id}`);
}

function ruleOf(run: Run, result: Result): ReportingDescriptor {
  const rule = run.tool.driver.rules?.[result.ruleIndex ?? -1];
  if (!rule) throw new Error(`no rule at index ${result.ruleIndex}`);
  return rule;
}

describe('SARIF: the official SARIF 2.1.0 JSON schema', () => {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $schema: string };
  // The schema declares draft 2020-12; ajv-formats is not installed, so `format` keywords
  // (uri, date-time, uuid) are not checked here — the Multitool test checks URIs.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);

  test('the schema is draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test.each(VARIANTS)('%s validates with zero errors', (_name, make) => {
    const ok = validate(make());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("SARIF: Microsoft's SARIF Multitool validator (SARIF and GitHub rules)", () => {
  const skip = process.env.AIGIS_SKIP_MULTITOOL === '1' && !process.env.CI;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aigis-sarif-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the Multitool with its SARIF and GitHub rule sets; returns every error-level problem. */
  function multitoolProblems(name: string, log: unknown): string[] {
    if (!existsSync(multitool)) {
      throw new Error(
        `SARIF Multitool not found at ${multitool}: run npm ci (it comes with @microsoft/sarif-multitool-linux), ` +
          'or set AIGIS_SKIP_MULTITOOL=1 to skip this check outside CI',
      );
    }
    try {
      accessSync(multitool, constants.X_OK);
    } catch {
      throw new Error(
        `SARIF Multitool at ${multitool} is not executable: chmod +x it, or set AIGIS_SKIP_MULTITOOL=1`,
      );
    }
    const slug = name.replace(/[^a-z]+/g, '-');
    const input = join(dir, `${slug}.sarif`);
    const output = join(dir, `${slug}.validation.sarif`);
    writeFileSync(input, JSON.stringify(log, null, 2));
    const run = spawnSync(
      multitool,
      ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
    );
    // The exit code is 0 even when the log is invalid: the verdict is in the output log.
    expect({ status: run.status, error: run.error?.message, stderr: run.stderr }).toEqual({
      status: 0,
      error: undefined,
      stderr: '',
    });
    const report = JSON.parse(readFileSync(output, 'utf8')) as Log;
    const problems: string[] = [];
    for (const r of report.runs) {
      for (const inv of r.invocations ?? []) {
        if (inv.executionSuccessful === false) problems.push('validator execution failed');
        for (const n of [
          ...(inv.toolExecutionNotifications ?? []),
          ...(inv.toolConfigurationNotifications ?? []),
        ]) {
          if (n.level === 'error') problems.push(`notification: ${n.message.text ?? n.message.id}`);
        }
      }
      for (const res of r.results ?? []) {
        const rule = r.tool.driver.rules?.[res.ruleIndex ?? -1];
        const level = res.level ?? rule?.defaultConfiguration?.level ?? 'warning';
        if (level === 'error') {
          problems.push(
            `${res.ruleId}: ${res.message.text ?? `${res.message.id} ${res.message.arguments?.join(' | ')}`}`,
          );
        }
      }
    }
    return problems;
  }

  (skip ? test.skip : test).each(VARIANTS)('%s has no error-level problem', (name, make) => {
    expect(multitoolProblems(name, make())).toEqual([]);
  });

  (skip ? test.skip : test)('the check itself catches a log GitHub would reject', () => {
    const broken = toSarif(sampleResult());
    delete broken.runs[0]!.results![0]!.locations;
    broken.runs[0]!.results![1]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    const problems = multitoolProblems('broken', broken);
    expect(problems.some((p) => p.startsWith('GH'))).toBe(true);
    expect(problems.some((p) => p.startsWith('SARIF'))).toBe(true);
  });
});

describe('SARIF: the contract of DESIGN.md', () => {
  const log = toSarif(sampleResult());

  test('version, schema and one run per engine group, aigis first', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual(['aigis', 'codeql']);
    const driver = aigisRun(log).tool.driver;
    expect(driver).toMatchObject({ name: 'aigis', version: '0.1.0', semanticVersion: '0.1.0' });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(log.runs.map((r) => r.automationDetails?.id)).toEqual(['aigis/', 'aigis/codeql/']);
    for (const run of log.runs) {
      expect(run.originalUriBaseIds?.['%SRCROOT%']).toBeDefined();
    }
  });

  test('a finding of several engines sits in its primary engine run and lists the others', () => {
    const { run, result } = resultById(log, 'new-1');
    expect(run.tool.driver.name).toBe('aigis');
    expect(result.properties?.['aigis/engines']).toEqual(['builtin', 'codeql']);
    const codeql = resultById(log, 'new-4');
    expect(codeql.run.tool.driver.name).toBe('codeql');
    expect(codeql.run.tool.driver.version).toBe('2.20.1');
  });

  test('rules: tags, security-severity with one decimal, precision, descriptions and help', () => {
    for (const run of log.runs) {
      for (const rule of run.tool.driver.rules ?? []) {
        const tags = rule.properties?.tags ?? [];
        expect(tags).toContain('security');
        expect(tags.some((t) => /^external\/cwe\/cwe-\d{3,}$/.test(t))).toBe(true);
        expect(rule.properties?.['security-severity']).toMatch(/^\d{1,2}\.\d$/);
        expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties?.precision);
        expect(rule.shortDescription?.text).toBeTruthy();
        expect(rule.fullDescription?.text).toBeTruthy();
        expect(rule.help?.text).toBeTruthy();
        expect(rule.help?.markdown).toBeTruthy();
        expect(rule.helpUri).toMatch(/^https:\/\//);
      }
    }
    const { run, result } = resultById(log, 'new-2');
    const rule = ruleOf(run, result);
    expect(rule.id).toBe('py-sql-injection');
    expect(rule.properties?.tags).toEqual(['security', 'external/cwe/cwe-089']);
    expect(rule.properties?.['security-severity']).toBe('8.8');
    expect(rule.properties?.precision).toBe('high');
    expect(rule.helpUri).toBe('https://cwe.mitre.org/data/definitions/89.html');
  });

  test('results: ruleId and ruleIndex agree, level by severity, relative URIs, fingerprints', () => {
    for (const run of log.runs) {
      for (const result of run.results ?? []) {
        expect(ruleOf(run, result).id).toBe(result.ruleId);
        const loc = result.locations?.[0]?.physicalLocation;
        expect(loc?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
        expect(loc?.artifactLocation?.uri).not.toMatch(/^(\/|[a-z]+:)/i);
        expect(loc?.region?.startLine).toBeGreaterThanOrEqual(1);
        expect(result.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
      }
    }
    expect(resultById(log, 'new-1').result.level).toBe('error'); // 9.8
    expect(resultById(log, 'new-4').result.level).toBe('note'); // 3.5
    expect(resultById(log, 'new-6').result.level).toBe('warning'); // 6.1
    const { result } = resultById(log, 'new-2');
    expect(result.locations?.[0]?.physicalLocation?.region).toMatchObject({
      startLine: 22,
      startColumn: 5,
      endLine: 22,
      endColumn: 61,
    });
  });

  test('every aigis/* result property', () => {
    const ai = resultById(log, 'new-2').result.properties!;
    expect(ai).toMatchObject({
      'aigis/status': 'new',
      'aigis/severity': 8.8,
      'aigis/staticConfidence': 0.9,
      'aigis/dynamicCoverage': null,
      'aigis/dynamicEvidence': false,
      'aigis/score': 0.63,
      'aigis/prioritized': true,
      'aigis/ai': true,
      'aigis/aiTool': 'Claude Code',
      'aigis/aiConfidence': 0.95,
    });
    expect(ai['aigis/aiEvidence']).toHaveLength(2);
    const human = resultById(log, 'new-3').result.properties!;
    expect(human).toMatchObject({ 'aigis/ai': false, 'aigis/aiTool': null, 'aigis/aiConfidence': 0 });
    expect(human['aigis/aiEvidence']).toEqual([]);
    expect(human['aigis/repair']).toMatchObject({ outcome: 'rejected', rejectedBecause: expect.any(String) });

    const fuzzed = sampleResult();
    fuzzed.findings[2] = { ...fuzzed.findings[2]!, dynamicCoverage: 0.75 };
    const c = resultById(toSarif(fuzzed), 'new-3').result.properties!;
    expect(c).toMatchObject({ 'aigis/dynamicCoverage': 0.75, 'aigis/dynamicEvidence': true });
  });

  test('baseline states; fixed findings kept out of results by default, in run properties', () => {
    expect(resultById(log, 'new-1').result.baselineState).toBe('new');
    expect(resultById(log, 'existing-1').result.baselineState).toBe('unchanged');
    expect(() => resultById(log, 'fixed-1')).toThrow();
    const fixed = aigisRun(log).properties?.['aigis/fixed'] as { id: string; baselineState: string }[];
    expect(fixed).toEqual([expect.objectContaining({ id: 'fixed-1', baselineState: 'absent' })]);

    const withFixed = toSarif(sampleResult(), { fixed: 'results' });
    const { result } = resultById(withFixed, 'fixed-1');
    expect(result).toMatchObject({ kind: 'pass', level: 'none', baselineState: 'absent' });
    expect(result.partialFingerprints?.[FINGERPRINT_KEY]).toBeDefined();
    expect(aigisRun(withFixed).properties?.['aigis/fixed']).toBeUndefined();

    const scan = toSarif({ ...sampleResult(), mode: 'scan', base: undefined, head: undefined });
    expect(scan.runs.flatMap((r) => r.results ?? []).some((r) => 'baselineState' in r)).toBe(false);
  });

  test('suppressions, with and without a reason', () => {
    expect(resultById(log, 'new-5').result.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'name is checked against an allow-list in the caller',
        properties: { 'aigis/reasonGiven': true },
      },
    ]);
    expect(resultById(log, 'new-6').result.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        properties: { 'aigis/reasonGiven': false, 'aigis/expires': '2030-01-01' },
      },
    ]);
    expect(resultById(log, 'new-1').result.suppressions).toBeUndefined();
  });

  test('a verified repair is a fix; a rejected one is not', () => {
    expect(resultById(log, 'new-2').result.fixes).toEqual([
      {
        description: {
          text: 'Pass the name as a query parameter instead of formatting it into the SQL text.',
        },
        artifactChanges: [
          {
            artifactLocation: { uri: 'app/db/users.py', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 22, startColumn: 5, endLine: 22, endColumn: 61 },
                insertedContent: { text: 'cursor.execute("SELECT * FROM users WHERE name = ?", (name,))' },
              },
            ],
          },
        ],
      },
    ]);
    expect(resultById(log, 'new-3').result.fixes).toBeUndefined();
  });

  test('a taint flow becomes a code flow', () => {
    const flows = resultById(log, 'new-2').result.codeFlows;
    const steps = flows?.[0]?.threadFlows[0]?.locations ?? [];
    expect(steps.map((s) => s.location?.message?.text)).toEqual([
      'request.args["name"]: user input',
      'name passed to find_user',
      'executed as SQL',
    ]);
    expect(steps[0]?.location?.physicalLocation?.artifactLocation?.uri).toBe('app/api.py');
    expect(resultById(log, 'new-1').result.codeFlows).toBeUndefined();
  });

  test('skipped files and diagnostics are notifications of the invocation', () => {
    const aigis = aigisRun(log).invocations?.[0];
    expect(aigis?.executionSuccessful).toBe(true);
    const texts = (aigis?.toolExecutionNotifications ?? []).map((n) => [n.level, n.message.text]);
    expect(texts).toEqual([
      ['warning', 'Skipped data/latin1.py: invalid-utf8 (byte 0xE9 at offset 120 is not UTF-8).'],
      ['note', 'Skipped web/static/logo.png: binary (git reports a binary diff).'],
      ['warning', 'app/broken.py does not parse (line 3: unexpected indent); analysed what parsed'],
      ['warning', 'shallow clone: history before 1a2b3c4 is missing'],
    ]);
    expect(
      aigis?.toolExecutionNotifications?.[1]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
    ).toBe('web/static/logo.png');
    const codeql = log.runs[1]!.invocations?.[0];
    expect(codeql?.toolExecutionNotifications?.map((n) => n.message.text)).toEqual([
      'CodeQL database built for javascript only',
    ]);

    const failed = sampleResult();
    failed.diagnostics.push({ level: 'error', source: 'analyze/codeql', message: 'engine codeql failed' });
    const runs = toSarif(failed).runs;
    expect(runs.map((r) => r.invocations?.[0]?.executionSuccessful)).toEqual([true, false]);
  });

  test('PR properties on the aigis run', () => {
    expect(aigisRun(log).properties).toMatchObject({
      'aigis/base': sampleResult().base,
      'aigis/head': sampleResult().head,
      'aigis/pullRequest': 42,
      'aigis/aiShare': 0.62,
      'aigis/aiTools': { 'Claude Code': 60, Cursor: 14 },
      'aigis/verdict': { passed: false, policy: 'new-high' },
    });
  });

  test('file names become safe relative URIs', () => {
    expect(toUri('src/a b#c?.py')).toBe('src/a%20b%23c%3F.py');
    expect(toUri('./x/y.js')).toBe('x/y.js');
    expect(toUri('c:evil.py')).toBe('c%3Aevil.py');
    expect(toUri('dir\\win.c')).toBe('dir/win.c');
  });

  test('deterministic: the same input gives the same bytes, whatever the input order', () => {
    const shuffled = sampleResult();
    shuffled.findings.reverse();
    shuffled.rules.reverse();
    shuffled.skipped.reverse();
    shuffled.diagnostics.reverse();
    shuffled.engines.reverse();
    expect(render(shuffled, 'sarif')).toBe(render(sampleResult(), 'sarif'));
  });
});

describe('SARIF: golden files (UPDATE_GOLDEN=1 to rewrite)', () => {
  // Golden files are stored as Prettier formats them, so `prettier --check .` stays green; the
  // comparison is on the same formatting of the actual output, byte for byte.
  const pretty = async (text: string, path: string): Promise<string> =>
    prettier.format(text, {
      ...((await prettier.resolveConfig(path)) ?? {}),
      filepath: path,
      parser: 'json',
    });

  test.each([
    ['sample.sarif', () => render(sampleResult(), 'sarif')],
    ['sample-fixed-as-results.sarif', () => render(sampleResult(), 'sarif', { fixed: 'results' })],
  ])('%s', async (file, make) => {
    const path = join(goldenDir, file);
    const actual = await pretty(make(), path);
    expect(actual).not.toMatch(/"(\/|[A-Za-z]:\\\\)(home|tmp|work|Users|root)|file:\/\//);
    expect(actual).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(path, actual);
    }
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
