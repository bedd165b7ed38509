/**
 * The `go-html-escape` transform: the values written into an HTML response are passed through
 * html.EscapeString, the markup around them is kept. Go is typed, and EscapeString takes a string:
 * a value is wrapped only where it is certainly a string — an operand of a `+` with a string
 * literal, or a request accessor that returns one (r.FormValue, URL.Query().Get, c.QueryParam ...),
 * printed with %s/%v or written with WriteString. Anything else (an identifier of unknown type, a
 * whole page built elsewhere, which is markup) and the fix is not offered.
 */
import type { Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { NotApplicable } from './not-applicable.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

interface Wrap {
  node: Node;
}

const STRING_ACCESSORS = new Set([
  'Get',
  'FormValue',
  'PostFormValue',
  'QueryParam',
  'FormParam',
  'Param',
  'Query',
  'DefaultQuery',
  'PostForm',
  'DefaultPostForm',
]);

function isStringLiteral(n: Node): boolean {
  return n.type === 'interpreted_string_literal' || n.type === 'raw_string_literal';
}

/** A request accessor known to return a string, e.g. r.URL.Query().Get("q"), c.QueryParam("q"). */
function isStringAccessor(n: Node): boolean {
  if (n.type !== 'call_expression') return false;
  const f = n.childForFieldName('function');
  if (f?.type !== 'selector_expression') return false;
  const field = f.childForFieldName('field')?.text ?? '';
  // Get is everywhere (caches, maps of any type): only url.Values' and http.Header's.
  if (field === 'Get')
    return /(\.Query\(\)|\.Header|\.Form|\.PostForm)$/.test(f.childForFieldName('operand')?.text ?? '');
  return STRING_ACCESSORS.has(field);
}

function isEscaped(n: Node): boolean {
  return (
    n.type === 'call_expression' &&
    /^(html\.EscapeString|template\.HTMLEscapeString)$/.test(n.childForFieldName('function')?.text ?? '')
  );
}

function isPlus(n: Node): boolean {
  return n.type === 'binary_expression' && n.childForFieldName('operator')?.type === '+';
}

function operands(n: Node): Node[] {
  if (n.type === 'parenthesized_expression') return fail('a parenthesised operand');
  if (!isPlus(n)) return [n];
  return [...operands(n.childForFieldName('left')!), ...operands(n.childForFieldName('right')!)];
}

/** The wraps that escape a string-typed expression: the values of a concatenation, or the whole value. */
function escapeString(n: Node, wholeIsValue: boolean): Wrap[] {
  if (n.type === 'parenthesized_expression') return fail('parentheses');
  if (isStringLiteral(n)) return [];
  if (isPlus(n)) {
    const ops = operands(n);
    if (!ops.some(isStringLiteral)) fail('a concatenation without markup');
    // With a string literal beside it, every operand of + is a string.
    return ops.filter((o) => !isStringLiteral(o) && !isEscaped(o)).map((o) => ({ node: o }));
  }
  if (isStringAccessor(n)) return [{ node: n }];
  if (isEscaped(n)) return [];
  if (!wholeIsValue) fail('the whole output may be markup');
  return fail(`cannot tell whether ${n.type} ${n.text} is a string`);
}

/** Wraps for the value of []byte(...), the argument of w.Write. */
function escapeBytes(n: Node): Wrap[] {
  if (n.type !== 'type_conversion_expression' || n.childForFieldName('type')?.text !== '[]byte')
    fail('not a []byte conversion');
  return escapeString(n.childForFieldName('operand') ?? fail('no operand'), false);
}

/** Wraps for the arguments of Fprintf after its format: those printed by %s or %v. */
function escapeFormatted(format: Node, args: Node[]): Wrap[] {
  if (!isStringLiteral(format)) fail('the format is not a literal');
  const verbs = [...format.text.matchAll(/%([-+# 0-9.*]*)([a-zA-Z%])/g)].filter((m) => m[2] !== '%');
  if (verbs.length !== args.length || verbs.some((m) => m[1] !== '')) fail('verbs and values do not pair up');
  return args.flatMap((a, i) => {
    const verb = verbs[i]![2];
    if (verb === 'd' || verb === 'f' || verb === 't' || verb === 'x') return [];
    if (verb !== 's' && verb !== 'v') fail(`verb %${verb}`);
    if (isStringLiteral(a)) return [];
    if (isStringAccessor(a)) return [{ node: a }];
    if (isPlus(a)) return escapeString(a, true);
    return fail(`cannot tell whether ${a.text} is a string`);
  });
}

export function goHtmlEscape(nodes: readonly Node[], _arg: string | undefined, ctx: FixContext): string {
  if (ctx.language !== 'go') fail('go-html-escape is for Go');
  const first = nodes[0] ?? fail('no node');
  const last = nodes[nodes.length - 1]!;
  const call = first.parent?.parent;
  const fn = call?.childForFieldName('function');
  const method = fn?.type === 'selector_expression' ? fn.childForFieldName('field')?.text : undefined;
  const pkg = fn?.type === 'selector_expression' ? fn.childForFieldName('operand')?.text : undefined;
  let wraps: Wrap[];
  if (pkg === 'fmt' && method === 'Fprintf') wraps = escapeFormatted(first, [...nodes.slice(1)]);
  else if (pkg === 'fmt' && (method === 'Fprint' || method === 'Fprintln'))
    wraps = nodes.flatMap((n) => (isStringAccessor(n) ? [{ node: n }] : escapeString(n, false)));
  else if (method === 'WriteString' || method === 'HTML') {
    if (nodes.length !== 1) fail('more than one value');
    wraps = isStringAccessor(first) ? [{ node: first }] : escapeString(first, false);
  } else if (method === 'Write') {
    if (nodes.length !== 1) fail('more than one value');
    wraps = escapeBytes(first);
  } else return fail(`not a response writer call: ${fn?.text}`);
  if (wraps.length === 0) fail('nothing to escape');
  let out = ctx.text.slice(first.startIndex, last.endIndex);
  for (const w of [...wraps].sort((a, b) => b.node.startIndex - a.node.startIndex)) {
    const s = w.node.startIndex - first.startIndex;
    const e = w.node.endIndex - first.startIndex;
    out = `${out.slice(0, s)}html.EscapeString(${out.slice(s, e)})${out.slice(e)}`;
  }
  return out;
}
