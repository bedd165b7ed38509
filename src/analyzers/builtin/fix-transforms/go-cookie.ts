/**
 * The `go-cookie-flags` transform: a session cookie with Secure and HttpOnly set. In an
 * http.Cookie literal an explicit `false` becomes `true` and a missing field is added (on one line,
 * or as a line of its own when the literal has one field per line and gofmt's value column leaves
 * room for the new key); gin's c.SetCookie(name, value, maxAge, path, domain, secure, httpOnly)
 * gets true for both.
 */
import type { Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { NotApplicable } from './not-applicable.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

const FLAGS = ['Secure', 'HttpOnly'] as const;

export function goCookieFlags(nodes: readonly Node[], _arg: string | undefined, ctx: FixContext): string {
  if (ctx.language !== 'go') fail('go-cookie-flags is for Go');
  const node = nodes[0] ?? fail('no node');
  const source = ctx.text.slice(node.startIndex, node.endIndex);
  if (node.type === 'argument_list') {
    const list = node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
    if (list.length !== 7) fail('not gin’s SetCookie');
    let out = source;
    for (const a of [list[6]!, list[5]!]) {
      if (a.text === 'true') continue;
      if (a.text !== 'false') fail('a flag set from a variable');
      const at = a.startIndex - node.startIndex;
      out = `${out.slice(0, at)}true${out.slice(at + 5)}`;
    }
    return out;
  }
  if (node.type !== 'literal_value') return fail(`a ${node.type}`);
  const elements = node.namedChildren.filter((c): c is Node => c?.type === 'keyed_element');
  const edits: { at: number; end: number; text: string }[] = [];
  const missing: string[] = [];
  for (const flag of FLAGS) {
    const el = elements.find((e) => e.childForFieldName('key')?.text === flag);
    const value = el?.childForFieldName('value');
    if (!el || !value) {
      missing.push(flag);
      continue;
    }
    if (value.text === 'false') edits.push({ at: value.startIndex, end: value.endIndex, text: 'true' });
    else if (value.text !== 'true') fail('a flag set from a variable');
  }
  const last = elements[elements.length - 1];
  if (missing.length > 0) {
    if (!last) fail('an empty literal');
    const multiLine = node.startPosition.row !== node.endPosition.row;
    if (!multiLine) {
      edits.push({
        at: last.endIndex,
        end: last.endIndex,
        text: missing.map((f) => `, ${f}: true`).join(''),
      });
    } else {
      // One field per line, `Key:   value,` with gofmt's value column.
      const lineStart = ctx.text.lastIndexOf('\n', last.startIndex) + 1;
      const indent = ctx.text.slice(lineStart, last.startIndex);
      const value = last.childForFieldName('value')!;
      const column = value.startIndex - last.startIndex;
      if (!/^[ \t]*$/.test(indent) || ctx.text[last.endIndex] !== ',') fail('not one field per line');
      if (missing.some((f) => f.length + 2 > column)) fail('gofmt would realign the fields');
      const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
      const lines = missing.map((f) => `${eol}${indent}${`${f}:`.padEnd(column)}true,`).join('');
      edits.push({ at: last.endIndex + 1, end: last.endIndex + 1, text: lines });
    }
  }
  if (edits.length === 0) fail('both flags are set');
  let out = source;
  for (const e of edits.sort((a, b) => b.at - a.at)) {
    out = out.slice(0, e.at - node.startIndex) + e.text + out.slice(e.end - node.startIndex);
  }
  return out;
}
