/**
 * Findings of several engines about one weakness become one finding: same file and side,
 * overlapping lines, CWEs of one family (tools name a weakness by neighbouring CWEs).
 */
import type { ChangedFile, EngineFinding } from '../../src/core/types.js';
import { familyOf } from '../../src/core/cwe-families.js';
import { fingerprint } from '../../src/stages/rank/fingerprint.js';
import { rank } from '../../src/stages/rank/index.js';
import { combineConfidence, mergeEngineFindings } from '../../src/stages/rank/merge.js';
import { DEFAULT_WEIGHTS } from '../../src/stages/rank/score.js';

function ef(over: Partial<EngineFinding>): EngineFinding {
  return {
    ruleId: 'builtin-rule',
    engine: 'builtin',
    cwes: [89],
    message: 'm',
    file: 'app.py',
    side: 'head',
    region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 40 },
    snippet: 'sink(x)',
    context: 'handler',
    staticConfidence: 0.6,
    ...over,
  };
}

describe('merging engine findings by CWE family', () => {
  it.each([
    ['OS command injection', [78], [77, 88]],
    ['SQL injection', [89], [564]],
    ['weak hashing', [327], [328, 916]],
    ['weak random', [330], [338]],
    ['buffer overflow', [120], [787]],
    ['buffer overflow (stack, heap)', [121], [122]],
    ['hard-coded credentials', [259], [798]],
  ])('%s: CWE %j and %j are one weakness', (_name, a, b) => {
    const merged = mergeEngineFindings([
      ef({ cwes: a }),
      ef({ engine: 'codeql', ruleId: 'codeql-rule', cwes: b, staticConfidence: 0.85 }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.engines).toEqual(['builtin', 'codeql']);
    expect(merged[0]!.staticConfidence).toBeCloseTo(combineConfidence(0.6, 0.85));
    expect(familyOf(a[0]!)).toBe(familyOf(b[0]!));
  });

  it.each([
    ['different families', ef({ engine: 'codeql', cwes: [78] })],
    ['no CWE at all', ef({ engine: 'eslint', cwes: [] })],
    [
      'lines that do not overlap',
      ef({ engine: 'codeql', region: { startLine: 4, startColumn: 1, endLine: 6, endColumn: 2 } }),
    ],
    ['the other side of the diff', ef({ engine: 'codeql', side: 'base' })],
    ['another file', ef({ engine: 'codeql', file: 'other.py' })],
    ['the same engine', ef({ ruleId: 'another-builtin-rule' })],
  ])('keeps findings apart on %s', (_why, other) => {
    expect(mergeEngineFindings([ef({}), other])).toHaveLength(2);
  });

  it('merges a multi-line region with a finding on one of its lines', () => {
    const call = ef({ region: { startLine: 3, startColumn: 5, endLine: 7, endColumn: 2 } });
    const sink = ef({
      engine: 'codeql',
      region: { startLine: 6, startColumn: 9, endLine: 6, endColumn: 20 },
    });
    expect(mergeEngineFindings([call, sink])).toHaveLength(1);
  });

  it("keeps the first engine's identity, so a head-only engine does not change the fingerprint", () => {
    const builtin = ef({ cwes: [328], snippet: 'hashlib.md5(pw)' });
    const codeql = ef({ engine: 'codeql', ruleId: 'py/weak-sensitive-data-hashing', cwes: [327, 328, 916] });
    const [merged] = mergeEngineFindings([builtin, codeql]);
    expect(merged!.ruleId).toBe(builtin.ruleId);
    expect(merged!.cwes).toEqual([328]);
    expect(fingerprint(merged!)).toBe(fingerprint(builtin));
  });

  it('a weakness both sides have stays existing when CodeQL saw only the head', () => {
    const file: ChangedFile = {
      path: 'app.py',
      status: 'modified',
      language: 'python',
      hunks: [{ oldStart: 3, oldLines: 1, newStart: 3, newLines: 1, added: [3], removed: [3] }],
    };
    const head = ef({ cwes: [328], snippet: 'hashlib.md5(pw)' });
    const out = rank({
      findings: [
        head,
        ef({
          engine: 'codeql',
          ruleId: 'py/weak-sensitive-data-hashing',
          cwes: [327, 328, 916],
          staticConfidence: 0.85,
        }),
        { ...head, side: 'base' },
      ],
      pr: { files: [file] },
      weights: DEFAULT_WEIGHTS,
    });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'existing', engines: ['builtin', 'codeql'] });
  });
});
