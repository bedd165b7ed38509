/**
 * Reads a tree-sitter query's text into its top-level patterns, each with the captures every match
 * of it has and its text predicates, without compiling it. Compiling a query costs milliseconds to
 * hundreds of milliseconds; this lets the engine compile a rule only for a file that contains the
 * words the rule needs.
 *
 * The counting follows tree-sitter's: a capture under `?` or `*` is optional, one in an alternation
 * is required only when every branch has it. __tests__/builtin/query-patterns.test.ts checks this
 * reader against tree-sitter's own counts for every built-in rule.
 */

export interface TextPredicate {
  operator: string;
  /** `@name` arguments as { capture }, string arguments as { text } (unescaped). */
  args: ({ capture: string } | { text: string })[];
}

export interface QueryPattern {
  /** Captures that every match of this pattern has. */
  required: Set<string>;
  /** Node types that every match of this pattern has: named (`call`) and anonymous (`"new"`, `"%"`). */
  types: Set<string>;
  predicates: TextPredicate[];
}

type Token =
  | { kind: 'open' | 'close' | 'openAlt' | 'closeAlt' | 'quant'; text: string }
  | { kind: 'capture'; name: string }
  | { kind: 'string'; text: string }
  | { kind: 'word'; text: string };

interface Element {
  kind: 'list' | 'alt' | 'atom' | 'predicate';
  /** `call` for `(call ...)`, `"new"` (quoted) for an anonymous node. */
  type?: string;
  children: Element[];
  captures: string[];
  quantifier: string;
  predicate?: TextPredicate;
}

