/**
 * The labelled set: commits carrying each tool's real, documented markers (research/ai-provenance.md)
 * and traps that must carry no AI signal. Shared by the tests and by `npm run bench`, which reports
 * precision and recall over it. Each commit is written to a real repository by `buildCorpusRepo`.
 */
import { languageForPath } from '../../src/parsing/languages.js';
import { collect } from '../../src/stages/collect/index.js';
import { createLocalGit } from '../../src/adapters/git.js';
import type { Logger } from '../../src/core/logger.js';
import type { PullRequest, PullRequestMeta } from '../../src/core/types.js';
import { GitRepo, type Identity } from '../helpers/git-repo.js';

export type Expectation = { ai: true; tool: string } | { ai: false; automation?: string };

export interface LabelledCommit {
  name: string;
  expect: Expectation;
  author?: Identity;
  committer?: Identity;
  message: string;
}

/** A PR whose only signals are PR-level: every commit in it is plain. */
export interface LabelledPr {
  name: string;
  expect: Expectation;
  meta: PullRequestMeta;
}

const human: Identity = { name: 'Ada Lovelace', email: 'ada@example.org' };
const bot = (login: string, id?: number): Identity => ({
  name: login,
  email: `${id !== undefined ? `${id}+` : ''}${login}@users.noreply.github.com`,
});
const ai = (tool: string): Expectation => ({ ai: true, tool });
const none: Expectation = { ai: false };

