import {
  MalformedDiffError,
  countLines,
  parseHunks,
  wholeFileHunks,
} from '../../src/stages/collect/hunks.js';

const header = 'diff --git a/app.py b/app.py\nindex 1111111..2222222 100644\n--- a/app.py\n+++ b/app.py\n';

describe('parseHunks', () => {
  it('reads added and removed line numbers of several hunks', () => {
    const diff =
      header +
      '@@ -2 +2 @@ def f():\n-    return 1\n+    return 2\n' +
      '@@ -5,0 +6,2 @@\n+a = 1\n+b = 2\n' +
      '@@ -9,2 +10,0 @@\n-x\n-y\n';
    expect(parseHunks(diff)).toEqual([
      { oldStart: 2, oldLines: 1, newStart: 2, newLines: 1, added: [2], removed: [2] },
      { oldStart: 5, oldLines: 0, newStart: 6, newLines: 2, added: [6, 7], removed: [] },
      { oldStart: 9, oldLines: 2, newStart: 10, newLines: 0, added: [], removed: [9, 10] },
    ]);
  });

  it('accepts rename headers and "no newline at end of file" markers', () => {
    const diff =
      'diff --git a/old name.py b/new "name".py\nsimilarity index 80%\nrename from old name.py\n' +
      'rename to new "name".py\nindex 1..2 100644\n--- a/old name.py\n+++ b/new "name".py\n' +
      '@@ -3 +3 @@\n-end\n\\ No newline at end of file\n+END\n\\ No newline at end of file\n';
    expect(parseHunks(diff)).toEqual([
      { oldStart: 3, oldLines: 1, newStart: 3, newLines: 1, added: [3], removed: [3] },
    ]);
  });

  it('takes lines that look like headers inside a hunk for content', () => {
    const diff = header + '@@ -0,0 +1,3 @@\n+--- a/x\n++++ b/y\n+@@ -1 +1 @@\n';
    expect(parseHunks(diff)[0]?.added).toEqual([1, 2, 3]);
  });

  it('returns no hunk for an empty diff or a mode change', () => {
    expect(parseHunks('')).toEqual([]);
    expect(parseHunks('diff --git a/x b/x\nold mode 100644\nnew mode 100755\n')).toEqual([]);
  });

  it.each([
    [
      'a bad hunk header',
      header + '@@ -1,x +1 @@\n-a\n+b\n',
      /hunk header "@@ -1,x \+1 @@" is not "@@ -a,b \+c,d @@"/,
    ],
    ['a header without @@ at the end', header + '@@ -1 +1\n-a\n+b\n', /is not "@@ -a,b \+c,d @@"/],
    [
      'fewer lines than the header counts',
      header + '@@ -1,2 +1 @@\n-a\n+b\n',
      /ends early: 1 base and 0 head lines missing/,
    ],
    [
      'more lines than the header counts',
      header + '@@ -1 +1 @@\n-a\n-b\n+c\n',
      /more base lines than its header counts/,
    ],
    [
      'an unknown line inside a hunk',
      header + '@@ -1 +1,2 @@\n-a\n+b\nc\n',
      /unexpected line "c" inside hunk 1/,
    ],
    [
      'an empty line inside a hunk',
      header + '@@ -1,2 +1,2 @@\n-a\n\n+b\n+c\n',
      /unexpected line "" inside hunk 1/,
    ],
    ['a hunk changing nothing', header + '@@ -1,0 +1,0 @@\n', /changes no line/],
    ['line 0 with lines', header + '@@ -0,1 +0,1 @@\n-a\n+b\n', /starts at line 0/],
    [
      'a line shift that does not add up',
      header + '@@ -1 +1,2 @@\n-a\n+b\n+c\n@@ -5 +5 @@\n-d\n+e\n',
      /shift lines by 1/,
    ],
    ['overlapping hunks', header + '@@ -5 +5 @@\n-a\n+b\n@@ -3 +3 @@\n-c\n+d\n', /overlaps|shift/],
    [
      'an unknown header line',
      'diff --git a/x b/x\nwhatever\n@@ -1 +1 @@\n-a\n+b\n',
      /unexpected header line "whatever"/,
    ],
    ['content before any header', '-a\n+b\n', /unexpected header line "-a"/],
    ['two files', header + '@@ -1 +1 @@\n-a\n+b\n' + header + '@@ -1 +1 @@\n-a\n+b\n', /a second file/],
    ['binary content', 'diff --git a/x b/x\nBinary files a/x and b/x differ\n', /binary content/],
  ])('rejects %s with a clear message', (_what, diff, message) => {
    expect(() => parseHunks(diff)).toThrow(MalformedDiffError);
    expect(() => parseHunks(diff)).toThrow(message);
  });

  it('rejects line numbers beyond the texts it was given', () => {
    const diff = header + '@@ -1 +1,3 @@\n-a\n+b\n+c\n+d\n';
    expect(() => parseHunks(diff, { oldLineCount: 1, newLineCount: 2 })).toThrow(
      'malformed diff: hunk 1 reaches head line 3, but the head text has 2 lines',
    );
  });
});

describe('countLines and wholeFileHunks', () => {
  it('counts lines as git does', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('\n\n')).toBe(2);
  });

  it('makes one hunk for a whole file', () => {
    expect(wholeFileHunks(2, 'head')).toEqual([
      { oldStart: 0, oldLines: 0, newStart: 1, newLines: 2, added: [1, 2], removed: [] },
    ]);
    expect(wholeFileHunks(1, 'base')).toEqual([
      { oldStart: 1, oldLines: 1, newStart: 0, newLines: 0, added: [], removed: [1] },
    ]);
    expect(wholeFileHunks(0, 'head')).toEqual([]);
  });
});
