/**
 * Fuzzing scaled out as a workflow does it, through the real CLI: `aigis plan` prints the matrix of
 * the jobs the PR needs, each entry runs `aigis review --fuzz --fuzz-job <job> --format json`, and
 * `aigis merge` unites their results into one report and one verdict.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReviewResult } from '../../src/core/types.js';
import { GitRepo } from '../helpers/git-repo.js';
import { baseVersions, copyTarget, describeWithAfl } from './support.js';
import { cli } from '../helpers/run-cli.js';

const FUZZ_TEST_MS = 150_000;

describeWithAfl('aigis plan / review --fuzz-job / merge', () => {
  let repo: GitRepo;
  beforeAll(async () => {
    repo = await GitRepo.create();
    await repo.write('README.md', 'two targets\n');
    for (const t of ['stack', 'heap']) {
      await copyTarget(repo, t);
      for (const b of await baseVersions(t)) await repo.write(b.path, await readFile(b.file));
    }
    await repo.commit('base');
    repo.checkoutNew('pr');
    for (const t of ['stack', 'heap']) await copyTarget(repo, t);
    await repo.commit('PR: both parsers lose their bounds checks');
  });
  afterAll(async () => {
    await repo?.cleanup();
  });

  test(
    'plan lists the two jobs; each shard finds its own crash; merge holds both and fails the gate',
    async () => {
      const plan = await cli(['plan', '--base', 'main', '--head', 'pr', '-C', repo.dir], repo.dir);
      expect(plan.code).toBe(0);
      const matrix = JSON.parse(plan.stdout) as { include: { job: string; harness: string }[] };
      expect(matrix.include).toEqual([
        { job: 'fuzz_blob', harness: 'fuzz/fuzz_blob.c' },
        { job: 'fuzz_header', harness: 'fuzz/fuzz_header.c' },
      ]);

      const shards: string[] = [];
      for (const { job } of matrix.include) {
        const out = join(repo.dir, `shard-${job}.json`);
        const run = await cli(
          [
            'review',
            '--base',
            'main',
            '--head',
            'pr',
            '-C',
            repo.dir,
            '--fuzz',
            '20',
            '--fuzz-job',
            job,
          ].concat(['--format', 'json', '--output', out, '--fail-on', 'none']),
          repo.dir,
        );
        expect(run.code).toBe(0);
        const shard = JSON.parse(await readFile(out, 'utf8')) as ReviewResult;
        expect(shard.fuzz!.jobs.map((j) => j.name)).toEqual([job]);
        expect(shard.fuzz!.crashes).toHaveLength(1);
        shards.push(out);
      }

      const merged = await cli(['merge', ...shards, '--format', 'json', '--fail-on', 'new'], repo.dir);
      expect(merged.code).toBe(1);
      const result = JSON.parse(merged.stdout) as ReviewResult & { summary: { counts: { new: number } } };
      expect(result.fuzz!.jobs.map((j) => j.name)).toEqual(['fuzz_blob', 'fuzz_header']);
      expect(result.fuzz!.crashes.map((c) => c.kind).sort()).toEqual([
        'heap-buffer-overflow',
        'stack-buffer-overflow',
      ]);
      // Coverage of both shards: each parser's file is covered, so both findings have dynamic evidence.
      expect(Object.keys(result.fuzz!.coverage)).toEqual(
        expect.arrayContaining(['src/blob.c', 'src/header.c']),
      );
      const memcpy = result.findings.find((f) => f.ruleId === 'c-memcpy-fixed-buffer');
      expect(memcpy?.dynamicCoverage).toBe(1);
      expect(result.findings.find((f) => f.ruleId === 'aflpp/heap-buffer-overflow')?.dynamicCoverage).toBe(1);
      expect(result.summary.counts.new).toBe(
        result.findings.filter((f) => f.status === 'new' && !f.suppressed).length,
      );
      expect(result.verdict.passed).toBe(false);

      const text = await cli(['merge', ...shards, '--fail-on', 'none'], repo.dir);
      expect(text.stdout).toMatch(/fuzz: 2 jobs \(fuzz_blob, fuzz_header\).*2 crashes \(2 new\)/);
    },
    FUZZ_TEST_MS,
  );

  test('merge refuses results of different PRs, and files that are not results', async () => {
    const bad = await cli(['merge', join(repo.dir, 'README.md')], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a JSON result/);
  });
});
