import { applyEdits, EditError } from '../src/core/text-edits.js';
import type { Region, TextEdit } from '../src/core/types.js';

const r = (startLine: number, startColumn: number, endLine: number, endColumn: number): Region => ({
  startLine,
  startColumn,
  endLine,
  endColumn,
});
const edit = (region: Region, text: string): TextEdit => ({ file: 'f', region, text });

describe('applyEdits', () => {
  it('replaces regions given in 1-based lines and exclusive end columns', () => {
    expect(applyEdits('abc\ndef\n', [edit(r(2, 2, 2, 3), 'X')])).toBe('abc\ndXf\n');
  });
  it('applies several edits regardless of their order, from the end backwards', () => {
    const text = 'one two\nthree\n';
    const edits = [edit(r(1, 1, 1, 4), '1'), edit(r(2, 1, 2, 6), '3'), edit(r(1, 5, 1, 8), '2')];
    expect(applyEdits(text, edits)).toBe('1 2\n3\n');
  });
  it('spans lines and may delete the newline', () => {
    expect(applyEdits('ab\ncd\n', [edit(r(1, 2, 2, 2), '')])).toBe('ad\n');
  });
  it('counts columns in UTF-16 code units', () => {
    // 😀 is two code units: "x" starts at column 4.
    expect(applyEdits('é😀x = 1\n', [edit(r(1, 4, 1, 5), 'y')])).toBe('é😀y = 1\n');
  });
  it('keeps insertions at the same point in the order given', () => {
    expect(applyEdits('ab', [edit(r(1, 2, 1, 2), '1'), edit(r(1, 2, 1, 2), '2')])).toBe('a12b');
  });
  it('applies the same edit given twice once (an import two fixes both add)', () => {
    const imp = edit(r(1, 1, 1, 1), 'import os\n');
    expect(applyEdits('a = 1\n', [imp, edit(r(1, 5, 1, 6), '2'), { ...imp }])).toBe('import os\na = 2\n');
    expect(() => applyEdits('abcd', [edit(r(1, 1, 1, 3), 'X'), edit(r(1, 1, 1, 3), 'Y')])).toThrow(/overlap/);
  });
  it('allows adjacent edits but rejects overlapping ones', () => {
    expect(applyEdits('abcd', [edit(r(1, 1, 1, 3), 'X'), edit(r(1, 3, 1, 5), 'Y')])).toBe('XY');
    expect(() => applyEdits('abcd', [edit(r(1, 1, 1, 3), 'X'), edit(r(1, 2, 1, 4), 'Y')])).toThrow(/overlap/);
  });
  it('rejects positions outside the text', () => {
    expect(() => applyEdits('ab\n', [edit(r(1, 1, 1, 5), 'X')])).toThrow(EditError);
    expect(() => applyEdits('ab\n', [edit(r(7, 1, 7, 1), 'X')])).toThrow(/outside/);
    expect(() => applyEdits('ab\n', [edit(r(1, 3, 1, 2), 'X')])).toThrow(/ends before/);
  });
  it('returns the text unchanged without edits', () => {
    expect(applyEdits('same', [])).toBe('same');
  });
});
