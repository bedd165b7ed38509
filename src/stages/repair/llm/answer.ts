/**
 * The model's answer is untrusted input: it becomes an edit only if it is exactly one fenced code
 * block that replaces the region's lines and stays within bounds. A rewrite of the function or the
 * file, an answer without code, or one that echoes the data block is rejected with the reason.
 */
import type { TextEdit } from '../../../core/types.js';
import type { RepairWindow } from './repair-prompt.js';

export type ParsedAnswer = { edit: TextEdit; replacement: string } | { rejected: string };

const FENCE = /^[ \t]*(`{3,}|~{3,})[^\n`]*\n([\s\S]*?)\n?[ \t]*\1[ \t]*$/gm;

/** Lines an answer may add beyond the region's own: room for a check or a guard, not a rewrite. */
const EXTRA_LINES = 8;
/** Lines on each side of the region that an answer must not reproduce (a sign it rewrote them). */
const NEIGHBOUR_LINES = 3;

export function parseAnswer(
  answer: string,
  ctx: { path: string; lines: string[]; window: RepairWindow; delimiter: string },
): ParsedAnswer {
  if (answer.includes(ctx.delimiter)) return { rejected: 'the answer echoes the data block' };
  const blocks = [...answer.matchAll(FENCE)];
  if (blocks.length === 0) return { rejected: 'the answer holds no fenced code block' };
  if (blocks.length > 1) return { rejected: `the answer holds ${blocks.length} code blocks, not one` };
  let replacement = blocks[0]![2]!.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  if (replacement.trim() === '') return { rejected: 'the answer replaces the region with nothing' };

  const { window, lines } = ctx;
  const windowLines = window.endLine - window.startLine + 1;
  const answerLines = replacement.split('\n');
  const limit = 2 * windowLines + EXTRA_LINES;
  if (answerLines.length > limit) {
    return {
      rejected: `the answer is not a bounded edit: ${answerLines.length} lines for a ${windowLines}-line region (at most ${limit})`,
    };
  }
  const own = new Set(window.text.split('\n').map((l) => l.trim()));
  const outside = [
    ...lines.slice(Math.max(0, window.startLine - 1 - NEIGHBOUR_LINES), window.startLine - 1),
    ...lines.slice(window.endLine, window.endLine + NEIGHBOUR_LINES),
  ]
    .map((l) => l.trim())
    .filter((l) => l.length >= 8 && !own.has(l));
  const copied = answerLines.find((l) => outside.includes(l.trim()));
  if (copied !== undefined) {
    return { rejected: `the answer rewrites lines outside the region (it repeats "${clip(copied.trim())}")` };
  }
  replacement = reindent(replacement, window.text);
  if (replacement === window.text) return { rejected: 'the answer changes nothing' };

  const lastLine = lines[window.endLine - 1] ?? '';
  return {
    replacement,
    edit: {
      file: ctx.path,
      region: {
        startLine: window.startLine,
        startColumn: 1,
        endLine: window.endLine,
        endColumn: lastLine.length + 1,
      },
      text: replacement,
    },
  };
}

/** Models often drop the region's leading indentation: put it back when every line lost it. */
function reindent(replacement: string, original: string): string {
  const indentOf = (text: string) =>
    Math.min(
      ...text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.length - l.trimStart().length),
    );
  const want =
    original
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.match(/^[ \t]*/)?.[0] ?? '';
  if (want === '' || indentOf(replacement) > 0) return replacement;
  return replacement
    .split('\n')
    .map((l) => (l.trim() === '' ? l : want + l))
    .join('\n');
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
