/**
 * The JSON report read back by `mode: publish`: it comes from a run a fork controlled, so anything
 * publishing relies on is checked before use, and a valid report reads back as written.
 */
import { toJson } from '../../src/report/json.js';
import { readResultFile, ResultFileError } from '../../src/publish/result-file.js';
import { sampleResult } from '../report/sample-result.js';

function tampered(
  change: (report: Record<string, unknown> & { findings: Record<string, unknown>[] }) => void,
): string {
  const report = JSON.parse(toJson(sampleResult()));
  change(report);
  return JSON.stringify(report);
}

describe('readResultFile', () => {
  it('reads back the JSON report the review wrote', () => {
    const result = sampleResult();
    const back = readResultFile(toJson(result), 'artifact');
    expect(back.findings).toEqual(JSON.parse(JSON.stringify(result.findings)));
    expect(back.verdict).toEqual(result.verdict);
    expect(back.head).toBe(result.head);
    expect(back).not.toHaveProperty('schemaVersion');
  });

  it.each([
    [
      'a path that leaves the repository',
      (r: { findings: Record<string, unknown>[] }) => (r.findings[0]!.file = '../../etc/passwd'),
      /\/findings\/0\/file/,
    ],
    [
      'an absolute path',
      (r: { findings: Record<string, unknown>[] }) => (r.findings[0]!.file = '/etc/passwd'),
      /\/findings\/0\/file/,
    ],
    [
      'a score out of range',
      (r: { findings: Record<string, unknown>[] }) => (r.findings[0]!.score = 7),
      /\/findings\/0\/score/,
    ],
    [
      'an unknown status',
      (r: { findings: Record<string, unknown>[] }) => (r.findings[0]!.status = 'pwned'),
      /\/findings\/0\/status/,
    ],
    [
      'a message of a megabyte',
      (r: { findings: Record<string, unknown>[] }) => (r.findings[0]!.message = 'x'.repeat(1 << 20)),
      /\/findings\/0\/message/,
    ],
    ['a head that is not a commit id', (r: Record<string, unknown>) => (r.head = 'main; rm -rf /'), /\/head/],
    ['another schema version', (r: Record<string, unknown>) => (r.schemaVersion = 99), /schema version 1/],
  ])('refuses %s, naming where', (_what, change, where) => {
    const text = tampered(change as never);
    expect(() => readResultFile(text, 'artifact')).toThrow(ResultFileError);
    expect(() => readResultFile(text, 'artifact')).toThrow(where);
  });

  it('says when the file is not JSON at all', () => {
    expect(() => readResultFile('<html>', "input 'result-file'")).toThrow(/input 'result-file' is not JSON/);
  });
});
