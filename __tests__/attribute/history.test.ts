/**
 * Attribution on real histories: squashes, rebases and moves, human edits inside AI hunks, git
 * notes, and broken input (non-UTF-8 names, malformed messages and notes, commits blame names that
 * the commit list lacks, shallow clones). Always a result and a clear message, never a crash.
 */
import signatureData from '../../src/data/ai-signatures.json' with { type: 'json' };
import { createLocalGit } from '../../src/adapters/git.js';
import type { GitAdapter } from '../../src/core/adapters.js';
import type { Diagnostic } from '../../src/core/types.js';
import { languageForPath } from '../../src/parsing/languages.js';
import { attribute } from '../../src/stages/attribute/index.js';
import type { SignatureTable } from '../../src/stages/attribute/signatures.js';
import { collect } from '../../src/stages/collect/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { collectCorpus, quietLog } from './corpus.js';

const table = signatureData as SignatureTable;
const CLAUDE = 'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>';
const CURSOR = 'Co-authored-by: Cursor <cursoragent@cursor.com>';
const lines = (n: number, tag: string): string =>
  Array.from({ length: n }, (_, i) => `${tag}_${i} = compute_${tag}(${i}) + ${i}\n`).join('');

let repo: GitRepo;
beforeEach(async () => {
  repo = await GitRepo.create();
  await repo.write('app.py', 'import os\n');
  await repo.commit('base');
  repo.checkoutNew('feature');
});
afterEach(() => repo.cleanup());

async function run(git: GitAdapter = createLocalGit(repo.dir), meta = {}) {
  const diagnostics: Diagnostic[] = [];
  const pr = await collect({ base: 'main', head: 'feature', meta, languageForPath }, git, quietLog);
  return { pr, result: attribute(pr, table, (d) => diagnostics.push(d)), diagnostics };
}

describe('per line and per hunk', () => {
  it('gives a hunk with a human edit inside AI lines a partial share, with tools and evidence', async () => {
    await repo.write('app.py', `import os\n${lines(10, 'ai')}`);
    await repo.commit('Add helpers', { trailers: [CLAUDE] });
    const text = (await repo.read('app.py')).replace('ai_4 = compute_ai(4) + 4', 'ai_4 = 4  # by hand');
    await repo.write('app.py', text);
    await repo.commit('Simplify one helper');

    const { result } = await run();
    expect(result.hunks).toHaveLength(1);
    expect(result.hunks[0]).toMatchObject({
      file: 'app.py',
      newStart: 2,
      newLines: 10,
      aiShare: 0.9,
      ai: true,
      tool: 'Claude Code',
      evidence: [`trailer ${CLAUDE}`],
    });
    expect(result.lines['app.py']![6]).toEqual({ ai: false, confidence: 0, evidence: [] });
    expect(result.lines['app.py']![5]!.tool).toBe('Claude Code');
    expect(result.summary).toBe(
      `90% of 10 added lines attributed to Claude Code (trailer ${CLAUDE} in 1 of 2 commits)`,
    );
  });

  it('follows the commit, not the line number, through a rebase and a move to another file', async () => {
    const body = `import os\n\n\ndef main():\n    return os.getcwd()\n`;
    repo.checkout('main');
    await repo.write('app.py', body);
    await repo.commit('Main function');
    repo.git('branch', '-f', 'feature', 'main');
    repo.checkout('feature');
    await repo.write('app.py', `${body}\n\n${lines(6, 'ai')}`);
    await repo.commit('Add helpers', { trailers: [CURSOR] });
    // main moves on: lines above the AI block, so every AI line changes its number.
    repo.checkout('main');
    await repo.write('app.py', `"""Docs."""\n\nimport sys\n${body}`);
    await repo.commit('Docstring');
    repo.checkout('feature');
    repo.git('rebase', '--quiet', 'main');
    const rebased = (await repo.read('app.py')).split('\n');
    expect(rebased.indexOf('ai_0 = compute_ai(0) + 0')).toBe(10);

    const before = await run();
    // Two blank lines and the six AI lines, all at new numbers, all still the AI commit's.
    const app = before.result.lines['app.py']!;
    expect(Object.keys(app).map(Number)).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(Object.values(app).every((a) => a.tool === 'Cursor')).toBe(true);

    // A person then moves the AI block to a new file.
    await repo.write('app.py', `"""Docs."""\n\nimport sys\n${body}`);
    await repo.write('helpers.py', lines(6, 'ai'));
    await repo.commit('Move helpers to their own module');

    const { pr, result } = await run();
    expect(pr.files.map((f) => f.path)).toEqual(['helpers.py']);
    expect(Object.values(result.lines['helpers.py']!).map((a) => a.tool)).toEqual(Array(6).fill('Cursor'));
    expect(result.aiShare).toBe(1);
  });

  it('attributes a squash of mixed commits to every tool it pools, strongest first', async () => {
    await repo.write('app.py', `import os\n${lines(4, 'mixed')}`);
    await repo.commit('Squashed feature (#12)\n\n* Add helpers\n\n* Polish', {
      trailers: [CURSOR, CLAUDE, 'Co-authored-by: Ada Lovelace <ada@example.org>'],
    });
    const { pr, result } = await run();
    const a = result.commits[pr.commits[0]!.sha]!;
    // Which tool wrote which line of a squash cannot be known: all lines are AI, all tools are named.
    expect(a).toMatchObject({ ai: true, tool: 'Claude Code', tools: ['Claude Code', 'Cursor'] });
    expect(result.hunks[0]!.aiShare).toBe(1);
    expect(result.tools).toEqual({ 'Claude Code': 4 });
  });
});

