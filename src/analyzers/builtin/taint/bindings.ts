/**
 * Where a file gives values to names: assignments, declarations with an initialiser, loop
 * variables, parameters. The grammars differ in node types but agree on the shape (targets and a
 * value), so one table covers Python, JavaScript/TypeScript, Java, Go and C/C++.
 */
import type { Node } from '../../../parsing/parser.js';
import { FUNCTION_TYPES } from '../context.js';

export interface Binding {
  /** The name, or the whole member path (`self.path`, `this.cfg.url`) with whitespace removed. */
  key: string;
  /** The expression the name gets its value from; absent for a parameter. */
  value?: Node;
  /** The function (or the file's root) the name belongs to. */
  scope: Node;
  /** The binding holds from this offset on. */
  at: number;
  /**
   * An update that adds to the old value (`x += y`, `d["k"] = y`, `list.append(y)`): a clean
   * update does not clean the name, so the binding before it still counts.
   */
  additive: boolean;
  /** A function parameter: clean unless a source model says otherwise. */
  parameter?: boolean;
}

interface BindingShape {
  targets: string[];
  value: string;
  additive?: (node: Node) => boolean;
}

const isCompound = (node: Node) => {
  const op = node.childForFieldName('operator')?.text ?? node.children.find((c) => c && !c.isNamed)?.text;
  return op !== undefined && op !== '=' && op !== ':=';
};

const SHAPES: Record<string, BindingShape> = {
  // python
  assignment: { targets: ['left'], value: 'right' },
  augmented_assignment: { targets: ['left'], value: 'right', additive: () => true },
  for_statement: { targets: ['left'], value: 'right' },
  for_in_clause: { targets: ['left'], value: 'right' },
  named_expression: { targets: ['name'], value: 'value' },
  as_pattern: { targets: ['alias'], value: '@first' },
  // javascript / typescript, java
  variable_declarator: { targets: ['name'], value: 'value' },
  assignment_expression: { targets: ['left'], value: 'right', additive: isCompound },
  augmented_assignment_expression: { targets: ['left'], value: 'right', additive: () => true },
  for_in_statement: { targets: ['left'], value: 'right' },
  enhanced_for_statement: { targets: ['name'], value: 'value' },
  // go
  short_var_declaration: { targets: ['left'], value: 'right' },
  assignment_statement: { targets: ['left'], value: 'right', additive: isCompound },
  var_spec: { targets: ['name'], value: 'value' },
  const_spec: { targets: ['name'], value: 'value' },
  range_clause: { targets: ['left'], value: 'right' },
  // c / c++
  init_declarator: { targets: ['declarator'], value: 'value' },
};

/** Member access nodes: `a.b` is tracked as a name of its own as well as through `a`. */
export const MEMBER_TYPES = new Set([
  'attribute',
  'member_expression',
  'field_access',
  'selector_expression',
  'field_expression',
]);

/** Names a target node assigns: identifiers in patterns, member paths; `d[k] = v` adds to `d`. */
function targetKeys(target: Node): { key: string; additive: boolean }[] {
  const out: { key: string; additive: boolean }[] = [];
  const visit = (n: Node, additive: boolean) => {
    if (n.type === 'identifier' || n.type === 'shorthand_property_identifier_pattern') {
      out.push({ key: n.text, additive });
      return;
    }
    if (MEMBER_TYPES.has(n.type)) {
      out.push({ key: keyOf(n), additive });
      return;
    }
    if (n.type === 'subscript' || n.type === 'subscript_expression' || n.type === 'index_expression') {
      const object = n.childForFieldName('value') ?? n.childForFieldName('object') ?? n.namedChild(0);
      if (object) visit(object, true);
      return;
    }
    if (n.type === 'array_access') {
      const array = n.childForFieldName('array');
      if (array) visit(array, true);
      return;
    }
    // Type annotations, array sizes and default values inside a pattern are not targets; in
    // `{key: name}` the pattern's value is.
    for (let i = 0; i < n.childCount; i++) {
      const field = n.fieldNameForChild(i);
      if (field === 'type' || field === 'size') continue;
      if (field === 'value' && n.type !== 'pair_pattern') continue;
      if (field === 'right' && n.type.endsWith('pattern')) continue;
      if (field === 'key' && n.type === 'pair_pattern') continue;
      const c = n.child(i);
      if (c && c.isNamed) visit(c, additive);
    }
  };
  visit(target, false);
  return out;
}

export function keyOf(n: Node): string {
  return n.text.replace(/\s+/g, '');
}

/** Mutating calls whose argument flows into the receiver: `items.append(x)`, `sb.append(x)`, `list.push(x)`. */
const ADDING_METHODS = new Set([
  'WriteString',
  'Write',
  'WriteByte',
  'WriteRune',
  'append',
  'extend',
  'insert',
  'add',
  'update',
  'push',
  'unshift',
  'put',
  'addAll',
  'write',
]);

