/**
 * `.github/aigis.yml`: a full example parses to exactly what it says, and every mistake a person
 * makes in it is reported with the file, the line, the key and what is allowed — through the parser
 * and through the CLI, which must stop with exit 2 before reviewing anything.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/config.js';
import { UsageError } from '../../src/core/errors.js';
import { toPipelineOptions } from '../../src/pipeline/raw-options.js';
import { GitRepo } from '../helpers/git-repo.js';
import { cli } from '../helpers/run-cli.js';

const FILE = '.github/aigis.yml';

const FULL = `# every key the format has
paths: ['src/**', 'lib/**']
paths-ignore: ['legacy/**', '**/*_test.py']
rules:
  include: ['python-*', 'js-*']
  exclude: ['python-weak-hash']
cwes:
  include: [89, 78]
  exclude: [328]
severity:
  CWE-89: 9.5
  python-shell-injection: 4
score:
  weight-static: 0.6
  weight-dynamic: 0.4
  threshold: 0.55
fail-on: new
ai:
  fail-on: score
  min-confidence: 0.8
suppressions:
  - rule: python-sql-injection
    paths: ['src/reports/**']
    reason: queries built from constants only
    expires: 2031-06-30
  - cwe: 78
    reason: admin-only tool
rules-dirs: ['.aigis/rules']
suppression-comments: [aigis-ignore, nosec]
engines: [builtin]
repair: off
max-file-size: 2048
`;

/** The UsageError's message, or a failure saying the text was accepted. */
function errorOf(text: string): string {
  try {
    parseConfig(FILE, text);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`accepted:\n${text}`);
}

describe('parseConfig', () => {
  it('reads every key of a full example, and the pipeline options take them', () => {
    const { path, config } = parseConfig(FILE, FULL);
    expect(path).toBe(FILE);
    expect(config).toEqual({
      paths: ['src/**', 'lib/**'],
      'paths-ignore': ['legacy/**', '**/*_test.py'],
      rules: { include: ['python-*', 'js-*'], exclude: ['python-weak-hash'] },
      cwes: { include: [89, 78], exclude: [328] },
      severity: { 'CWE-89': 9.5, 'python-shell-injection': 4 },
      score: { 'weight-static': 0.6, 'weight-dynamic': 0.4, threshold: 0.55 },
      'fail-on': 'new',
      ai: { 'fail-on': 'score', 'min-confidence': 0.8 },
      suppressions: [
        {
          rule: 'python-sql-injection',
          paths: ['src/reports/**'],
          reason: 'queries built from constants only',
          expires: '2031-06-30',
        },
        { cwe: 78, reason: 'admin-only tool' },
      ],
      'rules-dirs': ['.aigis/rules'],
      'suppression-comments': ['aigis-ignore', 'nosec'],
      engines: ['builtin'],
      repair: 'off',
      'max-file-size': 2048,
    });

    const opts = toPipelineOptions({}, undefined, config);
    expect(opts).toMatchObject({
      policy: 'new',
      aiPolicy: { policy: 'score', minConfidence: 0.8 },
      weights: { static: 0.6, dynamic: 0.4, threshold: 0.55 },
      repair: 'off',
      maxFileBytes: 2048,
      paths: ['src/**', 'lib/**'],
      pathsIgnore: ['legacy/**', '**/*_test.py'],
      selection: {
        rulesInclude: ['python-*', 'js-*'],
        rulesExclude: ['python-weak-hash'],
        cwesInclude: [89, 78],
        cwesExclude: [328],
      },
      severity: { 'CWE-89': 9.5, 'python-shell-injection': 4 },
    });
    expect(opts.suppressions).toHaveLength(2);
    // A flag given for this run beats the repository's config.
    expect(toPipelineOptions({ failOn: 'none', threshold: '0.9' }, undefined, config)).toMatchObject({
      policy: 'none',
      weights: { static: 0.6, dynamic: 0.4, threshold: 0.9 },
    });
  });

  it('lists the suppression comment forms it knows when given another', () => {
    expect(errorOf('suppression-comments: [nolint]\n')).toMatch(
      /aigis\.yml:1: suppression-comments\[0\]: "nolint" is not allowed; allowed: aigis-ignore, nosec, nosemgrep, codeql/,
    );
  });

  it('treats an empty file (or only comments) as no configuration', () => {
    expect(parseConfig(FILE, '').config).toEqual({});
    // A scaffolded file whose example is all commented out is YAML null, not an error.
    expect(parseConfig(FILE, '# nothing yet\n# fail-on: new\n').config).toEqual({});
    expect(errorOf('- fail-on: new\n')).toMatch(/aigis\.yml:1: \(top level\): must be an object/);
  });

  it('names the line of a misspelt key and lists the keys allowed there', () => {
    const message = errorOf('paths: [src/**]\n\nfail_on: new\n');
    expect(message).toContain(`invalid configuration ${FILE}`);
    expect(message).toMatch(/\.github\/aigis\.yml:3: fail_on: unknown key; allowed here: .*\bfail-on\b/);
    expect(message).toContain('paths-ignore');
  });

  it('names a misspelt key inside a section with that section’s keys', () => {
    const message = errorOf('ai:\n  fail-on: new\n  confidence: 0.9\n');
    expect(message).toMatch(
      /aigis\.yml:3: ai\.confidence: unknown key; allowed here: fail-on, min-confidence/,
    );
  });

  it('reports a value of the wrong type with what was expected and what was given', () => {
    const message = errorOf('paths-ignore: legacy/**\nmax-file-size: big\n');
    expect(message).toMatch(/aigis\.yml:1: paths-ignore: must be a list \(got "legacy\/\*\*"\)/);
    expect(message).toMatch(/aigis\.yml:2: max-file-size: must be an integer \(got "big"\)/);
  });

  it('lists the allowed policies for a bad fail-on, at the top level and under ai', () => {
    const message = errorOf('fail-on: high\nai:\n  fail-on: always\n');
    expect(message).toMatch(
      /aigis\.yml:1: fail-on: "high" is not allowed; allowed: none, new, new-high, score/,
    );
    expect(message).toMatch(
      /aigis\.yml:3: ai\.fail-on: "always" is not allowed; allowed: none, new, new-high/,
    );
  });

  it('rejects an expiry that is not a date, whether malformed or impossible', () => {
    const malformed = errorOf('suppressions:\n  - cwe: 89\n    reason: r\n    expires: next week\n');
    expect(malformed).toMatch(
      /aigis\.yml:4: suppressions\[0\]\.expires: "next week" is not a date; write YYYY-MM-DD/,
    );
    const impossible = errorOf('suppressions:\n  - cwe: 89\n    reason: r\n    expires: 2025-13-45\n');
    expect(impossible).toMatch(/aigis\.yml:4: suppressions\[0\]\.expires: not a date/);
  });

  it('rejects a suppression with neither rule nor cwe, saying what it needs', () => {
    const message = errorOf(
      'suppressions:\n  - cwe: 89\n    reason: fine\n  - paths: [legacy/**]\n    reason: old code\n',
    );
    expect(message).toMatch(
      /aigis\.yml:4: suppressions\[1\]: a suppression needs "rule" \(a rule id\) or "cwe"/,
    );
    // One problem, one message: ajv's per-branch "required" errors are folded into it.
    expect(message).not.toMatch(/missing required key/);
  });

  it('rejects a severity key that is neither a CWE id nor a rule id, and a score out of range', () => {
    const message = errorOf('severity:\n  CWE-89: 3\n  sql injection: 5\n  CWE-78: 11\n');
    expect(message).toMatch(
      /aigis\.yml:3: severity: "sql injection" is not allowed; keys are CWE ids like CWE-89 or rule ids/,
    );
    expect(message).toMatch(/aigis\.yml:4: severity\.CWE-78: must be <= 10 \(got 11\)/);
  });

  it('reports invalid YAML with its line, not a stack trace', () => {
    const message = errorOf('paths: [src/**\nfail-on: new\n');
    expect(message).toMatch(/\.github\/aigis\.yml:\d+: invalid YAML: /);
    const dup = errorOf('fail-on: new\nfail-on: none\n');
    expect(dup).toMatch(/aigis\.yml:2: invalid YAML: .*unique/i);
  });
});

describe('aigis with a bad configuration', () => {
  let repo: GitRepo;
  let scratch: string;
  beforeAll(async () => {
    repo = await GitRepo.create();
    await repo.write('app.py', 'import os\n\n\ndef backup(name):\n    os.system("tar czf /b/" + name)\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('util.py', 'def add(a, b):\n    return a + b\n');
    await repo.commit('helper');
    scratch = await mkdtemp(join(tmpdir(), 'aigis-config-'));
  });
  afterAll(async () => {
    await repo.cleanup();
    await rm(scratch, { recursive: true, force: true });
  });

  it('exits 2 when --config names a file that does not exist, saying where it looked', async () => {
    const run = await cli(['review', '--base', 'main', '--config', 'nope/aigis.yml'], repo.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('configuration file nope/aigis.yml not found');
    expect(run.stderr).toContain(join(repo.dir, 'nope', 'aigis.yml'));
    expect(run.stderr).not.toContain('    at ');
    expect(run.stdout).toBe('');
  });

  it('exits 2 on an invalid .github/aigis.yml in the repository, listing every problem', async () => {
    await repo.write(FILE, 'fail_on: new\nsuppressions:\n  - reason: no target\nseverity:\n  CWE-89: high\n');
    try {
      const run = await cli(['review', '-C', repo.dir, '--base', 'main'], scratch);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`aigis: invalid configuration ${FILE}:`);
      expect(run.stderr).toMatch(/aigis\.yml:1: fail_on: unknown key/);
      expect(run.stderr).toMatch(/aigis\.yml:3: suppressions\[0\]: a suppression needs "rule"/);
      expect(run.stderr).toMatch(/aigis\.yml:5: severity\.CWE-89: must be a number \(got "high"\)/);
      expect(run.stderr).not.toContain('    at ');
      expect(run.stdout).toBe('');
    } finally {
      await repo.remove(FILE);
    }
  });

  it('reads --config relative to where aigis runs, and applies it', async () => {
    await writeFile(join(scratch, 'strict.yml'), 'fail-on: new\n');
    // The helper is clean, so even the strictest policy passes: the config was read and valid.
    const run = await cli(['review', '-C', repo.dir, '--base', 'main', '--config', 'strict.yml'], scratch);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/gate passed.*policy new\b/);
  });
});
