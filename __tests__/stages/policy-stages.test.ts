import type { EngineFinding, Finding } from '../../src/core/types.js';
import { selectFindings } from '../../src/stages/analyze/select.js';
import { gate } from '../../src/stages/gate/index.js';
import { rank } from '../../src/stages/rank/index.js';
import { DEFAULT_WEIGHTS } from '../../src/stages/rank/score.js';
import { applySuppressions } from '../../src/stages/suppress/index.js';
import { toPipelineOptions, CLI_LABELS } from '../../src/pipeline/raw-options.js';

function ef(over: Partial<EngineFinding> = {}): EngineFinding {
  return {
    ruleId: 'python-sql-injection',
    engine: 'builtin',
    cwes: [89],
    message: 'SQL built from input',
    file: 'app/db.py',
    side: 'head',
    region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 40 },
    snippet: 'cur.execute(f"SELECT {x}")',
    context: 'handler',
    staticConfidence: 0.9,
    ...over,
  };
}

const ai = { ai: true, confidence: 0.95, tool: 'Claude Code', evidence: ['trailer'] };

function ranked(over: Partial<EngineFinding>[] = [{}], severity?: Record<string, number>): Finding[] {
  return rank({ findings: over.map(ef), weights: DEFAULT_WEIGHTS, ...(severity ? { severity } : {}) });
}

describe('select', () => {
  const all = [ef(), ef({ ruleId: 'python-shell-injection', cwes: [78], snippet: 'os.system(x)' })];
  it('keeps included rules (globs) and drops excluded rules and CWEs', () => {
    expect(selectFindings(all, { rulesInclude: ['python-sql-*'] }).map((f) => f.ruleId)).toEqual([
      'python-sql-injection',
    ]);
    expect(selectFindings(all, { rulesExclude: ['python-sql-*'] }).map((f) => f.ruleId)).toEqual([
      'python-shell-injection',
    ]);
    expect(selectFindings(all, { cwesExclude: [78] }).map((f) => f.cwes)).toEqual([[89]]);
    expect(selectFindings(all, { cwesInclude: [78] }).map((f) => f.cwes)).toEqual([[78]]);
    expect(selectFindings(all, undefined)).toHaveLength(2);
  });
});

describe('severity overrides', () => {
  it('takes the rule id first, then the CWE, then the table', () => {
    expect(ranked([{}], { 'python-sql-injection': 2 })[0]!.severity).toBe(2);
    expect(ranked([{}], { 'CWE-89': 3 })[0]!.severity).toBe(3);
    expect(ranked([{}], { 'CWE-78': 3 })[0]!.severity).toBe(8.8);
  });
});

describe('suppress', () => {
  it('applies a central suppression by rule glob and path, with its reason', () => {
    const out = applySuppressions(
      ranked([{}, { file: 'web/app.py' }]),
      [{ rule: 'python-*', paths: ['app/**'], reason: 'parameters validated upstream' }],
      '2026-11-21',
    );
    expect(out.findings.find((f) => f.file === 'app/db.py')!.suppressed).toEqual({
      kind: 'config',
      reason: 'parameters validated upstream',
    });
    expect(out.findings.find((f) => f.file === 'web/app.py')!.suppressed).toBeUndefined();
    expect(out.diagnostics).toEqual([]);
  });

  it('does not apply an expired suppression, and says so', () => {
    const out = applySuppressions(
      ranked(),
      [{ cwe: 89, reason: 'until the ORM lands', expires: '2026-11-20' }],
      '2026-11-21',
    );
    expect(out.findings[0]!.suppressed).toBeUndefined();
    expect(out.diagnostics[0]!.message).toMatch(
      /expired on 2026-11-20: 1 finding\(s\) it covered count again/,
    );
  });

  it('applies on its last day', () => {
    const out = applySuppressions(ranked(), [{ cwe: 89, reason: 'r', expires: '2026-11-21' }], '2026-11-21');
    expect(out.findings[0]!.suppressed?.kind).toBe('config');
  });

  it('reports suppressions without a reason, central and inline, but still applies them', () => {
    const central = applySuppressions(ranked(), [{ rule: 'python-sql-injection' }], '2026-11-21');
    expect(central.findings[0]!.suppressed).toEqual({ kind: 'config' });
    expect(central.diagnostics[0]!.message).toMatch(/has no reason/);
    const inline = applySuppressions(ranked([{ suppressed: { kind: 'inline' } }]), [], '2026-11-21');
    expect(inline.findings[0]!.suppressed).toEqual({ kind: 'inline' });
    expect(inline.diagnostics[0]!.message).toMatch(
      /app\/db\.py:3: inline suppression of python-sql-injection has no reason/,
    );
  });
});

