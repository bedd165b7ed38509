/** Runs a rule's tree-sitter query over a tree and keeps the matches that satisfy its constraints. */
import type { Language } from '../../core/types.js';
import type { QueryMatch } from 'web-tree-sitter';
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
const STRING = /"((?:[^"\\]|\\.)*)"/g;

function requiredWordsOf(query: Query, source: string): string[][][] {
  const bytes = Buffer.from(source, 'utf8');
  const out: string[][][] = [];
  for (let i = 0; i < query.patternCount(); i++) {
    const text = bytes.subarray(query.startIndexForPattern(i), query.endIndexForPattern(i)).toString('utf8');
    const required = requiredCaptures(text);
    const sets: string[][] = [];
    for (const m of text.matchAll(TEXT_PREDICATE)) {
      // A predicate on a capture that may be absent (in an alternation or an optional group) holds
      // vacuously when it is: it requires nothing of the text.
      if (!required.has(m[1]!)) continue;
      sets.push([...m[2]!.matchAll(STRING)].map((w) => w[1]!.replace(/\\(.)/g, '$1')));
    }
    out.push(sets);
  }
  return out;
}

/** The captures of a pattern that every match has: not inside a `[...]` branch or a `?`/`*` group. */
function requiredCaptures(pattern: string): Set<string> {
  interface Group {
    alternation: boolean;
    quantified: boolean;
    parent?: Group;
  }
  // An occurrence inside `inside` (any alternation or quantified ancestor makes it optional), or on
  // the group just closed (`(x)? @c`, `[(a) (b)] @c`): then only that group's quantifier counts.
  const occurrences: { name: string; inside?: Group; on?: Group }[] = [];
  let group: Group | undefined;
  let closed: Group | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (/\s/.test(ch)) continue;
    if (ch === '?' || ch === '*' || ch === '+') {
      if (closed && ch !== '+') closed.quantified = true;
      continue;
    }
    const justClosed = closed;
    closed = undefined;
    if (ch === '"') {
      for (i++; i < pattern.length && pattern[i] !== '"'; i++) if (pattern[i] === '\\') i++;
    } else if (ch === ';') {
      while (i < pattern.length && pattern[i] !== '\n') i++;
    } else if (ch === '(' && pattern[i + 1] === '#') {
      // A predicate: its @names are uses, not definitions.
      let depth = 0;
      for (; i < pattern.length; i++) {
        if (pattern[i] === '"') {
          for (i++; i < pattern.length && pattern[i] !== '"'; i++) if (pattern[i] === '\\') i++;
        } else if (pattern[i] === '(') depth++;
        else if (pattern[i] === ')' && --depth === 0) break;
      }
    } else if (ch === '(' || ch === '[') {
      group = { alternation: ch === '[', quantified: false, ...(group ? { parent: group } : {}) };
    } else if (ch === ')' || ch === ']') {
      closed = group;
      group = group?.parent;
    } else if (ch === '@') {
      const name = /^[\w.-]+/.exec(pattern.slice(i + 1))?.[0] ?? '';
      i += name.length;
      occurrences.push({
        name,
        ...(group ? { inside: group } : {}),
        ...(justClosed ? { on: justClosed } : {}),
      });
      closed = justClosed; // `(x) @a @b`: both captures are on x
    }
  }
  const optionalAbove = (g: Group | undefined) => {
    for (; g; g = g.parent) if (g.alternation || g.quantified) return true;
    return false;
  };
  const required = new Set<string>();
  for (const o of occurrences) {
    const optional = o.on ? o.on.quantified || optionalAbove(o.on.parent) : optionalAbove(o.inside);
    if (!optional) required.add(o.name);
  }
  return required;
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
