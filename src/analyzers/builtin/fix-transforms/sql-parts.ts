/**
 * SQL text built by string concatenation, template literals or fmt.Sprintf in JavaScript/TypeScript
 * and Go, split into its literal text and the values spliced into it, so that the sql transforms can
 * rebuild it as a constant query with placeholders. The text keeps its source escapes (it goes back
 * into a literal of the same kind) with `%` doubled, the internal convention shared with Python.
 * Anything whose meaning could change on the way is refused (NotApplicable).
 */
import type { Node } from '../../../parsing/parser.js';
import { NotApplicable } from './not-applicable.js';

/**
 * `formatted`: the value was turned into text by formatting (f-string, %s, format: true; %d:
 * 'number'), not concatenated as a string.
 */
export type Part =
  { kind: 'text'; raw: string } | { kind: 'param'; expr: string; formatted?: boolean | 'number' };

export interface Literal {
  /** The string prefix (Python `r`, `b` ...; empty elsewhere). */
  prefix: string;
  quote: string;
}

export interface SqlParts {
  literal: Literal;
  parts: Part[];
}

function fail(why: string): never {
  throw new NotApplicable(why);
}

function escapePercent(raw: string): string {
  return raw.replace(/%/g, '%%');
}

function sameQuote(a: string | undefined, b: string): string {
  if (a !== undefined && a !== b) fail('the string pieces use different quotes');
  return b;
}

// ---- JavaScript / TypeScript ---------------------------------------------------------------------

/** The pieces of a string or template literal: raw source text between its quotes, and substitutions. */
function jsStringParts(node: Node, text: string): { quote: string; parts: Part[] } {
  const quote = text[node.startIndex]!;
  const parts: Part[] = [];
  let at = node.startIndex + 1;
  for (const c of node.namedChildren) {
    if (c?.type !== 'template_substitution') continue;
    parts.push({ kind: 'text', raw: escapePercent(text.slice(at, c.startIndex)) });
    const inner = c.namedChildren.filter((n): n is Node => !!n);
    if (inner.length !== 1) fail('a substitution with more than one expression');
    parts.push({ kind: 'param', expr: inner[0]!.text });
    at = c.endIndex;
  }
  parts.push({ kind: 'text', raw: escapePercent(text.slice(at, node.endIndex - 1)) });
  return { quote, parts };
}

function isJsString(n: Node): boolean {
  return n.type === 'string' || n.type === 'template_string';
}

export function decomposeJavaScript(node: Node, text: string): SqlParts {
  if (node.type === 'template_string') {
    const { quote, parts } = jsStringParts(node, text);
    return { literal: { prefix: '', quote }, parts };
  }
  if (node.type !== 'binary_expression' || node.childForFieldName('operator')?.type !== '+')
    fail(`cannot rewrite a ${node.type}`);
  const operands = flattenPlus(node, 'binary_expression');
  // `a + b + "..."` adds a and b first: only a chain that starts with a string is all concatenation.
  if (!isJsString(operands[0]!)) fail('the concatenation does not start with a string');
  let quote: string | undefined;
  const parts: Part[] = [];
  for (const o of operands) {
    if (!isJsString(o)) {
      parts.push({ kind: 'param', expr: o.text });
      continue;
    }
    const sp = jsStringParts(o, text);
    quote = sameQuote(quote, sp.quote);
    parts.push(...sp.parts);
  }
  return { literal: { prefix: '', quote: quote! }, parts };
}

function flattenPlus(node: Node, type: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === type && n.childForFieldName('operator')?.type === '+') {
      walk(n.childForFieldName('left') ?? fail('no left operand'));
      walk(n.childForFieldName('right') ?? fail('no right operand'));
    } else if (n.type === 'parenthesized_expression') {
      fail('a parenthesised operand');
    } else out.push(n);
  };
  walk(node);
  return out;
}

// ---- Go ------------------------------------------------------------------------------------------

function isGoString(n: Node): boolean {
  return n.type === 'interpreted_string_literal' || n.type === 'raw_string_literal';
}

function goRaw(n: Node, text: string): { quote: string; raw: string } {
  return { quote: text[n.startIndex]!, raw: text.slice(n.startIndex + 1, n.endIndex - 1) };
}

export function decomposeGo(node: Node, text: string): SqlParts {
  if (node.type === 'call_expression') return goSprintf(node, text);
  if (node.type !== 'binary_expression' || node.childForFieldName('operator')?.type !== '+')
    fail(`cannot rewrite a ${node.type}`);
  let quote: string | undefined;
  const parts: Part[] = [];
  for (const o of flattenPlus(node, 'binary_expression')) {
    if (!isGoString(o)) {
      parts.push({ kind: 'param', expr: o.text });
      continue;
    }
    const s = goRaw(o, text);
    quote = sameQuote(quote, s.quote);
    parts.push({ kind: 'text', raw: escapePercent(s.raw) });
  }
  return { literal: { prefix: '', quote: quote ?? fail('no string literal') }, parts };
}