describe('git notes under refs/notes/ai', () => {
  it('override blame for the lines they cover, in both formats', async () => {
    await repo.write('app.py', `import os\n${lines(6, 'x')}`);
    const plain = await repo.commit('Add helpers');
    // Lines as this commit has them: 2-4 by a tool, 5 by a person; 6-7 not covered.
    repo.git(
      'notes',
      '--ref=ai',
      'add',
      '-m',
      JSON.stringify({
        tool: 'Windsurf',
        model: 'swe-1',
        files: { 'app.py': [[2, 4]] },
        human: { 'app.py': [[5, 5]] },
      }),
      plain,
    );
    await repo.write('lib.py', lines(4, 'y'));
    const marked = await repo.commit('Add lib', { trailers: [CLAUDE] });
    const gitAi = [
      'lib.py',
      '  s_abc123::t_def456 1-2',
      '  h_0001 3',
      '---',
      JSON.stringify({
        schema_version: 'authorship/3.0.0',
        sessions: { s_abc123: { agent_id: { tool: 'claude', model: 'claude-opus-4-7' } } },
      }),
    ].join('\n');
    repo.git('notes', '--ref=ai', 'add', '-m', gitAi, marked);

    const { pr, result, diagnostics } = await run();
    expect(diagnostics).toEqual([]);
    expect(Object.keys(pr.aiNotes ?? {}).sort()).toEqual([plain, marked].sort());
    const app = result.lines['app.py']!;
    expect([2, 3, 4, 5, 6, 7].map((l) => app[l]!.ai)).toEqual([true, true, true, false, false, false]);
    expect(app[2]).toMatchObject({ tool: 'Windsurf', confidence: 0.97 });
    expect(app[2]!.evidence[0]).toMatch(
      /^git note refs\/notes\/ai on [0-9a-f]{12}: app\.py:2-4 written by Windsurf \(swe-1\)$/,
    );
    expect(app[5]!.evidence[0]).toContain('written by a person');
    const lib = result.lines['lib.py']!;
    expect(lib[1]).toMatchObject({ ai: true, tool: 'Claude Code', confidence: 0.97 });
    // The note says a person wrote line 3: the commit's trailer does not speak for it.
    expect(lib[3]!.ai).toBe(false);
    // Line 4 is not in the note: the commit's own markers apply.
    expect(lib[4]).toMatchObject({ ai: true, tool: 'Claude Code', confidence: 0.93 });
  });

  it('speak of the file as the noted commit has it, across a later rename', async () => {
    await repo.write('old.py', lines(3, 'x'));
    const sha = await repo.commit('Add old');
    repo.git('notes', '--ref=ai', 'add', '-m', '{"tool": "Cursor", "files": {"old.py": [[2, 3]]}}', sha);
    repo.move('old.py', 'pkg/new.py');
    await repo.commit('Move');
    const { result } = await run();
    const moved = result.lines['pkg/new.py']!;
    expect([1, 2, 3].map((l) => moved[l]!.tool ?? null)).toEqual([null, 'Cursor', 'Cursor']);
  });

  it('missing notes give nothing and no message; a malformed note is named and ignored', async () => {
    await repo.write('app.py', `import os\n${lines(2, 'x')}`);
    const sha = await repo.commit('Add helpers', { trailers: [CURSOR] });
    const before = await run();
    expect(before.pr.aiNotes).toBeUndefined();
    expect(before.diagnostics).toEqual([]);

    repo.git('notes', '--ref=ai', 'add', '-m', '{"tool": "x", "files": {"app.py": [[0, -1]]}}', sha);
    const { result, diagnostics } = await run();
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        source: 'attribute',
        message: expect.stringMatching(
          /^the git note refs\/notes\/ai on [0-9a-f]{12} is not in a format aigis reads \(.*bad line range 0--1\); it is ignored$/,
        ),
      },
    ]);
    expect(result.lines['app.py']![2]!.tool).toBe('Cursor');
  });
});

