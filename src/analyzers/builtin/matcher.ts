/** Runs a rule's tree-sitter query over a tree and keeps the matches that satisfy its constraints. */
import type { Language } from '../../core/types.js';
import type { QueryMatch } from 'web-tree-sitter';
import type { Node, ParserService, Query, Tree } from '../../parsing/parser.js';
import { satisfies, type Captures } from './constraints.js';
import type { Rule } from './rule.js';
import { templateCaptures } from './fix.js';
import nodeKeywords from './data/node-keywords.json' with { type: 'json' };
import { readQueryPatterns, type QueryPattern } from './query-patterns.js';
import { ruleRegex } from './regex.js';
import { containsAll, wordsOfRegex, type SearchableText, type WordSet } from './required-words.js';

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
  return { rule, language, query };
}

/**
 * For each pattern of a rule's query, the word sets a file must contain for it to match: one word
 * of each set, from the pattern's `#eq?` / `#any-of?` / `#match?` predicates on captures it always
 * has, the keywords of the nodes it always has, and the rule's `where` regexes. Read from the
 * rule's text, without compiling the query; when the query cannot be read, one pattern that needs
 * nothing (the compiler will say what is wrong).
 */
export function requiredWordsOf(rule: Rule, language: Language): WordSet[][] {
  const patterns = rule.match ? readQueryPatterns(rule.match.query) : [];
  if (patterns instanceof Error) return [[]];
  // A `where` constraint fails on an absent capture, so its regex binds every pattern.
  const ruleWide: WordSet[] = [];
  for (const c of rule.match?.where ?? []) {
    for (const regex of [c.regex, c['function-regex']]) {
      if (regex === undefined) continue;
      const { body, ignoreCase } = ruleRegex(regex);
      const words = wordsOfRegex(body, { ignoreCase, unicode: true });
      if (words) ruleWide.push(words);
    }
  }
  // The sets with fewest words first: they rule a file out soonest.
  return patterns.map((p) =>
    [...ruleWide, ...predicateWords(p), ...keywordWords(p, language)].sort(
      (a, b) => a.words.length - b.words.length,
    ),
  );
}

/**
 * One word set that a file must meet for any of these queries (a taint rule's sources) to match
 * in it: a word of each pattern's most selective set. Undefined when some pattern needs no word,
 * or a query cannot be read; a set with no words when there is no query at all (nothing can match).
 */
export function anyPatternWords(queries: readonly string[], language: Language): WordSet | undefined {
  const chosen: WordSet[] = [];
  for (const query of queries) {
    const patterns = readQueryPatterns(query);
    if (patterns instanceof Error) return undefined;
    for (const p of patterns) {
      const sets = [...predicateWords(p), ...keywordWords(p, language)].sort(
        (a, b) => a.words.length - b.words.length,
      );
      if (sets.length === 0) return undefined;
      chosen.push(sets[0]!);
    }
  }
  // Mixed cases meet in the weaker, caseless test.
  const caseless = chosen.some((s) => s.caseless);
  const words = chosen.flatMap((s) => (caseless ? s.words.map((w) => w.toLowerCase()) : s.words));
  return { words: [...new Set(words)], caseless };
}

const KEYWORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = nodeKeywords;

/**
 * The keywords a pattern's nodes hold: an anonymous node it names (`"new"`, `"lambda"`) is its own
 * text, and some named nodes always hold one (`except_clause` holds `except`; data/node-keywords.json).
 */
export function keywordWords({ types }: QueryPattern, language: Language): WordSet[] {
  const sets: WordSet[] = [];
  for (const type of types) {
    const word = type.startsWith('"') ? (JSON.parse(type) as string) : KEYWORDS[language]?.[type];
    if (word && /^[A-Za-z_]\w{2,}$/.test(word)) sets.push({ words: [word], caseless: false });
  }
  return sets;
}

/** The word sets of a pattern's text predicates on captures that every match of it has. */
function predicateWords({ required, predicates }: QueryPattern): WordSet[] {
  const sets: WordSet[] = [];
  for (const { operator, args } of predicates) {
    const [first, ...rest] = args;
    // A predicate on a capture that may be absent (in an alternation or an optional group) holds
    // vacuously when it is: it requires nothing of the text.
    if (!first || !('capture' in first) || !required.has(first.capture)) continue;
    const texts = rest.map((a) => ('text' in a ? a.text : undefined));
    if (texts.length === 0 || texts.some((t) => t === undefined)) continue;
    if (operator === 'eq?' || operator === 'any-of?')
      sets.push({ words: texts as string[], caseless: false });
    if (operator === 'match?' && texts.length === 1) {
      // web-tree-sitter builds `#match?` regexes without flags.
      const words = wordsOfRegex(texts[0]!, { ignoreCase: false, unicode: false });
      if (words) sets.push(words);
    }
  }
  return sets;
}

/** False when no pattern of the rule can match this text: a cheap test that saves a tree walk. */
export function mayMatch(requiredWords: readonly WordSet[][], text: SearchableText): boolean {
  return requiredWords.some((sets) => containsAll(sets, text));
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
