/**
 * Inline suppressions, in a comment on the finding's line or on the line above:
 *  - `aigis-ignore[CWE-89]: reason` or `aigis-ignore[rule-id, ...]: reason` (ours);
 *  - the forms other analyzers' users already wrote: bandit/gosec `nosec` (`# nosec B602`,
 *    `// #nosec G204 -- reason`), semgrep `nosemgrep` (`# nosemgrep: rule-id`), and CodeQL
 *    `codeql[js/sql-injection] reason`. Their rule ids cover our finding when they name the same
 *    weakness (data/foreign-rule-cwes.json); a bare `nosec` / `nosemgrep` covers the whole line,
 *    as it does for those tools.
 * Which forms are honoured is configurable. A suppression without a reason still suppresses, with
 * reason undefined, so the report can call it out.
 */
import type { Suppression } from '../../core/types.js';
import type { Node } from '../../parsing/parser.js';
import FOREIGN from './data/foreign-rule-cwes.json' with { type: 'json' };

export const SUPPRESSION_FORMS = ['aigis-ignore', 'nosec', 'nosemgrep', 'codeql'] as const;
export type SuppressionForm = (typeof SUPPRESSION_FORMS)[number];

/** Every id, for a bare `nosec` / `nosemgrep`. */
export const ANY_RULE = '*';

export interface ParsedSuppression {
  form: SuppressionForm;
  /** Rule ids and `CWE-<n>` tokens as written, or [ANY_RULE]. */
  ids: string[];
  reason?: string;
}

export interface InlineSuppression extends ParsedSuppression {
  /** 1-based lines of code it covers. */
  lines: number[];
}

// Comment closers that trail the reason in block-comment syntaxes.
const CLOSERS = /\s*(?:\*\/|-->|"""|''')\s*$/;

const FORMS: Record<
  SuppressionForm,
  { marker: RegExp; parse: (m: RegExpMatchArray) => ParsedSuppression | undefined }
> = {
  'aigis-ignore': {
    marker: /aigis-ignore\[([^\]]*)\](?:[ \t]*:[ \t]*([^\r\n]*))?/g,
    parse: (m) => withReason('aigis-ignore', splitIds(m[1]!), m[2]),
  },
  // bandit: `# nosec`, `# nosec B602, B607`; gosec: `// #nosec G204 -- reason`.
  nosec: {
    marker:
      /(?:^|[^\w-])#?nosec\b(?:[ \t]+((?:[A-Za-z]+[0-9]+|CWE-[0-9]+)(?:[ \t]*,[ \t]*(?:[A-Za-z]+[0-9]+|CWE-[0-9]+))*))?(?:[ \t]*--[ \t]*([^\r\n]*))?/g,
    parse: (m) => withReason('nosec', m[1] ? splitIds(m[1]) : [ANY_RULE], m[2]),
  },
  // semgrep: `# nosemgrep`, `# nosemgrep: rule-id, other.rule-id`.
  nosemgrep: {
    marker:
      /\bnosemgrep\b(?:[ \t]*:[ \t]*([\w.\-/]+(?:[ \t]*,[ \t]*[\w.\-/]+)*))?(?:[ \t]*--[ \t]*([^\r\n]*))?/g,
    parse: (m) => withReason('nosemgrep', m[1] ? splitIds(m[1]) : [ANY_RULE], m[2]),
  },
  // CodeQL: `// codeql[js/sql-injection] reason`.
  codeql: {
    marker: /\bcodeql\[([^\]]*)\](?:[ \t]*:?[ \t]*([^\r\n]*))?/g,
    parse: (m) => withReason('codeql', splitIds(m[1]!), m[2]),
  },
};

function splitIds(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function withReason(
  form: SuppressionForm,
  ids: string[],
  raw: string | undefined,
): ParsedSuppression | undefined {
  if (ids.length === 0) return undefined;
  const reason = raw?.replace(CLOSERS, '').trim();
  return reason ? { form, ids, reason } : { form, ids };
}

/** The suppressions written in one comment's text, in the forms honoured. */
export function parseSuppressionComment(
  comment: string,
  forms: readonly SuppressionForm[] = SUPPRESSION_FORMS,
): ParsedSuppression[] {
  const out: ParsedSuppression[] = [];
  for (const form of forms) {
    for (const m of comment.matchAll(FORMS[form].marker)) {
      const s = FORMS[form].parse(m);
      if (s) out.push(s);
    }
  }
  return out;
}

const QUICK = /aigis-ignore|nosec|nosemgrep|codeql\[/;

/** Every suppression in a tree's comments. */
export function collectSuppressions(
  root: Node,
  forms: readonly SuppressionForm[] = SUPPRESSION_FORMS,
): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  // Most files have no suppression at all: walking every node to find out costs as much as a rule.
  const text = root.text;
  if (!QUICK.test(text)) return out;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Columns are UTF-16 code units, as JavaScript strings count.
  const trailing = (n: Node) => {
    const start = lineStarts[n.startPosition.row] ?? 0;
    return text.slice(start, start + n.startPosition.column).trim() !== '';
  };
  // Iterative: generated code nests deeper than the JavaScript stack.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type.includes('comment')) {
      if (!QUICK.test(n.text)) continue;
      const first = n.startPosition.row + 1;
      const last = n.endPosition.row + 1;
      // A comment on a line of its own covers the next line; one after code covers its line only.
      const lines: number[] = [];
      for (let l = first; l <= (trailing(n) ? last : last + 1); l++) lines.push(l);
      for (const s of parseSuppressionComment(n.text, forms)) out.push({ ...s, lines });
      continue;
    }
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c) stack.push(c);
    }
  }
  return out;
}

const FOREIGN_CWES: Record<string, number[]> = Object.assign(
  {},
  FOREIGN.bandit,
  FOREIGN.gosec,
  FOREIGN.codeql,
) as Record<string, number[]>;

function covers(s: ParsedSuppression, id: string, ruleId: string, cwes: readonly number[]): boolean {
  if (id === ANY_RULE) return true;
  const cwe = /^CWE-(\d+)$/i.exec(id);
  if (cwe) return cwes.includes(Number(cwe[1]));
  if (id === ruleId) return true;
  if (s.form === 'aigis-ignore') return false;
  // semgrep ids are dotted paths whose last part names the rule.
  if (s.form === 'nosemgrep' && id.split('.').at(-1) === ruleId) return true;
  const foreign = FOREIGN_CWES[s.form === 'nosec' ? id.toUpperCase() : id];
  return foreign !== undefined && foreign.some((c) => cwes.includes(c));
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
    if (!s.ids.some((id) => covers(s, id, ruleId, cwes))) continue;
    return {
      kind: 'inline',
      ...(s.form !== 'aigis-ignore' ? { via: s.form } : {}),
      ...(s.reason !== undefined ? { reason: s.reason } : {}),
    };
  }
  return undefined;
}
