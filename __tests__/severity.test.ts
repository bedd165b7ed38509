import { cweTag, severityBand, severityForCwes } from '../src/core/severity.js';

describe('severity table', () => {
  it('takes the highest severity over the CWEs and falls back to the default', () => {
    expect(severityForCwes([79, 89])).toBe(8.8);
    expect(severityForCwes([999999])).toBe(5.0);
  });
  it('maps onto GitHub bands', () => {
    expect(severityBand(9.8)).toBe('critical');
    expect(severityBand(9.0)).toBe('high');
    expect(severityBand(7.0)).toBe('high');
    expect(severityBand(6.9)).toBe('medium');
    expect(severityBand(0.1)).toBe('low');
  });
  it('writes CWE tags the way code scanning expects', () => {
    expect(cweTag(89)).toBe('external/cwe/cwe-089');
    expect(cweTag(1333)).toBe('external/cwe/cwe-1333');
  });
});