export const LABELLED_COMMITS: LabelledCommit[] = [
  // --- documented markers -------------------------------------------------------------------------
  {
    name: 'Claude Code: co-author trailer and Generated-with line',
    expect: ai('Claude Code'),
    message:
      'Add search endpoint\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>\n',
  },
  {
    name: 'Claude Code: co-author trailer only, address in capitals',
    expect: ai('Claude Code'),
    message: 'Refactor cache\n\nCo-Authored-By: Claude <NoReply@Anthropic.com>\n',
  },
  {
    name: 'Claude Code: session trailer',
    expect: ai('Claude Code'),
    message: 'Fix flaky test\n\nClaude-Session: https://claude.ai/code/session_01AbCdEf\n',
  },
  {
    name: 'Claude Code: Generated-with line, claude.com link',
    expect: ai('Claude Code'),
    message: 'Tidy imports\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n',
  },
  {
    name: 'Claude GitHub App: claude[bot] author',
    expect: ai('Claude'),
    author: bot('claude[bot]', 209825114),
    message: 'Address review comments',
  },
  {
    name: 'Copilot coding agent: bot author',
    expect: ai('GitHub Copilot coding agent'),
    author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com' },
    message: 'Initial plan',
  },
  {
    name: 'Copilot suggestions: co-author',
    expect: ai('GitHub Copilot'),
    message: 'Apply suggestion\n\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n',
  },
  {
    name: 'Copilot Autofix: co-author',
    expect: ai('GitHub Copilot Autofix'),
    message:
      'Potential fix for code scanning alert no. 3: SQL injection\n\nCo-authored-by: Copilot Autofix powered by AI <62310815+github-advanced-security[bot]@users.noreply.github.com>\n',
  },
  {
    name: 'Copilot in VS Code: co-author',
    expect: ai('GitHub Copilot (VS Code)'),
    message: 'Add retry\n\nCo-authored-by: Copilot <223556219+Copilot@users.noreply.github.com>\n',
  },
  {
    name: 'Copilot in VS Code (older builds): co-author',
    expect: ai('GitHub Copilot (VS Code)'),
    message: 'Add timeout\n\nCo-authored-by: Copilot <copilot@github.com>\n',
  },
  {
    name: 'Cursor: co-author',
    expect: ai('Cursor'),
    message: 'Refactor handlers\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n',
  },
  {
    name: 'Cursor: Cursor Agent author',
    expect: ai('Cursor'),
    author: { name: 'Cursor Agent', email: 'cursoragent@cursor.com' },
    message: 'Implement pagination',
  },
  {
    name: 'Cursor: Made-with trailer',
    expect: ai('Cursor'),
    message: 'Add CSV export\n\nMade-with: Cursor\n',
  },
  {
    name: 'Aider: (aider) suffix on author and committer',
    expect: ai('Aider'),
    author: { name: 'Ada Lovelace (aider)', email: 'ada@example.org' },
    message: 'feat: add rate limiter',
  },
  {
    name: 'Aider: subject prefix',
    expect: ai('Aider'),
    message: 'aider: Add input validation',
  },
  {
    name: 'Aider: co-author',
    expect: ai('Aider'),
    message: 'Handle empty input\n\nCo-authored-by: aider (anthropic/claude-sonnet-4) <noreply@aider.chat>\n',
  },
  {
    name: 'Devin: bot author',
    expect: ai('Devin'),
    author: { name: 'Devin AI', email: '158243242+devin-ai-integration[bot]@users.noreply.github.com' },
    message: 'Add health check endpoint',
  },
  {
    name: 'OpenAI Codex CLI: co-author',
    expect: ai('OpenAI Codex CLI'),
    message: 'Port script to Python 3\n\nCo-authored-by: Codex <noreply@openai.com>\n',
  },
  {
    name: 'Google Jules: bot author',
    expect: ai('Google Jules'),
    author: bot('google-labs-jules[bot]', 161369871),
    message: 'Upgrade dependencies and fix tests',
  },
  {
    name: 'OpenHands: co-author',
    expect: ai('OpenHands'),
    message: 'Fix issue #12\n\nCo-authored-by: openhands <openhands@all-hands.dev>\n',
  },
  {
    name: 'Amp: thread trailer and co-author',
    expect: ai('Amp'),
    message:
      'Speed up parser\n\nAmp-Thread: https://ampcode.com/threads/T-5f1c2a\nCo-authored-by: Amp <amp@ampcode.com>\n',
  },
  {
    name: 'Replit Agent: trailers',
    expect: ai('Replit Agent'),
    message:
      'Add login page\n\nReplit-Commit-Author: Agent\nReplit-Commit-Session-Id: 1c2d3e4f-aaaa-bbbb-cccc-1234567890ab\nReplit-Commit-Checkpoint-Type: full_checkpoint\n',
  },
  {
    name: 'Replit Assistant: trailer',
    expect: ai('Replit Agent'),
    message: 'Tweak colours\n\nReplit-Commit-Author: Assistant\n',
  },
  {
    name: 'Lovable: gpt-engineer-app[bot] author',
    expect: ai('Lovable'),
    author: bot('gpt-engineer-app[bot]', 159125892),
    message: 'Use tailwind for layout',
  },
  {
    name: 'v0: v0[bot] author',
    expect: ai('v0'),
    author: bot('v0[bot]'),
    message: 'Add pricing component',
  },
  {
    name: 'Sweep: sweep-ai[bot] author',
    expect: ai('Sweep'),
    author: bot('sweep-ai[bot]', 128439645),
    message: 'Sweep: add docstrings',
  },
  {
    name: 'Cline: cline[bot] author',
    expect: ai('Cline'),
    author: bot('cline[bot]', 205137888),
    message: 'Fix lint errors',
  },
  {
    name: 'Continue: continue[bot] author',
    expect: ai('Continue'),
    author: bot('continue[bot]', 230936708),
    message: 'Update docs',
  },
  {
    name: 'Sourcegraph Cody: bot author',
    expect: ai('Sourcegraph Cody'),
    author: bot('sourcegraph-cody[bot]', 201248094),
    message: 'Add unit tests',
  },
  {
    name: 'generic Assisted-by: AGENT:MODEL',
    expect: ai('gemini-cli'),
    message:
      'net: fix refcount leak\n\nAssisted-by: gemini-cli:gemini-2.5-pro\nSigned-off-by: Ada Lovelace <ada@example.org>\n',
  },
  // --- traps: no AI signal ------------------------------------------------------------------------
  {
    name: 'trap: a human named Claude',
    expect: none,
    author: { name: 'Claude Monet', email: 'claude@example.org' },
    message: 'Fix bug in painter',
  },
  {
    name: 'trap: a human named Devin, with "AI" in the name',
    expect: none,
    author: { name: 'Devin AI', email: 'devin@example.com' },
    message: 'Bump version',
  },
  {
    name: 'trap: a human named Jules',
    expect: none,
    author: { name: 'Jules Verne', email: 'jules@example.org' },
    message: 'Write chapter 20000',
  },
  {
    name: 'trap: a human co-author named Claude',
    expect: none,
    message: 'Pair on the parser\n\nCo-authored-by: Claude Shannon <claude@bell-labs.example>\n',
  },
  {
    name: 'trap: cursor, codex and continue in prose',
    expect: none,
    message:
      'Move the cursor to the end of the line\n\nThe codex of rules says continue; this was made with Cursor in mind\nand Generated with care. See codex/README.\n',
  },
  {
    name: 'trap: forged trailer in the middle of the message',
    expect: none,
    message:
      'Subject\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n\nA real paragraph of text after the fake trailer.\n',
  },
  {
    name: 'trap: trailer-looking line in a paragraph that is not a trailer block',
    expect: none,
    message: 'Subject\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\nthanks to everyone who reviewed\n',
  },
  {
    name: 'trap: a one-line message that looks like a trailer',
    expect: none,
    message: 'Co-authored-by: Codex <noreply@openai.com>',
  },
  {
    name: 'trap: "aider:" not at the start of the subject',
    expect: none,
    message: 'Fix aider: typo in docs',
  },
  {
    name: 'trap: a human noreply address with the name Copilot',
    expect: none,
    author: { name: 'Copilot', email: '12345678+copilot-fan@users.noreply.github.com' },
    message: 'Fix typo',
  },
  {
    name: 'trap: cursor[bot] only reviews',
    expect: none,
    message: 'Apply review\n\nCo-authored-by: cursor[bot] <206951365+cursor[bot]@users.noreply.github.com>\n',
  },
  {
    name: 'trap: Assisted-by a person',
    expect: none,
    message: 'Fix race\n\nAssisted-by: John Doe <john@example.org>\n',
  },
  {
    name: 'trap: anthropic.com address that is not noreply',
    expect: none,
    message: 'Docs\n\nCo-authored-by: Someone <someone@anthropic.com>\n',
  },
  {
    name: 'trap: Dependabot',
    expect: { ai: false, automation: 'dependabot' },
    author: bot('dependabot[bot]', 49699333),
    message:
      'Bump lodash from 4.17.20 to 4.17.21\n\nBumps [lodash](https://github.com/lodash/lodash) from 4.17.20 to 4.17.21.\n\nSigned-off-by: dependabot[bot] <support@github.com>\n',
  },
  {
    name: 'trap: Renovate',
    expect: { ai: false, automation: 'renovate' },
    author: bot('renovate[bot]', 29139614),
    message: 'chore(deps): update dependency jest to v29',
  },
  {
    name: 'trap: github-actions',
    expect: { ai: false, automation: 'github-actions' },
    author: bot('github-actions[bot]', 41898282),
    message: 'Update generated files',
  },
  {
    name: 'trap: vercel[bot]',
    expect: { ai: false, automation: 'vercel' },
    author: bot('vercel[bot]', 35613825),
    message: 'Update deployment config',
  },
  {
    name: 'trap: Replit deployment commit',
    expect: { ai: false, automation: 'Replit deployment' },
    message:
      'Published your App\n\nReplit-Commit-Author: Deployment\nReplit-Commit-Session-Id: 1c2d3e4f-aaaa-bbbb-cccc-1234567890ab\n',
  },
  { name: 'trap: a plain human commit', expect: none, author: human, message: 'Tidy README' },
];

