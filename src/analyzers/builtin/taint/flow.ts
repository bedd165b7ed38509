/**
 * Intra-procedural taint over one parsed file: does a value from a source reach a node, through
 * assignments, string building (any expression that contains it), additions to containers and
 * the return values of the file's own functions, without passing through a sanitizer?
 *
 * Deliberately simple and predictable: a name's value at a use is its latest binding before the
 * use in the same function, plus later additive updates and earlier values that an assignment in a
 * branch may not have replaced; else the enclosing scopes'. Checks count in two shapes only (a
 * guard that leaves, a replacement when a call rejects the value); any other check, such as
 * `if x in ALLOWED` around the sink, is not understood: such code is reported at the rule's
 * confidence and the author can suppress it with a reason.
 */
import type { Node, Query } from '../../../parsing/parser.js';
import { MEMBER_TYPES, collectBindings, keyOf, parameterNames, scopeOf, type Binding } from './bindings.js';
import { FUNCTION_TYPES } from '../context.js';
import { SANITIZER_CAPTURE, SOURCE_CAPTURE } from './model.js';

export interface TaintStep {
  node: Node;
  message: string;
  /** On the first step: the source's description, for the finding's message. */
  source?: string;
}

function sourceStep(node: Node, description: string): TaintStep {
  return { node, message: `source: ${description}`, source: description };
}

export interface TaintQuestion {
  /** All sources as one query, and the description of each of its patterns. */
  sources?: { query: Query; descriptions: readonly string[] };
  /**
   * The sanitizers: the models' as one query (the same Query object for every rule that uses them,
   * so a file is walked for them once) and the rule's own as another.
   */
  sanitizers?: readonly Query[];
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
  const captured = new Map<Query, { node: Node; pattern: number }[]>();
  const contexts = new Map<string, Context>();

  function nodesOf(query: Query, capture: string): { node: Node; pattern: number }[] {
    let nodes = captured.get(query);
    if (!nodes) {
      nodes = [];
      for (const m of query.matches(root))
        for (const c of m.captures)
          if (c.name === capture) nodes.push({ node: c.node, pattern: m.patternIndex });
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
    const sourceBindings: SourceBinding[] = [];
    const sources = question.sources;
    for (const { node, pattern } of sources ? nodesOf(sources.query, SOURCE_CAPTURE) : []) {
      const description = sources!.descriptions[pattern] ?? 'a source';
      exprSources.set(node.id, description);
      if (IDENTIFIER_TYPES.has(node.type) || node.type === 'shorthand_property_identifier_pattern')
        sourceBindings.push({
          key: node.text,
          scope: scopeOf(node),
          at: node.endIndex,
          additive: false,
          source: description,
          node,
        });
    }
    // Most files have no source of the kinds asked for: then nothing is tainted, and the
    // bindings and sanitizers need not be collected at all.
    if (exprSources.size === 0) {
      ctx = {
        empty: true,
        exprSources,
        names: new Map(),
        sanitizers: new Set(),
        bindingMemo: new Map(),
        returnMemo: new Map(),
      };
      contexts.set(key, ctx);
      return ctx;
    }
    let names = fileBindings();
    if (sourceBindings.length > 0) {
      const merged = new Map(names);
      for (const b of sourceBindings)
        merged.set(
          b.key,
          [...(merged.get(b.key) ?? []), b].sort((x, y) => x.at - y.at),
        );
      names = merged;
    }
    const sanitizers = new Set<number>();
    for (const query of question.sanitizers ?? [])
      for (const { node } of nodesOf(query, SANITIZER_CAPTURE)) sanitizers.add(node.id);
    ctx = { empty: false, exprSources, names, sanitizers, bindingMemo: new Map(), returnMemo: new Map() };
    contexts.set(key, ctx);
    return ctx;
  }

  interface Context {
    /** No source in the file: nothing is tainted. */
    empty: boolean;
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
        // The latest binding, and the earlier ones it may not have replaced: additions, and
        // assignments in a branch or loop the use is not in (`if x == "": x = "/"` keeps x's value
        // from before when the branch is not taken).
        const out: Binding[] = [];
        for (let i = before.length - 1; i >= 0; i--) {
          const b = before[i]!;
          out.push(b);
          if (!b.additive && !conditional(b, use, scope)) break;
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
      return [sourceStep(s.node, s.source)];
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
      const named = (IDENTIFIER_TYPES.has(n.type) && isValueUse(n)) || MEMBER_TYPES.has(n.type);
      const key = named || source !== undefined ? (IDENTIFIER_TYPES.has(n.type) ? n.text : keyOf(n)) : '';
      if ((named || source !== undefined) && guarded(key, n)) continue;
      if (source !== undefined) return [sourceStep(n, source)];
      if (named) {
        for (const b of reaching(ctx, key, n)) {
          const t = bindingTaint(ctx, b, depth);
          if (t) return t;
        }
      }
      let args: Node | null = null;
      if (CALL_TYPES.has(n.type)) {
        const local = calledLocalFunctions(n);
        for (const fn of local) {
          const t = returnTaint(ctx, fn, depth);
          if (t) return t;
        }
        // A function of this file whose returns use none of its parameters (a `safe...` helper
        // that returns a constant or its own computation) does not pass its arguments on.
        if (local.length > 0 && !local.some(returnsParameter)) args = n.childForFieldName('arguments');
      }
      for (let i = n.childCount - 1; i >= 0; i--) {
        const c = n.child(i);
        if (c && c.isNamed && c.id !== args?.id) stack.push(c);
      }
    }
    return null;
  }

  const guardsMemo = new Map<number, Node[]>();
  const mentions = new Map<string, RegExp>();
  /**
   * The sanitizer guard: `if not valid(x): return` (`if (!re.test(x)) return ...;`,
   * `if !ok(x) { http.Error(...); return }`) earlier in the function. Its condition calls something
   * on the value and its branch leaves: after it, the value has passed the check.
   */
  function guarded(key: string, use: Node): boolean {
    const fn = scopeOf(use);
    let guards = guardsMemo.get(fn.id);
    if (!guards) {
      guards = fn
        .descendantsOfType('if_statement')
        .filter(
          (g): g is Node =>
            !!g &&
            scopeOf(g).id === fn.id &&
            callsSomething(g.childForFieldName('condition')) &&
            exits(g.childForFieldName('consequence')),
        );
      guardsMemo.set(fn.id, guards);
    }
    if (guards.length === 0) return false;
    let mention = mentions.get(key);
    if (!mention) {
      // `x` is mentioned by `valid(x)` and `x.isalnum()`, not by `x.other` (another value).
      const name = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      mention = new RegExp(`(?<![\\w.$])${name}(?![\\w$])(?!\\.[A-Za-z_$][\\w$]*(?![\\w$]|\\s*\\())`);
      mentions.set(key, mention);
    }
    return guards.some(
      (g) => g.endIndex <= use.startIndex && mention.test(g.childForFieldName('condition')!.text),
    );
  }

  const returnsParameterMemo = new Map<number, boolean>();
  function returnsParameter(fn: Node): boolean {
    let r = returnsParameterMemo.get(fn.id);
    if (r === undefined) {
      const params = new Set(parameterNames(fn));
      r = false;
      for (const ret of fn.descendantsOfType('return_statement')) {
        if (!ret || scopeOf(ret).id !== fn.id) continue;
        if (ret.descendantsOfType([...IDENTIFIER_TYPES]).some((id) => id && params.has(id.text))) r = true;
      }
      // Without a return statement (an arrow function's expression body), assume it passes them on.
      if (fn.descendantsOfType('return_statement').length === 0) r = true;
      returnsParameterMemo.set(fn.id, r);
    }
    return r;
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
      return ctx.empty ? undefined : (exprTaint(ctx, sink, 0) ?? undefined);
    },
  };
}

