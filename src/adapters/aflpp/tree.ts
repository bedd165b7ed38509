/**
 * One revision's sources on disk and the fuzz jobs run on them: seeds, afl-fuzz time-boxed and
 * without network, crash replay for the sanitizer report, and the queue replayed on the coverage
 * build for line coverage.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isCFamily } from '../../analyzers/aflpp/harness.js';
import {
  DEFAULT_MEMORY_MB,
  EXEC_TIMEOUT_MS,
  type FuzzJob,
  type FuzzRunRaw,
  type FuzzRunRequest,
  type FuzzTree,
  type TreeFile,
} from '../../analyzers/aflpp/types.js';
import { buildJob, type Build } from './build.js';
import { cleanEnv, runProcess } from './process.js';
import type { Toolchain } from './toolchain.js';

/** AFL++ colours its terminal output. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

const MAX_TREE_FILE = 1024 * 1024;
const MAX_SEEDS = 200;
const MAX_SEED_BYTES = 1024 * 1024;
const MAX_CRASHES = 20;
const MAX_REPLAYED_QUEUE = 400;
/** Replaying one input: the program's own time box plus sanitizer symbolisation. */
const REPLAY_TIMEOUT_MS = 10_000;
/** afl-fuzz calibrates its seeds before the -V clock starts: allow for that before killing it. */
const CALIBRATION_GRACE_MS = 60_000;
const DEFAULT_SEED = 'aigis\n';