describe('gate with an AI policy', () => {
  const findings = ranked([{}]).map((f) => ({ ...f, severity: 5 }));
  const onAi = findings.map((f) => ({ ...f, attribution: ai }));
  const aiPolicy = { policy: 'new' as const, minConfidence: 0.5 };

  it('applies the stricter policy to AI-written lines only', () => {
    expect(gate(findings, 'new-high', DEFAULT_WEIGHTS, aiPolicy).passed).toBe(true);
    const v = gate(onAi, 'new-high', DEFAULT_WEIGHTS, aiPolicy);
    expect(v.passed).toBe(false);
    expect(v.reason).toMatch(/1 on AI-written lines/);
    expect(v.reason).toMatch(/on AI-written lines new/);
  });

  it('ignores attributions below the minimum confidence', () => {
    const weak = findings.map((f) => ({ ...f, attribution: { ...ai, confidence: 0.3 } }));
    expect(gate(weak, 'new-high', DEFAULT_WEIGHTS, aiPolicy).passed).toBe(true);
  });
});

describe('option precedence', () => {
  it('takes the flag over the config over the default', () => {
    const config = {
      'fail-on': 'new' as const,
      score: { threshold: 0.8 },
      ai: { 'fail-on': 'score' as const },
    };
    expect(toPipelineOptions({}, CLI_LABELS).policy).toBe('new-high');
    expect(toPipelineOptions({}, CLI_LABELS, config).policy).toBe('new');
    expect(toPipelineOptions({ failOn: 'none' }, CLI_LABELS, config).policy).toBe('none');
    expect(toPipelineOptions({}, CLI_LABELS, config).weights.threshold).toBe(0.8);
    expect(toPipelineOptions({}, CLI_LABELS, config).aiPolicy).toEqual({
      policy: 'score',
      minConfidence: 0.5,
    });
  });
});

describe('user signatures from the config', () => {
  it('adds the team’s own marker to the bundled table, and rejects a bad one with the key named', async () => {
    const { attributeCommits } = await import('../../src/stages/attribute/index.js');
    const { parseConfig } = await import('../../src/config/config.js');
    const { config } = parseConfig(
      '.github/aigis.yml',
      [
        'ai:',
        '  signatures:',
        '    - tool: Acme Assistant',
        '      kind: trailer',
        '      key: Generated-By',
        "      pattern: '^acme-assistant/'",
        '      confidence: 0.9',
      ].join('\n'),
    );
    const opts = toPipelineOptions({}, CLI_LABELS, config);
    const person = { name: 'Ada', email: 'ada@example.org' };
    const commit = {
      sha: 'c1',
      parents: [],
      author: person,
      committer: person,
      message: 'Add export\n\nGenerated-By: acme-assistant/2.1',
    };
    const pr = { base: 'b', head: 'h', meta: {}, commits: [commit], files: [], skipped: [], lineCommits: {} };
    expect(attributeCommits(pr, opts.signatures!).c1).toMatchObject({ ai: true, tool: 'Acme Assistant' });

    expect(() =>
      parseConfig(
        '.github/aigis.yml',
        'ai:\n  signatures:\n    - tool: X\n      kind: trailer\n      confidance: 1\n',
      ),
    ).toThrow(/\.github\/aigis\.yml:5: ai\.signatures\[0\]\.confidance: unknown key/);
  });
});
