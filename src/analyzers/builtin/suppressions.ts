/**
 * Inline suppressions: `aigis-ignore[CWE-89]: reason` or `aigis-ignore[rule-id]: reason` in a
 * comment, on the finding's line or on the line above. Several ids may be listed, separated by
 * commas. A suppression without a reason still suppresses, with reason undefined, so the report can
 * call it out.
 */
import type { Suppression } from '../../core/types.js';
import type { Node } from '../../parsing/parser.js';

export interface InlineSuppression {
  /** 1-based lines of code it covers. */
  lines: number[];
  /** Rule ids and `CWE-<n>` tokens, as written. */
  ids: string[];
  reason?: string;
}

const MARKER = /aigis-ignore\[([^\]]*)\](?:[ \t]*:[ \t]*([^\r\n]*))?/g;
// Comment closers that trail the reason in block-comment syntaxes.
const CLOSERS = /\s*(?:\*\/|-->|"""|''')\s*$/;

/** The suppressions written in one comment's text. */
export function parseSuppressionComment(comment: string): { ids: string[]; reason?: string }[] {
  const out: { ids: string[]; reason?: string }[] = [];
  for (const m of comment.matchAll(MARKER)) {
    const ids = m[1]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ids.length === 0) continue;
    const reason = m[2]?.replace(CLOSERS, '').trim();
    out.push(reason ? { ids, reason } : { ids });
  }
  return out;
}

/** Every suppression in a tree's comments. */
export function collectSuppressions(root: Node): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  const visit = (n: Node) => {
    if (n.type.includes('comment')) {
      if (!n.text.includes('aigis-ignore')) return;
      const first = n.startPosition.row + 1;
      const last = n.endPosition.row + 1;
      const lines: number[] = [];
      for (let l = first; l <= last + 1; l++) lines.push(l);
      for (const s of parseSuppressionComment(n.text)) out.push({ ...s, lines });
      return;
    }
    for (const c of n.children) if (c) visit(c);
  };
  visit(root);
  return out;
}

/** The suppression covering a finding that starts on `line`, if any. */
export function suppressionFor(
  suppressions: readonly InlineSuppression[],
  line: number,
  ruleId: string,
  cwes: readonly number[],
): Suppression | undefined {
  for (const s of suppressions) {
    if (!s.lines.includes(line)) continue;
    const hit = s.ids.some((id) => {
      const cwe = /^CWE-(\d+)$/i.exec(id);
      return cwe ? cwes.includes(Number(cwe[1])) : id === ruleId;
    });
    if (hit) return s.reason === undefined ? { kind: 'inline' } : { kind: 'inline', reason: s.reason };
  }
  return undefined;
}
