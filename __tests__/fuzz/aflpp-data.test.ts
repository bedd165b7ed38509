/**
 * The pure parts of the fuzz stage on plain data: harness discovery and job selection, AFL++'s
 * fuzzer_stats and llvm-cov's lcov, DynCoverage, crash findings, the merge of matrix shards, and
 * the options that turn fuzzing on.
 */
import { dynamicCoverageOf, mergeFileCoverage, toFileCoverage } from '../../src/analyzers/aflpp/coverage.js';
import {
  discoverJobs,
  fuzzMatrix,
  jobsForChange,
  librarySources,
} from '../../src/analyzers/aflpp/harness.js';
import { crashTimeMs, parseFuzzerStats, parseLcov } from '../../src/analyzers/aflpp/stats.js';
import { parseConfig } from '../../src/config/config.js';
import { UsageError } from '../../src/core/errors.js';
import type { EngineFinding, Finding, FuzzCrash, FuzzReport, ReviewResult } from '../../src/core/types.js';
import { fuzzSettingsOf } from '../../src/pipeline/fuzz-options.js';
import { applyDynamicCoverage, crashFindings } from '../../src/stages/dynamic/findings.js';
import { mergeResults } from '../../src/stages/dynamic/merge.js';
import { DEFAULT_WEIGHTS } from '../../src/stages/rank/score.js';

const HARNESS = 'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { parse(d, n); return 0; }\n';
const TREE = [
  { path: 'fuzz/parse_fuzzer.c', text: HARNESS },
  { path: 'fuzz/helpers.c', text: 'int helper(void) { return 1; }\n' },
  { path: 'src/parse.c', text: 'int parse(const char *d, int n) { return n; }\n' },
  { path: 'src/util.h', text: 'int parse(const char *, int);\n' },
  { path: 'src/cli.c', text: 'int main(int argc, char **argv) { return 0; }\n' },
  { path: 'src/old.c', text: '/* int main(void) { } was here */\nint old(void) { return 0; }\n' },
  { path: 'tests/test_parse.c', text: 'int main(void) { return 0; }\n' },
  { path: 'tools/reader.c', text: 'int main(void) { return getchar(); }\n' },
];

describe('harness discovery', () => {
  test('the fuzz/ convention: a harness linked with library sources (no main, not in test or fuzz dirs)', () => {
    expect(librarySources(TREE)).toEqual(['src/old.c', 'src/parse.c']);
    expect(discoverJobs(TREE)).toEqual([
      {
        name: 'parse_fuzzer',
        harness: 'fuzz/parse_fuzzer.c',
        sources: ['src/old.c', 'src/parse.c'],
        language: 'c',
        mode: 'libfuzzer',
      },
    ]);
  });

  test('declared harnesses: a stdin program with the sources the config names', () => {
    const jobs = discoverJobs(TREE, [{ path: 'tools/*.c', sources: ['src/parse.c'], mode: 'stdin' }]);
    expect(jobs.find((j) => j.harness === 'tools/reader.c')).toEqual(
      expect.objectContaining({ name: 'reader', mode: 'stdin', sources: ['src/parse.c'] }),
    );
  });

  test('only the jobs whose files the PR changed run; a changed header selects them all', () => {
    const jobs = discoverJobs(TREE);
    expect(jobsForChange(jobs, ['src/parse.c'])).toHaveLength(1);
    expect(jobsForChange(jobs, ['src/cli.c', 'README.md'])).toHaveLength(0);
    expect(jobsForChange(jobs, ['src/util.h'])).toHaveLength(1);
    expect(fuzzMatrix(jobs)).toEqual({ include: [{ job: 'parse_fuzzer', harness: 'fuzz/parse_fuzzer.c' }] });
  });

  test('two harnesses with the same file name get names from their paths', () => {
    const jobs = discoverJobs([
      { path: 'a/fuzz/fuzz.c', text: HARNESS },
      { path: 'b/fuzz/fuzz.c', text: HARNESS },
    ]);
    expect(jobs.map((j) => j.name)).toEqual(['a_fuzz_fuzz', 'b_fuzz_fuzz']);
  });
});

