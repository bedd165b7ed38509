/**
 * Fuzzing that goes wrong never takes the review with it: a harness that does not compile, one
 * that hangs, one that exhausts memory, and a machine without AFL++ are each reported clearly,
 * and the static findings are all still there.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAflppAdapter } from '../../src/adapters/aflpp/index.js';
import type { ReviewResult } from '../../src/core/types.js';
import type { EngineSetup } from '../../src/composition.js';
import { render } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { createEngines, runReview } from '../pipeline/support.js';
import { describeWithAfl } from './support.js';

const FUZZ_TEST_MS = 120_000;

const HARNESS = (body: string) =>
  `#include <stddef.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n\nint LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {\n${body}\n  return 0;\n}\n`;

/** A repository whose PR adds one harness and a C file the built-in rules flag (strcpy into a buffer). */
async function repoWith(harness: string): Promise<GitRepo> {
  const repo = await GitRepo.create();
  await repo.write('README.md', 'x\n');
  await repo.commit('base');
  repo.checkoutNew('pr');
  await repo.write('fuzz/fuzz_it.c', harness);
  await repo.write(
    'src/name.c',
    '#include <string.h>\n\nvoid set_name(char *dst_unused, const char *src) {\n  char name[8];\n  strcpy(name, src);\n  (void)dst_unused;\n}\n',
  );
  await repo.commit('PR');
  return repo;
}

async function fuzzReview(repo: GitRepo, setup: EngineSetup, seconds: number): Promise<ReviewResult> {
  return runReview(
    repo,
    setup,
    { base: 'main', head: 'pr', fuzz: { seconds, memoryMb: 256 } },
    { fuzz: createAflppAdapter(repo.dir) },
  );
}

let setup: EngineSetup;
const repos: GitRepo[] = [];
beforeAll(async () => {
  setup = await createEngines(process.cwd());
}, FUZZ_TEST_MS);
afterAll(async () => {
  for (const r of repos) await r.cleanup();
});

async function repoFor(harness: string): Promise<GitRepo> {
  const r = await repoWith(harness);
  repos.push(r);
  return r;
}

function staticFindingsKept(result: ReviewResult): void {
  expect(result.findings.some((f) => f.file === 'src/name.c' && f.engines.includes('builtin'))).toBe(true);
}

test(
  'without AFL++ on PATH the review goes on with "no dynamic evidence" and says what is missing',
  async () => {
    const repo = await repoFor(HARNESS('  (void)data; (void)size;'));
    const empty = await mkdtemp(join(tmpdir(), 'aigis-nopath-'));
    let result: ReviewResult;
    try {
      result = await runReview(
        repo,
        setup,
        { base: 'main', head: 'pr', fuzz: { seconds: 5 } },
        { fuzz: createAflppAdapter(repo.dir, { toolPath: empty }) },
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
    expect(result.fuzz!.skipped).toMatch(/afl-fuzz.*not found/);
    expect(result.fuzz!.jobs).toEqual([]);
    expect(
      result.diagnostics.some((d) => d.level === 'warning' && /no dynamic evidence/.test(d.message)),
    ).toBe(true);
    staticFindingsKept(result);
    expect(result.findings.every((f) => f.dynamicCoverage === undefined)).toBe(true);
    expect(render(result, 'markdown', { color: false })).toMatch(
      /Fuzzing \(AFL\+\+\):\*\* no dynamic evidence/,
    );
  },
  FUZZ_TEST_MS,
);

describeWithAfl('harnesses that go wrong', () => {
  test(
    'a harness that does not compile: the job says so with the compiler error, the review goes on',
    async () => {
      const repo = await repoFor(HARNESS('  this is not C;'));
      const result = await fuzzReview(repo, setup, 5);
      expect(result.fuzz!.jobs).toEqual([
        expect.objectContaining({ name: 'fuzz_it', outcome: 'build-failed' }),
      ]);
      expect(result.fuzz!.jobs[0]!.message).toMatch(/error/);
      expect(
        result.diagnostics.some(
          (d) => d.level === 'error' && d.file === 'fuzz/fuzz_it.c' && /did not compile/.test(d.message),
        ),
      ).toBe(true);
      staticFindingsKept(result);
      expect(render(result, 'text', { color: false })).toMatch(
        /job fuzz_it \(fuzz\/fuzz_it.c\): does not compile/,
      );
    },
    FUZZ_TEST_MS,
  );

  test(
    'a harness that hangs on every input: afl-fuzz refuses it, the job is reported failed, the review goes on',
    async () => {
      const repo = await repoFor(HARNESS('  volatile int spin = 1;\n  while (spin) {}'));
      const result = await fuzzReview(repo, setup, 5);
      const job = result.fuzz!.jobs[0]!;
      expect(job.outcome).not.toBe('ran');
      expect(job.message).toMatch(/time|hang|crash/i);
      staticFindingsKept(result);
    },
    FUZZ_TEST_MS,
  );

  test(
    'a harness that exhausts memory: reported as a resource problem, not as a memory-safety finding',
    async () => {
      const repo = await repoFor(
        HARNESS(
          "  if (size > 0 && data[0] == 'M') {\n    void *volatile p = malloc((size_t)1 << 33);\n    free(p);\n  }",
        ),
      );
      const result = await fuzzReview(repo, setup, 20);
      const crash = result.fuzz!.crashes[0]!;
      expect(crash.resource).toBe(true);
      expect(crash.cwes).toEqual([]);
      expect(result.findings.some((f) => f.engines.includes('aflpp'))).toBe(false);
      staticFindingsKept(result);
    },
    FUZZ_TEST_MS,
  );
});
