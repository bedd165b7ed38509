/**
 * The words a text must contain for a regex to match somewhere in it: a set of alternatives, one of
 * which every match contains. The engine tests a file for these words before it parses the file
 * or walks its tree for a rule, the way code search engines pre-filter by literals.
 *
 * Conservative by construction: when a part of the regex could match without any known literal
 * (a class like `[a-z]`, an optional group, a back-reference), that part requires nothing, so a
 * rule is never skipped on a file where it could match.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** One of `words` must occur in the text; compared lowercased when `caseless`. */
export interface WordSet {
  words: readonly string[];
  caseless: boolean;
}

/** Finite sets of strings grow by cross products: past this size they stop being tracked. */
const MAX_EXACT = 64;
/** Words shorter than this filter almost nothing: such a set is not worth a search. */
const MIN_WORD = 3;

interface Info {
  /** Every string the node can match, when that set is small; undefined when unknown. */
  exact?: Set<string>;
  /** A set, one of which every match contains; undefined when nothing is required. */
  cover?: Set<string>;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The word set of a regex (its source, and whether it ignores case), or undefined when it requires
 * no word of useful length or does not parse.
 */
export function wordsOfRegex(
  source: string,
  flags: { ignoreCase: boolean; unicode: boolean },
): WordSet | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, undefined, undefined, { unicode: flags.unicode });
  } catch {
    return undefined;
  }
  const info = disjunction(pattern.alternatives, flags.ignoreCase);
  const words = best([info.cover, info.exact]);
  if (!words) return undefined;
  return { words: [...words], caseless: flags.ignoreCase };
}

/**
 * A text as the pre-filter searches it: each word is looked up once per text, however many rules
 * ask for it, and the lowercased copy is made only when a caseless set is tested.
 */
export interface SearchableText {
  contains(word: string, caseless: boolean): boolean;
}

export function searchable(text: string): SearchableText {
  let lower: string | undefined;
  const seen = new Map<string, boolean>();
  const seenCaseless = new Map<string, boolean>();
  return {
    contains(word, caseless) {
      const memo = caseless ? seenCaseless : seen;
      let found = memo.get(word);
      if (found === undefined) {
        found = caseless ? (lower ??= caseFold(text)).includes(word) : text.includes(word);
        memo.set(word, found);
      }
      return found;
    },
  };
}

/**
 * The text as a case-insensitive Unicode regex sees it, for plain searches of lowercased words:
 * lowercased, and the long s (ſ), which such a regex takes for an s, written as one.
 */
function caseFold(text: string): string {
  return text.toLowerCase().replace(/\u017f/g, 's');
}

/** True when the text contains one word of every set. */
export function containsAll(sets: readonly WordSet[], text: SearchableText): boolean {
  for (const s of sets) if (!s.words.some((w) => text.contains(w, s.caseless))) return false;
  return true;
}

function disjunction(alternatives: readonly AST.Alternative[], ignoreCase: boolean): Info {
  const infos = alternatives.map((a) => sequence(a.elements, ignoreCase));
  const out: Info = {};
  if (infos.every((i) => i.exact)) {
    const all = new Set(infos.flatMap((i) => [...i.exact!]));
    if (all.size <= MAX_EXACT) out.exact = all;
  }
  const covers = infos.map((i) => best([i.cover, i.exact]));
  if (covers.every((c) => c)) out.cover = new Set(covers.flatMap((c) => [...c!]));
  return out;
}

function sequence(elements: readonly AST.Element[], ignoreCase: boolean): Info {
  let run: Set<string> | undefined = new Set(['']);
  let whole = true;
  const candidates: (Set<string> | undefined)[] = [];
  for (const e of elements) {
    const info = element(e, ignoreCase);
    if (info.exact && run) {
      const joined = cross(run, info.exact);
      if (joined) run = joined;
      else {
        // Too many combinations: what was built so far still has to occur, and so does this part.
        candidates.push(run);
        run = info.exact;
        whole = false;
      }
      continue;
    }
    candidates.push(run, info.cover);
    run = info.exact ?? new Set(['']);
    whole = false;
  }
  candidates.push(run);
  return whole ? { exact: run, cover: best(candidates) } : { cover: best(candidates) };
}

function element(e: AST.Element, ignoreCase: boolean): Info {
  switch (e.type) {
    case 'Character':
      return { exact: new Set([fold(String.fromCodePoint(e.value), ignoreCase)]) };
    case 'CharacterClass':
      return characterClass(e, ignoreCase);
    case 'Assertion':
      // Zero-width: it consumes nothing of the match.
      return { exact: new Set(['']) };
    case 'Group':
    case 'CapturingGroup':
      return disjunction(e.alternatives, ignoreCase);
    case 'Quantifier':
      return quantifier(e, ignoreCase);
    default:
      // Character sets (`.`, `\w`), back-references, and the rest: anything may stand there.
      return {};
  }
}

function characterClass(e: AST.CharacterClass, ignoreCase: boolean): Info {
  if (e.negate || e.unicodeSets) return {};
  const chars = new Set<string>();
  for (const m of e.elements) {
    if (m.type !== 'Character') return {};
    chars.add(fold(String.fromCodePoint(m.value), ignoreCase));
  }
  return chars.size > 0 && chars.size <= 8 ? { exact: chars } : {};
}

function quantifier(e: AST.Quantifier, ignoreCase: boolean): Info {
  const inner = element(e.element, ignoreCase);
  if (inner.exact && e.max <= 3) {
    // `(or)?`, `s{1,2}`: every repetition count, spelled out.
    const out = new Set<string>();
    let power: Set<string> | undefined = new Set(['']);
    for (let k = 0; k <= e.max && power; k++) {
      if (k >= e.min) for (const s of power) out.add(s);
      if (k < e.max) power = cross(power, inner.exact);
    }
    if (power && out.size <= MAX_EXACT) return { exact: out };
  }
  if (e.min >= 1) return { cover: best([inner.cover, inner.exact]) };
  return {};
}

function cross(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The most selective set: the one whose shortest word is longest (fewer words on a tie). */
function best(sets: readonly (Set<string> | undefined)[]): Set<string> | undefined {
  let chosen: Set<string> | undefined;
  let score = -1;
  for (const s of sets) {
    if (!s || s.size === 0) continue;
    const shortest = Math.min(...[...s].map((w) => w.length));
    if (shortest < MIN_WORD) continue;
    if (shortest > score || (shortest === score && chosen && s.size < chosen.size)) {
      chosen = s;
      score = shortest;
    }
  }
  return chosen && minimal(chosen);
}

/** Drops a word that contains another word of the set: the shorter one is found wherever it is. */
function minimal(set: Set<string>): Set<string> {
  const words = [...set];
  return new Set(words.filter((w) => !words.some((o) => o !== w && w.includes(o))));
}

function fold(s: string, ignoreCase: boolean): string {
  return ignoreCase ? s.toLowerCase() : s;
}
