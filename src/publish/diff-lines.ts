/**
 * The lines of a PR file that GitHub lets a review comment sit on: the head (RIGHT) side of each
 * hunk of the API's `patch` — added and context lines — with their text, so that a suggestion can
 * be computed without reading the file.
 */
import type { PullRequestFile } from '../core/github-port.js';
import { MalformedDiffError, parseHunks } from '../stages/collect/hunks.js';

export interface RightSideHunk {
  /** First and last head line of the hunk (inclusive). */
  start: number;
  end: number;
}

export interface RightSide {
  hunks: RightSideHunk[];
  /** Head line -> its text (without the newline), for every line of `hunks`. */
  text: Map<number, string>;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * The RIGHT side of one file's patch; undefined when the file has no patch (binary, too large,
 * removed) or the patch does not parse.
 */
export function rightSide(file: PullRequestFile): RightSide | undefined {
  if (file.patch === undefined || file.status === 'removed') return undefined;
  let parsed;
  try {
    parsed = parseHunks(file.patch);
  } catch (e) {
    if (e instanceof MalformedDiffError) return undefined;
    throw e;
  }
  const hunks = parsed
    .filter((h) => h.newLines > 0)
    .map((h) => ({ start: h.newStart, end: h.newStart + h.newLines - 1 }));
  const text = new Map<number, string>();
  let next: number | undefined;
  // parseHunks has checked the counts, so a plain walk is enough to attach the text.
  for (const line of file.patch.split('\n')) {
    const m = HUNK_HEADER.exec(line);
    if (m) {
      next = Number(m[1]);
      continue;
    }
    if (next === undefined) continue;
    if (line.startsWith('+') || line.startsWith(' ')) text.set(next++, line.slice(1));
  }
  return { hunks, text };
}

/** The hunk that holds every line from `start` to `end`, if one does. */
export function hunkHolding(side: RightSide, start: number, end: number): RightSideHunk | undefined {
  return side.hunks.find((h) => h.start <= start && end <= h.end);
}

/** RIGHT sides of all files of the PR, by head path. */
export function rightSides(files: readonly PullRequestFile[]): Map<string, RightSide> {
  const out = new Map<string, RightSide>();
  for (const f of files) {
    const side = rightSide(f);
    if (side) out.set(f.filename, side);
  }
  return out;
}
