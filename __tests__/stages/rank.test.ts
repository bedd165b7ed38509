import type { ChangedFile, EngineFinding, Provenance } from '../../src/core/types.js';
import { gate } from '../../src/stages/gate/index.js';
import { fingerprint } from '../../src/stages/rank/fingerprint.js';
import { rank } from '../../src/stages/rank/index.js';
import { DEFAULT_WEIGHTS } from '../../src/stages/rank/score.js';

function ef(over: Partial<EngineFinding>): EngineFinding {
  return {
    ruleId: 'py-sql-injection',
    engine: 'builtin',
    cwes: [89],
    message: 'SQL built from input',
    file: 'app.py',
    side: 'head',
    region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 40 },
    snippet: 'cur.execute(f"SELECT * FROM t WHERE id={x}")',
    context: 'handler',
    staticConfidence: 0.9,
    ...over,
  };
}

function file(path: string, added: number[], oldPath?: string): ChangedFile {
  return {
    path,
    ...(oldPath ? { oldPath } : {}),
    status: oldPath ? 'renamed' : 'modified',
    language: 'python',
    hunks: added.length
      ? [{ oldStart: 1, oldLines: 0, newStart: added[0]!, newLines: added.length, added, removed: [] }]
      : [],
  };
}

describe('fingerprint', () => {
  it('ignores line numbers and whitespace, not the code or its function', () => {
    const a = ef({});
    expect(fingerprint(ef({ region: { startLine: 90, startColumn: 1, endLine: 90, endColumn: 9 } }))).toBe(
      fingerprint(a),
    );
    expect(fingerprint(ef({ snippet: 'cur.execute(  f"SELECT * FROM t WHERE id={x}"\n)' }))).toBe(
      fingerprint(ef({ snippet: 'cur.execute( f"SELECT * FROM t WHERE id={x}" )' })),
    );
    expect(fingerprint(ef({ context: 'other' }))).not.toBe(fingerprint(a));
    expect(fingerprint(ef({ snippet: 'cur.execute(q)' }))).not.toBe(fingerprint(a));
  });
});

describe('rank', () => {
  it('marks new, existing (moved) and fixed by fingerprint, not line number', () => {
    const findings = [
      // existed before, moved down by 10 lines: existing
      ef({ side: 'base', region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 40 } }),
      ef({ side: 'head', region: { startLine: 13, startColumn: 5, endLine: 13, endColumn: 40 } }),
      // new code on an added line
      ef({
        side: 'head',
        snippet: 'cur.execute("x" + y)',
        region: { startLine: 20, startColumn: 1, endLine: 20, endColumn: 9 },
      }),
      // gone from head: fixed
      ef({ side: 'base', ruleId: 'py-os-system', cwes: [78], snippet: 'os.system("ls " + d)' }),
    ];
    const out = rank({ findings, pr: { files: [file('app.py', [13, 20])] }, weights: DEFAULT_WEIGHTS });
    expect(out.map((f) => [f.status, f.region.startLine])).toEqual([
      ['new', 20],
      ['existing', 13],
      ['fixed', 3],
    ]);
    expect(out[0]!.score).toBeCloseTo(0.63);
    expect(out[0]!.prioritized).toBe(true);
    expect(out[0]!.severity).toBe(8.8);
  });

  it('never reports "new" outside added lines, and follows renames', () => {
    const findings = [
      ef({ side: 'base', file: 'old.py' }),
      ef({ side: 'head', file: 'new.py' }),
      ef({
        side: 'head',
        file: 'new.py',
        snippet: 'cur.execute(q)',
        region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 5 },
      }),
    ];
    const out = rank({ findings, pr: { files: [file('new.py', [3], 'old.py')] }, weights: DEFAULT_WEIGHTS });
    expect(out.map((f) => f.status).sort()).toEqual(['existing', 'existing']);
  });

  it('counts duplicates: one more copy of the same code is one new finding', () => {
    const findings = [
      ef({ side: 'base' }),
      ef({ side: 'head' }),
      ef({ side: 'head', region: { startLine: 4, startColumn: 5, endLine: 4, endColumn: 40 } }),
    ];
    const out = rank({ findings, pr: { files: [file('app.py', [4])] }, weights: DEFAULT_WEIGHTS });
    expect(out.filter((f) => f.status === 'new')).toHaveLength(1);
    expect(new Set(out.map((f) => f.id)).size).toBe(2);
  });

  it('merges engines that agree and combines their confidence', () => {
    const out = rank({
      findings: [
        ef({ engine: 'builtin', staticConfidence: 0.6 }),
        ef({ engine: 'codeql', staticConfidence: 0.85 }),
      ],
      weights: DEFAULT_WEIGHTS,
    });
    expect(out).toHaveLength(1);
    expect(out[0]!.engines).toEqual(['builtin', 'codeql']);
    expect(out[0]!.staticConfidence).toBeCloseTo(0.94);
  });

  it('attaches the AI attribution of the finding lines', () => {
    const provenance: Provenance = {
      commits: {},
      lines: { 'app.py': { 3: { ai: true, confidence: 0.95, tool: 'Claude Code', evidence: ['trailer'] } } },
      hunks: [],
      aiShare: 1,
      addedLines: 1,
      tools: { 'Claude Code': 1 },
    };
    const out = rank({
      findings: [ef({})],
      pr: { files: [file('app.py', [3])] },
      provenance,
      weights: DEFAULT_WEIGHTS,
    });
    expect(out[0]!.attribution).toMatchObject({ ai: true, tool: 'Claude Code' });
  });
});

describe('gate', () => {
  const ranked = rank({
    findings: [ef({}), ef({ ruleId: 'js-weak', cwes: [327], snippet: 'md5', severity: 5 })],
    weights: DEFAULT_WEIGHTS,
  });
  it.each([
    ['none', true],
    ['new', false],
    ['new-high', false],
    ['score', false],
  ] as const)('policy %s -> passed %s', (policy, passed) => {
    expect(gate(ranked, policy, DEFAULT_WEIGHTS).passed).toBe(passed);
  });
  it('says why, and ignores suppressed findings', () => {
    const v = gate(ranked, 'new-high', DEFAULT_WEIGHTS);
    expect(v.reason).toMatch(/^1 new finding \(1 high\)/);
    const suppressed = ranked.map((f) => ({
      ...f,
      suppressed: { kind: 'inline' as const, reason: 'tested' },
    }));
    expect(gate(suppressed, 'new', DEFAULT_WEIGHTS).passed).toBe(true);
  });
  it('does not fail new-high on a low-confidence finding, however severe, but new does', () => {
    const generic = rank({
      findings: [ef({ ruleId: 'c-weak-random', cwes: [338], snippet: 'rand()', staticConfidence: 0.3 })],
      weights: DEFAULT_WEIGHTS,
    });
    expect(generic[0]!.severity).toBeGreaterThanOrEqual(7);
    expect(gate(generic, 'new-high', DEFAULT_WEIGHTS).passed).toBe(true);
    expect(gate(generic, 'new', DEFAULT_WEIGHTS).passed).toBe(false);
    const tainted = rank({
      findings: [ef({ ruleId: 'c-weak-random', cwes: [338], snippet: 'rand()', staticConfidence: 0.9 })],
      weights: DEFAULT_WEIGHTS,
    });
    expect(gate(tainted, 'new-high', DEFAULT_WEIGHTS).passed).toBe(false);
  });
});
