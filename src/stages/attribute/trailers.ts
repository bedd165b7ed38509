/**
 * Trailers are read from the last paragraph of a commit message only (as git does): a
 * "Co-Authored-By:" line in the middle of a message is prose, or a forgery, not a trailer.
 */
export interface Trailer {
  key: string;
  value: string;
}

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.+?)\s*$/;

export function parseTrailers(message: string): Trailer[] {
  const paragraphs = message
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  // A one-paragraph message is a subject line, never a trailer block.
  if (paragraphs.length < 2) return [];
  const last = paragraphs[paragraphs.length - 1]!.split('\n');
  const trailers: Trailer[] = [];
  for (const line of last) {
    const m = TRAILER_LINE.exec(line);
    if (m) trailers.push({ key: m[1]!.toLowerCase(), value: m[2]! });
    // git accepts continuation lines starting with whitespace; anything else means this is not a trailer block.
    else if (!/^\s/.test(line)) return [];
  }
  return trailers;
}

/** `Name <mail@host>` -> its parts; a value without angle brackets has no e-mail. */
export function parseIdentity(value: string): { name: string; email?: string } {
  const m = /^(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  return m ? { name: m[1]!, email: m[2]! } : { name: value };
}

/** The numeric id of a `<id>+<login>@users.noreply.github.com` address, if it is one. */
export function noreplyId(email: string | undefined): number | undefined {
  if (!email) return undefined;
  const m = /^(\d+)\+[^@]+@users\.noreply\.github\.com$/i.exec(email.trim());
  return m ? Number(m[1]) : undefined;
}
