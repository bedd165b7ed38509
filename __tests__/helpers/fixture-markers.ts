/**
 * The markers of a rule fixture: a comment `ruleid: <id>` says the next code line must be reported
 * by that rule, `ok: <id>` that it must not. Shared by the rules test and the analyzer benchmark.
 */
export interface Expectations {
  mustMatch: Set<number>;
  mustNotMatch: Set<number>;
}

const MARKER = /^\s*(?:#|\/\/|\/\*|\*|--)\s*(ruleid|ok):\s*([a-z0-9-]+)/;
const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*|\*)/;

/** Reads the markers of one rule: each one applies to the next line that is neither blank nor a comment. */
export function expectations(text: string, ruleId: string): Expectations {
  const lines = text.split('\n');
  const out: Expectations = { mustMatch: new Set(), mustNotMatch: new Set() };
  lines.forEach((line, i) => {
    const m = MARKER.exec(line);
    if (!m || m[2] !== ruleId) return;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || COMMENT_ONLY.test(lines[j]!))) j++;
    if (j >= lines.length) throw new Error(`marker on line ${i + 1} has no code line after it`);
    (m[1] === 'ruleid' ? out.mustMatch : out.mustNotMatch).add(j + 1);
  });
  return out;
}