describe('AFL++ and llvm-cov output', () => {
  test('fuzzer_stats', () => {
    const stats = parseFuzzerStats(
      'start_time        : 1700000000\nrun_time          : 12\nexecs_done        : 240000\nexecs_per_sec     : 19876.54\ncorpus_count      : 9\nsaved_crashes     : 1\nsaved_hangs       : 0\nedges_found       : 14\ntotal_edges       : 65536\nstability         : 100.00%\n',
    );
    expect(stats).toEqual(
      expect.objectContaining({
        execsPerSec: 19876.54,
        execsDone: 240000,
        edgesFound: 14,
        savedCrashes: 1,
        runTimeSec: 12,
      }),
    );
    expect(crashTimeMs('id:000000,sig:06,src:000000,time:14,execs:335,op:havoc,rep:2')).toBe(14);
  });

  test('lcov: files under the build root, repository-relative; others dropped', () => {
    const hits = parseLcov(
      'SF:/tmp/r/src/a.c\nDA:3,5\nDA:4,0\nend_of_record\nSF:/tmp/w/aigis_replay_driver.c\nDA:1,1\nend_of_record\n',
      '/tmp/r',
    );
    expect(hits).toEqual({ 'src/a.c': { 3: 5, 4: 0 } });
    expect(toFileCoverage([hits, { 'src/a.c': { 4: 2 } }])).toEqual({
      'src/a.c': { instrumented: [3, 4], executed: [3, 4] },
    });
  });
});

const region = (startLine: number, endLine = startLine) => ({
  startLine,
  startColumn: 1,
  endLine,
  endColumn: 2,
});
const crash = (over: Partial<FuzzCrash> = {}): FuzzCrash => ({
  job: 'j',
  kind: 'heap-buffer-overflow',
  cwes: [122, 787],
  summary: 'heap-buffer-overflow',
  status: 'new',
  location: { file: 'src/a.c', line: 11, function: 'store' },
  stack: [{ function: 'store', file: 'src/a.c', line: 11 }],
  input: 'QQ==',
  duplicates: 0,
  ...over,
});
const report = (over: Partial<FuzzReport> = {}): FuzzReport => ({
  seconds: 10,
  jobs: [],
  crashes: [],
  coverage: { 'src/a.c': { instrumented: [10, 11, 12, 13], executed: [10, 11] } },
  ...over,
});

describe('DynCoverage', () => {
  test('1 through a crash stack, the executed share otherwise, undefined where no job compiled the file', () => {
    const r = report({ crashes: [crash()] });
    expect(dynamicCoverageOf(r.coverage, r.crashes, 'src/a.c', region(11))).toBe(1);
    expect(dynamicCoverageOf(r.coverage, [], 'src/a.c', region(10, 13))).toBe(0.5);
    expect(dynamicCoverageOf(r.coverage, [], 'src/a.c', region(20))).toBe(0);
    expect(dynamicCoverageOf(r.coverage, [], 'src/b.c', region(1))).toBeUndefined();
    // A resource problem (out of memory) is no evidence of the weakness.
    expect(dynamicCoverageOf(r.coverage, [crash({ resource: true })], 'src/a.c', region(12, 13))).toBe(0);
  });

  test('shards unite line by line', () => {
    expect(
      mergeFileCoverage(
        { 'a.c': { instrumented: [1, 2], executed: [1] } },
        { 'a.c': { instrumented: [2, 3], executed: [3] }, 'b.c': { instrumented: [1], executed: [] } },
      ),
    ).toEqual({
      'a.c': { instrumented: [1, 2, 3], executed: [1, 3] },
      'b.c': { instrumented: [1], executed: [] },
    });
  });
});

const engineFinding = (over: Partial<EngineFinding> = {}): EngineFinding => ({
  ruleId: 'c-memcpy-fixed-buffer',
  engine: 'builtin',
  cwes: [121],
  message: 'm',
  file: 'src/a.c',
  side: 'head',
  region: region(11),
  snippet: 'memcpy(b, d, n);',
  context: 'store',
  staticConfidence: 0.6,
  ...over,
});

