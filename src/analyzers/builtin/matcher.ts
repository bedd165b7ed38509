/** Runs a rule's tree-sitter query over a tree and keeps the matches that satisfy its constraints. */
import type { Language } from '../../core/types.js';
import { CaptureQuantifier, type QueryMatch } from 'web-tree-sitter';
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
  /**
   * For each pattern, the words the file must contain for it to match: one of each inner list
   * (from its `#eq?` / `#any-of?` predicates). A file without them is not walked for this rule.
   */
  requiredWords: string[][][];
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
  for (const sink of rule.taint?.sinks ?? []) missing(sink, 'taint.sinks');
  if (rule.fix) {
    missing(rule.fix.replace ?? MATCH_CAPTURE, 'fix.replace');
    for (const c of rule.fix.where ?? []) missing(c.capture, 'fix.where');
    for (const name of templateCaptures(rule.fix.template)) missing(name, 'fix.template');
    for (const more of rule.fix.also ?? []) {
      missing(more.replace, 'fix.also.replace');
      for (const name of templateCaptures(more.template)) missing(name, 'fix.also.template');
    }
  }
  // web-tree-sitter evaluates eq?/match?/any-of?/is?/set! itself and hands any other predicate back
  // unevaluated: refusing them keeps a rule from matching more than its author meant.
  for (let i = 0; i < query.predicates.length; i++) {
    const unknown = query.predicates[i]?.[0];
    if (unknown)
      throw new Error(`rule ${rule.id} (${rule.source}): unsupported query predicate #${unknown.operator}`);
  }
  return { rule, language, query, requiredWords: requiredWordsOf(query, rule.match.query) };
}

const TEXT_PREDICATE = /\(#(?:eq|any-of)\?\s+@([\w.-]+)((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g;
const MATCH_PREDICATE = /\(#match\?\s+@([\w.-]+)\s+"((?:[^"\\]|\\.)*)"\s*\)/g;
const STRING = /"((?:[^"\\]|\\.)*)"/g;

function requiredWordsOf(query: Query, source: string): string[][][] {
  const bytes = Buffer.from(source, 'utf8');
  const out: string[][][] = [];
  for (let i = 0; i < query.patternCount(); i++) {
    const text = bytes.subarray(query.startIndexForPattern(i), query.endIndexForPattern(i)).toString('utf8');
    const required = requiredCaptures(query, i);
    const sets: string[][] = [];
    for (const m of text.matchAll(TEXT_PREDICATE)) {
      // A predicate on a capture that may be absent (in an alternation or an optional group) holds
      // vacuously when it is: it requires nothing of the text.
      if (!required.has(m[1]!)) continue;
      sets.push([...m[2]!.matchAll(STRING)].map((w) => unescape(w[1]!)));
    }
    for (const m of text.matchAll(MATCH_PREDICATE)) {
      if (!required.has(m[1]!)) continue;
      const words = literalAlternatives(unescape(m[2]!));
      if (words) sets.push(words);
    }
    out.push(sets);
  }
  return out;
}

function unescape(queryString: string): string {
  return queryString.replace(/\\(.)/g, '$1');
}

/**
 * The captures every match of a pattern has, as tree-sitter itself counts them: a capture in every
 * branch of an alternation is required, one in an optional group or a single branch is not.
 */
function requiredCaptures(query: Query, pattern: number): Set<string> {
  const quantifiers = query.captureQuantifiers[pattern] ?? [];
  const required = new Set<string>();
  query.captureNames.forEach((name, index) => {
    const q = quantifiers[index];
    if (q === CaptureQuantifier.One || q === CaptureQuantifier.OneOrMore) required.add(name);
  });
  return required;
}

/**
 * The words a `#match?` regex admits when it is only literal alternatives (`^(md5|md5Hex)$`): the
 * matched text, and so the file, contains one of them. Anything else (classes, escapes, flags)
 * requires nothing that a plain search could check.
 */
function literalAlternatives(regex: string): string[] | undefined {
  const grouped = /^\^?\(([^()]*)\)\$?$/.exec(regex);
  const body = grouped ? grouped[1]! : regex.replace(/^\^/, '').replace(/\$$/, '');
  const words = body.split('|');
  return words.every((w) => /^[A-Za-z0-9_]+$/.test(w)) ? words : undefined;
}

/** False when no pattern of the rule can match this text: a cheap test that saves a tree walk. */
export function mayMatch(compiled: CompiledRule, text: string): boolean {
  return compiled.requiredWords.some((sets) => sets.every((words) => words.some((w) => text.includes(w))));
}

export function runRule(compiled: CompiledRule, tree: Tree): RuleMatch[] {
  return collect(compiled.rule, compiled.query.matches(tree.rootNode));
}

function fixable(rule: Rule, captures: Captures): boolean {
  const fix = rule.fix!;
  const needed = [fix.replace ?? MATCH_CAPTURE, ...templateCaptures(fix.template)];
  for (const more of fix.also ?? []) needed.push(more.replace, ...templateCaptures(more.template));
  return needed.every((c) => captures.has(c)) && satisfies(fix.where, captures);
}

function collect(rule: Rule, matches: readonly QueryMatch[]): RuleMatch[] {
  const out: RuleMatch[] = [];
  const seen = new Map<string, number>();
  for (const m of matches) {
    const captures = new Map<string, Node[]>();
    for (const c of m.captures) {
      const list = captures.get(c.name);
      if (list) {
        if (!list.some((n) => n.id === c.node.id)) list.push(c.node);
      } else captures.set(c.name, [c.node]);
    }
    const node = captures.get(MATCH_CAPTURE)?.[0];
    if (!node) continue;
    if (!satisfies(rule.match?.where, captures)) continue;
    // Several patterns of one query may match the same code: report it once, keeping the match
    // that the rule's fix applies to when only one of them has what the fix needs.
    const key = `${node.startIndex}:${node.endIndex}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      if (rule.fix && !fixable(rule, out[earlier]!.captures) && fixable(rule, captures))
        out[earlier] = { rule, node, captures };
      continue;
    }
    seen.set(key, out.length);
    out.push({ rule, node, captures });
  }
  return out.sort((a, b) => a.node.startIndex - b.node.startIndex || a.node.endIndex - b.node.endIndex);
}
