/**
 * Named, syntax-aware rewrites that fix templates may apply to a capture (`{{sql|sql-query:auto}}`).
 * Each either returns the replacement text or throws NotApplicable when the rewrite would not be
 * sound for this code; the fix is then not offered (the finding still is).
 */
import type { Node } from '../../parsing/parser.js';
import { argv } from './fix-transforms/argv.js';
import { envLookup } from './fix-transforms/env-lookup.js';
import { goCookieFlags } from './fix-transforms/go-cookie.js';
import { goHtmlEscape } from './fix-transforms/go-html.js';
import { javaHostnameVerifier } from './fix-transforms/java-tls.js';
import { jdbcBind } from './fix-transforms/jdbc.js';
import { jsSecureRandom } from './fix-transforms/js-random.js';
import { pythonPathContain } from './fix-transforms/python-paths.js';
import { NotApplicable } from './fix-transforms/not-applicable.js';
import type { FixContext } from './fix.js';
import {
  decomposeGo,
  decomposeJavaScript,
  type Literal,
  type Part,
  type SqlParts,
} from './fix-transforms/sql-parts.js';

export { NotApplicable };

export type Transform = (nodes: readonly Node[], arg: string | undefined, ctx: FixContext) => string;

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
      parts.push({ kind: 'param', expr: expr.text, formatted: true });
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
export function decomposePython(node: Node, text: string): SqlParts {
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
    const expr = values[used++] ?? fail('fewer values than placeholders');
    parts.push({ kind: 'param', expr, formatted: m[3] === 's' ? true : 'number' });
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
      parts.push({ kind: 'param', expr: expr ?? fail(`no value for {${field}}`), formatted: true });
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
/** `FROM (`, `JOIN (`, `EXISTS (`: a subquery goes there, not a value. */
const SUBQUERY_POSITION = /\b(?:from|join|exists)\s*\(\s*$/i;
const VALUE_POSITION = /(?:[=<>(,]|\b(?:like|in|limit|offset|between))\s*$/i;

/** How a driver marks a parameter: `?`, `%s` (Python's format paramstyle) or numbered `$1`, `$2` .... */
export type Placeholder = 'qmark' | 'format' | 'numbered';

/** Quoted values lose their SQL quotes; values in identifier or keyword positions cannot become parameters. */
export function bind(sql: SqlParts, style: Placeholder): { query: string; values: string[] } {
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
    if (!VALUE_POSITION.test(before.raw) || SUBQUERY_POSITION.test(before.raw))
      fail('the value is not in a position where SQL accepts a parameter');
    values.push(p.expr);
  }
  if (values.length === 0) fail('no value to bind');
  if (style === 'numbered' && merged.some((p) => p.kind === 'text' && /\$\d/.test(p.raw)))
    fail('the SQL text already holds numbered placeholders');
  let n = 0;
  const query = merged
    .map((p) => {
      if (p.kind === 'param') return style === 'qmark' ? '?' : style === 'format' ? '%s' : `$${++n}`;
      return style === 'format' ? p.raw : p.raw.replace(/%%/g, '%');
    })
    .join('');
  return { query, values };
}

function placeholderFor(style: string | undefined, ctx: FixContext): Placeholder {
  switch (style ?? 'auto') {
    case 'qmark':
      return 'qmark';
    case 'format':
      return 'format';
    case 'numbered':
      return 'numbered';
    case 'auto':
      return driverPlaceholder(ctx);
    default:
      return fail(`unknown paramstyle ${style}`);
  }
}

/**
 * The placeholder style of the database driver the file imports. Python: sqlite3 is the one common
 * driver with the qmark style; psycopg, PyMySQL and MySQLdb use %s. JavaScript and Go: PostgreSQL
 * drivers number their placeholders, MySQL and SQLite drivers use ?; a file that imports none of
 * them, or drivers of both kinds, gets no fix (a wrong placeholder style breaks the query).
 */
function driverPlaceholder(ctx: FixContext): Placeholder {
  const t = ctx.text;
  if (ctx.language === 'python')
    return /^\s*(?:import\s+sqlite3\b|from\s+sqlite3\s+import\b)/m.test(t) ? 'qmark' : 'format';
  let numbered: boolean;
  let qmark: boolean;
  if (ctx.language === 'go') {
    numbered = /"github\.com\/(?:lib\/pq|jackc\/pgx)[/"]/.test(t);
    qmark =
      /"(?:github\.com\/go-sql-driver\/mysql|github\.com\/mattn\/go-sqlite3|modernc\.org\/sqlite)"/.test(t);
  } else {
    const from = (names: string) =>
      new RegExp(`(?:require\\(\\s*|\\bfrom\\s+|\\bimport\\s+)['"](?:${names})['"]`).test(t);
    numbered = from('pg|pg-pool');
    qmark = from('mysql|mysql2|mysql2/promise|sqlite3');
  }
  if (numbered === qmark)
    fail(numbered ? 'drivers with different placeholder styles' : 'no known SQL driver imported');
  return numbered ? 'numbered' : 'qmark';
}

/** The call's arguments after the SQL must allow the values to go right after it. */
function checkArguments(node: Node, ctx: FixContext): void {
  const args = node.parent;
  if (!args || (args.type !== 'arguments' && args.type !== 'argument_list'))
    fail('the SQL is not an argument');
  const list = args.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  const rest = list.slice(list.findIndex((c) => c.id === node.id) + 1);
  if (ctx.language === 'go') {
    // database/sql, sqlx and pgx take the values as the variadic arguments after the query.
    if (rest.length > 0) fail('arguments follow the SQL');
    return;
  }
  // query(sql), query(sql, callback): the values array goes between them (mysql, mysql2, pg, sqlite3).
  if (list[0]?.id !== node.id) fail('the SQL is not the first argument');
  if (rest.length > 1) fail('more than one argument follows the SQL');
  const cb = rest[0];
  if (cb && !['arrow_function', 'function_expression', 'function', 'identifier'].includes(cb.type))
    fail('the argument after the SQL is not a callback');
}

function sqlOf(nodes: readonly Node[], ctx: FixContext, style: string | undefined) {
  const node = nodes[0] ?? fail('no node');
  let sql: SqlParts;
  switch (ctx.language) {
    case 'python':
      sql = decomposePython(node, ctx.text);
      break;
    case 'javascript':
    case 'typescript':
    case 'tsx':
      checkArguments(node, ctx);
      sql = decomposeJavaScript(node, ctx.text);
      break;
    case 'go':
      checkArguments(node, ctx);
      sql = decomposeGo(node, ctx.text);
      break;
    default:
      return fail(`sql transforms are not implemented for ${ctx.language}`);
  }
  return { sql, bound: bind(sql, placeholderFor(style, ctx)) };
}

function formatParts(nodes: readonly Node[], ctx: FixContext): SqlParts {
  if (ctx.language !== 'python') fail('format-template is implemented for Python');
  const sql = decomposePython(nodes[0] ?? fail('no node'), ctx.text);
  if (sql.literal.prefix.includes('b')) fail('a bytes string');
  if (!sql.parts.some((p) => p.kind === 'param')) fail('no value');
  if (sql.parts.some((p) => p.kind === 'param' && p.formatted === 'number'))
    fail('a value formatted as a number');
  return sql;
}

export const TRANSFORMS: Readonly<Record<string, Transform>> = {
  /** The SQL text as a constant string literal with placeholders (arg: qmark | format | numbered | auto). */
  'sql-query': (nodes, arg, ctx) => {
    const { sql, bound } = sqlOf(nodes, ctx, arg);
    return `${sql.literal.prefix}${sql.literal.quote}${bound.query}${sql.literal.quote}`;
  },
  /**
   * The values the SQL text interpolated, as the driver takes them: a Python tuple, a JavaScript
   * array, Go variadic arguments.
   */
  'sql-params': (nodes, arg, ctx) => {
    const { values } = sqlOf(nodes, ctx, arg).bound;
    if (ctx.language === 'python') return values.length === 1 ? `(${values[0]},)` : `(${values.join(', ')})`;
    if (ctx.language === 'go') return values.join(', ');
    return `[${values.join(', ')}]`;
  },
  /** A hard-coded secret value as a read of the environment variable named after its variable. */
  'env-lookup': envLookup,
  /** A shell command string as its words: a Python list; JavaScript `:program` / `:args`. */
  argv,
  /**
   * A Python string built from values (f-string, +, %, .format) as a str.format template with `{}`
   * for each value: Markup(template).format(values) escapes each value.
   */
  'format-template': (nodes, _arg, ctx) => {
    const { literal, parts } = formatParts(nodes, ctx);
    const body = parts
      .map((p) => (p.kind === 'param' ? '{}' : p.raw.replace(/%%/g, '%').replace(/[{}]/g, (b) => b + b)))
      .join('');
    return `${literal.prefix}${literal.quote}${body}${literal.quote}`;
  },
  /** The values of format-template, in order. */
  'format-args': (nodes, _arg, ctx) =>
    formatParts(nodes, ctx)
      .parts.flatMap((p) => (p.kind === 'param' ? [p.expr] : []))
      .join(', '),
  /** Java: JDBC Statement → PreparedStatement, JdbcTemplate varargs (jdbc.ts). */
  'jdbc-bind': jdbcBind,
  /** Java: Apache HttpClient's accept-all host name verifiers → its checking one (java-tls.ts). */
  'java-hostname-verifier': javaHostnameVerifier,
  /** Python/Flask: send_from_directory, secure_filename for uploads (python-paths.ts). */
  'python-path-contain': pythonPathContain,
  /** Go: Secure and HttpOnly on a session cookie (go-cookie.ts). */
  'go-cookie-flags': goCookieFlags,
  /** Go: the values written into an HTML response, through html.EscapeString (go-html.ts). */
  'go-html-escape': goHtmlEscape,
  /** The opposite boolean: True/False in Python, true/false elsewhere, Java's Boolean.TRUE/FALSE. */
  not: (nodes) => {
    const t = nodes[0]?.text;
    const opposite: Record<string, string> = {
      True: 'False',
      False: 'True',
      true: 'false',
      false: 'true',
      'Boolean.TRUE': 'Boolean.FALSE',
      'Boolean.FALSE': 'Boolean.TRUE',
      'java.lang.Boolean.TRUE': 'java.lang.Boolean.FALSE',
      'java.lang.Boolean.FALSE': 'java.lang.Boolean.TRUE',
    };
    return opposite[t ?? ''] ?? fail(`not a boolean literal: ${t}`);
  },
  /**
   * A Python argument list with one more argument (`{{args|add-argument:timeout=30}}`), after the
   * others, following the list's layout: on the same line, or on a line of its own before the
   * closing parenthesis when the arguments are one per line.
   */
  'add-argument': (nodes, arg, ctx) => {
    const list = nodes[0];
    if (list?.type !== 'argument_list' || !arg) return fail('not an argument list');
    const text = ctx.text.slice(list.startIndex, list.endIndex);
    const inner = text.slice(1, -1);
    if (inner.trim() === '') return `(${arg})`;
    const trailing = /,\s*$/.test(inner);
    const lastLine = /\n([ \t]*)[^\n]*$/.exec(inner);
    if (trailing && lastLine) {
      // One argument per line, closing parenthesis on its own line.
      const items = [...inner.matchAll(/\n([ \t]*)\S/g)];
      const indent = items[0]?.[1] ?? '';
      const close = inner.slice(inner.lastIndexOf('\n'));
      return `(${inner.slice(0, inner.lastIndexOf('\n'))}\n${indent}${arg},${close})`;
    }
    return `(${inner.replace(/,?(\s*)$/, `, ${arg}$1`)})`;
  },
  /**
   * A Python XML parser call with every unsafe option at its safe value: resolve_entities,
   * load_dtd, huge_tree and the external-entity features off, no_network on.
   */
  'python-xml-safe': (nodes, _arg, ctx) => {
    const call = nodes[0];
    if (call?.type !== 'call' || ctx.language !== 'python') return fail('not a Python call');
    const SAFE: Record<string, string> = {
      resolve_entities: 'False',
      load_dtd: 'False',
      huge_tree: 'False',
      no_network: 'True',
    };
    const flips: { node: Node; text: string }[] = [];
    const args = (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is Node => !!c);
    if (call.childForFieldName('function')?.text.endsWith('setFeature')) {
      const [feature, value] = args;
      if (!/(^|\.)feature_external_[gp]es$/.test(feature?.text ?? '') || value?.text !== 'True')
        fail('not an external-entity feature turned on');
      flips.push({ node: value, text: 'False' });
    }
    for (const a of args) {
      if (a.type !== 'keyword_argument') continue;
      const safe = SAFE[a.childForFieldName('name')?.text ?? ''];
      const value = a.childForFieldName('value');
      if (!safe || !value) continue;
      if (value.text !== 'True' && value.text !== 'False') fail('an option set from a variable');
      if (value.text !== safe) flips.push({ node: value, text: safe });
    }
    if (flips.length === 0) fail('nothing to change');
    let out = ctx.text.slice(call.startIndex, call.endIndex);
    for (const f of flips.sort((a, b) => b.node.startIndex - a.node.startIndex)) {
      const at = f.node.startIndex - call.startIndex;
      out = out.slice(0, at) + f.text + out.slice(at + f.node.text.length);
    }
    return out;
  },
  /**
   * JavaScript: every `err.stack` in the captured response body replaced by a generic text (arg:
   * the text, default "Internal Server Error"), so the response keeps its shape.
   */
  'js-hide-stack': (nodes, arg, ctx) => {
    const body = nodes[0] ?? fail('no node');
    const stacks: Node[] = [];
    const walk = (n: Node) => {
      if (
        n.type === 'member_expression' &&
        n.childForFieldName('property')?.text === 'stack' &&
        /^(err|error|e|ex|exc|exception|er)$/.test(n.childForFieldName('object')?.text ?? '')
      )
        stacks.push(n);
      else for (const c of n.namedChildren) if (c) walk(c);
    };
    walk(body);
    if (stacks.length === 0) fail('no err.stack');
    const generic = `'${(arg ?? 'Internal Server Error').replace(/_/g, ' ')}'`;
    let out = ctx.text.slice(body.startIndex, body.endIndex);
    for (const n of stacks.sort((a, b) => b.startIndex - a.startIndex)) {
      const at = n.startIndex - body.startIndex;
      out = out.slice(0, at) + generic + out.slice(at + n.endIndex - n.startIndex);
    }
    return out;
  },
  /**
   * Python: the exception's text in the captured response (str(e), repr(e), e.args, e.message, an
   * f-string's {e}, traceback.format_exc()) replaced by a generic text; the response keeps its shape.
   */
  'python-hide-exception': (nodes, _arg, ctx) => {
    const value = nodes[0] ?? fail('no node');
    const ERR = /^(e|ex|exc|err|error|exception)$/;
    const edits: { node: Node; text: string }[] = [];
    const walk = (n: Node) => {
      const fn = n.type === 'call' ? (n.childForFieldName('function')?.text ?? '') : '';
      const args = (n.childForFieldName('arguments')?.namedChildren ?? []).filter((c): c is Node => !!c);
      if (n.type === 'interpolation') {
        const inner = n.namedChildren.filter((c): c is Node => !!c && c.type !== 'type_conversion');
        const only = inner.length === 1 ? inner[0]! : undefined;
        if (only && (ERR.test(only.text) || /^(str|repr)\(\s*\w+\s*\)$/.test(only.text))) {
          edits.push({ node: n, text: 'Internal Server Error' });
          return;
        }
      } else if ((fn === 'str' || fn === 'repr') && args.length === 1 && ERR.test(args[0]!.text)) {
        edits.push({ node: n, text: '"Internal Server Error"' });
        return;
      } else if (/^traceback\.(format_exc|format_exception|format_tb)$/.test(fn)) {
        edits.push({ node: n, text: '"Internal Server Error"' });
        return;
      } else if (
        n.type === 'attribute' &&
        ERR.test(n.childForFieldName('object')?.text ?? '') &&
        /^(args|message|msg)$/.test(n.childForFieldName('attribute')?.text ?? '')
      ) {
        edits.push({ node: n, text: '"Internal Server Error"' });
        return;
      }
      for (const c of n.namedChildren) if (c) walk(c);
    };
    walk(value);
    if (edits.length === 0) fail('no exception text found');
    let out = ctx.text.slice(value.startIndex, value.endIndex);
    for (const e of edits.sort((a, b) => b.node.startIndex - a.node.startIndex)) {
      const at = e.node.startIndex - value.startIndex;
      out = out.slice(0, at) + e.text + out.slice(at + e.node.endIndex - e.node.startIndex);
    }
    return out;
  },
  /** Math.random() idioms → crypto.randomInt / crypto.randomUUID (js-random.ts). */
  'js-secure-random': jsSecureRandom,
  /** child_process.exec / execSync → execFile / execFileSync (they run a program without a shell). */
  'exec-file': (nodes) => {
    const name = nodes[0]?.text;
    if (name === 'exec') return 'execFile';
    if (name === 'execSync') return 'execFileSync';
    return fail(`not exec or execSync: ${name}`);
  },
};
