import { loadRule, loadRules } from '../../src/analyzers/builtin/rule-loader.js';

const valid = `id: demo-rule
languages: [python]
cwe: [78]
message: why it matters
description: what to do
confidence: high
match:
  query: '(call) @match'
references: []
`;

function errorsOf(text: string, path = 'rules/python/demo.yml'): string[] {
  const r = loadRule({ path, text });
  if (!('errors' in r)) throw new Error('expected errors');
  return r.errors;
}

describe('rule loader', () => {
  it('loads a valid rule and remembers its file', () => {
    const r = loadRule({ path: 'rules/python/demo.yml', text: valid });
    expect('rule' in r && r.rule).toMatchObject({
      id: 'demo-rule',
      cwe: [78],
      source: 'rules/python/demo.yml',
    });
  });

  it('names file and line of malformed YAML', () => {
    const errors = errorsOf('id: x\nlanguages: [python\ncwe: 1\n');
    expect(errors[0]).toMatch(/^rules\/python\/demo\.yml:\d+: invalid YAML/);
  });

  it('names the unknown key, its line and the keys allowed there', () => {
    const text = valid.replace("  query: '(call) @match'", "  query: '(call) @match'\n  wher: []");
    const [error] = errorsOf(text);
    expect(error).toBe('rules/python/demo.yml:9: match.wher: unknown key; allowed here: query, where');
  });

  it('names a nested unknown key in a constraint', () => {
    const text = valid.replace(
      "  query: '(call) @match'",
      "  query: '(call) @match'\n  where:\n    - capture: x\n      regx: a",
    );
    expect(errorsOf(text)).toEqual([
      expect.stringMatching(
        /^rules\/python\/demo\.yml:11: match\.where\[0\]\.regx: unknown key; allowed here: capture, regex, not-regex, constant, type, not-type, fixed-size-array, named-children, function-regex, function-not-regex$/,
      ),
    ]);
  });

  it('names wrong types and bad enum values with what is allowed', () => {
    const text = valid
      .replace('cwe: [78]', 'cwe: ["CWE-78"]')
      .replace('confidence: high', 'confidence: certain');
    const errors = errorsOf(text);
    expect(errors).toContain('rules/python/demo.yml:3: cwe[0]: must be an integer (got "CWE-78")');
    expect(errors).toContain(
      'rules/python/demo.yml:6: confidence: "certain" is not allowed; allowed: high, medium, low',
    );
  });

  it('names unknown languages and missing keys', () => {
    const text = valid
      .replace('languages: [python]', 'languages: [cobol]')
      .replace('message: why it matters\n', '');
    const errors = errorsOf(text);
    expect(errors).toContain(
      'rules/python/demo.yml:2: languages[0]: "cobol" is not allowed; allowed: python, javascript, typescript, tsx, java, go, c, cpp',
    );
    expect(errors).toContain('rules/python/demo.yml:1: message: missing required key');
  });

  it('rejects invalid regular expressions and a rule with nothing to match', () => {
    const bad = valid.replace(
      "  query: '(call) @match'",
      "  query: '(call) @match'\n  where:\n    - capture: x\n      regex: '(unclosed'",
    );
    expect(errorsOf(bad)[0]).toMatch(
      /^rules\/python\/demo\.yml:11: match\.where\[0\]\.regex: invalid regular expression/,
    );
    const nothing = valid.replace("match:\n  query: '(call) @match'\n", '');
    expect(errorsOf(nothing)[0]).toMatch(/needs a "match" \(tree-sitter query\)$/);
    const taintOnly = nothing + 'taint:\n  sources: [http]\n  sinks: [sql]\n';
    expect(errorsOf(taintOnly)[0]).toMatch(
      /needs a "match" \(tree-sitter query\): its taint sinks are captures of that query/,
    );
    const unknownKind = valid + 'taint:\n  sources: [web]\n  sinks: [match]\n';
    expect(errorsOf(unknownKind)).toEqual([
      expect.stringMatching(
        /demo\.yml:11: taint\.sources\[0\]: "web" is not a source kind; expected one of http, cli/,
      ),
    ]);
  });

  it('keeps loading the other files when one is bad, and refuses duplicate ids', () => {
    const out = loadRules([
      { path: 'a.yml', text: valid },
      { path: 'b.yml', text: 'id: [' },
      { path: 'c.yml', text: valid },
      { path: 'd.yml', text: valid.replace('demo-rule', 'other-rule') },
    ]);
    expect(out.rules.map((r) => r.id)).toEqual(['demo-rule', 'other-rule']);
    expect(out.diagnostics).toHaveLength(2);
    expect(out.diagnostics[0]).toMatchObject({ level: 'error', file: 'b.yml' });
    expect(out.diagnostics[0]!.message).toMatch(
      /^rule file b\.yml was not loaded:\n {2}b\.yml:1: invalid YAML/,
    );
    expect(out.diagnostics[1]!.message).toMatch(/already defined in a\.yml/);
  });
});
