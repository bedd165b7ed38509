/**
 * Intra-procedural taint over one parsed file: does a value from a source reach a node, through
 * assignments, string building (any expression that contains it), additions to containers and
 * the return values of the file's own functions, without passing through a sanitizer?
 *
 * Deliberately simple and predictable: a name's value at a use is its latest binding before the
 * use in the same function (plus later additive updates), else the enclosing scopes'. Branches are
 * merged by position, not by path, and a check such as `if x in ALLOWED` is not a sanitizer: such
 * code is reported at the rule's confidence and the author can suppress it with a reason.
 */
import type { Node, Query } from '../../../parsing/parser.js';
import { MEMBER_TYPES, collectBindings, keyOf, scopeOf, type Binding } from './bindings.js';
import { FUNCTION_TYPES } from '../context.js';
import { SANITIZER_CAPTURE, SOURCE_CAPTURE } from './model.js';

export interface TaintStep {
  node: Node;
  message: string;
}

export interface SourceQuery {
  query: Query;
  description: string;
}

export interface TaintQuestion {
  sources: readonly SourceQuery[];
  sanitizers: readonly Query[];
}

/** Bindings that a source creates: a handler's request parameter, the buffer fgets fills. */
interface SourceBinding extends Binding {
  source: string;
  node: Node;
}

const CALL_TYPES = new Set(['call', 'call_expression', 'method_invocation']);
const IDENTIFIER_TYPES = new Set(['identifier', 'shorthand_property_identifier']);
const MAX_DEPTH = 60;

export interface FileTaint {
  /** The path from a source to `sink`, source first, or undefined when none reaches it. */
  trace(sink: Node, question: TaintQuestion, key: string): TaintStep[] | undefined;
}

