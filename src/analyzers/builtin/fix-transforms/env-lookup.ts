/**
 * The `env-lookup` transform: a hard-coded secret value becomes a read of an environment variable
 * named after what it is assigned to (`dbPassword = "..."` → `process.env.DB_PASSWORD`). Offered only
 * where the value is simply assigned, initialised or given as a keyword/property value: a comparison
 * (`password == "..."`), a fallback (`env || "..."`), a default parameter (evaluated at import) or a
 * Go constant cannot take a run-time lookup with the same meaning.
 */
import type { Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { NotApplicable } from './not-applicable.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

/** UPPER_SNAKE_CASE of an identifier, attribute, key or field name. */
export function envName(name: string): string {
  const words = name
    .replace(/^['"`]|['"`]$/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  const env = words.join('_').toUpperCase();
  if (!/^[A-Z_][A-Z0-9_]*$/.test(env)) fail(`no environment variable name in ${name}`);
  return env;
}

/** The text naming what the value is assigned to, or a failure when the value is not simply assigned. */
function assignedName(value: Node, ctx: FixContext): string {
  const parent = value.parent ?? fail('no parent');
  const field = (n: Node, f: string) => n.childForFieldName(f);
  const lastName = (n: Node | null): string => {
    if (!n) return fail('no name');
    switch (n.type) {
      case 'identifier':
      case 'property_identifier':
      case 'field_identifier':
        return n.text;
      case 'string':
      case 'string_literal':
      case 'interpreted_string_literal':
        return n.text.slice(1, -1);
      case 'attribute': // Python a.b
        return lastName(field(n, 'attribute'));
      case 'subscript': {
        // Python config["SECRET_KEY"]
        const key = field(n, 'subscript');
        return key?.type === 'string' ? lastName(key) : fail('a computed subscript');
      }
      case 'member_expression': // JavaScript a.b
        return lastName(field(n, 'property'));
      case 'field_access': // Java this.password
        return lastName(field(n, 'field'));
      case 'selector_expression': // Go cfg.Password
        return lastName(field(n, 'field'));
      case 'literal_element': // Go composite literal key
        return lastName(n.namedChild(0));
      default:
        return fail(`cannot name a ${n.type}`);
    }
  };
  switch (ctx.language) {
    case 'python':
      if (parent.type === 'assignment' && field(parent, 'right')?.id === value.id)
        return lastName(field(parent, 'left'));
      if (parent.type === 'keyword_argument') return lastName(field(parent, 'name'));
      if (parent.type === 'pair' && field(parent, 'value')?.id === value.id)
        return lastName(field(parent, 'key'));
      return fail(`a value in a ${parent.type}`);
    case 'javascript':
    case 'typescript':
    case 'tsx':
      if (parent.type === 'variable_declarator') return lastName(field(parent, 'name'));
      if (parent.type === 'pair' && field(parent, 'value')?.id === value.id)
        return lastName(field(parent, 'key'));
      // Class fields: `private readonly key = '...'` (TypeScript), `key = '...'` (JavaScript).
      if (
        (parent.type === 'public_field_definition' || parent.type === 'field_definition') &&
        field(parent, 'value')?.id === value.id
      )
        return lastName(field(parent, 'name') ?? field(parent, 'property'));
      if (parent.type === 'assignment_expression' && field(parent, 'right')?.id === value.id)
        return lastName(field(parent, 'left'));
      return fail(`a value in a ${parent.type}`);
    case 'java':
      if (parent.type === 'variable_declarator') return lastName(field(parent, 'name'));
      if (parent.type === 'assignment_expression' && field(parent, 'right')?.id === value.id)
        return lastName(field(parent, 'left'));
      return fail(`a value in a ${parent.type}`);
    case 'go': {
      if (parent.type === 'literal_element') {
        const kv = parent.parent;
        if (kv?.type === 'keyed_element' && field(kv, 'value')?.id === parent.id)
          return lastName(field(kv, 'key'));
        return fail('not a keyed element');
      }
      if (parent.type !== 'expression_list' || parent.namedChildren.length !== 1) fail('not a single value');
      const stmt = parent.parent ?? fail('no statement');
      if (stmt.type === 'var_spec' && !field(stmt, 'type')) return lastName(field(stmt, 'name'));
      if (stmt.type === 'short_var_declaration' || stmt.type === 'assignment_statement') {
        const left = field(stmt, 'left');
        if (left?.namedChildren.length !== 1) fail('several names');
        return lastName(left.namedChild(0));
      }
      // A const cannot hold a value read at run time.
      return fail(`a value in a ${stmt.type}`);
    }
    default:
      return fail(`env-lookup is not implemented for ${ctx.language}`);
  }
}

const STRING_TYPES = new Set([
  'string',
  'template_string',
  'string_literal',
  'interpreted_string_literal',
  'raw_string_literal',
]);

export function envLookup(nodes: readonly Node[], _arg: string | undefined, ctx: FixContext): string {
  const value = nodes[0] ?? fail('no node');
  // []byte("...") would become a string: another type.
  if (!/string/.test(value.type)) fail(`the value is a ${value.type}, not a string`);
  const env = envName(assignedName(value, ctx));
  // Two different secrets named alike ({"Authorization": "Bearer ..."} twice) cannot share a variable.
  const clash = (n: Node): boolean => {
    if (STRING_TYPES.has(n.type) && n.id !== value.id && n.text !== value.text) {
      try {
        if (envName(assignedName(n, ctx)) === env) return true;
      } catch (e) {
        if (!(e instanceof NotApplicable)) throw e;
      }
    }
    return n.namedChildren.some((c) => !!c && clash(c));
  };
  if (clash(value.tree.rootNode)) fail(`another value in this file would also be read from ${env}`);
  switch (ctx.language) {
    case 'python':
      return `os.environ["${env}"]`;
    case 'java':
      return `System.getenv("${env}")`;
    case 'go':
      return `os.Getenv("${env}")`;
    case 'typescript':
    case 'tsx':
      // process.env values are typed string | undefined; the string the code held stays a string.
      return `process.env.${env} ?? ''`;
    default:
      return `process.env.${env}`;
  }
}