describe('broken input gives a result and a clear message', () => {
  it('reads non-UTF-8 author names and malformed messages without crashing', async () => {
    await repo.write('app.py', `import os\n${lines(2, 'a')}`);
    repo.git('add', '-A');
    const tree = repo.git('write-tree').trim();
    // Latin-1 "René (aider)": not UTF-8, but the marker suffix is still there.
    const aider = repo.commitRaw({
      tree,
      author: Buffer.from([0x52, 0x65, 0x6e, 0xe9, ...Buffer.from(' (aider)')]),
      message: 'x',
    });
    await repo.write('b.py', lines(2, 'b'));
    repo.git('add', '-A');
    const tree2 = repo.git('write-tree').trim();
    repo.commitRaw({
      tree: tree2,
      author: 'Raw',
      message: Buffer.concat([
        Buffer.from([0xff, 0xfe, 0x0a, 0x0a]),
        Buffer.from('\t:\n\nCo-Authored-By: \xff\xfe <noreply@anthropic.com>\n', 'latin1'),
      ]),
    });
    await repo.write('c.py', lines(2, 'c'));
    repo.git('add', '-A');
    repo.commitRaw({ tree: repo.git('write-tree').trim(), author: 'Raw', message: '' });

    const { pr, result } = await run();
    expect(pr.commits).toHaveLength(3);
    expect(result.commits[aider]).toMatchObject({ ai: true, tool: 'Aider' });
    expect(result.commits[aider]!.evidence[0]).toBe('author Ren\uFFFD (aider) <raw@example.org>');
    expect(result.lines['b.py']![1]).toMatchObject({ ai: true, tool: 'Claude Code' });
    expect(result.lines['c.py']![1]!.ai).toBe(false);
  });

  it('names commits that blame finds but the commit list lacks', async () => {
    await repo.write('app.py', `import os\n${lines(2, 'a')}`);
    const sha = await repo.commit('Add', { trailers: [CLAUDE] });
    const real = createLocalGit(repo.dir);
    const git: GitAdapter = { ...real, commits: async () => [] };
    const { result, diagnostics } = await run(git);
    expect(result.aiShare).toBe(0);
    expect(result.summary).toBe('no AI signal on the 2 added lines');
    expect(diagnostics).toEqual([
      {
        level: 'warning',
        source: 'attribute',
        file: 'app.py',
        message: `app.py: git blame names 1 commit(s) that are not among the PR's commits (${sha.slice(0, 12)}): the history may be shallow or rewritten; their lines carry no AI signal`,
      },
    ]);
  });

  it('says so once for the whole PR when many files are blamed to unknown commits', async () => {
    for (const name of ['a.py', 'b.py', 'c.py', 'd.py']) await repo.write(name, lines(2, 'x'));
    await repo.commit('Add', { trailers: [CLAUDE] });
    const real = createLocalGit(repo.dir);
    const { diagnostics } = await run({ ...real, commits: async () => [] });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toMatch(
      /^4 files \(a\.py, b\.py, c\.py, …\): git blame names 1 commit\(s\) that are not among the PR's commits/,
    );
    expect(diagnostics[0]!.file).toBeUndefined();
  });

  it('attributes what a shallow clone still has', async () => {
    await repo.write('app.py', `import os\n${lines(3, 'a')}`);
    await repo.commit('Add', { trailers: [CURSOR] });
    const shallow = await GitRepo.create();
    try {
      shallow.git(
        'fetch',
        '--quiet',
        '--depth=1',
        `file://${repo.dir}`,
        'main:refs/remotes/origin/main',
        'feature:refs/remotes/origin/feature',
      );
      const pr = await collect(
        { base: 'origin/main', head: 'origin/feature', languageForPath },
        createLocalGit(shallow.dir),
        quietLog,
      );
      const result = attribute(pr, table);
      expect(result.addedLines).toBeGreaterThan(0);
      expect(typeof result.summary).toBe('string');
    } finally {
      await shallow.cleanup();
    }
  });

  it('keeps PR-level signals from the GitHub event on plain commits', async () => {
    await repo.write('app.py', `import os\n${lines(2, 'a')}`);
    await repo.commit('Add');
    const pr = await collectCorpus(repo, { headRef: 'codex/add-helpers', labels: ['codex'] });
    const result = attribute(pr, table);
    expect(result.lines['app.py']![2]).toMatchObject({ ai: true, tool: 'OpenAI Codex' });
    expect(result.summary).toMatch(/^100% of 2 added lines attributed to OpenAI Codex \(PR /);
  });
});