/** Branches and loop bodies: an assignment inside one may not run. */
const CONDITIONAL_TYPES = new Set([
  'if_statement',
  'elif_clause',
  'else_clause',
  'conditional_expression',
  'ternary_expression',
  'switch_statement',
  'switch_case',
  'switch_default',
  'case_clause',
  'expression_case',
  'default_case',
  'expression_switch_statement',
  'type_switch_statement',
  'switch_expression',
  'switch_block_statement_group',
  'try_statement',
  'except_clause',
  'catch_clause',
  'for_statement',
  'for_in_statement',
  'enhanced_for_statement',
  'while_statement',
  'do_statement',
  'for_range_loop',
]);

/**
 * True when the binding sits in a branch or loop, below `scope`, that does not contain `use`: the
 * value from before may still reach the use. Except the validation idiom: an `if` whose condition
 * calls something (`if not is_local_url(x): x = "/"`) replaces a value that failed a check, while
 * one without a call (`if x == "": x = "/"`) only fills in a default.
 */
function conditional(b: Binding, use: Node, scope: Node): boolean {
  if (!b.value || 'source' in b) return false;
  for (let n = b.value.parent; n && n.id !== scope.id; n = n.parent) {
    if (!CONDITIONAL_TYPES.has(n.type) || contains(n, use)) continue;
    if (n.type === 'if_statement' && callsSomething(n.childForFieldName('condition'))) return false;
    return true;
  }
  return false;
}

function callsSomething(n: Node | null): boolean {
  return !!n && (CALL_TYPES.has(n.type) || n.descendantsOfType([...CALL_TYPES]).length > 0);
}

/** Statements that leave the function or the loop: a guard that ends in one stops what it rejects. */
const EXIT_TYPES = [
  'return_statement',
  'throw_statement',
  'raise_statement',
  'continue_statement',
  'break_statement',
];
const EXIT_CALLS = /^(abort|exit|sys\.exit|os\.Exit|panic|log\.Fatal\w*|process\.exit)$/;

function exits(n: Node | null): boolean {
  if (!n) return false;
  if (EXIT_TYPES.includes(n.type) || n.descendantsOfType(EXIT_TYPES).length > 0) return true;
  return n
    .descendantsOfType([...CALL_TYPES])
    .some((c) => EXIT_CALLS.test(c?.childForFieldName('function')?.text ?? ''));
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