function goSprintf(node: Node, text: string): SqlParts {
  if (node.childForFieldName('function')?.text !== 'fmt.Sprintf') fail('not fmt.Sprintf');
  // Go refuses an unused import: the fix must not remove the file's last use of fmt.
  const rest = text.slice(0, node.startIndex) + text.slice(node.endIndex);
  if (!/\bfmt\.[A-Z]/.test(rest)) fail('this is the only use of fmt in the file');
  const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (c): c is Node => !!c && c.type !== 'comment',
  );
  const format = args[0];
  if (!format || !isGoString(format)) fail('the format is not a string literal');
  if (args.some((a) => a.type === 'variadic_argument' || a.text.endsWith('...'))) fail('unpacked arguments');
  const { quote, raw } = goRaw(format, text);
  const values = args.slice(1).map((a) => a.text);
  const parts: Part[] = [];
  let at = 0;
  let used = 0;
  for (const m of raw.matchAll(/%([-+# 0]*\d*(?:\.\d+)?)([a-zA-Z%])/g)) {
    if (m[2] === '%' && !m[1]) continue;
    // %s, %d and %v print the value as it is; other verbs (%q quotes, %x hex, widths) format it.
    if (m[1] || !'sdv'.includes(m[2]!)) fail(`verb ${m[0]} formats its value`);
    parts.push({ kind: 'text', raw: raw.slice(at, m.index) });
    parts.push({ kind: 'param', expr: values[used++] ?? fail('fewer values than verbs') });
    at = m.index + m[0].length;
  }
  parts.push({ kind: 'text', raw: raw.slice(at) });
  if (used !== values.length) fail('the number of values is not the number of verbs');
  return { literal: { prefix: '', quote }, parts };
}

// ---- Java ----------------------------------------------------------------------------------------

function isJavaString(n: Node): boolean {
  // Text blocks ("""...""") keep their own indentation rules: not rewritten.
  return n.type === 'string_literal' && !n.text.startsWith('"""');
}

export function decomposeJava(node: Node, text: string): SqlParts {
  if (node.type === 'method_invocation') return javaFormat(node, text);
  if (node.type !== 'binary_expression' || node.childForFieldName('operator')?.type !== '+')
    fail(`cannot rewrite a ${node.type}`);
  const operands = flattenPlus(node, 'binary_expression');
  // `a + b + "..."` adds a and b first: only a chain that starts with a string is all concatenation.
  if (!isJavaString(operands[0]!)) fail('the concatenation does not start with a string');
  const parts: Part[] = [];
  for (const o of operands) {
    if (isJavaString(o))
      parts.push({ kind: 'text', raw: escapePercent(text.slice(o.startIndex + 1, o.endIndex - 1)) });
    else parts.push({ kind: 'param', expr: o.text });
  }
  return { literal: { prefix: '', quote: '"' }, parts };
}

/** String.format("... %s", values): %s and %d only, as many values as verbs. */
function javaFormat(node: Node, text: string): SqlParts {
  if (
    node.childForFieldName('object')?.text !== 'String' ||
    node.childForFieldName('name')?.text !== 'format'
  )
    fail('not String.format');
  const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (c): c is Node => !!c && c.type !== 'line_comment' && c.type !== 'block_comment',
  );
  const format = args[0];
  if (!format || !isJavaString(format)) fail('the format is not a string literal');
  const raw = text.slice(format.startIndex + 1, format.endIndex - 1);
  const values = args.slice(1).map((a) => a.text);
  const parts: Part[] = [];
  let at = 0;
  let used = 0;
  for (const m of raw.matchAll(/%([-#+ 0,(]*\d*(?:\.\d+)?)([a-zA-Z%])/g)) {
    if (m[2] === '%' && !m[1]) continue;
    if (m[1] || !'sd'.includes(m[2]!)) fail(`verb ${m[0]} formats its value`);
    parts.push({ kind: 'text', raw: raw.slice(at, m.index) });
    parts.push({ kind: 'param', expr: values[used++] ?? fail('fewer values than verbs') });
    at = m.index + m[0].length;
  }
  parts.push({ kind: 'text', raw: raw.slice(at) });
  if (used !== values.length) fail('the number of values is not the number of verbs');
  return { literal: { prefix: '', quote: '"' }, parts };
}
