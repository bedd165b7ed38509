/**
 * Bad input never stops the rest: each bad file is skipped (or analysed as far as it goes) with a
 * reason and a message in the report, and the good files are still analysed.
 */
import type { EngineSetup } from '../../src/composition.js';
import { createLocalGit } from '../../src/adapters/git.js';
import type { Engine, GitAdapter } from '../../src/core/adapters.js';
import type { ReviewResult, SkipReason } from '../../src/core/types.js';
import { render } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { createEngines, messages, onlyFinding, runReview } from './support.js';

const VULN = 'import os\n\n\ndef clean(path):\n    os.system("rm -rf " + path)\n';
const BROKEN = 'import os\n\n\ndef broken(:\n    os.system("rm " + x)\n';
const LABEL_C =
  '#include <string.h>\n\nvoid label(const char *name) {\n    char buf[32];\n    strcpy(buf, name);\n}\n';
const SAFE = 'def add(a, b):\n    return a + b\n';

function skipOf(result: ReviewResult, path: string): { reason: SkipReason; detail: string } | undefined {
  const s = result.skipped.find((f) => f.path === path);
  return s && { reason: s.reason, detail: s.detail };
}

describe('review: bad input', () => {
  let setup: EngineSetup;
  let repo: GitRepo;

  beforeAll(async () => {
    setup = await createEngines(process.cwd());
    repo = await GitRepo.create();
    await repo.write('mangled.py', SAFE);
    await repo.write('later.py', SAFE);
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('payload.py', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0x0a]));
    // Latin-1 "café": 0xE9 alone is not UTF-8.
    await repo.write(
      'latin1.py',
      Buffer.concat([
        Buffer.from('# caf'),
        Buffer.from([0xe9]),
        Buffer.from('\nimport os\nos.system("x " + y)\n'),
      ]),
    );
    await repo.write('broken.py', BROKEN);
    await repo.write('big.py', `${VULN}${'# padding\n'.repeat(300)}`);
    await repo.symlink('vuln.py', 'link.py');
    await repo.write('vuln.py', VULN);
    await repo.write('label.c', LABEL_C);
    await repo.write('mangled.py', `${SAFE}\n\ndef run(cmd):\n    import os\n    os.system("sh " + cmd)\n`);
    await repo.write('later.py', `${SAFE}\n\ndef sub(a, b):\n    return a - b\n`);
    await repo.commit('a PR full of trouble');
  });

  afterAll(async () => {
    await repo.cleanup();
  });

  describe('files git can read', () => {
    let result: ReviewResult;
    beforeAll(async () => {
      result = await runReview(repo, setup, { base: 'main', head: 'feature', maxFileBytes: 1024 });
    });

    it('skips each bad file with its reason and a message that says what it is', () => {
      expect(skipOf(result, 'payload.py')?.reason).toBe('binary');
      expect(skipOf(result, 'payload.py')?.detail).toMatch(/binary/);
      expect(skipOf(result, 'latin1.py')).toEqual({
        reason: 'invalid-utf8',
        detail: expect.stringMatching(/not valid UTF-8 \(first bad byte on line 1\).*re-encode/) as string,
      });
      expect(skipOf(result, 'big.py')).toEqual({
        reason: 'too-large',
        detail: expect.stringMatching(/over the 1\.0 KiB limit \(maxFileBytes\)/) as string,
      });
      expect(skipOf(result, 'link.py')).toEqual({
        reason: 'symlink',
        detail: expect.stringMatching(/symbolic link/) as string,
      });
      expect(result.skipped.map((s) => s.path).sort()).toEqual([
        'big.py',
        'latin1.py',
        'link.py',
        'payload.py',
      ]);
    });

    it('analyses a file that does not parse as far as tree-sitter recovers, with a note naming it', () => {
      expect(result.files.map((f) => f.path)).toContain('broken.py');
      const note = result.diagnostics.find((d) => d.file === 'broken.py');
      expect(note).toMatchObject({ level: 'note', source: 'analyze/builtin' });
      expect(note?.message).toMatch(/^broken\.py \(head\) has syntax errors \(first at line \d+\)/);
      expect(onlyFinding(result, 'broken.py', 'python-shell-injection').status).toBe('new');
    });

    it('still finds the weaknesses in the good files', () => {
      expect(onlyFinding(result, 'vuln.py', 'python-shell-injection').status).toBe('new');
      expect(onlyFinding(result, 'mangled.py', 'python-shell-injection').status).toBe('new');
      expect(onlyFinding(result, 'label.c', 'c-strcpy-fixed-buffer').repair?.outcome).toBe('proposed');
    });

    it('puts every skip and the parse note in the text and Markdown reports', () => {
      for (const format of ['text', 'markdown'] as const) {
        const report = render(result, format);
        for (const path of ['payload.py', 'latin1.py', 'big.py', 'link.py', 'broken.py']) {
          expect(report).toContain(path);
        }
        expect(report).toMatch(/not valid UTF-8/);
        expect(report).toMatch(/syntax errors/);
      }
    });
  });

  it('skips a file whose diff is malformed and analyses the others', async () => {
    const real = createLocalGit(repo.dir);
    const git: GitAdapter = {
      ...real,
      fileDiff: (base, head, path, oldPath) =>
        path === 'mangled.py'
          ? Promise.resolve('@@ nonsense @@\n')
          : real.fileDiff(base, head, path, oldPath),
    };
    const result = await runReview(repo, setup, { base: 'main', head: 'feature' }, { git });
    expect(skipOf(result, 'mangled.py')).toEqual({
      reason: 'malformed-diff',
      detail: 'malformed diff: line 1: hunk header "@@ nonsense @@" is not "@@ -a,b +c,d @@"',
    });
    expect(result.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['later.py', 'vuln.py', 'broken.py']),
    );
    expect(result.files.map((f) => f.path)).not.toContain('mangled.py');
    expect(result.findings.filter((f) => f.file === 'mangled.py')).toEqual([]);
    expect(onlyFinding(result, 'vuln.py', 'python-shell-injection').status).toBe('new');
  });

  it('reports an engine that throws and keeps the builtin findings', async () => {
    const failing: Engine = {
      name: 'exploding',
      version: '0.0.1',
      analyze: () => {
        throw new Error('segfault in the analyser');
      },
    };
    const result = await runReview(
      repo,
      setup,
      { base: 'main', head: 'feature' },
      { engines: [failing, ...setup.engines] },
    );
    expect(result.diagnostics).toContainEqual({
      level: 'error',
      source: 'analyze/exploding',
      message: 'engine exploding failed: segfault in the analyser; its findings are missing from this report',
    });
    expect(onlyFinding(result, 'vuln.py', 'python-shell-injection').status).toBe('new');
    expect(result.engines.map((e) => e.name)).toEqual(['exploding', 'builtin']);
    // Repairs are verified by every engine again: the broken one must not take the review down.
    expect(onlyFinding(result, 'label.c', 'c-strcpy-fixed-buffer').repair).toMatchObject({
      outcome: 'rejected',
      rejectedBecause: 'engine exploding failed on the fixed file: segfault in the analyser',
    });
  });

  it('analyses a file whose blame fails, and records the warning in the report', async () => {
    const real = createLocalGit(repo.dir);
    const git: GitAdapter = {
      ...real,
      blame: (base, head, path) =>
        path === 'vuln.py'
          ? Promise.reject(new Error('fatal: blame exploded'))
          : real.blame(base, head, path),
    };
    const log = messages();
    const result = await runReview(repo, setup, { base: 'main', head: 'feature' }, { git, log });
    const warning =
      'vuln.py: git blame failed, its added lines are not attributed to commits: fatal: blame exploded';
    expect(result.diagnostics).toContainEqual({ level: 'warning', source: 'collect', message: warning });
    expect(log.warnings).toContain(warning);
    const f = onlyFinding(result, 'vuln.py', 'python-shell-injection');
    expect(f.status).toBe('new');
    // Without blame the line has no commit: "no AI signal", still reported.
    expect(f.attribution).toEqual({ ai: false, confidence: 0, evidence: [] });
  });
});
