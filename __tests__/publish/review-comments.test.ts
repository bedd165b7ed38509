import type { PullRequestFile } from '../../src/core/github-port.js';
import { rightSide } from '../../src/publish/diff-lines.js';
import { fenceFor, planReviewComments } from '../../src/publish/review-comments.js';
import { APP_LINE_5, APP_LINE_6, finding, files, newFilePatch, repair } from './factory.js';

describe('the RIGHT side of a patch', () => {
  test('added and context lines of each hunk, with their text; removed lines are not there', () => {
    const side = rightSide(files()[0]!)!;
    expect(side.hunks).toEqual([
      { start: 1, end: 6 },
      { start: 22, end: 25 },
    ]);
    expect([...side.text.keys()]).toEqual([1, 2, 3, 4, 5, 6, 22, 23, 24, 25]);
    expect(side.text.get(3)).toBe('');
    expect(side.text.get(5)).toBe(APP_LINE_5);
    expect(side.text.get(23)).toBe('y = eval(data)');
  });

  test('no patch, a removed file or a malformed patch has no lines to comment on', () => {
    expect(rightSide({ filename: 'a.bin', status: 'modified' })).toBeUndefined();
    expect(rightSide({ filename: 'a.py', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' })).toBeUndefined();
    expect(rightSide({ filename: 'a.py', status: 'modified', patch: '@@ -1,2 +1,2 @@\n x' })).toBeUndefined();
  });
});

describe('planReviewComments', () => {
  test('only new, unsuppressed findings; the marker, severity, CWE, rule link, score and AI attribution', () => {
    const f = finding({
      line: 6,
      score: 0.74,
      staticConfidence: 0.8,
      dynamicCoverage: 0.6,
      attribution: {
        ai: true,
        confidence: 0.95,
        tool: 'Claude Code',
        evidence: ['trailer Co-Authored-By: Claude'],
      },
    });
    const plan = planReviewComments(
      [
        f,
        finding({ line: 5, status: 'existing' }),
        finding({ line: 5, status: 'fixed' }),
        finding({ line: 5, suppressed: { kind: 'inline', reason: 'test code' } }),
      ],
      files(),
      {
        rules: [
          {
            id: 'py-sql-injection',
            name: 'PySqlInjection',
            engine: 'builtin',
            cwes: [89],
            message: 'm',
            description: 'd',
            severity: 8.8,
            precision: 'high',
            helpUri: 'https://example.org/rules/py-sql-injection',
          },
        ],
      },
    );
    expect(plan.comments).toHaveLength(1);
    expect(plan.summaryOnly).toEqual([]);
    const c = plan.comments[0]!.comment;
    expect(c).toEqual({ path: 'src/app.py', line: 6, side: 'RIGHT', body: expect.any(String) });
    expect(c.body).toContain(`<!-- aigis:finding:${f.fingerprint} -->`);
    expect(c.body).toContain('🟠 **aigis: high severity 8.8**');
    expect(c.body).toContain('[py-sql-injection](https://example.org/rules/py-sql-injection)');
    expect(c.body).toContain('[CWE-89](https://cwe.mitre.org/data/definitions/89.html)');
    expect(c.body).toContain(
      '**Score:** 0.74 = 0.7 · static 0.80 + 0.3 · dynamic 0.60 — prioritised for repair',
    );
    expect(c.body).toContain('🤖 Claude Code (confidence 0.95)');
    expect(c.body).toContain('SQL query built from user input and executed');
    expect(c.body).not.toContain('suggestion');
  });

  test('without dynamic evidence the score says so; no AI line without an AI attribution; PR text is escaped', () => {
    const f = finding({
      line: 23,
      message: 'eval of <script> from @octo-org/team `x`',
      attribution: { ai: false, confidence: 0, evidence: [] },
    });
    const body = planReviewComments([f], files()).comments[0]!.comment.body;
    expect(body).toContain('0.56 = 0.7 · static 0.80 (no dynamic evidence');
    expect(body).not.toContain('AI attribution');
    expect(body).toContain('eval of &lt;script&gt; from @&#8203;octo-org/team \\`x\\`');
    expect(body).not.toContain('<script>');
  });

  test('a finding outside the diff, or in a file without a patch, is not commented but listed for the summary', () => {
    const inside = finding({ line: 23 });
    const outside = finding({ line: 10 });
    const binary = finding({ file: 'assets/logo.png', line: 1 });
    const unlisted = finding({ file: 'src/other.py', line: 1 });
    const plan = planReviewComments([outside, inside, binary, unlisted], files());
    expect(plan.comments.map((c) => c.findingId)).toEqual([inside.id]);
    expect(plan.comments[0]!.comment.line).toBe(23);
    expect(plan.summaryOnly.map((s) => [s.finding.id, s.reason]).sort()).toEqual(
      [
        [outside.id, 'not-in-diff'],
        [binary.id, 'no-diff'],
        [unlisted.id, 'no-diff'],
      ].sort(),
    );
  });

  test('a region reaching out of the diff is commented on its first line that is in it', () => {
    // Lines 6..8: 6 is in hunk 1, 7 and 8 are not in the diff.
    const f = finding({ line: 6, endLine: 8 });
    const plan = planReviewComments([f], files());
    expect(plan.comments[0]!.comment).toMatchObject({ line: 6 });
    expect(plan.comments[0]!.comment.startLine).toBeUndefined();
  });

  test('200 findings: ranked by score then severity, capped, in reviews of at most 30, the rest for the summary', () => {
    const lines = Array.from({ length: 250 }, (_, i) => `call(${i})`);
    const prFiles: PullRequestFile[] = [
      { filename: 'src/big.js', status: 'added', patch: newFilePatch(lines) },
    ];
    const findings = Array.from({ length: 200 }, (_, i) =>
      finding({
        file: 'src/big.js',
        line: i + 1,
        // Scores repeat, so severity has to break ties.
        score: ((i * 37) % 20) / 20,
        severity: ((i * 13) % 10) + 0.5,
      }),
    );
    const plan = planReviewComments(findings, prFiles, { maxComments: 75 });
    expect(plan.comments).toHaveLength(75);
    expect(plan.reviews.map((r) => r.length)).toEqual([30, 30, 15]);
    expect(plan.reviews.flat()).toEqual(plan.comments.map((c) => c.comment));
    expect(plan.summaryOnly).toHaveLength(125);
    expect(plan.summaryOnly.every((s) => s.reason === 'cap')).toBe(true);

    const byId = new Map(findings.map((f) => [f.id, f]));
    const ranked = plan.comments.map((c) => byId.get(c.findingId)!);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.score > b.score || (a.score === b.score && a.severity >= b.severity)).toBe(true);
    }
    // Nothing left out outranks anything commented.
    const last = ranked[ranked.length - 1]!;
    for (const { finding: f } of plan.summaryOnly) {
      expect(f.score < last.score || (f.score === last.score && f.severity <= last.severity)).toBe(true);
    }
    // Default cap, and never more than 30 per review even when asked.
    const def = planReviewComments(findings, prFiles, { batchSize: 100 });
    expect(def.comments).toHaveLength(25);
    expect(def.reviews.map((r) => r.length)).toEqual([25]);
    expect(
      planReviewComments(findings, prFiles, { maxComments: 200, batchSize: 100 }).reviews.map(
        (r) => r.length,
      ),
    ).toEqual([30, 30, 30, 30, 30, 30, 20]);
  });

  test('a cap of 0 posts nothing and lists everything', () => {
    const plan = planReviewComments([finding({ line: 5 }), finding({ line: 23 })], files(), {
      maxComments: 0,
    });
    expect(plan.comments).toEqual([]);
    expect(plan.reviews).toEqual([]);
    expect(plan.summaryOnly.map((s) => s.reason)).toEqual(['cap', 'cap']);
  });

  test('a verified multi-line repair becomes a suggestion over start_line..line', () => {
    const f = finding({ line: 5, endLine: 6 });
    f.repair = repair(f.id, [
      {
        file: 'src/app.py',
        region: { startLine: 5, startColumn: 1, endLine: 6, endColumn: APP_LINE_6.length + 1 },
        text: '    return db.execute("SELECT * FROM users WHERE name = ?", (name,))',
      },
    ]);
    const plan = planReviewComments([f], files());
    const c = plan.comments[0]!;
    expect(c.suggestion).toBe(true);
    expect(c.comment).toMatchObject({ path: 'src/app.py', startLine: 5, line: 6, side: 'RIGHT' });
    expect(c.comment.body).toContain(
      '```suggestion\n    return db.execute("SELECT * FROM users WHERE name = ?", (name,))\n```\n',
    );
    expect(c.comment.body).toContain('Pass the value as a query parameter');
    expect(c.comment.body).toContain('Review guidance: merge after a cursory review.');
  });

  test('a single-line suggestion changes part of the line and sets no start_line', () => {
    const f = finding({ line: 23 });
    f.repair = repair(f.id, [
      {
        file: 'src/app.py',
        region: { startLine: 23, startColumn: 5, endLine: 23, endColumn: 9 },
        text: 'ast.literal_eval',
      },
    ]);
    const c = planReviewComments([f], files()).comments[0]!.comment;
    expect(c.line).toBe(23);
    expect(c.startLine).toBeUndefined();
    expect(c.body).toContain('```suggestion\ny = ast.literal_eval(data)\n```');
  });

  test('the fence is longer than any run of backticks in the suggestion', () => {
    expect(fenceFor('no ticks')).toBe('```');
    expect(fenceFor('a ``` b')).toBe('````');
    expect(fenceFor('x `````` y ` z')).toBe('```````');

    const lines = ['const help = "plain";', 'run(help);'];
    const f = finding({ file: 'src/help.js', line: 1, ruleId: 'js-x' });
    const replacement = 'const help = "wrap code in ````` fences";';
    f.repair = repair(f.id, [
      {
        file: 'src/help.js',
        region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: lines[0]!.length + 1 },
        text: replacement,
      },
    ]);
    const body = planReviewComments(
      [f],
      [{ filename: 'src/help.js', status: 'added', patch: newFilePatch(lines) }],
    ).comments[0]!.comment.body;
    const fence = '``````';
    expect(body).toContain(`\n${fence}suggestion\n${replacement}\n${fence}\n`);
    // No line inside could close it early.
    const inner = body.split(`${fence}suggestion\n`)[1]!.split(`\n${fence}\n`)[0]!;
    expect(inner).toBe(replacement);
  });

  test('no suggestion when an edit falls outside the commented lines, or the repair was not verified', () => {
    const wide = finding({ line: 5 });
    wide.repair = repair(wide.id, [
      {
        file: 'src/app.py',
        region: { startLine: 5, startColumn: 5, endLine: 5, endColumn: 6 },
        text: 'query',
      },
      {
        file: 'src/app.py',
        region: { startLine: 6, startColumn: 23, endLine: 6, endColumn: 24 },
        text: 'query',
      },
    ]);
    const rejected = finding({ line: 23 });
    rejected.repair = repair(
      rejected.id,
      [
        {
          file: 'src/app.py',
          region: { startLine: 23, startColumn: 5, endLine: 23, endColumn: 9 },
          text: 'safe',
        },
      ],
      { outcome: 'rejected', rejectedBecause: 'the finding is still reported' },
    );
    const introduced = finding({ line: 22 });
    introduced.repair = repair(
      introduced.id,
      [
        {
          file: 'src/app.py',
          region: { startLine: 22, startColumn: 1, endLine: 22, endColumn: 2 },
          text: 'k',
        },
      ],
      { verification: { targetRemoved: true, parses: true, introduced: [{} as never] } },
    );
    const plan = planReviewComments([wide, rejected, introduced], files());
    expect(plan.comments).toHaveLength(3);
    for (const c of plan.comments) {
      expect(c.suggestion).toBe(false);
      expect(c.comment.body).not.toContain('suggestion\n');
      expect(c.comment.startLine).toBeUndefined();
    }
    const wideBody = plan.comments.find((c) => c.findingId === wide.id)!.comment.body;
    expect(wideBody).toContain('A verified fix exists but reaches beyond these lines');
  });

  test('findings an earlier run commented are not posted again and do not use up the cap', () => {
    const a = finding({ line: 5, score: 0.9 });
    const b = finding({ line: 23, score: 0.5 });
    const plan = planReviewComments([a, b], files(), {
      maxComments: 1,
      alreadyCommented: new Set([a.fingerprint]),
    });
    expect(plan.alreadyCommented.map((f) => f.id)).toEqual([a.id]);
    expect(plan.comments.map((c) => c.findingId)).toEqual([b.id]);
    expect(plan.summaryOnly).toEqual([]);
  });
});
