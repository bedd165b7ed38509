/**
 * A realistic ReviewResult for the report tests: a PR in which Claude Code and Cursor added
 * vulnerable code in Python, JavaScript and C, CodeQL agreed on one finding and found another,
 * one weakness already existed, one was fixed, two were suppressed (one without a reason), one
 * finding has a taint flow, one a verified repair and one a rejected repair, a binary file was
 * skipped and two things went wrong along the way.
 */
import type { Attribution, Finding, ReviewResult, RuleMeta } from '../../src/core/types.js';

const claude: Attribution = {
  ai: true,
  confidence: 0.95,
  tool: 'Claude Code',
  evidence: [
    'commit 1a2b3c4: trailer "Co-Authored-By: Claude <noreply@anthropic.com>"',
    'commit 1a2b3c4: message line "🤖 Generated with [Claude Code](https://claude.com/claude-code)"',
  ],
};

const cursor: Attribution = {
  ai: true,
  confidence: 0.8,
  tool: 'Cursor',
  evidence: ['commit 5d6e7f8: author cursoragent <cursoragent@cursor.com>'],
};

export const RULES: RuleMeta[] = [
  {
    id: 'py-sql-injection',
    name: 'PySqlInjection',
    engine: 'builtin',
    cwes: [89],
    message: 'SQL query built from user input and executed',
    description:
      'A SQL statement is built by string concatenation or formatting with data that reaches it from a request, then executed. Use a parameterised query.',
    severity: 8.8,
    precision: 'high',
  },
  {
    id: 'js-command-injection',
    name: 'JsCommandInjection',
    engine: 'builtin',
    cwes: [78],
    message: 'Shell command built from a string and run with child_process.exec',
    description: 'child_process.exec runs its argument through a shell. Use execFile with an argument list.',
    severity: 9.8,
    precision: 'high',
  },
  {
    id: 'c-unbounded-copy',
    name: 'CUnboundedCopy',
    engine: 'builtin',
    cwes: [120, 787],
    message: 'strcpy into a fixed-size buffer',
    description: 'strcpy does not check the destination size. Use a bounded copy and check the length.',
    severity: 9.3,
    precision: 'medium',
    helpUri: 'https://example.org/rules/c-unbounded-copy',
  },
  {
    id: 'py-weak-hash',
    name: 'PyWeakHash',
    engine: 'builtin',
    cwes: [327, 328],
    message: 'Weak hash algorithm used for a password',
    description: 'MD5 and SHA-1 are fast and broken for password storage. Use a slow password hash.',
    severity: 7.5,
    precision: 'medium',
  },
  {
    id: 'py-path-traversal',
    name: 'PyPathTraversal',
    engine: 'builtin',
    cwes: [22],
    message: 'File path built from user input',
    description: 'A path from the request reaches open() without containment.',
    severity: 7.5,
    precision: 'medium',
  },
  {
    id: 'js-eval',
    name: 'JsEval',
    engine: 'builtin',
    cwes: [95],
    message: 'eval of a dynamic string',
    description: 'eval runs arbitrary code.',
    severity: 9.3,
    precision: 'high',
  },
  {
    id: 'js-xss-innerhtml',
    name: 'JsXssInnerHtml',
    engine: 'builtin',
    cwes: [79],
    message: 'innerHTML set from untrusted data',
    description: 'Assigning untrusted data to innerHTML allows script injection.',
    severity: 6.1,
    precision: 'medium',
  },
  {
    id: 'go-unused-rule',
    name: 'GoShellCommand',
    engine: 'builtin',
    cwes: [78],
    message: 'exec.Command("sh", "-c", ...) with input',
    description: 'A shell runs a command line built from input.',
    severity: 9.8,
    precision: 'high',
  },
  {
    id: 'js/command-line-injection',
    name: 'js/command-line-injection',
    engine: 'codeql',
    cwes: [78, 88],
    message: 'Uncontrolled command line',
    description:
      'Using externally controlled strings in a command line may allow a malicious user to change the meaning of the command.',
    severity: 9.8,
    precision: 'high',
    helpUri: 'https://codeql.github.com/codeql-query-help/javascript/js-command-line-injection/',
  },
  {
    id: 'js/log-injection',
    name: 'js/log-injection',
    engine: 'codeql',
    cwes: [117],
    message: 'Log injection',
    description:
      'Building log entries from user-controlled sources is vulnerable to insertion of forged log entries.',
    severity: 3.5,
    precision: 'medium',
  },
];

