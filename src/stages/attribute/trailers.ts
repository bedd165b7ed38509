/**
 * Trailers are read from the last paragraph of a commit message only (as git does): a
 * "Co-Authored-By:" line in the middle of a message is prose, or a forgery, not a trailer.
 */
export interface Trailer {
  /** Lower case. */
  key: string;
  value: string;
}

const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)\s*:\s*(.+?)\s*$/;
/** Longer trailer blocks are not something a tool writes: treat them as prose rather than scan them. */
const MAX_TRAILER_LINES = 200;

export function parseTrailers(message: string): Trailer[] {
  const paragraphs = message
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/);
  // A one-paragraph message is a subject line, never a trailer block.
  if (paragraphs.length < 2) return [];
  const last = paragraphs[paragraphs.length - 1]!.split('\n');
  if (last.length > MAX_TRAILER_LINES) return [];
  const trailers: Trailer[] = [];
  for (const line of last) {
    const m = TRAILER_LINE.exec(line);
    if (m) trailers.push({ key: m[1]!.toLowerCase(), value: m[2]! });
    // git accepts continuation lines starting with whitespace; anything else means this is not a trailer block.
    else if (!/^\s/.test(line)) return [];
  }
  return trailers;
}

/** The first line of a message. */
export function subjectOf(message: string): string {
  const end = message.search(/\r?\n/);
  return (end === -1 ? message : message.slice(0, end)).trim();
}

/** `Name <mail@host>` -> its parts; a value without angle brackets has no e-mail. */
export function parseIdentity(value: string): { name: string; email?: string } {
  const m = /^(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  return m ? { name: m[1]!, email: m[2]! } : { name: value };
}

const NOREPLY = /^(?:(\d+)\+)?([^@+]+)@users\.noreply\.github\.com$/i;

/** The numeric id of a `<id>+<login>@users.noreply.github.com` address, if it is one. */
export function noreplyId(email: string | undefined): number | undefined {
  if (!email) return undefined;
  const id = NOREPLY.exec(email.trim())?.[1];
  return id !== undefined ? Number(id) : undefined;
}

/** The login of a `[<id>+]<login>@users.noreply.github.com` address, if it is one. */
export function noreplyLogin(email: string | undefined): string | undefined {
  if (!email) return undefined;
  return NOREPLY.exec(email.trim())?.[2];
}
