import { planAnnotations } from '../../src/publish/annotations.js';
import { finding } from './factory.js';

describe('annotations', () => {
  it('are the new, unsuppressed findings, highest score first, capped, with level by severity band', () => {
    const out = planAnnotations(
      [
        finding({ line: 3, severity: 5.0, score: 0.4 }),
        finding({ line: 9, severity: 8.8, score: 0.7 }),
        finding({ line: 12, status: 'existing' }),
        finding({ line: 14, suppressed: { kind: 'inline', reason: 'checked' } }),
        finding({ line: 20, severity: 2.0, score: 0.1 }),
      ],
      2,
    );
    expect(out.map((a) => [a.startLine, a.level])).toEqual([
      [9, 'error'],
      [3, 'warning'],
    ]);
    expect(out[0]!.title).toBe('aigis py-sql-injection (CWE-89): high 8.8, score 0.70');
    expect(out[0]!.file).toBe('src/app.py');
  });
});
