/**
 * The dynamic half of analyze: AFL++ jobs on the harnesses that compile a file the PR changed,
 * each time-boxed, one per core; crashes replayed on the base revision to tell new from existing.
 * Nothing here can stop the review: a missing fuzzer, a harness that does not compile or a job that
 * fails becomes a diagnostic and a line in the report.
 */
import type { Logger } from '../../core/logger.js';
import type { Diagnostic, FuzzCrash, FuzzJobReport, FuzzReport } from '../../core/types.js';
import { toFileCoverage } from '../../analyzers/aflpp/coverage.js';
import { discoverJobs, jobsForChange } from '../../analyzers/aflpp/harness.js';
import { dedupeCrashes, toFuzzCrash, triageRun, type CrashCandidate } from '../../analyzers/aflpp/triage.js';
import {
  DEFAULT_MEMORY_MB,
  type FuzzAdapter,
  type FuzzJob,
  type FuzzRunRaw,
  type FuzzSettings,
  type FuzzTree,
} from '../../analyzers/aflpp/types.js';
import type { LineHits } from '../../analyzers/aflpp/stats.js';

export interface DynamicRequest {
  /** Absent when there is no base to compare with: every crash is then new. */
  base?: string;
  head: string;
  /** Paths the PR changed (head side), which select the jobs. */
  changed: string[];
  settings: FuzzSettings;
}

export interface DynamicOutcome {
  report: FuzzReport;
  diagnostics: Diagnostic[];
}

const SOURCE = 'analyze/aflpp';

export async function fuzzStage(
  req: DynamicRequest,
  fuzz: FuzzAdapter,
  log: Logger,
): Promise<DynamicOutcome> {
  const { settings } = req;
  const diagnostics: Diagnostic[] = [];
  const report: FuzzReport = { seconds: settings.seconds, jobs: [], crashes: [], coverage: {} };
  const out = (): DynamicOutcome => ({ report, diagnostics });
  const skip = (why: string, level: Diagnostic['level'] = 'note') => {
    report.skipped = why;
    diagnostics.push({ level, source: SOURCE, message: `no dynamic evidence: ${why}` });
    return out();
  };

  const probe = await fuzz.probe();
  if (!probe.ok) return skip(`fuzzing was asked for but ${probe.missing}`, 'warning');
  report.tool = probe.version;
  report.networkIsolated = probe.isolated;
  if (!probe.isolated) {
    diagnostics.push({
      level: 'warning',
      source: SOURCE,
      message:
        'fuzz jobs ran WITH network access: `unshare -n` is not available here (no user namespaces); they still ran without the token or any secret in their environment',
    });
  }

  let head: FuzzTree;
  try {
    head = await fuzz.open(req.head);
  } catch (e) {
    return skip(`the head revision could not be written out for building: ${(e as Error).message}`, 'error');
  }
  try {
    const all = discoverJobs(head.files, settings.harnesses);
    let jobs = jobsForChange(all, req.changed);
    if (settings.only?.length) {
      const unknown = settings.only.filter((n) => !all.some((j) => j.name === n));
      for (const n of unknown) {
        diagnostics.push({ level: 'error', source: SOURCE, message: `fuzz job '${n}' does not exist here` });
      }
      jobs = all.filter((j) => settings.only!.includes(j.name));
    }
    if (all.length === 0) {
      return skip(
        'no fuzz harness in the repository (a C/C++ file under fuzz/ defining LLVMFuzzerTestOneInput, or fuzz.harnesses in the config)',
      );
    }
    if (jobs.length === 0 && settings.only?.length) {
      return skip(
        `no fuzz job named ${settings.only.join(', ')} (there are: ${all.map((j) => j.name).join(', ')})`,
      );
    }
    if (jobs.length === 0) {
      return skip(`none of the ${all.length} fuzz harness(es) compiles a file this PR changed`);
    }

    log.info(
      `fuzz: ${jobs.length} job(s), ${settings.seconds} s each, ${Math.min(fuzz.cores(), jobs.length)} at a time`,
    );
    const triaged = await inParallel(jobs, fuzz.cores(), async (job) => {
      const started = Date.now();
      const raw = await head
        .run({
          job,
          seconds: settings.seconds,
          stopOnCrash: settings.stopOnCrash ?? true,
          memoryMb: settings.memoryMb ?? DEFAULT_MEMORY_MB,
          ubsan: settings.ubsan ?? false,
        })
        .catch((e: unknown): FuzzRunRaw => ({
          job: job.name,
          root: '',
          build: { ok: true, log: '' },
          crashes: [],
          hangs: 0,
          notes: [],
          error: `the job could not run: ${e instanceof Error ? e.message : String(e)}`,
          durationMs: Date.now() - started,
        }));
      return triageRun(job, raw, settings.seconds);
    });
    const hits: LineHits[] = [];
    const candidates: CrashCandidate[] = [];
    for (const t of triaged) {
      report.jobs.push(t.job);
      hits.push(t.hits);
      candidates.push(...t.crashes);
      for (const note of t.notes)
        diagnostics.push({ level: 'note', source: SOURCE, message: `${t.job.name}: ${note}` });
      diagnostics.push(...jobDiagnostics(t.job));
    }
    report.coverage = toFileCoverage(hits);
    const unique = dedupeCrashes(candidates);
    const statuses = await statusOnBase(
      unique,
      req.base,
      fuzz,
      settings.ubsan ?? false,
      settings.harnesses,
      diagnostics,
    );
    report.crashes = [];
    for (const [i, c] of unique.entries()) {
      const path = settings.artifactsDir
        ? `${settings.artifactsDir}/crash-${c.job.name}-${i + 1}`
        : undefined;
      const saved = path ? await save(fuzz, path, c.input, diagnostics) : undefined;
      report.crashes.push(toFuzzCrash(c, statuses[i]!, saved));
    }
    for (const c of report.crashes) log.info(`fuzz: ${c.status} ${c.kind} in ${where(c)} (job ${c.job})`);
    return out();
  } finally {
    await head.dispose();
  }
}

