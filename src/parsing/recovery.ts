/**
 * A second reading of a Python file that starts inside a string: an excerpt, or a file cut for
 * review, whose first lines are the end of a docstring. tree-sitter reads that tail as code, opens
 * a string at its closing quotes and swallows the real code after it, so no rule can see it. The
 * tail is blanked (every character but line breaks becomes a space, so every position stays where
 * it was) and the text parsed again; the second tree is kept only when it has fewer bytes in error.
 * What the blanked text held is still read from the first tree (the engine runs the rules on both),
 * so a guess that was wrong about the tail being a string loses nothing.
 */
import type { Language } from '../core/types.js';
import type { Node, ParsedFile, ParserService } from './parser.js';

export interface Recovered {
  parsed: ParsedFile;
  /** The 1-based line where the code was found to start. */
  fromLine: number;
  /** The UTF-16 offset where the blanked text ends: before it, the first reading is the one to use. */
  end: number;
}

const TRIPLE_QUOTE = /"""|'''/;

export async function recoverLeadingStringTail(
  parser: ParserService,
  language: Language,
  parsed: ParsedFile,
): Promise<Recovered | undefined> {
  if (language !== 'python' || !parsed.hasError) return undefined;
  const quote = TRIPLE_QUOTE.exec(parsed.text);
  if (!quote) return undefined;
  const end = quote.index + quote[0].length;
  const text = parsed.text.slice(0, end).replace(/[^\r\n]/g, ' ') + parsed.text.slice(end);
  const again = await parser.parse(language, text);
  if (errorBytes(again.tree.rootNode) < errorBytes(parsed.tree.rootNode)) {
    return { parsed: again, fromLine: parsed.text.slice(0, end).split('\n').length, end };
  }
  again.tree.delete();
  return undefined;
}

/** Bytes covered by ERROR nodes (outermost only), plus one per missing node. */
export function errorBytes(root: Node): number {
  let total = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.isError) total += Math.max(1, n.endIndex - n.startIndex);
    else if (n.isMissing) total += 1;
    else if (n.hasError) for (const c of n.children) if (c) stack.push(c);
  }
  return total;
}
