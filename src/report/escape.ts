/**
 * Neutralising text that comes from the PR (file names, messages quoting code, commit evidence):
 * it is untrusted and must not inject HTML, Markdown structure, @-mentions or terminal escapes.
 */

// C0/C1 controls, DEL, and the bidi overrides/isolates used in "Trojan Source" attacks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function showControl(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Visible stand-ins for control characters, so a hostile name cannot rewrite a line or a terminal. */
export function stripControls(s: string): string {
  return s.replace(CONTROL, showControl);
}

/**
 * Inline Markdown/HTML: entities for HTML, backslashes for the Markdown syntax that works inside a
 * line (emphasis, code, links, images, strikethrough, the `|` of table cells), and a zero-width
 * space after `@` so a message cannot ping a user or team. Line-start syntax (headings, lists)
 * needs no escape: reports never start a line with untrusted text, and newlines in it are shown
 * as `\u000a`.
 */
export function escapeMarkdown(s: string): string {
  return stripControls(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_[\]()!|~$]/g, (c) => `\\${c}`)
    .replace(/@/g, '@&#8203;');
}

/** Shortens untrusted text before escaping, so escaping cannot be cut in half. */
export function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
