/**
 * The `argv` transform: a shell command string built from values (f-string, +, %, .format)
 * becomes the argument list the shell would have produced for harmless values —
 * `f"tar czf /tmp/b.tgz {path}"` → `["tar", "czf", "/tmp/b.tgz", str(path)]` — so that each value
 * is one argument whatever it contains. Only commands that are plain words are rewritten: any shell
 * syntax in the literal text (quotes, $, globs, pipes, redirections, ;, &&, backslashes ...) means
 * the shell did more than split words, and the fix is not offered.
 */
import type { Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { NotApplicable } from './not-applicable.js';
import { decomposeJavaScript, type Part } from './sql-parts.js';
import { decomposePython } from '../transforms.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

/** Characters that a POSIX shell takes literally inside an unquoted word. */
const PLAIN = /^[A-Za-z0-9_./:=@%+,\s-]*$/;

type Segment =
  { kind: 'text'; text: string } | { kind: 'param'; expr: string; formatted?: boolean | 'number' };

/**
 * Python: `argv` is the whole list. JavaScript (child_process.exec → execFile): `argv:program` is
 * the program and `argv:args` the list of its arguments.
 */
export function argv(nodes: readonly Node[], arg: string | undefined, ctx: FixContext): string {
  const node = nodes[0] ?? fail('no node');
  if (ctx.language === 'python') return pythonArgv(node, ctx);
  if (ctx.language === 'javascript' || ctx.language === 'typescript' || ctx.language === 'tsx')
    return javaScriptArgv(node, arg, ctx);
  return fail(`argv is not implemented for ${ctx.language}`);
}

function pythonArgv(node: Node, ctx: FixContext): string {
  const { literal, parts } = decomposePython(node, ctx.text);
  if (literal.prefix.includes('b')) fail('a bytes command');
  const words = splitWords(parts);
  const q = literal.quote.length === 3 ? literal.quote[0]! : literal.quote;
  const str = (t: string) => `${literal.prefix}${q}${t}${q}`;
  const render = (w: Segment[]) =>
    w
      .map((s) => {
        if (s.kind === 'text') return str(s.text);
        if (s.formatted === 'number') fail('a value formatted as a number');
        // Formatting made the value text; an argument list needs it to be text already.
        return s.formatted ? `str(${s.expr})` : s.expr;
      })
      .join(' + ');
  return `[${words.map(render).join(', ')}]`;
}

function javaScriptArgv(node: Node, arg: string | undefined, ctx: FixContext): string {
  checkExecArguments(node);
  const { literal, parts } = decomposeJavaScript(node, ctx.text);
  const words = splitWords(parts);
  const q = literal.quote === '`' ? "'" : literal.quote;
  const render = (w: Segment[]) => {
    if (w.length === 1 && w[0]!.kind === 'param') return `String(${w[0]!.expr})`;
    if (w.every((s) => s.kind === 'text'))
      return `${q}${w.map((s) => (s as { text: string }).text).join('')}${q}`;
    // A word mixing text and values keeps the template literal's conversion of each value.
    return `\`${w.map((s) => (s.kind === 'text' ? s.text : `\${${s.expr}}`)).join('')}\``;
  };
  if (arg === 'program') return render(words[0]!);
  if (arg === 'args') return `[${words.slice(1).map(render).join(', ')}]`;
  return fail(`unknown argv part ${arg}`);
}

/**
 * exec(command[, options][, callback]) → execFile(file, args[, options][, callback]): the same
 * options and callback, unless the options ask for a shell again.
 */
function checkExecArguments(node: Node): void {
  const args = node.parent;
  if (args?.type !== 'arguments') fail('the command is not an argument');
  const list = args.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  if (list[0]?.id !== node.id) fail('the command is not the first argument');
  for (const [i, a] of list.slice(1).entries()) {
    if (a.type === 'arrow_function' || a.type === 'function_expression' || a.type === 'function') continue;
    if (i === 0 && a.type === 'object' && !/\bshell\b/.test(a.text)) continue;
    fail(`a ${a.type} argument after the command`);
  }
}

function splitWords(parts: readonly Part[]): Segment[][] {
  const words: Segment[][] = [];
  let current: Segment[] | undefined;
  for (const p of parts) {
    if (p.kind === 'param') {
      (current ??= []).push({ kind: 'param', expr: p.expr, formatted: p.formatted });
      continue;
    }
    const raw = p.raw.replace(/%%/g, '%');
    if (!PLAIN.test(raw)) fail('the command uses shell syntax');
    if (/[\t\n\r\f\v]/.test(raw)) fail('whitespace other than spaces');
    for (const [i, piece] of raw.split(/ +/).entries()) {
      if (i > 0 && current) {
        words.push(current);
        current = undefined;
      }
      if (piece !== '') (current ??= []).push({ kind: 'text', text: piece });
    }
  }
  if (current) words.push(current);
  if (words.length === 0 || words[0]!.some((s) => s.kind !== 'text')) fail('the program itself is a value');
  // `NAME=value cmd` sets a variable for cmd in a shell.
  if (words[0]!.some((s) => s.kind === 'text' && s.text.includes('='))) fail('an environment assignment');
  return words;
}
