export function filterByPattern(names: string[], pattern: string): string[] {
  // ruleid: js-regexp-non-literal
  const re: RegExp = new RegExp(pattern);
  return names.filter((n) => re.test(n));
}

export function startsWithWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js-regexp-non-literal
  return new RegExp(`^${escapeForRegex(escaped)}\\b`).test(text);
}

function escapeForRegex(s: string): string {
  return s;
}