export async function openTree(
  tools: Toolchain,
  root: string,
  cleanup: () => Promise<void>,
): Promise<FuzzTree> {
  const files = await readCFamilyFiles(root);
  const work = await mkdtemp(join(tmpdir(), 'aigis-fuzz-'));
  const builds = new Map<string, Promise<Build>>();
  const fuzzBuild = (job: FuzzJob, ubsan: boolean) => {
    const key = `${job.name}|${ubsan}`;
    let b = builds.get(key);
    if (!b) {
      b = buildJob(tools, job, root, join(work, job.name), 'fuzz', ubsan);
      builds.set(key, b);
    }
    return b;
  };

  /** The sanitizer's report of one input ('' when it ran clean); a hang is not a crash. */
  const replayOne = async (
    job: FuzzJob,
    binary: string,
    input: string,
    memoryMb: number,
  ): Promise<{ report: string; hang: boolean }> => {
    const r = await runProcess([...tools.noNetwork, binary, ...(job.mode === 'stdin' ? [] : [input])], {
      cwd: root,
      env: cleanEnv(work, sanitizerEnv(memoryMb, true)),
      timeoutMs: REPLAY_TIMEOUT_MS,
      ...(job.mode === 'stdin' ? { stdinFile: input } : {}),
    });
    if (r.timedOut) return { report: '', hang: true };
    return {
      report: r.code === 0 && !r.signal ? '' : r.output || `exited with ${r.signal ?? r.code}`,
      hang: false,
    };
  };

  return {
    files,
    async run(req: FuzzRunRequest): Promise<FuzzRunRaw> {
      const started = Date.now();
      const { job } = req;
      // A fresh directory per run: afl-fuzz must not resume or mix up an earlier run's output.
      const dir = await mkdtemp(join(work, `${job.name}-run-`));
      const raw: FuzzRunRaw = {
        job: job.name,
        root,
        build: { ok: false, log: '' },
        crashes: [],
        hangs: 0,
        notes: [],
        durationMs: 0,
      };
      const done = () => ({ ...raw, durationMs: Date.now() - started });
      const build = await fuzzBuild(job, req.ubsan);
      raw.build = { ok: build.ok, log: build.log };
      if (!build.ok) return done();

      // Seeds that already crash are crashes (afl-fuzz would refuse to start on them).
      const inDir = join(dir, 'in');
      await mkdir(inDir, { recursive: true });
      // Seeds that hang are left out the same way, and counted as hangs.
      const seeds = await collectSeeds(root, job);
      if (seeds.length === 0) seeds.push({ name: 'aigis-default-seed', data: Buffer.from(DEFAULT_SEED) });
      let usable = 0;
      for (const seed of seeds) {
        const path = join(inDir, seed.name);
        await writeFile(path, seed.data);
        const { report, hang } = await replayOne(job, build.binary, path, req.memoryMb);
        if (report) raw.crashes.push({ name: `seed:${seed.name}`, input: seed.data, report });
        if (hang) raw.hangs++;
        if (report || hang) await rm(path);
        else usable++;
      }
      if (usable === 0) {
        if (raw.hangs > 0 && raw.crashes.length === 0) {
          raw.error = `the harness runs longer than ${REPLAY_TIMEOUT_MS / 1000} s on every seed (it hangs): nothing to fuzz`;
        } else raw.notes.push('every seed crashes the harness: nothing left to fuzz from');
        return done();
      }
      if (req.stopOnCrash && raw.crashes.length > 0) return done();

      const outDir = join(dir, 'out');
      const afl = await runProcess(
        [
          ...tools.noNetwork,
          tools.aflFuzz,
          '-i',
          inDir,
          '-o',
          outDir,
          '-V',
          String(req.seconds),
          '-m',
          'none',
          '-t',
          String(EXEC_TIMEOUT_MS),
          '--',
          build.binary,
          ...(job.mode === 'file' ? ['@@'] : []),
        ],
        {
          cwd: root,
          env: cleanEnv(dir, { ...aflEnv(req.stopOnCrash), ...sanitizerEnv(req.memoryMb, false) }),
          timeoutMs: req.seconds * 1000 + CALIBRATION_GRACE_MS,
          maxOutput: 64 * 1024,
        },
      );
      const stats = await readFile(join(outDir, 'default', 'fuzzer_stats'), 'utf8').catch(() => undefined);
      if (stats !== undefined) raw.stats = stats;
      if (afl.timedOut) raw.error = `afl-fuzz did not stop within its time box (${req.seconds} s): killed`;
      else if (afl.code !== 0 || stats === undefined) raw.error = aflFailure(afl.output, afl.spawnError);

      raw.hangs += (await listInputs(join(outDir, 'default', 'hangs'))).length;
      for (const name of (await listInputs(join(outDir, 'default', 'crashes'))).slice(0, MAX_CRASHES)) {
        const path = join(outDir, 'default', 'crashes', name);
        const { report } = await replayOne(job, build.binary, path, req.memoryMb);
        raw.crashes.push({ name, input: await readFile(path), report });
      }

      const corpus = [
        ...(await listInputs(inDir)).map((n) => join(inDir, n)),
        ...(await listInputs(join(outDir, 'default', 'queue'))).map((n) =>
          join(outDir, 'default', 'queue', n),
        ),
      ].slice(0, MAX_REPLAYED_QUEUE);
      const coverage = await lineCoverage(tools, job, root, dir, corpus);
      if ('lcov' in coverage) raw.lcov = coverage.lcov;
      else raw.notes.push(coverage.note);
      return done();
    },

    async replay(job: FuzzJob, inputs: Uint8Array[], ubsan: boolean): Promise<string[] | undefined> {
      const build = await fuzzBuild(job, ubsan);
      if (!build.ok) return undefined;
      const dir = join(work, job.name, 'replay');
      await mkdir(dir, { recursive: true });
      const out: string[] = [];
      for (const [i, input] of inputs.entries()) {
        const path = join(dir, `input-${i}`);
        await writeFile(path, input);
        out.push((await replayOne(job, build.binary, path, DEFAULT_MEMORY_MB)).report);
      }
      return out;
    },

    async dispose() {
      await rm(work, { recursive: true, force: true });
      await cleanup();
    },
  };
}

function aflEnv(stopOnCrash: boolean): Record<string, string> {
  return {
    AFL_SKIP_CPUFREQ: '1',
    AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES: '1',
    AFL_NO_UI: '1',
    // Jobs share the runner with other work: no pinning to a core someone else holds.
    AFL_NO_AFFINITY: '1',
    AFL_FAST_CAL: '1',
    AFL_SKIP_CRASHES: '1',
    ...(stopOnCrash ? { AFL_BENCH_UNTIL_CRASH: '1' } : {}),
  };
}

/**
 * The memory limit goes to ASan (afl-fuzz's own -m cannot work with ASan's shadow memory). While
 * fuzzing, afl-fuzz requires abort_on_error and no symbolisation; replays symbolise for the stack.
 */
function sanitizerEnv(memoryMb: number, replay: boolean): Record<string, string> {
  const limits = `max_allocation_size_mb=${memoryMb}:hard_rss_limit_mb=${memoryMb}:allocator_may_return_null=0`;
  return {
    ASAN_OPTIONS: `${replay ? 'abort_on_error=0:symbolize=1' : 'abort_on_error=1:symbolize=0'}:detect_leaks=0:handle_abort=1:${limits}`,
    UBSAN_OPTIONS: `${replay ? 'symbolize=1' : 'symbolize=0'}:print_stacktrace=1:halt_on_error=1:abort_on_error=${replay ? 0 : 1}`,
  };
}

