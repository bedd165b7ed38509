/**
 * Named, syntax-aware rewrites that fix templates may apply to a capture (`{{sql|sql-query:auto}}`).
 * Each either returns the replacement text or throws NotApplicable when the rewrite would not be
 * sound for this code; the fix is then not offered (the finding still is).
 */
import type { Node } from '../../parsing/parser.js';
import type { FixContext } from './fix.js';

export class NotApplicable extends Error {
  override name = 'NotApplicable';
}

export type Transform = (nodes: readonly Node[], arg: string | undefined, ctx: FixContext) => string;

type Part = { kind: 'text'; raw: string } | { kind: 'param'; expr: string };

interface Literal {
  /** The string prefix without `f` (e.g. `r`, `b`, ``). */
  prefix: string;
  quote: string;
}

interface SqlParts {
  literal: Literal;
  parts: Part[];
}

function fail(why: string): never {
  throw new NotApplicable(why);
}

function literalOf(str: Node): Literal & { fstring: boolean } {
  const start = str.namedChildren.find((c) => c?.type === 'string_start')?.text ?? fail('not a string');
  const m = /^([A-Za-z]*)("""|'''|"|')$/.exec(start) ?? fail('unknown string start');
  const prefix = m[1]!.toLowerCase();
  return { prefix: prefix.replace('f', ''), quote: m[2]!, fstring: prefix.includes('f') };
}

/** Raw content pieces of a Python string literal, with f-string interpolations as params. */
function stringParts(str: Node, text: string): { literal: Literal; parts: Part[] } {
  const lit = literalOf(str);
  const parts: Part[] = [];
  for (const child of str.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content') {
      let raw = '';
      let at = child.startIndex;
      for (const esc of child.namedChildren) {
        if (!esc || esc.type !== 'escape_interpolation') continue;
        raw += text.slice(at, esc.startIndex) + esc.text.slice(0, 1);
        at = esc.endIndex;
      }
      parts.push({ kind: 'text', raw: raw + text.slice(at, child.endIndex) });
    } else if (child.type === 'interpolation') {
      const inner = child.namedChildren.filter((c): c is Node => !!c);
      if (inner.some((c) => c.type === 'type_conversion' || c.type === 'format_specifier'))
        fail('the interpolation formats its value');
      const expr = inner[0] ?? fail('empty interpolation');
      if (child.text.replace(/\s+/g, '').endsWith('=}')) fail('self-documenting interpolation');
      parts.push({ kind: 'param', expr: expr.text });
    }
  }
  return { literal: { prefix: lit.prefix, quote: lit.quote }, parts };
}

function sameLiteral(a: Literal | undefined, b: Literal): Literal {
  if (a && (a.prefix !== b.prefix || a.quote !== b.quote))
    fail('the string pieces use different quotes or prefixes');
  return b;
}

/** Decomposes a Python SQL expression built by f-string, `+`, `%` or `.format` into text and values. */
function decomposePython(node: Node, text: string): SqlParts {
  if (node.type === 'string') {
    const { literal, parts } = stringParts(node, text);
    return {
      literal,
      parts: parts.map((p) => (p.kind === 'text' ? { kind: 'text', raw: escapePercent(p.raw) } : p)),
    };
  }
  if (node.type === 'binary_operator') {
    const op = node.childForFieldName('operator')?.type;
    if (op === '+') return concatenation(node, text);
    if (op === '%') return percentFormat(node, text);
    fail(`operator ${op}`);
  }
  if (node.type === 'call') return dotFormat(node, text);
  return fail(`cannot rewrite a ${node.type}`);
}

/** Our internal text keeps `%` as `%%` so every style can render it. */
function escapePercent(raw: string): string {
  return raw.replace(/%/g, '%%');
}

function concatenation(node: Node, text: string): SqlParts {
  const operands: Node[] = [];
  const flatten = (n: Node) => {
    if (n.type === 'binary_operator' && n.childForFieldName('operator')?.type === '+') {
      flatten(n.childForFieldName('left') ?? fail('no left operand'));
      flatten(n.childForFieldName('right') ?? fail('no right operand'));
    } else operands.push(n);
  };
  flatten(node);
  let literal: Literal | undefined;
  const parts: Part[] = [];
  for (const o of operands) {
    const strings =
      o.type === 'string' ? [o] : o.type === 'concatenated_string' ? o.namedChildren : undefined;
    if (!strings) {
      parts.push({ kind: 'param', expr: o.text });
      continue;
    }
    for (const s of strings) {
      if (!s) continue;
      const sp = stringParts(s, text);
      literal = sameLiteral(literal, sp.literal);
      for (const p of sp.parts)
        parts.push(p.kind === 'text' ? { kind: 'text', raw: escapePercent(p.raw) } : p);
    }
  }
  return { literal: literal ?? fail('no string literal in the concatenation'), parts };
}

function plainString(node: Node | null, text: string): { literal: Literal; raw: string } {
  if (!node || node.type !== 'string') return fail('the format is not a string literal');
  const sp = stringParts(node, text);
  if (sp.parts.some((p) => p.kind === 'param')) fail('the format is itself an f-string');
  return { literal: sp.literal, raw: sp.parts.map((p) => (p.kind === 'text' ? p.raw : '')).join('') };
}

function percentFormat(node: Node, text: string): SqlParts {
  const { literal, raw } = plainString(node.childForFieldName('left'), text);
  const right = node.childForFieldName('right') ?? fail('no operand');
  const values =
    right.type === 'tuple'
      ? right.namedChildren.filter((c): c is Node => !!c).map((c) => c.text)
      : [right.text];
  if (right.type === 'dictionary') fail('named placeholders');
  const parts: Part[] = [];
  let at = 0;
  let used = 0;
  for (const m of raw.matchAll(/%(\([^)]*\))?([-#0 +]*\d*(?:\.\d+)?)([a-zA-Z%])/g)) {
    if (m[3] === '%' && !m[1] && !m[2]) continue;
    if (m[1] || m[2] || !'sdi'.includes(m[3]!)) fail(`placeholder ${m[0]} formats its value`);
    parts.push({ kind: 'text', raw: raw.slice(at, m.index) });
    parts.push({ kind: 'param', expr: values[used++] ?? fail('fewer values than placeholders') });
    at = m.index + m[0].length;
  }
  parts.push({ kind: 'text', raw: raw.slice(at) });
  if (used !== values.length) {
    // `"... %s" % args` with a tuple variable: we cannot see how many values it holds.
    fail('the number of values is not the number of placeholders');
  }
  return { literal, parts };
}

function dotFormat(node: Node, text: string): SqlParts {
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format')
    fail('not str.format');
  const { literal, raw } = plainString(fn!.childForFieldName('object'), text);
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (const a of node.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!a || a.type === 'comment') continue;
    if (a.type === 'keyword_argument') {
      named.set(
        a.childForFieldName('name')?.text ?? fail('keyword'),
        a.childForFieldName('value')?.text ?? fail('value'),
      );
    } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') fail('unpacked arguments');
    else positional.push(a.text);
  }
  const parts: Part[] = [];
  let buf = '';
  let next = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if ((ch === '{' || ch === '}') && raw[i + 1] === ch) {
      buf += ch;
      i++;
    } else if (ch === '{') {
      const close = raw.indexOf('}', i);
      if (close < 0) fail('unbalanced braces');
      const field = raw.slice(i + 1, close);
      let expr: string | undefined;
      if (field === '') expr = positional[next++];
      else if (/^\d+$/.test(field)) expr = positional[Number(field)];
      else if (/^[A-Za-z_]\w*$/.test(field)) expr = named.get(field);
      else fail(`field {${field}} formats its value`);
      parts.push({ kind: 'text', raw: escapePercent(buf) });
      parts.push({ kind: 'param', expr: expr ?? fail(`no value for {${field}}`) });
      buf = '';
      i = close;
    } else buf += ch;
  }
  parts.push({ kind: 'text', raw: escapePercent(buf) });
  return { literal, parts };
}

const QUOTE_BEFORE = /(\\?['"])$/;
const QUOTE_AFTER = /^(\\?['"])/;
/** Where a bound parameter may stand: after a comparison, an opening parenthesis, a comma or these keywords. */
const VALUE_POSITION = /(?:[=<>(,]|\b(?:like|in|limit|offset|between))\s*$/i;

/** Quoted values lose their SQL quotes; values in identifier or keyword positions cannot become parameters. */
function bind(sql: SqlParts, placeholder: string): { query: string; values: string[] } {
  const parts = sql.parts.filter((p) => p.kind === 'param' || p.raw !== '');
  const merged: Part[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') last.raw += p.raw;
    else merged.push({ ...p });
  }
  const values: string[] = [];
  for (let i = 0; i < merged.length; i++) {
    const p = merged[i]!;
    if (p.kind !== 'param') continue;
    const before = merged[i - 1];
    const after = merged[i + 1];
    if (before?.kind !== 'text') fail('a value without SQL text before it');
    if (after && after.kind !== 'text') fail('two values side by side');
    const qb = QUOTE_BEFORE.exec(before.raw)?.[1];
    const qa = after?.kind === 'text' ? QUOTE_AFTER.exec(after.raw)?.[1] : undefined;
    if (qb || qa) {
      if (!qb || qb !== qa || qb.endsWith('"'))
        fail('the value is part of a larger SQL string or identifier');
      before.raw = before.raw.slice(0, -qb.length);
      (after as { raw: string }).raw = (after as { raw: string }).raw.slice(qa!.length);
    }
    if (!VALUE_POSITION.test(before.raw))
      fail('the value is not in a position where SQL accepts a parameter');
    values.push(p.expr);
  }
  if (values.length === 0) fail('no value to bind');
  const query = merged
    .map((p) => (p.kind === 'param' ? placeholder : placeholder === '?' ? p.raw.replace(/%%/g, '%') : p.raw))
    .join('');
  return { query, values };
}

function placeholderFor(style: string | undefined, ctx: FixContext): string {
  switch (style ?? 'auto') {
    case 'qmark':
      return '?';
    case 'format':
      return '%s';
    case 'auto':
      // sqlite3 is the one common driver with the qmark style; psycopg, PyMySQL and MySQLdb use %s.
      return /^\s*(?:import\s+sqlite3\b|from\s+sqlite3\s+import\b)/m.test(ctx.text) ? '?' : '%s';
    default:
      return fail(`unknown paramstyle ${style}`);
  }
}

function pythonSql(nodes: readonly Node[], ctx: FixContext, style: string | undefined) {
  if (ctx.language !== 'python') fail('sql transforms are implemented for Python');
  const node = nodes[0] ?? fail('no node');
  const sql = decomposePython(node, ctx.text);
  return { sql, bound: bind(sql, placeholderFor(style, ctx)) };
}

export const TRANSFORMS: Readonly<Record<string, Transform>> = {
  /** The SQL text as a constant string literal with placeholders (arg: qmark | format | auto). */
  'sql-query': (nodes, arg, ctx) => {
    const { sql, bound } = pythonSql(nodes, ctx, arg);
    return `${sql.literal.prefix}${sql.literal.quote}${bound.query}${sql.literal.quote}`;
  },
  /** The values the SQL text interpolated, as a Python tuple of parameters. */
  'sql-params': (nodes, arg, ctx) => {
    const { bound } = pythonSql(nodes, ctx, arg);
    return bound.values.length === 1 ? `(${bound.values[0]},)` : `(${bound.values.join(', ')})`;
  },
};
