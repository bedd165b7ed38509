/**
 * Real AFL++ on small C targets with known bugs, through the whole review: the crash is found,
 * mapped to its CWE, located in the right function and line, called new or existing by replaying
 * it on the base revision, and gives the matching static finding its dynamic coverage.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAflppAdapter } from '../../src/adapters/aflpp/index.js';
import type { ReviewResult } from '../../src/core/types.js';
import { render } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { createEngines, runReview } from '../pipeline/support.js';
import { baseVersions, copyTarget, describeWithAfl } from './support.js';
import type { EngineSetup } from '../../src/composition.js';

const FUZZ_TEST_MS = 120_000;

/** A PR that adds the target's bug: base holds the `.base.c` version (or nothing), head the buggy one. */
async function prRepo(target: string, opts: { bugInBase?: boolean } = {}): Promise<GitRepo> {
  const repo = await GitRepo.create();
  await repo.write('README.md', 'fixture\n');
  await copyTarget(repo, target);
  const bases = await baseVersions(target);
  if (!opts.bugInBase) for (const b of bases) await repo.write(b.path, await readFile(b.file));
  if (opts.bugInBase && bases.length === 0) {
    // nothing to swap: the base already is the head.
  }
  await repo.commit('base');
  repo.checkoutNew('pr');
  await copyTarget(repo, target);
  await repo.write(
    'src/touched.c',
    `/* the PR touches the library */\nint touched(void) { return ${Date.now() % 97}; }\n`,
  );
  await repo.commit('PR');
  return repo;
}

async function fuzzReview(
  repo: GitRepo,
  setup: EngineSetup,
  seconds = 20,
  artifactsDir?: string,
): Promise<ReviewResult> {
  const fuzz = { seconds, stopOnCrash: true, ...(artifactsDir ? { artifactsDir } : {}) };
  return runReview(repo, setup, { base: 'main', head: 'pr', fuzz }, { fuzz: createAflppAdapter(repo.dir) });
}