describe('crash findings', () => {
  test('a crash a static finding explains adds no finding; one nobody explains is an aflpp finding at the crash line', () => {
    const r = report({ crashes: [crash()] });
    expect(crashFindings(r, [engineFinding()], () => '  copy[i] = d[i];').findings).toEqual([]);
    const own = crashFindings(r, [engineFinding({ region: region(30) })], () => '  copy[i] = d[i];');
    expect(own.findings).toEqual([
      expect.objectContaining({
        ruleId: 'aflpp/heap-buffer-overflow',
        engine: 'aflpp',
        cwes: [122, 787],
        region: { startLine: 11, startColumn: 3, endLine: 11, endColumn: 18 },
        snippet: 'copy[i] = d[i];',
        context: 'store',
      }),
    ]);
    expect(own.rules).toEqual([
      expect.objectContaining({ id: 'aflpp/heap-buffer-overflow', precision: 'very-high' }),
    ]);
    expect(
      crashFindings(report({ crashes: [crash({ cwes: [], resource: true })] }), [], () => '').findings,
    ).toEqual([]);
  });

  test("a crash's own finding takes its status from the base replay, and every score uses DynCoverage", () => {
    const finding = (over: Partial<Finding>): Finding => ({
      id: 'existing-abc',
      ruleId: 'aflpp/heap-buffer-overflow',
      engines: ['aflpp'],
      cwes: [122],
      message: 'm',
      file: 'src/a.c',
      region: region(11),
      severity: 9,
      staticConfidence: 0.95,
      score: 0.665,
      prioritized: true,
      status: 'existing',
      fingerprint: 'abc',
      snippet: 's',
      ...over,
    });
    const [own, other] = applyDynamicCoverage(
      [
        finding({}),
        finding({
          id: 'new-def',
          ruleId: 'x',
          engines: ['builtin'],
          staticConfidence: 0.6,
          region: region(12, 13),
          status: 'new',
        }),
      ],
      report({ crashes: [crash()] }),
      DEFAULT_WEIGHTS,
    );
    expect(own).toEqual(
      expect.objectContaining({ id: 'new-abc', status: 'new', dynamicCoverage: 1, score: 0.965 }),
    );
    expect(other).toEqual(expect.objectContaining({ dynamicCoverage: 0, score: 0.42, prioritized: false }));
  });
});

describe('merging matrix shards', () => {
  const base = (fuzz: FuzzReport, findings: Finding[]): ReviewResult => ({
    tool: { name: 'aigis', version: '0' },
    mode: 'review',
    base: 'b',
    head: 'h',
    files: [],
    skipped: [],
    findings,
    rules: [],
    engines: [],
    weights: DEFAULT_WEIGHTS,
    verdict: { policy: 'score', passed: true, reason: '', failing: [] },
    diagnostics: [],
    timings: {},
    fuzz,
  });
  const f: Finding = {
    id: 'new-1',
    ruleId: 'r',
    engines: ['builtin'],
    cwes: [121],
    message: 'm',
    file: 'src/a.c',
    region: region(10, 13),
    severity: 9,
    staticConfidence: 0.6,
    score: 0.42,
    prioritized: false,
    status: 'new',
    fingerprint: 'fp',
    snippet: 's',
  };

  test('coverage unites, DynCoverage and the verdict are computed again', () => {
    const a = base(
      report({ jobs: [], coverage: { 'src/a.c': { instrumented: [10, 11, 12, 13], executed: [10] } } }),
      [{ ...f, dynamicCoverage: 0.25, score: 0.495 }],
    );
    const b = base(
      report({ coverage: { 'src/a.c': { instrumented: [10, 11, 12, 13], executed: [12, 13] } } }),
      [{ ...f, dynamicCoverage: 0.5, score: 0.57, prioritized: true }],
    );
    const merged = mergeResults([a, b]);
    expect(merged.findings).toHaveLength(1);
    expect(merged.findings[0]).toEqual(
      expect.objectContaining({ dynamicCoverage: 0.75, score: 0.645, prioritized: true }),
    );
    expect(merged.verdict.passed).toBe(false);
    expect(() => mergeResults([a, { ...b, head: 'other' }])).toThrow(/different revisions/);
  });
});

describe('options', () => {
  test('--fuzz seconds over the config; 0 is off; bad values are usage errors', () => {
    expect(fuzzSettingsOf('30', '--fuzz', { seconds: 10, 'memory-mb': 512, artifacts: 'crashes' })).toEqual({
      seconds: 30,
      memoryMb: 512,
      artifactsDir: 'crashes',
    });
    expect(fuzzSettingsOf(undefined, '--fuzz', { seconds: 10 })).toEqual({ seconds: 10 });
    expect(fuzzSettingsOf('0', '--fuzz', { seconds: 10 })).toBeUndefined();
    expect(fuzzSettingsOf(undefined, '--fuzz', undefined)).toBeUndefined();
    expect(() => fuzzSettingsOf('ten', "input 'fuzz'", undefined)).toThrow(UsageError);
    expect(() => fuzzSettingsOf('ten', "input 'fuzz'", undefined)).toThrow(
      /input 'fuzz': must be whole seconds/,
    );
  });

  test('the config file: fuzz keys validated, a misspelt key named', () => {
    const ok = parseConfig(
      'aigis.yml',
      'fuzz:\n  seconds: 60\n  harnesses:\n    - path: tools/reader.c\n      mode: stdin\n      sources: [src/*.c]\n',
    );
    expect(ok.config.fuzz?.harnesses?.[0]?.mode).toBe('stdin');
    expect(() => parseConfig('aigis.yml', 'fuzz:\n  secnds: 60\n')).toThrow(/secnds/);
  });
});