async function save(
  fuzz: FuzzAdapter,
  path: string,
  data: Uint8Array,
  diagnostics: Diagnostic[],
): Promise<string | undefined> {
  try {
    await fuzz.saveArtifact(path, data);
    return path;
  } catch (e) {
    diagnostics.push({
      level: 'warning',
      source: SOURCE,
      message: `the crashing input could not be written to ${path} (${(e as Error).message}); it is in the JSON report (base64)`,
    });
    return undefined;
  }
}

function where(c: FuzzCrash): string {
  return c.location
    ? `${c.location.function} ${c.location.file}:${c.location.line}`
    : 'code outside the repository';
}

function jobDiagnostics(j: FuzzJobReport): Diagnostic[] {
  if (j.outcome === 'build-failed') {
    return [{ level: 'error', source: SOURCE, file: j.harness, message: `fuzz job ${j.name}: ${j.message}` }];
  }
  if (j.outcome === 'failed') {
    return [{ level: 'error', source: SOURCE, file: j.harness, message: `fuzz job ${j.name}: ${j.message}` }];
  }
  if (j.hangs > 0) {
    return [
      {
        level: 'warning',
        source: SOURCE,
        file: j.harness,
        message: `fuzz job ${j.name}: ${j.hangs} input(s) ran longer than the per-execution time limit (hangs)`,
      },
    ];
  }
  return [];
}

/**
 * A crash that the base revision's build also shows is "existing" (as OSS-Fuzz's CIFuzz decides);
 * when the base cannot be built (the harness is new, or it did not compile then) every crash is new.
 */
async function statusOnBase(
  crashes: CrashCandidate[],
  base: string | undefined,
  fuzz: FuzzAdapter,
  ubsan: boolean,
  harnesses: FuzzSettings['harnesses'],
  diagnostics: Diagnostic[],
): Promise<FuzzCrash['status'][]> {
  const statuses: FuzzCrash['status'][] = crashes.map(() => 'new');
  if (!base || crashes.length === 0) return statuses;
  let tree: FuzzTree;
  try {
    tree = await fuzz.open(base);
  } catch (e) {
    diagnostics.push({
      level: 'warning',
      source: SOURCE,
      message: `the base revision could not be built to tell new crashes from existing ones (${(e as Error).message}): all are reported as new`,
    });
    return statuses;
  }
  try {
    const byJob = new Map<FuzzJob, number[]>();
    crashes.forEach((c, i) => byJob.set(c.job, [...(byJob.get(c.job) ?? []), i]));
    // The base's own view of each job: its sources may differ from the head's.
    const baseJobs = discoverJobs(tree.files, harnesses);
    for (const [job, indexes] of byJob) {
      const baseJob = baseJobs.find((j) => j.harness === job.harness);
      if (!baseJob) continue;
      const reports = await tree.replay(
        baseJob,
        indexes.map((i) => crashes[i]!.input),
        ubsan,
      );
      if (!reports) continue;
      indexes.forEach((i, k) => {
        if (reports[k]) statuses[i] = 'existing';
      });
    }
  } finally {
    await tree.dispose();
  }
  return statuses;
}

/** At most `width` jobs at once, results in the order of `items`. */
async function inParallel<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker));
  return results;
}