function finding(partial: Partial<Finding> & Pick<Finding, 'id' | 'ruleId' | 'file' | 'status'>): Finding {
  const rule = RULES.find((r) => r.id === partial.ruleId);
  return {
    engines: ['builtin'],
    cwes: rule?.cwes ?? [],
    message: rule?.message ?? partial.ruleId,
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 10 },
    severity: rule?.severity ?? 5,
    staticConfidence: 0.9,
    score: 0.63,
    prioritized: true,
    fingerprint: `${partial.id.replace(/[^0-9a-f]/g, '').padEnd(32, '0')}`.slice(0, 32),
    snippet: '',
    ...partial,
  };
}

export const FINDINGS: Finding[] = [
  finding({
    id: 'new-1',
    ruleId: 'js-command-injection',
    engines: ['builtin', 'codeql'],
    file: 'web/routes/convert.js',
    status: 'new',
    region: { startLine: 14, startColumn: 3, endLine: 14, endColumn: 48 },
    message: 'Shell command built from req.query.file and run with child_process.exec',
    staticConfidence: 0.985,
    score: 0.69,
    snippet: 'exec(`convert ${req.query.file} out.png`)',
    attribution: cursor,
  }),
  finding({
    id: 'new-2',
    ruleId: 'py-sql-injection',
    file: 'app/db/users.py',
    status: 'new',
    region: { startLine: 22, startColumn: 5, endLine: 22, endColumn: 61 },
    message: 'SQL query built with an f-string from request.args["name"] and executed',
    staticConfidence: 0.9,
    score: 0.63,
    snippet: 'cursor.execute(f"SELECT * FROM users WHERE name = \'{name}\'")',
    attribution: claude,
    flow: [
      {
        file: 'app/api.py',
        region: { startLine: 8, startColumn: 12, endLine: 8, endColumn: 36 },
        message: 'request.args["name"]: user input',
      },
      {
        file: 'app/db/users.py',
        region: { startLine: 20, startColumn: 20, endLine: 20, endColumn: 24 },
        message: 'name passed to find_user',
      },
      {
        file: 'app/db/users.py',
        region: { startLine: 22, startColumn: 5, endLine: 22, endColumn: 61 },
        message: 'executed as SQL',
      },
    ],
    repair: {
      findingId: 'new-2',
      strategy: 'rule',
      edits: [
        {
          file: 'app/db/users.py',
          region: { startLine: 22, startColumn: 5, endLine: 22, endColumn: 61 },
          text: 'cursor.execute("SELECT * FROM users WHERE name = ?", (name,))',
        },
      ],
      explanation: 'Pass the name as a query parameter instead of formatting it into the SQL text.',
      reviewGuidance: 'merge-after-cursory-review',
      verification: { targetRemoved: true, introduced: [], parses: true },
      outcome: 'proposed',
    },
  }),
  finding({
    id: 'new-3',
    ruleId: 'c-unbounded-copy',
    file: 'native/parse.c',
    status: 'new',
    region: { startLine: 41, startColumn: 5, endLine: 41, endColumn: 22 },
    message: 'strcpy copies argv[1] into the 16-byte buffer name',
    staticConfidence: 0.6,
    score: 0.42,
    prioritized: false,
    snippet: 'strcpy(name, src);',
    attribution: { ai: false, confidence: 0, evidence: [] },
    repair: {
      findingId: 'new-3',
      strategy: 'rule',
      edits: [],
      explanation: 'Replace strcpy by snprintf.',
      reviewGuidance: 'merge-after-review',
      verification: { targetRemoved: true, introduced: [], parses: false },
      outcome: 'rejected',
      rejectedBecause: 'the repaired file no longer parses',
    },
  }),
  finding({
    id: 'new-4',
    ruleId: 'js/log-injection',
    engines: ['codeql'],
    file: 'web/routes/convert.js',
    status: 'new',
    region: { startLine: 9, startColumn: 15, endLine: 9, endColumn: 40 },
    message: 'Log entry depends on a user-provided value.',
    staticConfidence: 0.6,
    score: 0.42,
    prioritized: false,
    snippet: 'console.log(`converting ${req.query.file}`)',
    attribution: cursor,
  }),
  finding({
    id: 'existing-1',
    ruleId: 'py-weak-hash',
    file: 'app/auth.py',
    status: 'existing',
    region: { startLine: 31, startColumn: 12, endLine: 31, endColumn: 40 },
    staticConfidence: 0.6,
    score: 0.42,
    prioritized: false,
    snippet: 'hashlib.md5(password.encode())',
  }),
  finding({
    id: 'fixed-1',
    ruleId: 'js-eval',
    file: 'web/legacy/calc.js',
    status: 'fixed',
    region: { startLine: 5, startColumn: 10, endLine: 5, endColumn: 26 },
    staticConfidence: 0.9,
    score: 0.63,
    snippet: 'eval(req.body.expr)',
  }),
  finding({
    id: 'new-5',
    ruleId: 'py-path-traversal',
    file: 'app/files.py',
    status: 'new',
    region: { startLine: 12, startColumn: 10, endLine: 12, endColumn: 44 },
    staticConfidence: 0.6,
    score: 0.42,
    prioritized: false,
    snippet: 'open(os.path.join(ROOT, name))',
    attribution: claude,
    suppressed: { kind: 'inline', reason: 'name is checked against an allow-list in the caller' },
  }),
  finding({
    id: 'new-6',
    ruleId: 'js-xss-innerhtml',
    file: 'web/static/app.js',
    status: 'new',
    region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 30 },
    staticConfidence: 0.6,
    score: 0.42,
    prioritized: false,
    snippet: 'el.innerHTML = data.title;',
    suppressed: { kind: 'config', expires: '2030-01-01' },
  }),
];