describeWithAfl('AFL++ jobs in a review', () => {
  let setup: EngineSetup;
  const repos: GitRepo[] = [];
  beforeAll(async () => {
    setup = await createEngines(process.cwd());
  }, FUZZ_TEST_MS);
  afterAll(async () => {
    for (const r of repos) await r.cleanup();
  });
  const repoFor = async (target: string, opts?: { bugInBase?: boolean }) => {
    const r = await prRepo(target, opts);
    repos.push(r);
    return r;
  };

  test(
    'a stack buffer overflow: CWE-121, at the memcpy, new, and DynCoverage 1 on the static finding there',
    async () => {
      const repo = await repoFor('stack');
      const result = await fuzzReview(repo, setup);
      const fuzz = result.fuzz!;
      expect(fuzz.skipped).toBeUndefined();
      expect(fuzz.jobs).toEqual([expect.objectContaining({ name: 'fuzz_header', outcome: 'ran' })]);
      expect(fuzz.jobs[0]!.execsPerSec).toBeGreaterThan(0);
      expect(fuzz.jobs[0]!.edgesFound).toBeGreaterThan(0);
      expect(fuzz.crashes).toHaveLength(1);
      const crash = fuzz.crashes[0]!;
      expect(crash.kind).toBe('stack-buffer-overflow');
      expect(crash.cwes).toEqual(expect.arrayContaining([121, 787]));
      expect(crash.location).toEqual(
        expect.objectContaining({ file: 'src/header.c', line: 11, function: 'parse_header' }),
      );
      expect(crash.status).toBe('new');
      // The input really is a header longer than the buffer.
      const input = Buffer.from(crash.input, 'base64');
      expect(input[0]).toBe('H'.charCodeAt(0));

      const memcpy = result.findings.find(
        (f) => f.ruleId === 'c-memcpy-fixed-buffer' && f.file === 'src/header.c',
      );
      expect(memcpy).toBeDefined();
      expect(memcpy!.status).toBe('new');
      expect(memcpy!.dynamicCoverage).toBe(1);
      expect(memcpy!.score).toBeCloseTo(0.7 * memcpy!.staticConfidence + 0.3, 3);
      // The static finding explains the crash: no second finding for it.
      expect(result.findings.filter((f) => f.engines.includes('aflpp'))).toHaveLength(0);

      const text = render(result, 'text', { color: false });
      expect(text).toMatch(/fuzz: 1 job .*exec\/s/);
      expect(text).toMatch(/stack-buffer-overflow/);
    },
    FUZZ_TEST_MS,
  );

  test(
    'a heap buffer overflow with no static counterpart becomes an aflpp finding (CWE-122)',
    async () => {
      const repo = await repoFor('heap');
      const result = await fuzzReview(repo, setup, 20, 'fuzz-artifacts');
      const crash = result.fuzz!.crashes[0]!;
      expect(crash.kind).toBe('heap-buffer-overflow');
      expect(crash.cwes).toEqual(expect.arrayContaining([122, 787]));
      expect(crash.location).toEqual(
        expect.objectContaining({ file: 'src/blob.c', line: 11, function: 'store_blob' }),
      );
      const finding = result.findings.find((f) => f.ruleId === 'aflpp/heap-buffer-overflow');
      expect(finding).toEqual(
        expect.objectContaining({
          file: 'src/blob.c',
          engines: ['aflpp'],
          status: 'new',
          dynamicCoverage: 1,
        }),
      );
      expect(finding!.region.startLine).toBe(11);
      expect(finding!.prioritized).toBe(true);
      expect(result.rules.some((r) => r.id === 'aflpp/heap-buffer-overflow')).toBe(true);
      // SARIF: the crash in the aflpp run, with its dynamic coverage.
      const sarif = JSON.parse(render(result, 'sarif', { color: false })) as {
        runs: { tool: { driver: { name: string } }; results: { ruleId: string; properties: object }[] }[];
      };
      const run = sarif.runs.find((r) => r.tool.driver.name === 'aflpp');
      expect(run?.results).toEqual([
        expect.objectContaining({
          ruleId: 'aflpp/heap-buffer-overflow',
          properties: expect.objectContaining({ 'aigis/dynamicCoverage': 1, 'aigis/status': 'new' }),
        }),
      ]);
      // The crashing input, kept as a file where the config asked for it.
      expect(crash.inputPath).toBe('fuzz-artifacts/crash-fuzz_blob-1');
      expect((await readFile(join(repo.dir, crash.inputPath!))).toString('base64')).toBe(crash.input);
    },
    FUZZ_TEST_MS,
  );

  test(
    'a use after free that the base revision already had is existing (CWE-416)',
    async () => {
      const repo = await repoFor('uaf', { bugInBase: true });
      const result = await fuzzReview(repo, setup);
      const crash = result.fuzz!.crashes[0]!;
      expect(crash.kind).toBe('heap-use-after-free');
      expect(crash.cwes).toEqual([416]);
      expect(crash.location).toEqual(
        expect.objectContaining({ file: 'src/session.c', function: 'handle_command' }),
      );
      expect(crash.location!.line).toBe(18);
      // The free is on the stack of the report too: the triage keeps every stack's frames.
      expect(crash.stack.some((f) => f.file === 'src/session.c' && f.line === 16)).toBe(true);
      expect(crash.status).toBe('existing');
      const finding = result.findings.find((f) => f.ruleId === 'aflpp/heap-use-after-free');
      expect(finding?.status).toBe('existing');
    },
    FUZZ_TEST_MS,
  );

  test(
    'a bug-free target: no crash, and the static finding it executed gets its line coverage',
    async () => {
      const repo = await repoFor('safe');
      const result = await fuzzReview(repo, setup, 4);
      const fuzz = result.fuzz!;
      expect(fuzz.jobs[0]).toEqual(expect.objectContaining({ outcome: 'ran', crashes: 0 }));
      expect(fuzz.crashes).toEqual([]);
      expect(fuzz.coverage['src/checksum.c']?.executed).toEqual(expect.arrayContaining([9, 10]));
      const memcpy = result.findings.find(
        (f) => f.file === 'src/checksum.c' && f.ruleId === 'c-memcpy-fixed-buffer',
      );
      expect(memcpy?.dynamicCoverage).toBe(1);
      // A file no job compiled keeps "no dynamic evidence".
      expect(
        result.findings
          .filter((f) => f.file === 'src/touched.c')
          .every((f) => f.dynamicCoverage === undefined),
      ).toBe(true);
    },
    FUZZ_TEST_MS,
  );
});
