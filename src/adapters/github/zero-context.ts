/**
 * The API's file patches carry three lines of context; the collect stage reads hunks as
 * `git diff -U0` writes them (only changed lines, counts of 0 anchored on the line before). This
 * rewrites one into the other, keeping git's own line matching rather than diffing again.
 */

/** `@@ -a,b +c,d @@` hunks of changed lines only, from a patch with context. */
export function toZeroContext(patch: string): string {
  const out: string[] = [];
  let oldLine = 0;
  let newLine = 0;
  let removed: string[] = [];
  let added: string[] = [];
  let runOld = 0;
  let runNew = 0;
  const flush = () => {
    if (removed.length === 0 && added.length === 0) return;
    const oldStart = removed.length === 0 ? runOld - 1 : runOld;
    const newStart = added.length === 0 ? runNew - 1 : runNew;
    out.push(
      `@@ -${range(oldStart, removed.length)} +${range(newStart, added.length)} @@`,
      ...removed,
      ...added,
    );
    removed = [];
    added = [];
  };
  for (const line of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      flush();
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      // A hunk of a file that starts (or ends) empty is numbered from 0: its first line is 1.
      if (oldLine === 0) oldLine = 1;
      if (newLine === 0) newLine = 1;
      continue;
    }
    if (line.startsWith('\\')) continue;
    const kind = line[0];
    if (kind === '-' || kind === '+') {
      if (removed.length === 0 && added.length === 0) {
        runOld = oldLine;
        runNew = newLine;
      }
      if (kind === '-') {
        removed.push(line);
        oldLine++;
      } else {
        added.push(line);
        newLine++;
      }
    } else if (kind === ' ' || line === '') {
      // A context line (an empty one may have lost its leading space in transit).
      flush();
      oldLine++;
      newLine++;
    }
  }
  flush();
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`;
}
