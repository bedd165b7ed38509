/** Rule regexes are JavaScript regexes; a leading `(?i)` (the PCRE/RE2 spelling) means case-insensitive. */
export function compileRegex(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'iu') : new RegExp(source, 'u');
}
