/**
 * The `python-path-contain` transform: `send_file(os.path.join(DIR, name))` becomes Flask's
 * `send_from_directory(DIR, name)`, which refuses (404) a name that leaves DIR and serves the same
 * file otherwise; the import is added. Other path uses need a containment check whose failure
 * handling is the program's own decision: no automatic fix. (secure_filename for an upload's
 * save() would be sound too, but it rewrites the text python-unrestricted-upload reports, which
 * verification then counts as a new finding.)
 */
import type { Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { importEdits } from './imports.js';
import { NotApplicable } from './not-applicable.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

function args(call: Node | null | undefined): Node[] {
  return (call?.childForFieldName('arguments')?.namedChildren ?? []).filter(
    (c): c is Node => !!c && c.type !== 'comment',
  );
}

/** `os.path.join(a, b)` → [a, b]. */
function joinOf(n: Node | undefined): [Node, Node] | undefined {
  if (n?.type !== 'call' || n.childForFieldName('function')?.text !== 'os.path.join') return undefined;
  const parts = args(n);
  if (
    parts.length !== 2 ||
    parts.some(
      (p) => p.type !== 'identifier' && p.type !== 'attribute' && p.type !== 'subscript' && p.type !== 'call',
    )
  )
    return undefined;
  return [parts[0]!, parts[1]!];
}

export function pythonPathContain(nodes: readonly Node[], _arg: string | undefined, ctx: FixContext): string {
  if (ctx.language !== 'python') fail('python-path-contain is for Python');
  const call = nodes[0];
  if (call?.type !== 'call') return fail('not a call');
  const fn = call.childForFieldName('function')!;
  const list = args(call);
  const join = joinOf(list[0]);
  if (!join) return fail('the path is not os.path.join(directory, name)');
  const [dir, name] = join;
  const text = (n: Node) => ctx.text.slice(n.startIndex, n.endIndex);
  const root = call.tree.rootNode;

  if (fn.text === 'send_file' || fn.text === 'flask.send_file') {
    if (list.slice(1).some((a) => a.type !== 'keyword_argument')) fail('positional options');
    if (fn.text === 'send_file')
      ctx.moreEdits?.push(...importEdits(['from flask import send_from_directory'], root, ctx));
    const rest = list.slice(1).map(text);
    const callee = fn.text === 'send_file' ? 'send_from_directory' : 'flask.send_from_directory';
    return `${callee}(${[text(dir), text(name), ...rest].join(', ')})`;
  }
  return fail(`${fn.text} has no containing form`);
}