export function sampleResult(): ReviewResult {
  return {
    tool: { name: 'aigis', version: '0.1.0' },
    mode: 'review',
    base: '0123456789abcdef0123456789abcdef01234567',
    head: 'fedcba9876543210fedcba9876543210fedcba98',
    meta: { number: 42, title: 'Add image conversion', baseRef: 'main', headRef: 'claude/convert' },
    files: [
      { path: 'app/api.py', language: 'python', status: 'modified' },
      { path: 'app/auth.py', language: 'python', status: 'modified' },
      { path: 'app/db/users.py', language: 'python', status: 'added' },
      { path: 'app/files.py', language: 'python', status: 'added' },
      { path: 'native/parse.c', language: 'c', status: 'added' },
      { path: 'web/legacy/calc.js', language: 'javascript', status: 'deleted' },
      { path: 'web/routes/convert.js', language: 'javascript', status: 'added' },
      { path: 'web/static/app.js', language: 'javascript', status: 'modified' },
    ],
    skipped: [
      { path: 'web/static/logo.png', reason: 'binary', detail: 'git reports a binary diff' },
      { path: 'data/latin1.py', reason: 'invalid-utf8', detail: 'byte 0xE9 at offset 120 is not UTF-8' },
    ],
    provenance: {
      commits: {},
      lines: {},
      hunks: [],
      aiShare: 0.62,
      addedLines: 120,
      tools: { 'Claude Code': 60, Cursor: 14 },
    },
    findings: FINDINGS,
    rules: RULES,
    engines: [
      { name: 'builtin', version: '0.1.0', durationMs: 412, filesAnalyzed: 7 },
      { name: 'codeql', version: '2.20.1', durationMs: 20400, filesAnalyzed: 3 },
    ],
    weights: { static: 0.7, dynamic: 0.3, threshold: 0.5 },
    verdict: {
      policy: 'new-high',
      passed: false,
      reason:
        '3 new findings (2 critical, 1 high) (policy new-high: fails on new findings with severity ≥ 7.0)',
      failing: ['new-1', 'new-2', 'new-3'],
    },
    diagnostics: [
      {
        level: 'warning',
        source: 'analyze/builtin',
        message: 'app/broken.py does not parse (line 3: unexpected indent); analysed what parsed',
        file: 'app/broken.py',
      },
      { level: 'note', source: 'analyze/codeql', message: 'CodeQL database built for javascript only' },
      { level: 'warning', source: 'attribute', message: 'shallow clone: history before 1a2b3c4 is missing' },
    ],
    timings: { collect: 120, attribute: 40, analyze: 20900, rank: 3, repair: 150 },
  };
}

/** The same PR with a hostile file name, message and evidence: what must never render as HTML. */
export function hostileResult(): ReviewResult {
  const r = sampleResult();
  const hostile = '<img src=x onerror=alert(1)>|`code`|@octocat [x](javascript:alert(1))';
  r.findings = r.findings.map((f) =>
    f.id === 'new-1'
      ? {
          ...f,
          file: `web/${hostile}.js`,
          message: `bad ${hostile}\n## heading\n<script>alert(2)</script>`,
          ruleId: 'js-command-injection',
          attribution: { ...cursor, evidence: [`trailer ${hostile}`] },
        }
      : f,
  );
  r.skipped = [...r.skipped, { path: `evil/${hostile}\u001b[31m.bin`, reason: 'binary', detail: hostile }];
  return r;
}
