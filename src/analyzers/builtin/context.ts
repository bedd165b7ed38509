/**
 * The name of the function (or else class) enclosing a node: part of a finding's fingerprint, so
 * that a finding keeps its identity when lines move. Only the innermost name is used, so moving a
 * function into a class keeps its context.
 */
import type { Node } from '../../parsing/parser.js';

export const FUNCTION_TYPES = new Set([
  'function_definition', // python, c, cpp
  'function_declaration', // js, ts, go
  'generator_function_declaration',
  'method_definition', // js, ts
  'method_declaration', // java, go
  'constructor_declaration', // java
  'function_expression',
  'arrow_function',
  'func_literal', // go
  'lambda_expression', // java, cpp
]);

const CLASS_TYPES = new Set([
  'class_definition',
  'class_declaration',
  'abstract_class_declaration',
  'class',
  'interface_declaration',
  'enum_declaration',
  'record_declaration',
  'class_specifier',
  'struct_specifier',
  'type_declaration',
]);

export function enclosingContext(node: Node): string {
  let cls: string | undefined;
  for (let n = node.parent; n; n = n.parent) {
    if (FUNCTION_TYPES.has(n.type)) {
      const name = functionName(n);
      if (name) return name;
    } else if (cls === undefined && CLASS_TYPES.has(n.type)) {
      cls = nameField(n);
    }
  }
  return cls ?? '';
}

function nameField(n: Node): string | undefined {
  const name = n.childForFieldName('name');
  if (name) return name.text;
  if (n.type === 'type_declaration')
    return n.namedChildren.find((c) => c?.type === 'type_spec')?.childForFieldName('name')?.text;
  return undefined;
}

function functionName(n: Node): string | undefined {
  const direct = nameField(n);
  if (direct) return direct;
  // C/C++: the name sits inside the declarator chain (pointer_declarator > function_declarator > identifier).
  let d = n.childForFieldName('declarator');
  while (d) {
    if (d.type === 'function_declarator') {
      const inner = d.childForFieldName('declarator');
      if (inner) return inner.text;
    }
    d = d.childForFieldName('declarator');
  }
  // Anonymous functions take the name they are bound to: `const f = () => ...`, `f: function () {}`.
  const parent = n.parent;
  if (!parent) return undefined;
  if (parent.type === 'variable_declarator') return parent.childForFieldName('name')?.text;
  if (parent.type === 'pair') return parent.childForFieldName('key')?.text;
  if (parent.type === 'assignment_expression') return parent.childForFieldName('left')?.text;
  if (parent.type === 'public_field_definition' || parent.type === 'field_definition')
    return (parent.childForFieldName('name') ?? parent.childForFieldName('property'))?.text;
  return undefined;
}
