/**
 * A strict parser of one file's `git diff -U0` text into hunks. Line numbers decide which findings
 * are "new", so a diff that does not add up is rejected with the reason, never half-read.
 */
import type { Hunk } from '../../core/types.js';

export class MalformedDiffError extends Error {
  constructor(message: string) {
    super(`malformed diff: ${message}`);
    this.name = 'MalformedDiffError';
  }
}

export interface HunkParseOptions {
  /** Lines in the base text: removed lines must lie within it. */
  oldLineCount?: number;
  /** Lines in the head text: added lines must lie within it. */
  newLineCount?: number;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@(?: .*)?$/;

/** Lines git writes between `diff --git` and the first hunk. */
const EXTENDED_HEADERS = [
  'index ',
  'old mode ',
  'new mode ',
  'deleted file mode ',
  'new file mode ',
  'similarity index ',
  'dissimilarity index ',
  'rename from ',
  'rename to ',
  'copy from ',
  'copy to ',
  '--- ',
  '+++ ',
];

export function parseHunks(diff: string, options: HunkParseOptions = {}): Hunk[] {
  const lines = diff.split('\n');
  // The text ends with a newline, which leaves one empty string that is not a line of the diff.
  if (lines[lines.length - 1] === '') lines.pop();

  const hunks: Hunk[] = [];
  let files = 0;
  let i = 0;
  const where = (): string => `line ${i + 1}`;

  while (i < lines.length && !lines[i]!.startsWith('@@')) {
    const line = lines[i]!;
    if (line.startsWith('diff --git ')) {
      files++;
      if (files > 1)
        throw new MalformedDiffError(`${where()}: a second file in what must be the diff of one file`);
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') {
      throw new MalformedDiffError(`${where()}: git reports binary content, which has no lines to diff`);
    } else if (files === 0 || !EXTENDED_HEADERS.some((prefix) => line.startsWith(prefix))) {
      throw new MalformedDiffError(`${where()}: unexpected header line ${quote(line)}`);
    }
    i++;
  }

  // Lines before a hunk on each side minus those on the other: the shift that earlier hunks made.
  let shift = 0;
  let lastRemoved = 0;
  let lastAdded = 0;
  while (i < lines.length) {
    const header = lines[i]!;
    const m = HUNK_HEADER.exec(header);
    if (!m) {
      const what = header.startsWith('diff --git ')
        ? 'a second file in what must be the diff of one file'
        : `hunk header ${quote(header)} is not "@@ -a,b +c,d @@"`;
      throw new MalformedDiffError(`${where()}: ${what}`);
    }
    const hunkNo = hunks.length + 1;
    const oldStart = Number(m[1]);
    const oldLines = m[2] === undefined ? 1 : Number(m[2]);
    const newStart = Number(m[3]);
    const newLines = m[4] === undefined ? 1 : Number(m[4]);
    if (oldLines === 0 && newLines === 0)
      throw new MalformedDiffError(`${where()}: hunk ${hunkNo} changes no line`);
    if ((oldLines > 0 && oldStart < 1) || (newLines > 0 && newStart < 1)) {
      throw new MalformedDiffError(`${where()}: hunk ${hunkNo} starts at line 0`);
    }
    // git numbers an empty side by the line before it, a non-empty one by its first line.
    const oldBefore = oldLines === 0 ? oldStart : oldStart - 1;
    const newBefore = newLines === 0 ? newStart : newStart - 1;
    if (newBefore - oldBefore !== shift) {
      throw new MalformedDiffError(
        `${where()}: hunk ${hunkNo} ${quote(header)} puts base line ${oldBefore + 1} at head line ${newBefore + 1}, ` +
          `but the hunks before it shift lines by ${shift}`,
      );
    }
    i++;

    const hunk: Hunk = { oldStart, oldLines, newStart, newLines, added: [], removed: [] };
    let oldLine = oldStart;
    let newLine = newStart;
    let oldSeen = 0;
    let newSeen = 0;
    while (oldSeen < oldLines || newSeen < newLines) {
      const line = lines[i];
      if (line === undefined) {
        throw new MalformedDiffError(
          `hunk ${hunkNo} ${quote(header)} ends early: ${oldLines - oldSeen} base and ${newLines - newSeen} head lines missing`,
        );
      }
      const kind = line[0];
      if (kind === '-' || kind === ' ') {
        if (oldSeen === oldLines) throw tooMany(i, hunkNo, header, 'base');
        if (kind === '-') hunk.removed.push(oldLine);
        oldLine++;
        oldSeen++;
      }
      if (kind === '+' || kind === ' ') {
        if (newSeen === newLines) throw tooMany(i, hunkNo, header, 'head');
        if (kind === '+') hunk.added.push(newLine);
        newLine++;
        newSeen++;
      }
      if (kind !== '-' && kind !== '+' && kind !== ' ' && kind !== '\\') {
        throw new MalformedDiffError(`line ${i + 1}: unexpected line ${quote(line)} inside hunk ${hunkNo}`);
      }
      i++;
    }
    // "\ No newline at end of file" belongs to the line before it.
    while (i < lines.length && lines[i]!.startsWith('\\')) i++;

    const firstRemoved = hunk.removed[0];
    const firstAdded = hunk.added[0];
    if (
      (firstRemoved !== undefined && firstRemoved <= lastRemoved) ||
      (firstAdded !== undefined && firstAdded <= lastAdded)
    ) {
      throw new MalformedDiffError(`hunk ${hunkNo} ${quote(header)} overlaps the hunk before it`);
    }
    lastRemoved = hunk.removed[hunk.removed.length - 1] ?? lastRemoved;
    lastAdded = hunk.added[hunk.added.length - 1] ?? lastAdded;
    checkWithin(hunk.removed, options.oldLineCount, hunkNo, 'base');
    checkWithin(hunk.added, options.newLineCount, hunkNo, 'head');
    shift += newLines - oldLines;
    hunks.push(hunk);
  }
  return hunks;
}

/** Lines as git counts them: a last line without a newline still counts, an empty text has none. */
export function countLines(text: string): number {
  if (text === '') return 0;
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

function checkWithin(lines: number[], count: number | undefined, hunkNo: number, side: string): void {
  const last = lines[lines.length - 1];
  if (count !== undefined && last !== undefined && last > count) {
    throw new MalformedDiffError(
      `hunk ${hunkNo} reaches ${side} line ${last}, but the ${side} text has ${count} lines`,
    );
  }
}

function tooMany(i: number, hunkNo: number, header: string, side: string): MalformedDiffError {
  return new MalformedDiffError(
    `line ${i + 1}: hunk ${hunkNo} ${quote(header)} has more ${side} lines than its header counts`,
  );
}

function quote(line: string): string {
  return JSON.stringify(line.length > 120 ? `${line.slice(0, 120)}…` : line);
}

/** The one hunk git writes for a file that appears (head) or disappears (base) whole. */
export function wholeFileHunks(lineCount: number, side: 'base' | 'head'): Hunk[] {
  if (lineCount === 0) return [];
  const lines = Array.from({ length: lineCount }, (_, k) => k + 1);
  return side === 'head'
    ? [{ oldStart: 0, oldLines: 0, newStart: 1, newLines: lineCount, added: lines, removed: [] }]
    : [{ oldStart: 1, oldLines: lineCount, newStart: 0, newLines: 0, added: [], removed: lines }];
}
