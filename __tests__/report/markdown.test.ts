import type { Finding } from '../../src/core/types.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { render } from '../../src/report/index.js';
import { toMarkdown } from '../../src/report/markdown.js';
import { hostileResult, sampleResult } from './sample-result.js';

describe('Markdown report', () => {
  test('the first line is the verdict and why', () => {
    const md = toMarkdown(sampleResult());
    expect(md.split('\n')[0]).toBe(
      '❌ aigis: gate failed — 3 new findings (2 critical, 1 high) (policy new-high: fails on new findings with severity ≥ 7.0)',
    );
    const passed = sampleResult();
    passed.verdict = {
      policy: 'none',
      passed: true,
      reason: '4 new, none failing (policy none: never fails)',
      failing: [],
    };
    expect(toMarkdown(passed).split('\n')[0]).toBe(
      '✅ aigis: gate passed — 4 new, none failing (policy none: never fails)',
    );
  });

  test('summary: counts by status and band, AI share and tools, engines with times', () => {
    const md = toMarkdown(sampleResult());
    expect(md).toContain(
      '**New:** 4 (🔴 2 critical · 🟠 1 high · 🔵 1 low) · **existing:** 1 · **fixed by this PR:** 1 · **suppressed:** 2',
    );
    expect(md).toContain('62% of 120 added lines attributed to AI \\(Claude Code 60, Cursor 14 lines\\)');
    expect(md).toContain('3 of 4 new findings on AI-written lines');
    expect(md).toMatch(/builtin 0\.1\.0 \(7 files, 412 ms\) · codeql 2\.20\.1 \(3 files, 20\.4 s\)/);
    expect(md).toContain(
      '[CWE-95](https://cwe.mitre.org/data/definitions/95.html) · **net severity:** +22.1',
    );

    const one = sampleResult();
    one.provenance = { ...one.provenance!, aiShare: 0.62, tools: { 'Claude Code': 74 } };
    expect(toMarkdown(one)).toContain('62% of 120 added lines attributed to Claude Code');
  });

  test('new findings ranked by score, with CWE links, score parts and AI attribution', () => {
    const md = toMarkdown(sampleResult());
    const rows = md
      .split('\n')
      .filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟠') || l.startsWith('| 🔵'));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('js-command-injection');
    expect(rows[0]).toContain('[CWE-78](https://cwe.mitre.org/data/definitions/78.html)');
    expect(rows[0]).toContain('web/routes/convert.js:14');
    expect(rows[0]).toContain('**0.69** (0.98 · —)');
    expect(rows[0]).toContain('🤖 Cursor (0.80)');
    expect(rows[1]).toContain('🤖 Claude Code (0.95)');
    expect(rows[1]).toContain('🔧');
    expect(rows[2]).toContain('| no AI signal |');
    expect(md).not.toMatch(/\bhuman\b/i);
    expect(md).toMatch(/<details><summary>AI evidence for 3 findings<\/summary>/);
  });

  test('fixed, existing, suppressed, skipped files and diagnostics are all shown', () => {
    const md = toMarkdown(sampleResult());
    expect(md).toContain('### ✅ Fixed by this PR (1)');
    expect(md).toMatch(/js-eval in web\/legacy\/calc\.js:5 \(base\)/);
    expect(md).toContain('<details><summary>1 existing finding');
    expect(md).toContain('reason: name is checked against an allow-list in the caller');
    expect(md).toContain('⚠️ no reason given, expires 2030-01-01');
    expect(md).toContain('web/static/logo.png — binary: git reports a binary diff');
    expect(md).toContain('data/latin1.py — invalid-utf8');
    expect(md).toContain('shallow clone: history before 1a2b3c4 is missing');
    expect(md).toContain('no fix proposed — the repaired file no longer parses');
  });

  test('"no dynamic evidence" unless some finding was fuzzed', () => {
    expect(toMarkdown(sampleResult())).toContain('no dynamic evidence, not “safe”');
    const fuzzed = sampleResult();
    fuzzed.findings[2] = { ...fuzzed.findings[2]!, dynamicCoverage: 0.5 };
    const md = toMarkdown(fuzzed);
    expect(md).not.toContain('no dynamic evidence');
    expect(md).toContain('(0.60 · 0.50)');
  });

  test('no new findings', () => {
    const r = sampleResult();
    r.findings = r.findings.filter((f) => f.status !== 'new');
    r.verdict = {
      policy: 'new-high',
      passed: true,
      reason: 'no new findings (policy new-high)',
      failing: [],
    };
    const md = toMarkdown(r);
    expect(md.startsWith('✅ aigis: gate passed')).toBe(true);
    expect(md).toContain('No new findings in this PR.');
  });

  describe('untrusted text from the PR', () => {
    const md = toMarkdown(hostileResult());

    test('never renders as HTML', () => {
      expect(md).not.toContain('<img');
      expect(md).not.toContain('<script');
      expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
      // The only raw tags are the report's own.
      const tags = md.match(/<\/?[a-z][^>]*>/gi) ?? [];
      expect(new Set(tags)).toEqual(
        new Set(['<details>', '<summary>', '</summary>', '</details>', '<sub>', '</sub>']),
      );
    });

    test('cannot break the table, open code spans, link, or mention', () => {
      const row = md.split('\n').find((l) => l.includes('onerror'))!;
      expect(row.startsWith('| ')).toBe(true);
      // Every `|` inside the cells is escaped: the row keeps exactly 7 columns.
      expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(7);
      expect(md).not.toMatch(/(^|[^\\])`code/);
      expect(md).toContain('\\[x\\]\\(javascript');
      expect(md).not.toMatch(/@octocat/);
      expect(md).toContain('@&#8203;octocat');
    });

    test('newlines and terminal escapes in names are shown, not obeyed', () => {
      expect(md).not.toContain('\n## heading');
      expect(md).toContain('\\\\u000a## heading');
      expect(md).not.toContain('\u001b');
    });

    test('escapeMarkdown', () => {
      expect(escapeMarkdown('a|b `c` *d* _e_ <f> & @g ~h~ $x$')).toBe(
        'a\\|b \\`c\\` \\*d\\* \\_e\\_ &lt;f&gt; &amp; @&#8203;g \\~h\\~ \\$x\\$',
      );
    });
  });

  test('stays under the size limit and says how much it left out', () => {
    const r = sampleResult();
    const template = r.findings[0]!;
    const many: Finding[] = [];
    for (let i = 0; i < 3000; i++) {
      many.push({
        ...template,
        id: `new-${i}`,
        file: `src/generated/module-${i}/very/long/path/to/the/file/that/was/added/by/the/tool/index.js`,
        message: `Shell command built from input ${i} `.repeat(8),
        region: { ...template.region, startLine: i + 1 },
      });
    }
    r.findings = [...many, ...r.findings];
    r.skipped = Array.from({ length: 500 }, (_, i) => ({
      path: `assets/img-${i}.png`,
      reason: 'binary' as const,
      detail: 'binary',
    }));
    const md = toMarkdown(r);
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md.split('\n')[0]).toMatch(/^❌ aigis: gate failed/);
    expect(md).toMatch(/_… and \d+ new findings not shown here/);
    expect(md).toMatch(/_… and \d+ more not shown here/);

    const tiny = toMarkdown(r, { maxChars: 2_000 });
    expect(tiny.length).toBeLessThanOrEqual(2_000);
    expect(tiny.split('\n')[0]).toMatch(/^❌ aigis: gate failed/);
    expect((tiny.match(/<details>/g) ?? []).length).toBe((tiny.match(/<\/details>/g) ?? []).length);

    expect(toMarkdown(r, { maxRows: 5 })).toMatch(/_… and 2999 new findings not shown here/);
  });

  test('render dispatches markdown', () => {
    expect(render(sampleResult(), 'markdown')).toBe(toMarkdown(sampleResult()));
  });
});
