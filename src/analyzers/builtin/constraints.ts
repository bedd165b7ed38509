/** Evaluates a rule's declarative constraints over the nodes a query captured. */
import type { Node } from '../../parsing/parser.js';
import type { Constraint } from './rule.js';
import { compileRegex } from './regex.js';
import { scopeOf } from './taint/bindings.js';

export type Captures = ReadonlyMap<string, readonly Node[]>;

/**
 * Node types that carry no value from outside the code: literals and the syntax that joins them.
 * A node is constant when every named node inside it is one of these, so an identifier, a call, an
 * f-string interpolation or a template substitution anywhere makes it non-constant.
 */
const CONSTANT_TYPES = new Set([
  // strings, across grammars
  'string',
  'string_start',
  'string_content',
  'string_end',
  'string_fragment',
  'multiline_string_fragment',
  'escape_sequence',
  'escape_interpolation',
  'concatenated_string',
  'string_literal',
  'interpreted_string_literal',
  'interpreted_string_literal_content',
  'raw_string_literal',
  'raw_string_literal_content',
  'raw_string_content',
  'raw_string_delimiter',
  'template_string',
  'text_block',
  'character_literal',
  'char_literal',
  'rune_literal',
  // numbers and keywords
  'integer',
  'float',
  'number',
  'number_literal',
  'int_literal',
  'float_literal',
  'imaginary_literal',
  'decimal_integer_literal',
  'hex_integer_literal',
  'octal_integer_literal',
  'binary_integer_literal',
  'decimal_floating_point_literal',
  'true',
  'false',
  'none',
  'null',
  'null_literal',
  'nil',
  'undefined',
  // joining constants keeps them constant
  'binary_expression',
  'binary_operator',
  'parenthesized_expression',
  'comment',
]);

export function isConstant(node: Node): boolean {
  // Iterative: a machine-written chain of 100,000 concatenations is a tree that deep.
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!CONSTANT_TYPES.has(n.type)) return false;
    for (const child of n.namedChildren) {
      if (!child) return false;
      stack.push(child);
    }
  }
  return true;
}

const ARRAY_DECLARATION_TYPES = new Set(['declaration', 'field_declaration']);
const SCOPE_TYPES = new Set(['function_definition', 'translation_unit']);

/**
 * True when `node` is an identifier whose closest preceding declaration in the enclosing function or
 * file declares an array with an explicit size. Array parameters are excluded: they decay to pointers.
 */
export function isFixedSizeArray(node: Node): boolean {
  if (node.type !== 'identifier') return false;
  const name = node.text;
  let best: { at: number; array: boolean } | undefined;
  for (let scope = node.parent; scope; scope = scope.parent) {
    if (!SCOPE_TYPES.has(scope.type)) continue;
    for (const decl of scope.descendantsOfType([...ARRAY_DECLARATION_TYPES])) {
      if (!decl || decl.startIndex >= node.startIndex) continue;
      for (const declarator of decl.childrenForFieldName('declarator')) {
        if (!declarator) continue;
        const kind = declaredKind(declarator, name);
        if (kind && (!best || decl.startIndex > best.at))
          best = { at: decl.startIndex, array: kind === 'array' };
      }
    }
    if (best) break;
  }
  return best?.array ?? false;
}

function declaredKind(declarator: Node, name: string): 'array' | 'other' | undefined {
  let d: Node | null = declarator;
  let array = false;
  let sized = false;
  while (d) {
    if (d.type === 'identifier' || d.type === 'field_identifier') {
      return d.text === name ? (array && sized ? 'array' : 'other') : undefined;
    }
    if (d.type === 'array_declarator') {
      // Only the outermost array dimension matters for `sizeof`.
      if (!array) sized = d.childForFieldName('size') !== null;
      array = true;
    } else if (d.type !== 'init_declarator' && d.type !== 'parenthesized_declarator') {
      // A pointer (or function) declarator: whatever it wraps, the name is not an array.
      if (d.type === 'pointer_declarator' || d.type === 'reference_declarator') {
        const inner = innermostName(d);
        return inner === name ? 'other' : undefined;
      }
    }
    d =
      d.childForFieldName('declarator') ??
      d.namedChildren.find((c) => c?.type.endsWith('declarator')) ??
      null;
  }
  return undefined;
}

function innermostName(d: Node): string | undefined {
  for (const n of [d, ...d.descendantsOfType(['identifier', 'field_identifier'])]) {
    if (n && (n.type === 'identifier' || n.type === 'field_identifier')) return n.text;
  }
  return undefined;
}

const regexCache = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let r = regexCache.get(source);
  if (!r) regexCache.set(source, (r = compileRegex(source)));
  return r;
}

function holds(c: Constraint, node: Node): boolean {
  if (c.regex !== undefined && !regex(c.regex).test(node.text)) return false;
  if (c['not-regex'] !== undefined && regex(c['not-regex']).test(node.text)) return false;
  if (c.constant !== undefined && isConstant(node) !== c.constant) return false;
  if (c.type && !c.type.includes(node.type)) return false;
  if (c['not-type']?.includes(node.type)) return false;
  if (c['fixed-size-array'] !== undefined && isFixedSizeArray(node) !== c['fixed-size-array']) return false;
  if (c['named-children'] !== undefined && node.namedChildCount !== c['named-children']) return false;
  if (c['function-regex'] !== undefined || c['function-not-regex'] !== undefined) {
    const text = scopeOf(node).text;
    if (c['function-regex'] !== undefined && !regex(c['function-regex']).test(text)) return false;
    if (c['function-not-regex'] !== undefined && regex(c['function-not-regex']).test(text)) return false;
  }
  return true;
}

/** Every constraint holds on every node of its capture; a constraint on a capture that is absent fails. */
export function satisfies(constraints: readonly Constraint[] | undefined, captures: Captures): boolean {
  for (const c of constraints ?? []) {
    const nodes = captures.get(c.capture);
    if (!nodes || nodes.length === 0) return false;
    if (!nodes.every((n) => holds(c, n))) return false;
  }
  return true;
}
