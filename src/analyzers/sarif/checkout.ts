/**
 * Tools outside aigis (CodeQL, Semgrep ...) read the checkout on disk, not the texts the review
 * collected from git. Their results only mean something for a file whose disk text is the text
 * under review: elsewhere (a checkout of another commit, a repair's candidate text) their line
 * numbers would point at the wrong code.
 */
import type { SourceFile } from '../../core/adapters.js';
import type { Diagnostic } from '../../core/types.js';

/** A file of the checkout by its path relative to the checkout's root; undefined when it is absent. */
export type ReadCheckoutFile = (path: string) => Promise<string | undefined>;

export interface CheckoutMatch {
  /** Files whose text on disk is the one given. */
  same: SourceFile[];
  /** Paths whose text on disk differs, or that are not on disk. */
  differ: string[];
}

export async function matchCheckout(files: SourceFile[], read: ReadCheckoutFile): Promise<CheckoutMatch> {
  const out: CheckoutMatch = { same: [], differ: [] };
  for (const f of files) {
    const disk = await read(f.path).catch(() => undefined);
    if (disk === f.text) out.same.push(f);
    else out.differ.push(f.path);
  }
  return out;
}

/** One warning for all the files a tool's results were not used for, naming a few of them. */
export function differWarning(source: string, differ: string[], what: string): Diagnostic | undefined {
  if (differ.length === 0) return undefined;
  const shown = differ.slice(0, 5).join(', ') + (differ.length > 5 ? ` and ${differ.length - 5} more` : '');
  return { level: 'warning', source, message: `${what} (${differ.length} file(s): ${shown})` };
}
