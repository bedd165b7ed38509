/** The collect stage and the git adapter on history: merge base, commits, blame, errors, shallow clones. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalGit } from '../../src/adapters/git.js';
import { collect } from '../../src/stages/collect/index.js';
import { GitRepo, type Identity } from '../helpers/git-repo.js';
import { languageForPath, recordingLogger } from './support.js';

const CLAUDE_TRAILER = 'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>';
const bob: Identity = { name: 'Bob Builder', email: 'bob@example.org' };

describe('collect: history', () => {
  let repo: GitRepo;
  beforeEach(async () => {
    repo = await GitRepo.create();
  });
  afterEach(async () => {
    await repo.cleanup();
  });

  it('diffs from the merge base (base...head): later commits on the base branch are not in the PR', async () => {
    await repo.write('app.py', 'a = 1\n');
    await repo.write('other.py', 'o = 1\n');
    const fork = await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app.py', 'a = 2\n');
    const c1 = await repo.commit('feature work');
    repo.checkout('main');
    await repo.write('other.py', 'o = 2\n');
    await repo.write('app.py', 'a = 1\nb = 1\n');
    await repo.commit('main moves on');

    const pr = await collect(
      { base: 'main', head: 'feature', languageForPath, meta: { number: 7 } },
      createLocalGit(repo.dir),
      recordingLogger(),
    );
    expect(pr.base).toBe(fork);
    expect(pr.head).toBe(c1);
    expect(pr.meta).toEqual({ number: 7 });
    expect(pr.files.map((f) => f.path)).toEqual(['app.py']);
    expect(pr.files[0]?.baseText).toBe('a = 1\n');
    expect(pr.commits.map((c) => c.sha)).toEqual([c1]);
  });

  it('lists the commits oldest first with full messages, trailers, parents and identities', async () => {
    await repo.write('a.py', '1\n');
    const base = await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('a.py', '2\n');
    const c1 = await repo.commit('First change\n\nWhy it was made,\nover two lines.', { author: bob });
    await repo.write('a.py', '3\n');
    const c2 = await repo.commit('Second change', {
      author: { name: 'Ada Lovelace', email: 'ada@example.org' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
      trailers: [CLAUDE_TRAILER, 'Signed-off-by: Ada Lovelace <ada@example.org>'],
    });
    await repo.write('a.py', '4\n');
    const c3 = await repo.commit('# not a comment\n\n\tindented\r\nodd bytes: \u0001\u001e\u007f end');

    const pr = await collect(
      { base, head: 'feature', languageForPath },
      createLocalGit(repo.dir),
      recordingLogger(),
    );
    expect(pr.commits).toEqual([
      {
        sha: c1,
        parents: [base],
        author: bob,
        committer: bob,
        message: 'First change\n\nWhy it was made,\nover two lines.',
      },
      {
        sha: c2,
        parents: [c1],
        author: { name: 'Ada Lovelace', email: 'ada@example.org' },
        committer: { name: 'GitHub', email: 'noreply@github.com' },
        message: `Second change\n\n${CLAUDE_TRAILER}\nSigned-off-by: Ada Lovelace <ada@example.org>`,
      },
      expect.objectContaining({
        sha: c3,
        message: '# not a comment\n\n\tindented\r\nodd bytes: \u0001\u001e\u007f end',
      }),
    ]);
  });

  it('does not crash on a non-UTF-8 author name or message', async () => {
    await repo.write('a.py', '1\n');
    const base = await repo.commit('base');
    await repo.write('a.py', '2\n');
    repo.git('add', '-A');
    const treeCommit = await repo.commit('tree holder');
    const raw = repo.commitRaw({
      tree: treeCommit,
      parent: base,
      author: Buffer.from([0x4a, 0xf6, 0x72, 0x67]), // "Jörg" in Latin-1
      message: Buffer.from([0x66, 0x69, 0x78, 0x20, 0xe9, 0x0a]),
    });
    const commits = await createLocalGit(repo.dir).commits(base, raw);
    expect(commits).toHaveLength(1);
    expect(commits[0]?.sha).toBe(raw);
    expect(commits[0]?.author).toEqual({ name: 'J\uFFFDrg', email: 'raw@example.org' });
    expect(commits[0]?.message).toBe('fix \uFFFD');
  });

  it('maps each added line to the commit that wrote it, re-edited lines to the later commit', async () => {
    await repo.write('app.py', 'old 1\nold 2\n');
    const base = await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app.py', 'old 1\nnew a\nnew b\nnew c\nold 2\n');
    const c1 = await repo.commit('AI adds three lines', { trailers: [CLAUDE_TRAILER] });
    await repo.write('app.py', 'old 1\nnew a\nnew B by bob\nnew c\nold 2\nbob 2\n');
    const c2 = await repo.commit('human edit', { author: bob });
    // whitespace-only change: blame -w keeps the line with the commit that wrote it
    await repo.write('app.py', 'old 1\n  new a\nnew B by bob\nnew c\nold 2\nbob 2\n');
    await repo.commit('reindent', { author: bob });

    const pr = await collect(
      { base: 'main', head: 'feature', languageForPath },
      createLocalGit(repo.dir),
      recordingLogger(),
    );
    expect(pr.base).toBe(base);
    expect(pr.files[0]?.hunks.flatMap((h) => h.added)).toEqual([2, 3, 4, 6]);
    expect(pr.lineCommits).toEqual({ 'app.py': { 2: c1, 3: c2, 4: c1, 6: c2 } });
    // lines older than the base ("old 1", "old 2") are boundary lines: absent, not attributed to base
    expect(await createLocalGit(repo.dir).blame(base, 'feature', 'app.py')).toEqual({
      2: c1,
      3: c2,
      4: c1,
      6: c2,
    });
  });

  it('follows lines moved from another file with blame -M -C', async () => {
    const body =
      Array.from(
        { length: 8 },
        (_, k) => `value_${k} = compute(${k}, "some longer text to be recognisable")`,
      ).join('\n') + '\n';
    await repo.write('keep.py', 'x = 1\n');
    const base = await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('helpers.py', body);
    const c1 = await repo.commit('add helpers');
    await repo.remove('helpers.py');
    await repo.write('moved.py', body);
    await repo.commit('move helpers', { author: bob });

    const git = createLocalGit(repo.dir);
    const blame = await git.blame(base, 'feature', 'moved.py');
    expect(Object.values(blame)).toEqual(Array(8).fill(c1));
  });

  it('fails with an actionable error for a missing revision or a non-repository', async () => {
    await repo.write('a.py', '1\n');
    await repo.commit('base');
    const git = createLocalGit(repo.dir);
    await expect(
      collect({ base: 'nope', head: 'HEAD', languageForPath }, git, recordingLogger()),
    ).rejects.toThrow(
      `revision 'nope' not found in ${repo.dir}: fetch it (git fetch origin nope) or pass --base/--head`,
    );
    await expect(git.resolve('--output=/tmp/x')).rejects.toThrow(
      'invalid revision "--output=/tmp/x": pass a branch, tag or commit sha',
    );
    const gone = await GitRepo.create();
    await gone.cleanup();
    await expect(createLocalGit(gone.dir).resolve('HEAD')).rejects.toThrow(
      `not a git repository: ${gone.dir}`,
    );
    const plain = await mkdtemp(join(tmpdir(), 'aigis-plain-'));
    try {
      await expect(createLocalGit(plain).resolve('HEAD')).rejects.toThrow(
        `not a git repository: ${plain} (run inside a clone, or pass --repo <dir>)`,
      );
    } finally {
      await rm(plain, { recursive: true, force: true });
    }
  });

  it('runs from a subfolder of the repository with paths relative to the top level', async () => {
    await repo.write('pkg/a.py', '1\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('pkg/a.py', '2\n');
    const c1 = await repo.commit('change');
    const pr = await collect(
      { base: 'main', head: 'feature', languageForPath },
      createLocalGit(`${repo.dir}/pkg`),
      recordingLogger(),
    );
    expect(pr.files.map((f) => f.path)).toEqual(['pkg/a.py']);
    expect(pr.lineCommits).toEqual({ 'pkg/a.py': { 1: c1 } });
  });

  it('finds the default branch: origin/HEAD first, then main or master', async () => {
    await repo.write('a.py', '1\n');
    await repo.commit('base');
    expect(await createLocalGit(repo.dir).defaultBranch()).toBe('main');

    const clone = await GitRepo.create();
    try {
      clone.git('fetch', '--quiet', repo.dir, 'main:refs/remotes/origin/trunk');
      clone.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk');
      expect(await createLocalGit(clone.dir).defaultBranch()).toBe('origin/trunk');
    } finally {
      await clone.cleanup();
    }

    const empty = await GitRepo.create({ branch: 'develop' });
    try {
      expect(await createLocalGit(empty.dir).defaultBranch()).toBeUndefined();
    } finally {
      await empty.cleanup();
    }
  });

  it('explains a shallow clone that lacks the merge base, and still collects', async () => {
    await repo.write('a.py', '1\n');
    await repo.commit('base');
    await repo.write('a.py', '1\n2\n');
    await repo.commit('main 2');
    repo.checkoutNew('feature');
    await repo.write('a.py', '1\n2\n3\n');
    await repo.commit('feature 1');
    repo.checkout('main');
    await repo.write('b.py', 'b\n');
    await repo.commit('main 3');

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
      const git = createLocalGit(shallow.dir);
      expect(await git.isShallow()).toBe(true);
      await expect(git.mergeBase('origin/main', 'origin/feature')).rejects.toThrow(
        /shallow clone: history before .* is missing; use fetch-depth: 0/,
      );

      const log = recordingLogger();
      const pr = await collect({ base: 'origin/main', head: 'origin/feature', languageForPath }, git, log);
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toMatch(
        /^no merge base of [0-9a-f]{40} and [0-9a-f]{40} in this clone; shallow clone/,
      );
      expect(log.warnings[0]).toContain('Comparing with origin/main');
      expect(pr.base).toBe(shallow.sha('origin/main'));
      expect(pr.files.map((f) => f.path).sort()).toEqual(['a.py', 'b.py']);
    } finally {
      await shallow.cleanup();
    }
  });

  it('reads entries and blobs through the adapter as bytes', async () => {
    await repo.write('bin.dat', new Uint8Array([0, 1, 2, 255]));
    await repo.commit('base');
    const git = createLocalGit(repo.dir);
    const [entry] = await git.diffEntries('4b825dc642cb6eb9a060e54bf8d69288fbee4904', 'HEAD');
    expect(entry).toMatchObject({
      status: 'A',
      path: 'bin.dat',
      oldMode: '000000',
      newMode: '100644',
      binary: true,
    });
    expect(await git.blobSize(entry!.newBlob)).toBe(4);
    expect(Array.from(await git.readBlob(entry!.newBlob))).toEqual([0, 1, 2, 255]);
    await expect(git.readBlob('not-a-sha')).rejects.toThrow('invalid git object id "not-a-sha"');
  });
});
