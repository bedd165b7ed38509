/**
 * Sanitizer reports as data, on real reports: AddressSanitizer and UBSan output captured from
 * clang 14 builds of __tests__/fixtures/fuzz/reports' program (the build directory replaced by
 * @ROOT@). Kind, access, CWEs, the repository's frames of every stack, and dedup keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  crashKey,
  cwesOf,
  isResourceExhaustion,
  parseSanitizerReport,
  projectFrames,
} from '../../src/analyzers/aflpp/sanitizer.js';
import { FIXTURES } from './support.js';

const ROOT = '/tmp/aigis-fuzz-x/src-tree';
const report = (name: string) =>
  parseSanitizerReport(
    readFileSync(join(FIXTURES, 'reports', `${name}.txt`), 'utf8')
      .split('@ROOT@')
      .join(ROOT),
    ROOT,
  )!;

test.each([
  [
    'stack',
    'stack-buffer-overflow',
    'WRITE',
    [121, 787],
    { function: 'stack_overflow', file: 'src/bugs.c', line: 8 },
  ],
  [
    'heap',
    'heap-buffer-overflow',
    'READ',
    [122, 125],
    { function: 'heap_read', file: 'src/bugs.c', line: 14 },
  ],
  ['uaf', 'heap-use-after-free', 'READ', [416], { function: 'use_after_free', file: 'src/bugs.c', line: 23 }],
  ['double', 'double-free', undefined, [415], { function: 'double_free', file: 'src/bugs.c', line: 29 }],
  ['segv', 'SEGV', 'READ', [476], { function: 'null_deref', file: 'src/bugs.c', line: 33 }],
  ['int', 'signed-integer-overflow', undefined, [190], { function: 'add', file: 'src/bugs.c', line: 37 }],
])('%s: kind %s, access %s, CWEs %j, innermost project frame', (name, kind, access, cwes, frame) => {
  const r = report(name);
  expect(r.kind).toBe(kind);
  expect(r.access).toBe(access);
  expect(cwesOf(r)).toEqual(cwes);
  expect(projectFrames(r.stack)[0]).toEqual(expect.objectContaining(frame));
  // Frames outside the build directory (libc, the sanitizer runtime) are not the repository's.
  expect(r.allFrames.filter((f) => f.file).every((f) => f.file!.startsWith('src/'))).toBe(true);
  expect(isResourceExhaustion(r)).toBe(false);
});

test('a use after free keeps the free and allocation stacks: DynCoverage can credit the free site', () => {
  const r = report('uaf');
  const lines = projectFrames(r.allFrames).map((f) => f.line);
  expect(lines).toEqual(expect.arrayContaining([23, 22, 20]));
});

test('the summary drops binary offsets, build ids and the build directory', () => {
  const r = report('uaf');
  expect(r.summary).toBe('heap-use-after-free src/bugs.c:23:10 in use_after_free');
  expect(report('segv').summary).toMatch(/NULL pointer dereference/);
});

test('the same bug at another address and pid has the same key; another bug has another', () => {
  const text = readFileSync(join(FIXTURES, 'reports', 'stack.txt'), 'utf8')
    .split('@ROOT@')
    .join(ROOT);
  const again = text.replace(/==\d+==/g, '==999==').replace(/0x[0-9a-f]{12}/g, '0x7fff00000000');
  expect(crashKey(parseSanitizerReport(again, ROOT)!)).toBe(crashKey(report('stack')));
  expect(crashKey(report('heap'))).not.toBe(crashKey(report('stack')));
});

test('a wild pointer SEGV is not called a NULL dereference; out-of-memory is a resource problem', () => {
  expect(cwesOf({ kind: 'SEGV', summary: 'SEGV on unknown address 0x41414141' })).toEqual([119]);
  const oom = parseSanitizerReport(
    '==1==ERROR: AddressSanitizer: requested allocation size 0x200000000 (0x200001000 after adjustments for alignment, red zones etc.) exceeds maximum supported size of 0x10000000 (thread T0)\n    #0 0x1 in malloc (/x+0x1)\nSUMMARY: AddressSanitizer: allocation-size-too-big (/x+0x1) in malloc\n',
    ROOT,
  )!;
  expect(oom.kind).toBe('allocation-size-too-big');
  expect(isResourceExhaustion(oom)).toBe(true);
});

test('output without a sanitizer report is no report', () => {
  expect(parseSanitizerReport('Segmentation fault\n', ROOT)).toBeUndefined();
});
