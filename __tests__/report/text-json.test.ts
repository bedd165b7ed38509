import { render } from '../../src/report/index.js';
import { JSON_SCHEMA_VERSION, toJson } from '../../src/report/json.js';
import { toText } from '../../src/report/text.js';
import { hostileResult, sampleResult } from './sample-result.js';

const ESC = String.fromCharCode(27);

describe('text report', () => {
  const plain = toText(sampleResult(), { color: false });

  test('verdict first, findings grouped by status, skipped files, diagnostics, totals', () => {
    const lines = plain.split('\n');
    expect(lines[0]).toBe(
      '✖ aigis: gate failed — 3 new findings (2 critical, 1 high) (policy new-high: fails on new findings with severity ≥ 7.0)',
    );
    const order = [
      'New findings (6, 2 suppressed)',
      'Existing findings',
      'Fixed by this change',
      'Skipped files (2)',
      'Diagnostics (3)',
      'Totals',
    ];
    const positions = order.map((h) => lines.findIndex((l) => l.startsWith(h)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(plain).toContain(
      '  app/db/users.py:22:5  HIGH      CWE-89   py-sql-injection  SQL query built with an f-string from request.args["name"] and executed  [AI: Claude Code 0.95]',
    );
    expect(plain).toMatch(
      /native\/parse\.c:41:5 {2}CRITICAL {2}CWE-120,CWE-787 {2}c-unbounded-copy .*\[no fix\]/,
    );
    expect(plain).toContain('[suppressed, no reason given]');
    expect(plain).toContain('  web/static/logo.png  binary: git reports a binary diff');
    expect(plain).toContain('  new 4 (2 critical, 1 high, 1 low), existing 1, fixed 1, suppressed 2');
    expect(plain).toContain('no dynamic evidence');
    expect(plain).not.toMatch(/\bhuman\b/i);
  });

  test('ANSI colours only when asked', () => {
    expect(plain).not.toContain('\x1b[');
    const color = toText(sampleResult(), { color: true });
    expect(color).toContain('\x1b[1;31m✖ aigis: gate failed');
    expect(color.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '')).toBe(plain);
  });

  test('control characters from the PR are shown, not sent to the terminal', () => {
    const out = toText(hostileResult(), { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('\\u001b[31m.bin');
    expect(render(sampleResult(), 'text', { color: false })).toBe(plain);
  });
});

describe('JSON report', () => {
  test('the ReviewResult plus schemaVersion and summary, stable and pretty', () => {
    const text = toJson(sampleResult());
    const json = JSON.parse(text) as Record<string, unknown> & {
      summary: {
        counts: Record<string, number>;
        newByBand: Record<string, number>;
        verdict: { passed: boolean };
      };
    };
    expect(Object.keys(json).slice(0, 2)).toEqual(['schemaVersion', 'summary']);
    expect(json.schemaVersion).toBe(JSON_SCHEMA_VERSION);
    expect(json.summary.counts).toEqual({ new: 4, existing: 1, fixed: 1, suppressed: 2, prioritized: 2 });
    expect(json.summary.newByBand).toEqual({ critical: 2, high: 1, medium: 0, low: 1, none: 0 });
    expect(json.summary.verdict.passed).toBe(false);
    expect(json).toMatchObject({ mode: 'review', tool: { name: 'aigis' } });
    expect((json.findings as unknown[]).length).toBe(8);
    expect(text).toContain('\n  "summary": {\n');
    expect(text.endsWith('}\n')).toBe(true);

    const shuffled = sampleResult();
    shuffled.provenance!.tools = { Cursor: 14, 'Claude Code': 60 };
    expect(toJson(shuffled)).toBe(text);
    expect(render(sampleResult(), 'json')).toBe(text);
  });

  test('summary: CWE ledger', () => {
    const json = JSON.parse(toJson(sampleResult())) as { summary: { cwes: unknown } };
    expect(json.summary.cwes).toEqual({
      introduced: [78, 89, 117, 120, 787],
      fixed: [95],
      severityDelta: 22.1,
    });
  });
});