/** PR-level signals: each PR holds one plain human commit, and the signal must reach it, weakened. */
export const LABELLED_PRS: LabelledPr[] = [
  {
    name: 'Copilot coding agent opened the PR',
    expect: ai('GitHub Copilot coding agent'),
    meta: { author: { login: 'Copilot', id: 198982749, type: 'Bot' }, headRef: 'copilot/fix-12' },
  },
  {
    name: 'Codex cloud: task link in the PR body',
    expect: ai('OpenAI Codex'),
    meta: {
      author: { login: 'ada', id: 1, type: 'User' },
      body: 'Summary\n\nhttps://chatgpt.com/codex/tasks/task_e_68a1b2c3d4e5f6',
    },
  },
  {
    name: 'Codex cloud: label and branch',
    expect: ai('OpenAI Codex'),
    meta: { author: { login: 'ada', id: 1, type: 'User' }, labels: ['codex'], headRef: 'codex/add-tests' },
  },
  {
    name: 'Cursor: PR footer',
    expect: ai('Cursor'),
    meta: {
      body: 'Adds caching.\n\n---\nMade with [Cursor](https://cursor.com/agents/bc-1234abcd)',
    },
  },
  {
    name: 'Devin: run link',
    expect: ai('Devin'),
    meta: { body: 'Link to Devin run: https://app.devin.ai/sessions/abc123\nRequested by: Ada' },
  },
  {
    name: 'Amazon Q: bot opened the PR',
    expect: ai('Amazon Q Developer'),
    meta: { author: { login: 'amazon-q-developer[bot]', id: 208079219, type: 'Bot' } },
  },
  {
    name: 'Amazon Q: label',
    expect: ai('Amazon Q Developer'),
    meta: { labels: ['Amazon Q development agent'] },
  },
  {
    name: 'OpenHands: branch',
    expect: ai('OpenHands'),
    meta: { headRef: 'openhands-fix-issue-42' },
  },
  {
    name: 'Claude GitHub App: branch',
    expect: ai('Claude'),
    meta: { headRef: 'claude/issue-7-20250612-1130' },
  },
  {
    name: 'Jules opened the PR',
    expect: ai('Google Jules'),
    meta: { author: { login: 'google-labs-jules[bot]', id: 161369871, type: 'Bot' } },
  },
  {
    name: 'trap: "codex" and "cursor" in the PR body and branch names',
    expect: none,
    meta: {
      body: 'Keep the cursor where it was; the codex of style rules applies. Made with care.',
      headRef: 'fix/codex-parser',
      labels: ['cursor-position'],
    },
  },
  {
    name: 'trap: the Copilot login without the agent id',
    expect: none,
    meta: { author: { login: 'Copilot', id: 175728472, type: 'Bot' } },
  },
  {
    name: 'trap: a Dependabot PR',
    expect: { ai: false, automation: 'dependabot' },
    meta: { author: { login: 'dependabot[bot]', id: 49699333, type: 'Bot' }, headRef: 'dependabot/npm/x' },
  },
];

