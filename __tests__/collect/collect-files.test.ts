/** The collect stage on real repositories: which files, which hunks, which texts, which skips. */
import { createLocalGit } from '../../src/adapters/git.js';
import type { GitAdapter } from '../../src/core/adapters.js';
import type { ChangedFile, PullRequest, SkipReason } from '../../src/core/types.js';
import { collect, type CollectInput } from '../../src/stages/collect/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { languageForPath, recordingLogger, spyReads } from './support.js';

const lines = (n: number, prefix = 'line'): string =>
  Array.from({ length: n }, (_, k) => `${prefix} ${k + 1}`).join('\n') + '\n';

async function collectPr(
  repo: GitRepo,
  base: string,
  head: string,
  extra: Partial<CollectInput> = {},
  git: GitAdapter = createLocalGit(repo.dir),
): Promise<PullRequest> {
  return collect({ base, head, languageForPath, ...extra }, git, recordingLogger());
}

function file(pr: PullRequest, path: string): ChangedFile {
  const found = pr.files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} not among ${pr.files.map((f) => f.path).join(', ')}`);
  return found;
}

function skipOf(pr: PullRequest, path: string): { reason: SkipReason; detail: string } | undefined {
  const s = pr.skipped.find((f) => f.path === path);
  return s && { reason: s.reason, detail: s.detail };
}

describe('collect: changed files', () => {
  let repo: GitRepo;
  beforeEach(async () => {
    repo = await GitRepo.create();
  });
  afterEach(async () => {
    await repo.cleanup();
  });

  it('lists modified, added and deleted files with hunks, texts and added lines', async () => {
    await repo.write('app.py', lines(6));
    await repo.write('gone.py', 'def old():\n    pass\n');
    const base = await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app.py', 'line 1\nLINE 2\nline 3\nline 4\nnew a\nnew b\nline 5\n');
    await repo.write('new.py', 'x = 1\ny = 2\n');
    await repo.remove('gone.py');
    const c1 = await repo.commit('change');

    const pr = await collectPr(repo, 'main', 'feature');
    expect(pr.base).toBe(base);
    expect(pr.head).toBe(c1);
    expect(pr.skipped).toEqual([]);
    expect(pr.files.map((f) => [f.path, f.status, f.language])).toEqual([
      ['app.py', 'modified', 'python'],
      ['gone.py', 'deleted', 'python'],
      ['new.py', 'added', 'python'],
    ]);

    const app = file(pr, 'app.py');
    expect(app.hunks).toEqual([
      { oldStart: 2, oldLines: 1, newStart: 2, newLines: 1, added: [2], removed: [2] },
      { oldStart: 4, oldLines: 0, newStart: 5, newLines: 2, added: [5, 6], removed: [] },
      { oldStart: 6, oldLines: 1, newStart: 7, newLines: 0, added: [], removed: [6] },
    ]);
    expect(app.baseText).toBe(lines(6));
    expect(app.headText).toContain('LINE 2');

    const gone = file(pr, 'gone.py');
    expect(gone.baseText).toBe('def old():\n    pass\n');
    expect(gone.headText).toBeUndefined();
    expect(gone.hunks).toEqual([
      { oldStart: 1, oldLines: 2, newStart: 0, newLines: 0, added: [], removed: [1, 2] },
    ]);

    const added = file(pr, 'new.py');
    expect(added.baseText).toBeUndefined();
    expect(added.hunks).toEqual([
      { oldStart: 0, oldLines: 0, newStart: 1, newLines: 2, added: [1, 2], removed: [] },
    ]);

    expect(pr.lineCommits).toEqual({ 'app.py': { 2: c1, 5: c1, 6: c1 }, 'new.py': { 1: c1, 2: c1 } });
  });

  it('follows a rename with edits: old path, base text from it, hunks relative to the old file', async () => {
    await repo.write('src/old_name.py', lines(20));
    await repo.write('keep.py', lines(12, 'keep'));
    await repo.commit('base');
    repo.checkoutNew('feature');
    repo.move('src/old_name.py', 'lib/new_name.py');
    await repo.write(
      'lib/new_name.py',
      lines(20).replace('line 3\n', 'line three\n').replace('line 20\n', ''),
    );
    repo.move('keep.py', 'kept.py');
    const c1 = await repo.commit('rename');

    const pr = await collectPr(repo, 'main', 'feature');
    const renamed = file(pr, 'lib/new_name.py');
    expect(renamed.status).toBe('renamed');
    expect(renamed.oldPath).toBe('src/old_name.py');
    expect(renamed.baseText).toBe(lines(20));
    expect(renamed.hunks).toEqual([
      { oldStart: 3, oldLines: 1, newStart: 3, newLines: 1, added: [3], removed: [3] },
      { oldStart: 20, oldLines: 1, newStart: 19, newLines: 0, added: [], removed: [20] },
    ]);
    expect(pr.lineCommits['lib/new_name.py']).toEqual({ 3: c1 });

    const pure = file(pr, 'kept.py');
    expect(pure).toMatchObject({ status: 'renamed', oldPath: 'keep.py', hunks: [] });
    expect(pure.baseText).toBe(pure.headText);
    expect(pr.lineCommits['kept.py']).toBeUndefined();
  });

  it('skips binary files, by git numstat and by a NUL byte even when .gitattributes claims text', async () => {
    await repo.write('.gitattributes', 'data.py diff\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    await repo.write('data.py', Buffer.from('x = 1\n\0\0\0binary\n'));
    await repo.commit('binaries');

    const pr = await collectPr(repo, 'main', 'feature');
    expect(pr.files).toEqual([]);
    expect(skipOf(pr, 'logo.png')).toEqual({ reason: 'binary', detail: 'git reports binary content' });
    expect(skipOf(pr, 'data.py')).toEqual({
      reason: 'binary',
      detail: 'binary content (a NUL byte in its first 8000 bytes)',
    });
  });

  it('skips a submodule and a symlink', async () => {
    const other = await GitRepo.create();
    try {
      await other.write('lib.py', 'print(1)\n');
      await other.commit('lib');
      await repo.write('target.py', 'x = 1\n');
      await repo.commit('base');
      repo.checkoutNew('feature');
      repo.addSubmodule(other, 'deps/lib');
      await repo.symlink('target.py', 'link.py');
      await repo.commit('submodule and link');

      const pr = await collectPr(repo, 'main', 'feature');
      expect(pr.files).toEqual([]);
      expect(skipOf(pr, 'deps/lib')?.reason).toBe('submodule');
      expect(skipOf(pr, 'link.py')?.reason).toBe('symlink');
      expect(skipOf(pr, '.gitmodules')?.reason).toBe('unsupported-language');
    } finally {
      await other.cleanup();
    }
  });

  it('analyses the regular side of a type change (file -> symlink)', async () => {
    await repo.write('was_file.py', 'a = 1\n');
    await repo.write('other.py', 'b = 2\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.remove('was_file.py');
    await repo.symlink('other.py', 'was_file.py');
    await repo.commit('file becomes a link');

    const pr = await collectPr(repo, 'main', 'feature');
    const f = file(pr, 'was_file.py');
    expect(f).toMatchObject({ status: 'deleted', baseText: 'a = 1\n' });
    expect(f.headText).toBeUndefined();
  });

  it('skips a file over the size limit without reading it', async () => {
    await repo.write('small.py', 'a = 1\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('huge.py', 'x = 1\n'.repeat(200_000));
    await repo.write('small.py', 'a = 2\n');
    await repo.commit('huge');
    const hugeBlob = repo.git('rev-parse', 'HEAD:huge.py').trim();

    const spy = spyReads(createLocalGit(repo.dir));
    const pr = await collectPr(repo, 'main', 'feature', {}, spy.git);
    expect(skipOf(pr, 'huge.py')).toEqual({
      reason: 'too-large',
      detail: 'the head version is 1.1 MiB, over the 1.0 MiB limit (maxFileBytes); it was not read',
    });
    expect(spy.read).not.toContain(hugeBlob);
    expect(file(pr, 'small.py').hunks).toHaveLength(1);

    const tight = await collectPr(repo, 'main', 'feature', { maxFileBytes: 4 });
    expect(skipOf(tight, 'small.py')?.reason).toBe('too-large');
  });

  it('skips generated and minified files, keeping ordinary code in dist/', async () => {
    await repo.write('README.md', '# x\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('package-lock.json', '{}\n');
    await repo.write('web/app.min.js', 'var a=1;\n');
    await repo.write('api/service.pb.go', 'package api\n');
    await repo.write('api/service_pb2.py', 'x = 1\n');
    await repo.write('vendor/github.com/x/y.go', 'package y\n');
    await repo.write('web/node_modules/left-pad/index.js', 'module.exports = 1;\n');
    await repo.write('dist/bundle.js', '// @generated by esbuild\nvar a = 1;\n');
    await repo.write('gen/models.go', '// Code generated by sqlc. DO NOT EDIT.\n\npackage gen\n');
    await repo.write('dist/handwritten.js', 'export const a = 1;\n');
    await repo.write('web/one-line.js', `var x = "${'a'.repeat(12_000)}";\n`);
    await repo.write('web/dense.js', Array.from({ length: 8 }, () => 'f(1);'.repeat(120)).join('\n') + '\n');
    await repo.commit('generated stuff');

    const pr = await collectPr(repo, 'main', 'feature');
    const reasons = Object.fromEntries(pr.skipped.map((s) => [s.path, s.reason]));
    expect(reasons).toEqual({
      'package-lock.json': 'generated',
      'web/app.min.js': 'generated',
      'api/service.pb.go': 'generated',
      'api/service_pb2.py': 'generated',
      'vendor/github.com/x/y.go': 'generated',
      'web/node_modules/left-pad/index.js': 'generated',
      'dist/bundle.js': 'generated',
      'gen/models.go': 'generated',
      'web/one-line.js': 'minified',
      'web/dense.js': 'minified',
    });
    expect(skipOf(pr, 'gen/models.go')?.detail).toBe(
      'marked as generated ("Code generated ... DO NOT EDIT" in its first lines)',
    );
    expect(skipOf(pr, 'web/one-line.js')?.detail).toMatch(
      /a line of 12\d\d\d characters \(over 10000\): minified/,
    );
    expect(skipOf(pr, 'web/dense.js')?.detail).toMatch(/average line length 60\d characters \(over 500\)/);
    expect(pr.files.map((f) => f.path)).toEqual(['dist/handwritten.js']);
  });

  it('does not take a marker deep in a file for a generated header', async () => {
    await repo.write('x.py', 'a = 1\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('x.py', lines(10) + 'PATTERN = "@generated"  # DO NOT EDIT generated code\n');
    await repo.commit('mention');
    const pr = await collectPr(repo, 'main', 'feature');
    expect(pr.skipped).toEqual([]);
    expect(pr.files.map((f) => f.path)).toEqual(['x.py']);
  });

  it('skips invalid UTF-8 with the line of the first bad byte, and goes on with the rest', async () => {
    await repo.write('latin1.py', 'a = 1\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write(
      'latin1.py',
      Buffer.concat([Buffer.from('a = 1\nname = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]),
    );
    await repo.write('ok.py', 'b = "café"\n');
    await repo.commit('latin-1');

    const pr = await collectPr(repo, 'main', 'feature');
    expect(skipOf(pr, 'latin1.py')).toEqual({
      reason: 'invalid-utf8',
      detail:
        'the head version is not valid UTF-8 (first bad byte on line 2); only UTF-8 text is analysed — re-encode the file as UTF-8',
    });
    expect(file(pr, 'ok.py').headText).toBe('b = "café"\n');
  });

  it('lists unsupported languages and ignored paths as skipped, never drops them', async () => {
    await repo.write('README.md', 'a\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('README.md', 'b\n');
    await repo.write('tests/fixture.py', 'x = 1\n');
    await repo.commit('docs');
    const pr = await collectPr(repo, 'main', 'feature', { isIgnored: (p) => p.startsWith('tests/') });
    expect(pr.skipped).toEqual([
      { path: 'README.md', reason: 'unsupported-language', detail: 'no analyser for this kind of file' },
      { path: 'tests/fixture.py', reason: 'ignored-path', detail: 'excluded by the configuration' },
    ]);
  });

  it('handles hostile file names: spaces, quotes, a newline, unicode, a leading dash, glob and pathspec magic', async () => {
    const names = [
      'with space.py',
      `q"uo'te.py`,
      'new\nline.py',
      'ünï cødé 名前.py',
      '-rf --output=x.py',
      '*.py',
      ':(exclude)magic.py',
      'tab\there.py',
      'back\\slash.py',
    ];
    for (const name of names) await repo.write(name, lines(3));
    await repo.write('plain.py', 'untouched = 1\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    for (const name of names)
      await repo.write(name, lines(3).replace('line 2', `changed ${JSON.stringify(name)}`));
    repo.move('with space.py', 'moved dir/with "space" now.py');
    await repo.write('moved dir/with "space" now.py', lines(3).replace('line 3', 'line three'));
    const c1 = await repo.commit('hostile');

    const pr = await collectPr(repo, 'main', 'feature');
    expect(pr.skipped).toEqual([]);
    const expected = [...names.filter((n) => n !== 'with space.py'), 'moved dir/with "space" now.py'];
    expect(pr.files.map((f) => f.path).sort()).toEqual(expected.sort());
    for (const name of names.filter((n) => n !== 'with space.py')) {
      const f = file(pr, name);
      expect(f.hunks).toEqual([
        { oldStart: 2, oldLines: 1, newStart: 2, newLines: 1, added: [2], removed: [2] },
      ]);
      expect(f.headText).toContain(`changed ${JSON.stringify(name)}`);
      expect(pr.lineCommits[name]).toEqual({ 2: c1 });
    }
    const moved = file(pr, 'moved dir/with "space" now.py');
    expect(moved).toMatchObject({ status: 'renamed', oldPath: 'with space.py' });
    expect(moved.hunks.flatMap((h) => h.added)).toEqual([3]);
    expect(pr.lineCommits['moved dir/with "space" now.py']).toEqual({ 3: c1 });
  });

  it('turns a malformed diff or an unreadable blob into a skipped file and goes on with the rest', async () => {
    await repo.write('a.py', 'a\n');
    await repo.write('b.py', 'b\n');
    await repo.write('c.py', 'c\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('a.py', 'a2\n');
    await repo.write('b.py', 'b2\n');
    await repo.write('c.py', 'c2\n');
    await repo.commit('three');
    const real = createLocalGit(repo.dir);
    const broken = repo.git('rev-parse', 'HEAD:c.py').trim();
    const git: GitAdapter = {
      ...real,
      fileDiff: async (base, head, path, oldPath) =>
        path === 'a.py'
          ? 'diff --git a/a.py b/a.py\n@@ -1 +1,2 @@\n-a\n+a2\n'
          : real.fileDiff(base, head, path, oldPath),
      readBlob: async (blob) =>
        blob === broken ? Promise.reject(new Error('object corrupt')) : real.readBlob(blob),
    };
    const pr = await collectPr(repo, 'main', 'feature', {}, git);
    expect(pr.skipped).toEqual([
      {
        path: 'a.py',
        reason: 'malformed-diff',
        detail: 'malformed diff: hunk 1 "@@ -1 +1,2 @@" ends early: 0 base and 1 head lines missing',
      },
      { path: 'c.py', reason: 'unreadable', detail: 'git could not read it: object corrupt' },
    ]);
    expect(pr.files.map((f) => f.path)).toEqual(['b.py']);
  });

  it('reports progress as files are done', async () => {
    await repo.write('a.py', 'a\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('a.py', 'b\n');
    await repo.write('b.py', 'c\n');
    await repo.commit('two files');
    const log = recordingLogger();
    await collect({ base: 'main', head: 'feature', languageForPath }, createLocalGit(repo.dir), log);
    expect(log.progressCalls).toEqual([
      ['collect', 0, 2],
      ['collect', 1, 2],
      ['collect', 2, 2],
    ]);
  });
});
