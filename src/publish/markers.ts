/**
 * Hidden HTML comments that let a later run find what an earlier run posted: one per inline
 * finding comment (by fingerprint) and one on the summary comment.
 */

export const SUMMARY_MARKER = '<!-- aigis:summary -->';

const FINDING_MARKER = /<!-- aigis:finding:([A-Za-z0-9._:-]{1,200}) -->/;

/** Fingerprints are hex; anything else is reduced to characters that cannot close the comment. */
export function findingMarker(fingerprint: string): string {
  const safe = fingerprint.replace(/[^A-Za-z0-9._:-]/g, '_').slice(0, 200) || '_';
  return `<!-- aigis:finding:${safe} -->`;
}

/** The fingerprint in a comment body's marker, as `findingMarker` wrote it. */
export function markedFingerprint(body: string): string | undefined {
  return FINDING_MARKER.exec(body)?.[1];
}

/** The key a fingerprint has in markers, so current findings compare with what was parsed back. */
export function markerKey(fingerprint: string): string {
  return markedFingerprint(findingMarker(fingerprint))!;
}

/**
 * Whether a comment was written by the bot: when its login is known the author must match
 * (a person quoting a bot comment copies its marker); when it is not, the marker alone decides.
 */
export function byBot(author: string | undefined, botLogin: string | undefined): boolean {
  if (botLogin === undefined || botLogin === '') return true;
  return author !== undefined && author.toLowerCase() === botLogin.toLowerCase();
}
