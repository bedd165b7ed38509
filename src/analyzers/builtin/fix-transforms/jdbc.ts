/**
 * The `jdbc-bind` transform (Java SQL built by + or String.format, with ? placeholders):
 *
 * - JDBC: `Statement s = conn.createStatement();` directly followed by `s.executeQuery(sql)`
 *   becomes `PreparedStatement s = conn.prepareStatement("... ?");`, one `s.setObject(i, value);`
 *   per value, and `s.executeQuery()`. Only when the Statement serves this one call (it is used
 *   nowhere else but for close()), so that no other query runs on a PreparedStatement by mistake,
 *   and when nothing but comments stands between the two, so the values are the same when bound.
 * - Spring's JdbcTemplate: `template.queryForList(sql)` (also queryForMap, queryForRowSet, update)
 *   becomes `template.queryForList("... ?", values...)`, their varargs overloads.
 */
import { spanRegion, type Node } from '../../../parsing/parser.js';
import type { FixContext } from '../fix.js';
import { importEdits } from './imports.js';
import { NotApplicable } from './not-applicable.js';
import { decomposeJava } from './sql-parts.js';
import { bind } from '../transforms.js';

function fail(why: string): never {
  throw new NotApplicable(why);
}

const COMMENTS = new Set(['line_comment', 'block_comment']);
const EXECUTE = new Set(['executeQuery', 'executeUpdate', 'execute', 'executeLargeUpdate']);
const TEMPLATE_VARARGS = new Set(['queryForList', 'queryForMap', 'queryForRowSet', 'update']);

function named(n: Node | null | undefined): Node[] {
  return (n?.namedChildren ?? []).filter((c): c is Node => !!c && !COMMENTS.has(c.type));
}

export function jdbcBind(nodes: readonly Node[], _arg: string | undefined, ctx: FixContext): string {
  if (ctx.language !== 'java') fail('jdbc-bind is for Java');
  const sql = nodes[0] ?? fail('no node');
  const args = sql.parent;
  const call = args?.parent;
  if (args?.type !== 'argument_list' || call?.type !== 'method_invocation') fail('not a call argument');
  if (named(args).length !== 1) fail('the SQL is not the only argument');
  const method = call.childForFieldName('name')?.text ?? '';
  const receiver = call.childForFieldName('object');
  const { query, values } = bind(decomposeJava(sql, ctx.text), 'qmark');
  const literal = `"${query}"`;

  if (TEMPLATE_VARARGS.has(method)) {
    const springTemplate =
      /\bJdbcTemplate\b/.test(ctx.text) &&
      !/\bNamedParameterJdbcTemplate\b/.test(ctx.text) &&
      receiver?.type === 'identifier' &&
      /template|jdbc/i.test(receiver.text);
    if (!springTemplate) fail('not a Spring JdbcTemplate');
    return `${literal}, ${values.join(', ')}`;
  }
  if (!EXECUTE.has(method)) fail(`${method} has no parameterised form here`);
  if (receiver?.type !== 'identifier') fail('the statement is not a local variable');
  const name = receiver.text;

  // The statement holding the call, in its block, and the one just before it.
  let stmt: Node = call;
  while (stmt.parent && stmt.parent.type !== 'block') stmt = stmt.parent;
  const block = stmt.parent ?? fail('not in a block');
  const siblings = named(block);
  const at = siblings.findIndex((s) => s.id === stmt.id);
  const decl = siblings[at - 1];
  if (decl?.type !== 'local_variable_declaration' || decl.childForFieldName('type')?.text !== 'Statement')
    fail('no Statement declared just before');
  const declarators = decl.childrenForFieldName('declarator').filter((d): d is Node => !!d);
  const declarator = declarators[0];
  if (declarators.length !== 1 || declarator?.childForFieldName('name')?.text !== name)
    fail('the Statement declared before is another one');
  const create = declarator.childForFieldName('value');
  const connection = create?.childForFieldName('object');
  if (
    create?.type !== 'method_invocation' ||
    create.childForFieldName('name')?.text !== 'createStatement' ||
    named(create.childForFieldName('arguments')).length !== 0 ||
    !connection ||
    !['identifier', 'field_access'].includes(connection.type)
  )
    fail('not conn.createStatement()');

  // Any other use of the variable (but close()) would now run on a PreparedStatement.
  const uses: Node[] = [];
  const walk = (n: Node) => {
    if (n.type === 'identifier' && n.text === name) uses.push(n);
    for (const c of n.namedChildren) if (c) walk(c);
  };
  walk(block);
  for (const u of uses) {
    if (u.id === receiver.id || u.id === declarator.childForFieldName('name')?.id) continue;
    const p = u.parent;
    if (p?.type === 'method_invocation' && p.childForFieldName('name')?.text === 'close') continue;
    fail(`${name} is used elsewhere`);
  }

  const lineStart = ctx.text.lastIndexOf('\n', decl.startIndex) + 1;
  const indent = ctx.text.slice(lineStart, decl.startIndex);
  if (!/^[ \t]*$/.test(indent)) fail('the declaration shares its line');
  const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
  const setters = values.map((v, i) => `${eol}${indent}${name}.setObject(${i + 1}, ${v});`).join('');
  ctx.moreEdits?.push(
    {
      file: ctx.file,
      region: spanRegion(decl, decl),
      text: `PreparedStatement ${name} = ${connection.text}.prepareStatement(${literal});${setters}`,
    },
    ...importEdits(['java.sql.PreparedStatement'], sql.tree.rootNode, ctx),
  );
  return '';
}
