/**
 * `fix.imports`: a fix that needs a module the file does not import yet adds the import after the
 * file's imports (Python statements, Java classes, Go import paths), adds nothing when it is there,
 * and is not offered when the name already means something else. Real rules (loaded from YAML text),
 * real grammars, the real engine. Two fixes that need the same import make the same edit, which
 * applyEdits applies once.
 */
import { applyEdits } from '../../src/core/text-edits.js';
import type { EngineFinding, Language } from '../../src/core/types.js';
import { createBuiltinEngine } from '../../src/analyzers/builtin/engine.js';
import { loadRules } from '../../src/analyzers/builtin/rule-loader.js';
import { parser } from '../builtin/helpers.js';

const RULES = {
  python: `
id: test-py-import
languages: [python]
cwe: [330]
message: m
description: d
confidence: high
match:
  query: '(call function: (attribute object: (identifier) @m attribute: (identifier) @f) (#eq? @m "random") (#eq? @f "random")) @match'
fix:
  template: 'secrets.SystemRandom().random()'
  description: use secrets
  guidance: merge-after-cursory-review
  imports: ['import secrets']
references: []
`,
  java: `
id: test-java-import
languages: [java]
cwe: [330]
message: m
description: d
confidence: high
match:
  query: '(object_creation_expression type: (type_identifier) @t (#eq? @t "Random")) @match'
fix:
  template: 'new SecureRandom()'
  description: use SecureRandom
  guidance: merge-after-cursory-review
  imports: ['java.security.SecureRandom']
references: []
`,
  go: `
id: test-go-import
languages: [go]
cwe: [798]
message: m
description: d
confidence: high
match:
  query: '(short_var_declaration right: (expression_list (interpreted_string_literal) @v)) @match'
fix:
  replace: v
  template: 'os.Getenv("TOKEN")'
  description: read it from the environment
  guidance: merge-after-review
  imports: ['os']
references: []
`,
} as const;

const loaded = loadRules(Object.entries(RULES).map(([l, text]) => ({ path: `rules/${l}/t.yml`, text })));
const engine = createBuiltinEngine({ rules: loaded.rules, parser: parser() });
afterAll(() => engine.dispose());

const EXT: Record<string, string> = { python: 'py', java: 'java', go: 'go' };

async function findings(language: Language, text: string): Promise<EngineFinding[]> {
  const out = await engine.analyze([{ path: `f.${EXT[language]}`, language, text, side: 'head' }]);
  expect(out.diagnostics).toEqual([]);
  return out.findings;
}

/** Every fix applied together, the shared import once; then the fixed text must parse and be stable. */
async function fixAll(language: Language, text: string): Promise<string | undefined> {
  const found = await findings(language, text);
  if (found.some((f) => !f.fix)) return undefined;
  const fixed = applyEdits(
    text,
    found.flatMap((f) => f.fix!.edits),
  );
  expect(await parser().parses(language, fixed)).toBe(true);
  return fixed;
}