export function scopeOf(node: Node): Node {
  for (let n = node.parent; n; n = n.parent) if (FUNCTION_TYPES.has(n.type)) return n;
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

/** Every binding in a tree, in source order. */
export function collectBindings(root: Node): Binding[] {
  const out: Binding[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const shape = SHAPES[n.type];
    if (shape) {
      const value =
        shape.value === '@first'
          ? (n.namedChild(0) ?? undefined)
          : (n.childForFieldName(shape.value) ?? undefined);
      const additive = shape.additive?.(n) ?? false;
      if (value) {
        const scope = scopeOf(n);
        for (const field of shape.targets)
          for (const t of n.childrenForFieldName(field))
            if (t)
              for (const k of targetKeys(t))
                out.push({ key: k.key, value, scope, at: value.endIndex, additive: additive || k.additive });
      }
    } else if (FUNCTION_TYPES.has(n.type)) {
      for (const key of parameterNames(n))
        out.push({ key, scope: n, at: n.startIndex, additive: false, parameter: true });
    } else if (n.type === 'call' || n.type === 'call_expression' || n.type === 'method_invocation') {
      addingCall(n, out);
      writingCall(n, out);
    }
    for (let i = n.childCount - 1; i >= 0; i--) {
      const c = n.child(i);
      if (c) stack.push(c);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** C functions that write their later arguments into the first. */
const COPYING_FUNCTIONS = new Set([
  'strcpy',
  'strncpy',
  'strcat',
  'strncat',
  'sprintf',
  'snprintf',
  'vsprintf',
  'vsnprintf',
  'memcpy',
  'memmove',
  'wcscpy',
  'wcsncpy',
  'wcscat',
  'stpcpy',
  'strlcpy',
  'strlcat',
]);

/**
 * Calls that write into an argument: `&x` in Go and C (`json.Unmarshal(data, &x)`,
 * `sscanf(s, "%d", &n)`), and C's copying functions' destination.
 */
function writingCall(call: Node, out: Binding[]): void {
  const args = call.childForFieldName('arguments');
  if (!args) return;
  const fn = call.childForFieldName('function');
  const scope = scopeOf(call);
  const first = args.namedChild(0);
  if (fn?.type === 'identifier' && COPYING_FUNCTIONS.has(fn.text) && first) {
    if (first.type === 'identifier' || MEMBER_TYPES.has(first.type))
      out.push({ key: keyOf(first), value: args, scope, at: call.endIndex, additive: true });
  }
  for (const arg of args.namedChildren) {
    if (!arg || (arg.type !== 'unary_expression' && arg.type !== 'pointer_expression')) continue;
    if (arg.childForFieldName('operator')?.text !== '&' && arg.child(0)?.text !== '&') continue;
    const target = arg.childForFieldName('operand') ?? arg.childForFieldName('argument');
    if (target && (target.type === 'identifier' || MEMBER_TYPES.has(target.type)))
      out.push({ key: keyOf(target), value: call, scope, at: call.endIndex, additive: true });
  }
}

function addingCall(call: Node, out: Binding[]): void {
  let receiver: Node | null = null;
  let method: string | undefined;
  const fn = call.childForFieldName('function');
  if (fn && MEMBER_TYPES.has(fn.type)) {
    receiver =
      fn.childForFieldName('object') ?? fn.childForFieldName('operand') ?? fn.childForFieldName('argument');
    method = (
      fn.childForFieldName('attribute') ??
      fn.childForFieldName('property') ??
      fn.childForFieldName('field')
    )?.text;
  } else if (call.type === 'method_invocation') {
    receiver = call.childForFieldName('object');
    method = call.childForFieldName('name')?.text;
  }
  if (!receiver || !method || !ADDING_METHODS.has(method)) return;
  if (receiver.type !== 'identifier' && !MEMBER_TYPES.has(receiver.type)) return;
  const args = call.childForFieldName('arguments');
  if (!args || args.namedChildCount === 0) return;
  out.push({ key: keyOf(receiver), value: args, scope: scopeOf(call), at: call.endIndex, additive: true });
}

const PARAMETER_SKIP_FIELDS = new Set(['type', 'value', 'default', 'default_value', 'body']);

/** The names a function's parameters declare (not their types or default values). */
export function parameterNames(fn: Node): string[] {
  let params = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
  if (!params) {
    // C/C++: the parameter list sits in the function_declarator.
    for (let d = fn.childForFieldName('declarator'); d && !params; d = d.childForFieldName('declarator'))
      if (d.type === 'function_declarator') params = d.childForFieldName('parameters');
  }
  if (!params) return [];
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.type === 'identifier' || n.type === 'shorthand_property_identifier_pattern') {
      out.push(n.text);
      return;
    }
    for (let i = 0; i < n.childCount; i++) {
      if (PARAMETER_SKIP_FIELDS.has(n.fieldNameForChild(i) ?? '')) continue;
      const c = n.child(i);
      if (c && c.isNamed && !c.type.includes('type')) visit(c);
    }
  };
  visit(params);
  return out;
}
