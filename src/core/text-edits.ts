/**
 * Applying TextEdits to a text: shared by rule fixes and the repair stage. Regions are 1-based lines
 * and columns counted in UTF-16 code units (SARIF's default columnKind), end column exclusive.
 */
import type { Region, TextEdit } from './types.js';

export class EditError extends Error {
  override name = 'EditError';
}

/** Start offset (in UTF-16 code units) of every line; a line ends after its '\n'. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Offset of a 1-based (line, column) position; throws when it lies outside the text. */
export function offsetOf(
  starts: readonly number[],
  textLength: number,
  line: number,
  column: number,
): number {
  const start = starts[line - 1];
  if (start === undefined || column < 1)
    throw new EditError(`position ${line}:${column} is outside the text`);
  const next = starts[line];
  // A position may point just past the last character of its line (at its newline), not beyond.
  const lineEnd = next === undefined ? textLength : next - 1;
  const offset = start + column - 1;
  if (offset > lineEnd) throw new EditError(`position ${line}:${column} is past the end of line ${line}`);
  return offset;
}

/** The [start, end) offsets of a region. */
export function regionOffsets(text: string, region: Region, starts = lineStarts(text)): [number, number] {
  const start = offsetOf(starts, text.length, region.startLine, region.startColumn);
  const end = offsetOf(starts, text.length, region.endLine, region.endColumn);
  if (end < start) throw new EditError(`region ${describe(region)} ends before it starts`);
  return [start, end];
}

/**
 * The text with every edit applied. Edits are applied from the end backwards so earlier offsets stay
 * valid; overlapping edits are rejected because their result would depend on the order.
 * Two insertions at the same point are kept in the order given; the same edit given twice (the
 * import two rule fixes both add) is applied once.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const seen = new Set<string>();
  const spans = edits.flatMap((edit, index) => {
    const [start, end] = regionOffsets(text, edit.region, starts);
    const key = `${start}:${end}:${edit.text}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ start, end, text: edit.text, index, region: edit.region }];
  });
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1]!;
    const cur = spans[i]!;
    if (cur.start < prev.end)
      throw new EditError(`edits overlap: ${describe(prev.region)} and ${describe(cur.region)}`);
  }
  let out = text;
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i]!;
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
  }
  return out;
}

function describe(r: Region): string {
  return `${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn}`;
}
