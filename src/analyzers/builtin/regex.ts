/** Rule regexes are JavaScript regexes; a leading `(?i)` (the PCRE/RE2 spelling) means case-insensitive. */
export function compileRegex(source: string): RegExp {
  const { body, ignoreCase } = ruleRegex(source);
  return new RegExp(body, ignoreCase ? 'iu' : 'u');
}

/** A rule regex's pattern and whether it ignores case. */
export function ruleRegex(source: string): { body: string; ignoreCase: boolean } {
  return source.startsWith('(?i)')
    ? { body: source.slice(4), ignoreCase: true }
    : { body: source, ignoreCase: false };
}