export const quietLog: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
  group: (_name, fn) => fn(),
  progress: () => {},
};

/** One file per commit, so each commit's lines are its own; returns the repo and the file of each commit. */
export async function buildCorpusRepo(
  commits: readonly LabelledCommit[],
): Promise<{ repo: GitRepo; files: string[] }> {
  const repo = await GitRepo.create();
  await repo.write('README.md', '# corpus\n');
  await repo.commit('base');
  repo.checkoutNew('feature');
  const files: string[] = [];
  for (const [i, c] of commits.entries()) {
    const file = `src/m${String(i).padStart(3, '0')}.py`;
    await repo.write(file, `def f${i}(x):\n    y = x + ${i}\n    return y\n`);
    await repo.commit(c.message, { author: c.author ?? human, committer: c.committer ?? c.author ?? human });
    files.push(file);
  }
  return { repo, files };
}

export async function collectCorpus(repo: GitRepo, meta?: PullRequestMeta): Promise<PullRequest> {
  return collect(
    { base: 'main', head: 'feature', meta, languageForPath },
    createLocalGit(repo.dir),
    quietLog,
  );
}

/** Whether an attribution meets its label (tool names compared exactly). */
export function meets(
  expect: Expectation,
  got: { ai: boolean; tool?: string; automation?: boolean },
): boolean {
  if (expect.ai) return got.ai && got.tool === expect.tool;
  if (got.ai) return false;
  return expect.automation === undefined || (got.automation === true && got.tool === expect.automation);
}