/** The patterns of a query, or an Error when the text is not a query this reader understands. */
export function readQueryPatterns(source: string): QueryPattern[] | Error {
  try {
    const tokens = tokenize(source);
    let at = 0;
    const top: Element[] = [];
    while (at < tokens.length) {
      const [element, next] = parseElement(tokens, at);
      top.push(element);
      at = next;
    }
    return top.map((e) => {
      const { captures, types } = required(e);
      return { required: captures, types, predicates: predicatesOf(e) };
    });
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

const SINGLE: Record<string, 'open' | 'close' | 'openAlt' | 'closeAlt' | 'quant'> = {
  '(': 'open',
  ')': 'close',
  '[': 'openAlt',
  ']': 'closeAlt',
  '?': 'quant',
  '*': 'quant',
  '+': 'quant',
};

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const single = SINGLE[c];
    if (/\s/.test(c)) i++;
    else if (c === ';') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (single) {
      tokens.push({ kind: single, text: c });
      i++;
    } else if (c === '"') {
      let text = '';
      i++;
      while (i < source.length && source[i] !== '"') {
        if (source[i] === '\\') {
          const e = source[i + 1] ?? '';
          text += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === '0' ? '\0' : e;
          i += 2;
        } else text += source[i++];
      }
      if (i >= source.length) throw new Error('unterminated string in query');
      i++;
      tokens.push({ kind: 'string', text });
    } else if (c === '@') {
      const m = /^@([\w.-]+)/.exec(source.slice(i));
      if (!m) throw new Error(`bad capture at offset ${i}`);
      tokens.push({ kind: 'capture', name: m[1]! });
      i += m[0].length;
    } else {
      // Node types, field names (`name:`), negated fields (`!name`), anchors (`.`), `_`, `#op?`.
      const m = /^[^\s()[\]"@;]+/.exec(source.slice(i))!;
      let text = m[0];
      // A trailing quantifier belongs to the element before it (`_?`, `(identifier)*`).
      const q = /^(.*?[^?*+])([?*+])$/.exec(text);
      if (q && !text.startsWith('#')) text = q[1]!;
      tokens.push({ kind: 'word', text });
      if (q && !text.startsWith('#')) tokens.push({ kind: 'quant', text: q[2]! });
      i += m[0].length;
    }
  }
  return tokens;
}

function parseElement(tokens: Token[], at: number): [Element, number] {
  const t = tokens[at];
  if (!t) throw new Error('query ends early');
  let element: Element;
  if (
    t.kind === 'open' &&
    tokens[at + 1]?.kind === 'word' &&
    (tokens[at + 1] as { text: string }).text.startsWith('#')
  ) {
    const operator = (tokens[at + 1] as { text: string }).text.slice(1);
    const args: TextPredicate['args'] = [];
    let i = at + 2;
    for (; tokens[i] && tokens[i]!.kind !== 'close'; i++) {
      const a = tokens[i]!;
      if (a.kind === 'capture') args.push({ capture: a.name });
      else if (a.kind === 'string' || a.kind === 'word') args.push({ text: a.text });
      else throw new Error(`unexpected ${a.kind} in predicate #${operator}`);
    }
    if (!tokens[i]) throw new Error(`unclosed predicate #${operator}`);
    return [
      { kind: 'predicate', children: [], captures: [], quantifier: '', predicate: { operator, args } },
      i + 1,
    ];
  }
  let i: number;
  if (t.kind === 'open' || t.kind === 'openAlt') {
    const close = t.kind === 'open' ? 'close' : 'closeAlt';
    const children: Element[] = [];
    let type: string | undefined;
    i = at + 1;
    while (tokens[i] && tokens[i]!.kind !== close) {
      const child = tokens[i]!;
      // Field names, negated fields and anchors qualify the next element: they hold no capture.
      if (
        child.kind === 'word' &&
        (child.text.endsWith(':') || child.text.startsWith('!') || child.text === '.')
      ) {
        i++;
        continue;
      }
      if (child.kind === 'word' && t.kind === 'open' && children.length === 0 && i === at + 1) {
        type = child.text;
        i++;
        continue;
      }
      const [element, next] = parseElement(tokens, i);
      children.push(element);
      i = next;
    }
    if (!tokens[i]) throw new Error(`unclosed ${t.kind === 'open' ? '(' : '['}`);
    i++;
    element = { kind: t.kind === 'open' ? 'list' : 'alt', children, captures: [], quantifier: '' };
    if (type !== undefined) element.type = type;
  } else if (t.kind === 'string' || t.kind === 'word') {
    element = { kind: 'atom', children: [], captures: [], quantifier: '' };
    if (t.kind === 'string') element.type = JSON.stringify(t.text);
    i = at + 1;
  } else throw new Error(`unexpected ${t.kind} in query`);
  for (;;) {
    const n = tokens[i];
    if (n?.kind === 'quant') element.quantifier = n.text;
    else if (n?.kind === 'capture') element.captures.push(n.name);
    else break;
    i++;
  }
  return [element, i];
}

interface Required {
  captures: Set<string>;
  types: Set<string>;
}

function required(e: Element): Required {
  const out: Required = { captures: new Set(), types: new Set() };
  if (e.kind === 'predicate' || e.quantifier === '?' || e.quantifier === '*') return out;
  for (const c of e.captures) out.captures.add(c);
  // `_` and `(_)` match any node: they say nothing of the text.
  if (e.type !== undefined && e.type !== '_' && !e.type.startsWith('#')) out.types.add(e.type);
  const parts = e.children.filter((c) => c.kind !== 'predicate').map(required);
  if (e.kind === 'list')
    for (const p of parts) {
      for (const c of p.captures) out.captures.add(c);
      for (const t of p.types) out.types.add(t);
    }
  if (e.kind === 'alt' && parts.length > 0) {
    for (const c of parts[0]!.captures) if (parts.every((p) => p.captures.has(c))) out.captures.add(c);
    for (const t of parts[0]!.types) if (parts.every((p) => p.types.has(t))) out.types.add(t);
  }
  return out;
}

function predicatesOf(e: Element): TextPredicate[] {
  return e.kind === 'predicate' ? [e.predicate!] : e.children.flatMap(predicatesOf);
}
