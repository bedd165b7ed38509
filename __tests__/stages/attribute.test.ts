import signatureData from '../../src/data/ai-signatures.json' with { type: 'json' };
import type { Commit, PullRequest } from '../../src/core/types.js';
import { attribute, attributeCommits } from '../../src/stages/attribute/index.js';
import type { SignatureTable } from '../../src/stages/attribute/signatures.js';
import { noreplyId, parseTrailers } from '../../src/stages/attribute/trailers.js';

const table = signatureData as SignatureTable;
const human = { name: 'Ada Lovelace', email: 'ada@example.org' };

function commit(sha: string, message: string, author = human): Commit {
  return { sha, parents: [], author, committer: author, message };
}

function pr(
  commits: Commit[],
  lineCommits: Record<number, string>,
  meta: PullRequest['meta'] = {},
): PullRequest {
  const added = Object.keys(lineCommits).map(Number);
  return {
    base: 'b',
    head: 'h',
    meta,
    commits,
    files: [
      {
        path: 'app.py',
        status: 'modified',
        language: 'python',
        hunks: [{ oldStart: 1, oldLines: 0, newStart: 1, newLines: added.length, added, removed: [] }],
      },
    ],
    skipped: [],
    lineCommits: { 'app.py': lineCommits },
  };
}

describe('trailers', () => {
  it('reads trailers from the last paragraph only', () => {
    const msg =
      'Add x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nis quoted here\n\nSigned-off-by: Ada <ada@example.org>';
    expect(parseTrailers(msg)).toEqual([{ key: 'signed-off-by', value: 'Ada <ada@example.org>' }]);
  });
  it('does not take a one-line subject for a trailer', () => {
    expect(parseTrailers('Fix: the thing')).toEqual([]);
  });
  it('matches noreply addresses by numeric id, not by domain', () => {
    expect(noreplyId('198982749+Copilot@users.noreply.github.com')).toBe(198982749);
    expect(noreplyId('12345+someone@users.noreply.github.com')).toBe(12345);
    expect(noreplyId('someone@users.noreply.github.com')).toBeUndefined();
  });
});

describe('attribute (first slice)', () => {
  const claude = commit(
    'c1',
    'Add search endpoint\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>',
  );
  const copilot = commit('c2', 'Implement parser', {
    name: 'copilot-swe-agent[bot]',
    email: '198982749+Copilot@users.noreply.github.com',
  });
  const cursor = commit('c3', 'Refactor handlers\n\nCo-authored-by: Cursor <cursoragent@cursor.com>');
  const plain = commit('c4', 'Tidy README');

  it('recognises Claude Code, the Copilot coding agent and Cursor, with evidence', () => {
    const a = attributeCommits(pr([claude, copilot, cursor, plain], {}), table);
    expect(a.c1).toMatchObject({ ai: true, tool: 'Claude Code' });
    expect(a.c1!.confidence).toBeGreaterThan(0.95);
    expect(a.c1!.evidence.join('\n')).toContain(
      'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>',
    );
    expect(a.c2).toMatchObject({ ai: true, tool: 'GitHub Copilot coding agent' });
    expect(a.c3).toMatchObject({ ai: true, tool: 'Cursor' });
    expect(a.c4).toEqual({ ai: false, confidence: 0, evidence: [] });
  });

  it('ignores look-alikes: a human named Claude, prose about cursors, a forged mid-message trailer', () => {
    const claudeHuman = commit('h1', 'Fix bug', { name: 'Claude Monet', email: 'claude@example.org' });
    const prose = commit(
      'h2',
      'Move the cursor to the end\n\nThe cursor was wrong; Made with Cursor in mind.',
    );
    const forged = commit(
      'h3',
      'Subject\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n\nReal paragraph of text.',
    );
    const a = attributeCommits(pr([claudeHuman, prose, forged], {}), table);
    for (const sha of ['h1', 'h2', 'h3']) expect(a[sha]!.ai).toBe(false);
  });

  it('classes Dependabot as automation, never AI', () => {
    const bot = commit('d1', 'Bump lodash', {
      name: 'dependabot[bot]',
      email: '49699333+dependabot[bot]@users.noreply.github.com',
    });
    const a = attributeCommits(pr([bot], {}), table);
    expect(a.d1).toMatchObject({ ai: false, tool: 'dependabot' });
  });

  it('carries PR-level signals, weakened, to commits with no evidence of their own', () => {
    const a = attributeCommits(
      pr([plain, claude], {}, { author: { login: 'Copilot', id: 198982749, type: 'Bot' } }),
      table,
    );
    expect(a.c4).toMatchObject({ ai: true, tool: 'GitHub Copilot coding agent' });
    expect(a.c4!.confidence).toBeLessThan(0.9);
    expect(a.c1!.tool).toBe('Claude Code');
  });

  it('maps each added line to its commit and gives hunks their AI share', () => {
    const p = attribute(pr([claude, plain], { 1: 'c1', 2: 'c1', 3: 'c4', 4: 'c1' }), table);
    expect(p.lines['app.py']![1]!.tool).toBe('Claude Code');
    expect(p.lines['app.py']![3]!.ai).toBe(false);
    expect(p.addedLines).toBe(4);
    expect(p.aiShare).toBe(0.75);
    expect(p.tools).toEqual({ 'Claude Code': 3 });
    expect(p.hunks[0]).toMatchObject({ file: 'app.py', aiShare: 0.75, ai: true, tool: 'Claude Code' });
  });
});
