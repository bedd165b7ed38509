import type { ExistingComment } from '../../src/core/github-port.js';
import {
  SUMMARY_MARKER,
  planSummaryComment,
  renderSummaryComment,
} from '../../src/publish/summary-comment.js';
import { planReviewComments } from '../../src/publish/review-comments.js';
import { sampleResult } from '../report/sample-result.js';
import { finding, files, newFilePatch } from './factory.js';

const BOT = 'github-actions[bot]';

describe('renderSummaryComment', () => {
  test('the report with the verdict first, the notes after it, the findings not commented inline and the marker', () => {
    const result = sampleResult();
    const outside = finding({ line: 10, message: 'eval of @someone <b>input</b>' });
    const plan = planReviewComments([finding({ line: 5 }), outside], files());
    const body = renderSummaryComment(result, {
      notCommented: plan.summaryOnly,
      notes: ['read-only token: no comments were posted'],
      maxComments: 25,
    });
    const lines = body.split('\n');
    expect(lines[0]).toMatch(/^❌ aigis: gate failed — /);
    expect(lines[1]).toBe('');
    expect(lines[2]).toBe('> ⚠️ read-only token: no comments were posted');
    expect(body).toContain('### Not commented inline (1)\n');
    expect(body).toContain(
      '- 🟠 8.8 [CWE-89](https://cwe.mitre.org/data/definitions/89.html) py-sql-injection in src/app.py:10 — eval of @&#8203;someone &lt;b&gt;input&lt;/b&gt; (its lines are not in the diff)',
    );
    // The report's sections are all there, the list sits before the footer, the marker at the end.
    expect(body).toContain('### New findings (4), ranked by score');
    expect(body.indexOf('### Not commented inline')).toBeLessThan(body.indexOf('<sub>aigis '));
    expect(body.trimEnd().endsWith(SUMMARY_MARKER)).toBe(true);
  });

  test('without extras it is the Markdown report plus the marker', () => {
    const body = renderSummaryComment(sampleResult());
    expect(body).not.toContain('Not commented inline');
    expect(body).not.toContain('> ⚠️');
    expect(body).toContain(SUMMARY_MARKER);
  });

  test('findings over the cap are listed with the cap, and the whole stays under the size limit', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `call(${i})`);
    const findings = Array.from({ length: 200 }, (_, i) =>
      finding({ file: 'src/big.js', line: i + 1, message: 'x'.repeat(400), score: 1 - i / 1000 }),
    );
    const plan = planReviewComments(
      findings,
      [{ filename: 'src/big.js', status: 'added', patch: newFilePatch(lines) }],
      {
        maxComments: 20,
      },
    );
    const result = { ...sampleResult(), findings };
    const body = renderSummaryComment(result, { notCommented: plan.summaryOnly, maxComments: 20 });
    expect(body).toContain('### Not commented inline (180) (180 over the limit of 20 inline comments)');
    expect(body).toContain('(over the comment limit)');
    expect(body).toContain('_… and 130 more not shown here');
    expect(body.length).toBeLessThanOrEqual(60_000);

    const small = renderSummaryComment(result, {
      notCommented: plan.summaryOnly,
      maxComments: 20,
      maxChars: 20_000,
    });
    expect(small.length).toBeLessThanOrEqual(20_000);
    expect(small).toContain(SUMMARY_MARKER);
  });
});

describe('planSummaryComment', () => {
  test('creates the comment when none carries the marker', () => {
    const existing: ExistingComment[] = [{ id: 1, author: BOT, body: 'Thanks for the PR!' }];
    expect(planSummaryComment(existing, 'body', BOT)).toEqual({ action: 'create', body: 'body' });
    expect(planSummaryComment([], 'body')).toEqual({ action: 'create', body: 'body' });
  });

  test("updates the bot's comment found by its marker — the newest if several — never a second one", () => {
    const old = renderSummaryComment(sampleResult());
    const existing: ExistingComment[] = [
      { id: 10, author: BOT, body: old },
      { id: 25, author: BOT, body: old },
      { id: 11, author: 'alice', body: 'LGTM' },
      // A person quoting the summary copies the marker: never the one to update.
      { id: 30, author: 'alice', body: `> ${old.split('\n').join('\n> ')}` },
    ];
    const body = renderSummaryComment(sampleResult(), { notes: ['second run'] });
    expect(planSummaryComment(existing, body, BOT)).toEqual({ action: 'update', id: 25, body });

    // A re-run after that sees its own comment and updates it again.
    const after = existing.map((c) => (c.id === 25 ? { ...c, body } : c));
    expect(planSummaryComment(after, body, BOT)).toMatchObject({ action: 'update', id: 25 });
  });
});