function aflFailure(output: string, spawnError: string | undefined): string {
  if (spawnError) return `afl-fuzz did not start: ${spawnError}`;
  const plain = output.replace(ANSI_COLOUR, '');
  const fatal = plain
    .split('\n')
    .filter((l) => /PROGRAM ABORT|\[-\]|Location :/.test(l))
    .map((l) => l.trim());
  return `afl-fuzz failed: ${(fatal.length ? fatal : plain.trim().split('\n').slice(-5)).join(' ').slice(0, 600)}`;
}

async function listInputs(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => !n.startsWith('.') && n !== 'README.txt').sort();
}

/** The harness's own corpus directories, then the declared seed directories. */
async function collectSeeds(root: string, job: FuzzJob): Promise<{ name: string; data: Buffer }[]> {
  const harnessDir = job.harness.includes('/') ? job.harness.slice(0, job.harness.lastIndexOf('/')) : '.';
  const base = job.harness.slice(job.harness.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const dirs = [
    `${harnessDir}/corpus/${base}`,
    `${harnessDir}/${base}_seed_corpus`,
    `${harnessDir}/seeds/${base}`,
    ...(job.seeds ?? []),
  ];
  const out: { name: string; data: Buffer }[] = [];
  for (const d of dirs) {
    const abs = join(root, d);
    if (!abs.startsWith(root)) continue;
    for (const name of await listInputs(abs)) {
      if (out.length >= MAX_SEEDS) return out;
      const path = join(abs, name);
      const s = await stat(path).catch(() => undefined);
      if (!s?.isFile() || s.size === 0 || s.size > MAX_SEED_BYTES) continue;
      out.push({
        name: `${out.length}-${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`,
        data: await readFile(path),
      });
    }
  }
  return out;
}

type Coverage = { lcov: string } | { note: string };

/** The corpus replayed one input per process (a crashing input must not lose the others' profile). */
async function lineCoverage(
  tools: Toolchain,
  job: FuzzJob,
  root: string,
  dir: string,
  corpus: string[],
): Promise<Coverage> {
  const build = await buildJob(tools, job, root, dir, 'coverage', false);
  if (!build.ok) return { note: `coverage build failed, so no line coverage: ${build.log.split('\n')[0]}` };
  const profiles = join(dir, 'profiles');
  await mkdir(profiles, { recursive: true });
  for (const input of corpus) {
    await runProcess([...tools.noNetwork, build.binary, ...(job.mode === 'stdin' ? [] : [input])], {
      cwd: root,
      env: cleanEnv(dir, { LLVM_PROFILE_FILE: join(profiles, '%p.profraw') }),
      timeoutMs: REPLAY_TIMEOUT_MS,
      ...(job.mode === 'stdin' ? { stdinFile: input } : {}),
    });
  }
  const raws = (await readdir(profiles)).filter((n) => n.endsWith('.profraw')).map((n) => join(profiles, n));
  if (raws.length === 0) return { note: 'the corpus replay wrote no coverage profile' };
  const env = cleanEnv(dir);
  const merged = join(dir, 'coverage.profdata');
  const merge = await runProcess([tools.profdata, 'merge', '-sparse', ...raws, '-o', merged], {
    cwd: dir,
    env,
    timeoutMs: 120_000,
  });
  if (merge.code !== 0) return { note: `llvm-profdata failed: ${merge.output.trim().split('\n')[0]}` };
  const exported = await runProcess(
    [tools.llvmCov, 'export', '-format=lcov', `-instr-profile=${merged}`, build.binary],
    { cwd: dir, env, timeoutMs: 120_000, maxOutput: 64 * 1024 * 1024 },
  );
  if (exported.code !== 0) return { note: `llvm-cov failed: ${exported.output.trim().split('\n')[0]}` };
  return { lcov: exported.output };
}

/** The C/C++ sources and headers under `root`, repository-relative. */
export async function readCFamilyFiles(root: string): Promise<TreeFile[]> {
  const out: TreeFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && isCFamily(entry.name)) {
        const s = await stat(path);
        if (s.size <= MAX_TREE_FILE)
          out.push({ path: relative(root, path), text: await readFile(path, 'utf8') });
      }
    }
  };
  await walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