describe('fix.imports', () => {
  it('loads as part of the rule format', () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.rules.map((r) => r.fix?.imports)).toEqual([
      ['import secrets'],
      ['java.security.SecureRandom'],
      ['os'],
    ]);
  });

  describe('python', () => {
    it('adds the import after the last import of the leading block, once for several fixes', async () => {
      const text = '"""Doc."""\nimport os\nimport random\n\nA = random.random()\nB = random.random()\n';
      expect(await fixAll('python', text)).toBe(
        '"""Doc."""\nimport os\nimport random\nimport secrets\n\nA = secrets.SystemRandom().random()\nB = secrets.SystemRandom().random()\n',
      );
    });
    it('adds nothing when the module is imported already, also in a multi-name import', async () => {
      const text = 'import random, secrets\n\nA = random.random()\n';
      const [f] = await findings('python', text);
      expect(f!.fix!.edits).toHaveLength(1);
      expect(await fixAll('python', text)).toBe(
        'import random, secrets\n\nA = secrets.SystemRandom().random()\n',
      );
    });
    it('puts the first import after a module docstring and comments', async () => {
      const text = '#!/usr/bin/env python3\n"""Doc."""\n\nA = random.random()\n';
      expect(await fixAll('python', text)).toBe(
        '#!/usr/bin/env python3\n"""Doc."""\nimport secrets\n\nA = secrets.SystemRandom().random()\n',
      );
    });
    it('is not offered when the name is bound to something else', async () => {
      const aliased = 'import random\nimport hashlib as secrets\n\nA = random.random()\n';
      expect((await findings('python', aliased))[0]!.fix).toBeUndefined();
      const assigned = 'import random\nsecrets = {}\n\nA = random.random()\n';
      expect((await findings('python', assigned))[0]!.fix).toBeUndefined();
    });
  });

  describe('java', () => {
    it('adds the import after the last import', async () => {
      const text = 'package a;\n\nimport java.util.Random;\n\nclass A { Random r = new Random(); }\n';
      expect(await fixAll('java', text)).toBe(
        'package a;\n\nimport java.util.Random;\nimport java.security.SecureRandom;\n\nclass A { Random r = new SecureRandom(); }\n',
      );
    });
    it('adds it after the package clause when there is no import, and nothing under a wildcard import', async () => {
      expect(await fixAll('java', 'package a;\nclass A { Object r = new Random(); }\n')).toBe(
        'package a;\n\nimport java.security.SecureRandom;\nclass A { Object r = new SecureRandom(); }\n',
      );
      const wildcard = 'import java.security.*;\nclass A { Object r = new Random(); }\n';
      expect(await fixAll('java', wildcard)).toBe(
        'import java.security.*;\nclass A { Object r = new SecureRandom(); }\n',
      );
    });
    it('is not offered when another class of that name is imported', async () => {
      const text = 'import com.acme.SecureRandom;\nclass A { Object r = new Random(); }\n';
      expect((await findings('java', text))[0]!.fix).toBeUndefined();
    });
  });

  describe('go', () => {
    it('adds the path to the first group of the import block in sorted order', async () => {
      const text =
        'package a\n\nimport (\n\t"fmt"\n\t"strings"\n\n\t"example.com/x"\n)\n\nfunc f() { t := "abc"; fmt.Println(t, strings.ToUpper(t), x.Y) }\n';
      expect(await fixAll('go', text)).toBe(
        'package a\n\nimport (\n\t"fmt"\n\t"os"\n\t"strings"\n\n\t"example.com/x"\n)\n\nfunc f() { t := os.Getenv("TOKEN"); fmt.Println(t, strings.ToUpper(t), x.Y) }\n',
      );
    });
    it('adds an import declaration after a single import or the package clause', async () => {
      expect(
        await fixAll('go', 'package a\n\nimport "fmt"\n\nfunc f() { t := "abc"; fmt.Println(t) }\n'),
      ).toBe(
        'package a\n\nimport "fmt"\nimport "os"\n\nfunc f() { t := os.Getenv("TOKEN"); fmt.Println(t) }\n',
      );
      expect(await fixAll('go', 'package a\n\nfunc f() string { t := "abc"; return t }\n')).toBe(
        'package a\n\nimport "os"\n\nfunc f() string { t := os.Getenv("TOKEN"); return t }\n',
      );
    });
    it('adds nothing when os is imported, and is not offered when os is aliased or shadowed', async () => {
      const text = 'package a\n\nimport "os"\n\nfunc f() string { t := "abc"; _ = os.Args; return t }\n';
      expect((await findings('go', text))[0]!.fix!.edits).toHaveLength(1);
      const aliased =
        'package a\n\nimport sys "os"\n\nfunc f() string { t := "abc"; _ = sys.Args; return t }\n';
      expect((await findings('go', aliased))[0]!.fix).toBeUndefined();
      const other =
        'package a\n\nimport os "example.com/os"\n\nfunc f() string { t := "abc"; return t + os.X }\n';
      expect((await findings('go', other))[0]!.fix).toBeUndefined();
    });
  });

  it('keeps the fix idempotent: the fixed file has nothing left to fix or import', async () => {
    const fixed = await fixAll('python', 'import random\n\nA = random.random()\n');
    expect(await findings('python', fixed!)).toEqual([]);
  });
});