export function createFileTaint(root: Node): FileTaint {
  let bindings: Map<string, Binding[]> | undefined;
  let functions: Map<string, Node[]> | undefined;
  const captured = new Map<Query, Node[]>();
  const contexts = new Map<string, Context>();

  function nodesOf(query: Query, capture: string): Node[] {
    let nodes = captured.get(query);
    if (!nodes) {
      nodes = query
        .captures(root)
        .filter((c) => c.name === capture)
        .map((c) => c.node);
      captured.set(query, nodes);
    }
    return nodes;
  }

  function fileBindings(): Map<string, Binding[]> {
    if (!bindings) {
      bindings = new Map();
      for (const b of collectBindings(root)) {
        const list = bindings.get(b.key);
        if (list) list.push(b);
        else bindings.set(b.key, [b]);
      }
    }
    return bindings;
  }

  function localFunctions(): Map<string, Node[]> {
    if (!functions) {
      functions = new Map();
      for (const fn of root.descendantsOfType([...FUNCTION_TYPES])) {
        const name = fn?.childForFieldName('name')?.text ?? cFunctionName(fn);
        if (!fn || !name) continue;
        const list = functions.get(name);
        if (list) list.push(fn);
        else functions.set(name, [fn]);
      }
    }
    return functions;
  }

  function contextFor(question: TaintQuestion, key: string): Context {
    let ctx = contexts.get(key);
    if (ctx) return ctx;
    const exprSources = new Map<number, string>();
    const names = new Map<string, Binding[]>();
    for (const [k, list] of fileBindings()) names.set(k, [...list]);
    for (const s of question.sources) {
      for (const node of nodesOf(s.query, SOURCE_CAPTURE)) {
        exprSources.set(node.id, s.description);
        if (IDENTIFIER_TYPES.has(node.type) || node.type === 'shorthand_property_identifier_pattern') {
          const b: SourceBinding = {
            key: node.text,
            scope: scopeOf(node),
            at: node.endIndex,
            additive: false,
            source: s.description,
            node,
          };
          const list = names.get(b.key);
          if (list) list.push(b);
          else names.set(b.key, [b]);
        }
      }
    }
    for (const list of names.values()) list.sort((a, b) => a.at - b.at);
    const sanitizers = new Set<number>();
    for (const q of question.sanitizers) for (const n of nodesOf(q, SANITIZER_CAPTURE)) sanitizers.add(n.id);
    ctx = { exprSources, names, sanitizers, bindingMemo: new Map(), returnMemo: new Map() };
    contexts.set(key, ctx);
    return ctx;
  }

  interface Context {
    exprSources: Map<number, string>;
    names: Map<string, Binding[]>;
    sanitizers: Set<number>;
    bindingMemo: Map<Binding, TaintStep[] | null>;
    returnMemo: Map<Node, TaintStep[] | null>;
  }

  /** The bindings that give `key` its value at `use`: the latest one, and additive updates after it. */
  function reaching(ctx: Context, key: string, use: Node): Binding[] {
    const list = ctx.names.get(key);
    if (!list) return [];
    const own = scopeOf(use);
    for (let scope: Node | null = own; scope; scope = scope.parent ? scopeOf(scope) : null) {
      const inScope = list.filter((b) => b.scope.id === scope!.id);
      let before = inScope.filter((b) => b.at <= use.startIndex && !(b.value && contains(b.value, use)));
      // A closure or function may run after the outer scope's later assignments.
      if (before.length === 0 && scope.id !== own.id) before = inScope;
      if (before.length > 0) {
        const out: Binding[] = [];
        for (let i = before.length - 1; i >= 0; i--) {
          out.push(before[i]!);
          if (!before[i]!.additive) break;
        }
        return out;
      }
      if (!scope.parent) break;
    }
    return [];
  }

  function bindingTaint(ctx: Context, b: Binding, depth: number): TaintStep[] | null {
    if ('source' in b) {
      const s = b as SourceBinding;
      return [{ node: s.node, message: `source: ${s.source}` }];
    }
    if (!b.value) return null;
    const memo = ctx.bindingMemo.get(b);
    if (memo !== undefined) return memo;
    ctx.bindingMemo.set(b, null); // a cycle through this binding adds nothing
    const inner = exprTaint(ctx, b.value, depth + 1);
    const out = inner ? [...inner, { node: b.value, message: `flows into ${b.key}` }] : null;
    ctx.bindingMemo.set(b, out);
    return out;
  }

  function returnTaint(ctx: Context, fn: Node, depth: number): TaintStep[] | null {
    const memo = ctx.returnMemo.get(fn);
    if (memo !== undefined) return memo;
    ctx.returnMemo.set(fn, null);
    let out: TaintStep[] | null = null;
    for (const ret of fn.descendantsOfType('return_statement')) {
      if (!ret || scopeOf(ret).id !== fn.id) continue;
      const t = exprTaint(ctx, ret, depth + 1);
      if (t) {
        out = [
          ...t,
          {
            node: ret,
            message: `returned by ${fn.childForFieldName('name')?.text ?? cFunctionName(fn) ?? 'the function'}`,
          },
        ];
        break;
      }
    }
    ctx.returnMemo.set(fn, out);
    return out;
  }

  function exprTaint(ctx: Context, expr: Node, depth: number): TaintStep[] | null {
    if (depth > MAX_DEPTH) return null;
    const stack: Node[] = [expr];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (ctx.sanitizers.has(n.id)) continue;
      const source = ctx.exprSources.get(n.id);
      if (source !== undefined) return [{ node: n, message: `source: ${source}` }];
      if ((IDENTIFIER_TYPES.has(n.type) && isValueUse(n)) || MEMBER_TYPES.has(n.type)) {
        const key = IDENTIFIER_TYPES.has(n.type) ? n.text : keyOf(n);
        for (const b of reaching(ctx, key, n)) {
          const t = bindingTaint(ctx, b, depth);
          if (t) return t;
        }
      }
      if (CALL_TYPES.has(n.type)) {
        for (const fn of calledLocalFunctions(n)) {
          const t = returnTaint(ctx, fn, depth);
          if (t) return t;
        }
      }
      for (let i = n.childCount - 1; i >= 0; i--) {
        const c = n.child(i);
        if (c && c.isNamed) stack.push(c);
      }
    }
    return null;
  }

  function calledLocalFunctions(call: Node): Node[] {
    const callee = call.childForFieldName('function') ?? call.childForFieldName('name');
    if (!callee) return [];
    let name: string | undefined;
    if (callee.type === 'identifier') name = callee.text;
    else if (MEMBER_TYPES.has(callee.type)) {
      const object = callee.childForFieldName('object');
      // Only self./this. calls: another object's method of the same name is another function.
      if (object && (object.text === 'self' || object.text === 'this'))
        name = (callee.childForFieldName('attribute') ?? callee.childForFieldName('property'))?.text;
    }
    if (call.type === 'method_invocation') {
      const object = call.childForFieldName('object');
      if (object && object.text !== 'this') return [];
    }
    return name ? (localFunctions().get(name) ?? []) : [];
  }

  return {
    trace(sink, question, key) {
      const ctx = contextFor(question, key);
      return exprTaint(ctx, sink, 0) ?? undefined;
    },
  };
}

function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** False for identifiers that name a property, a keyword argument or a called function, not a value. */
function isValueUse(n: Node): boolean {
  const p = n.parent;
  if (!p) return true;
  const is = (field: string) => p.childForFieldName(field)?.id === n.id;
  switch (p.type) {
    case 'attribute':
      return !is('attribute');
    case 'field_access':
      return !is('field');
    case 'method_invocation':
      return !is('name');
    case 'keyword_argument':
      return !is('name');
    case 'call':
    case 'call_expression':
      return !is('function');
    default:
      return true;
  }
}

function cFunctionName(fn: Node | null): string | undefined {
  for (let d = fn?.childForFieldName('declarator'); d; d = d.childForFieldName('declarator'))
    if (d.type === 'function_declarator') return d.childForFieldName('declarator')?.text;
  return undefined;
}
