/** Runs a rule's tree-sitter query over a tree and keeps the matches that satisfy its constraints. */
import type { Language } from '../../core/types.js';
import type { Node, ParserService, Query, Tree } from '../../parsing/parser.js';
import { satisfies, type Captures } from './constraints.js';
import type { Rule } from './rule.js';
import { templateCaptures } from './fix.js';

/** The capture whose node is the reported region. */
export const MATCH_CAPTURE = 'match';

export interface CompiledRule {
  rule: Rule;
  language: Language;
  query: Query;
}

export interface RuleMatch {
  rule: Rule;
  /** The `@match` node. */
  node: Node;
  captures: Captures;
}

/**
 * Compiles a rule's query for one language and checks that every capture the rule refers to
 * exists. Throws an Error whose message says what is wrong (the engine turns it into a Diagnostic).
 */
export async function compileRule(
  rule: Rule,
  language: Language,
  parser: ParserService,
): Promise<CompiledRule> {
  if (!rule.match) throw new Error(`rule ${rule.id} has no match query`);
  let query: Query;
  try {
    query = await parser.query(language, rule.match.query);
  } catch (e) {
    throw new Error(
      `the ${language} query of rule ${rule.id} (${rule.source}) does not compile: ${(e as Error).message}`,
      { cause: e },
    );
  }
  const names = new Set(query.captureNames);
  const missing = (name: string, where: string) => {
    if (!names.has(name))
      throw new Error(
        `rule ${rule.id} (${rule.source}): ${where} refers to capture @${name}, which the query does not define (it defines ${[...names].map((n) => `@${n}`).join(', ') || 'none'})`,
      );
  };
  missing(MATCH_CAPTURE, 'the reported region');
  for (const c of rule.match.where ?? []) missing(c.capture, 'match.where');
  if (rule.fix) {
    missing(rule.fix.replace ?? MATCH_CAPTURE, 'fix.replace');
    for (const c of rule.fix.where ?? []) missing(c.capture, 'fix.where');
    for (const name of templateCaptures(rule.fix.template)) missing(name, 'fix.template');
  }
  // web-tree-sitter evaluates eq?/match?/any-of?/is?/set! itself and hands any other predicate back
  // unevaluated: refusing them keeps a rule from matching more than its author meant.
  for (let i = 0; i < query.predicates.length; i++) {
    const unknown = query.predicates[i]?.[0];
    if (unknown)
      throw new Error(`rule ${rule.id} (${rule.source}): unsupported query predicate #${unknown.operator}`);
  }
  return { rule, language, query };
}

export function runRule(compiled: CompiledRule, tree: Tree): RuleMatch[] {
  const out: RuleMatch[] = [];
  const seen = new Set<string>();
  for (const m of compiled.query.matches(tree.rootNode)) {
    const captures = new Map<string, Node[]>();
    for (const c of m.captures) {
      const list = captures.get(c.name);
      if (list) {
        if (!list.some((n) => n.id === c.node.id)) list.push(c.node);
      } else captures.set(c.name, [c.node]);
    }
    const node = captures.get(MATCH_CAPTURE)?.[0];
    if (!node) continue;
    if (!satisfies(compiled.rule.match?.where, captures)) continue;
    // Several patterns of one query may match the same code: report it once.
    const key = `${node.startIndex}:${node.endIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ rule: compiled.rule, node, captures });
  }
  return out.sort((a, b) => a.node.startIndex - b.node.startIndex || a.node.endIndex - b.node.endIndex);
}
