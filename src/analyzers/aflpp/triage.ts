/**
 * From what the fuzzer brought back to what the report says: each job's numbers, its crashes
 * parsed, mapped to CWEs and deduplicated by stack across jobs, and its line coverage.
 */
import type { FuzzCrash, FuzzJobReport } from '../../core/types.js';
import {
  crashKey,
  cwesOf,
  isResourceExhaustion,
  parseSanitizerReport,
  projectFrames,
  type SanitizerReport,
} from './sanitizer.js';
import { crashTimeMs, parseFuzzerStats, parseLcov, type LineHits } from './stats.js';
import type { FuzzJob, FuzzRunRaw } from './types.js';

/** A crash before the base revision had its say. */
export interface CrashCandidate {
  job: FuzzJob;
  key: string;
  report?: SanitizerReport;
  /** The replay's own words when no sanitizer report could be read from them. */
  rawReport: string;
  input: Uint8Array;
  timeToCrashMs?: number;
  duplicates: number;
}

export interface TriagedRun {
  job: FuzzJobReport;
  crashes: CrashCandidate[];
  hits: LineHits;
  notes: string[];
}

export function triageRun(job: FuzzJob, raw: FuzzRunRaw, seconds: number): TriagedRun {
  const stats = raw.stats !== undefined ? parseFuzzerStats(raw.stats) : undefined;
  const outcome: FuzzJobReport['outcome'] = !raw.build.ok ? 'build-failed' : raw.error ? 'failed' : 'ran';
  const message = !raw.build.ok ? `the harness did not compile:\n${raw.build.log}` : raw.error;
  const crashes = dedupeCrashes(
    raw.crashes.map((c) => {
      const report = parseSanitizerReport(c.report, raw.root);
      const time = c.name.startsWith('seed:') ? 0 : crashTimeMs(c.name);
      return {
        job,
        key: report ? crashKey(report) : `unparsed|${job.name}`,
        ...(report ? { report } : {}),
        rawReport: c.report,
        input: c.input,
        ...(time !== undefined ? { timeToCrashMs: time } : {}),
        duplicates: 0,
      };
    }),
  );
  return {
    job: {
      name: job.name,
      harness: job.harness,
      mode: job.mode,
      outcome,
      ...(message ? { message } : {}),
      seconds,
      durationMs: raw.durationMs,
      execsPerSec: Math.round(stats?.execsPerSec ?? 0),
      execs: stats?.execsDone ?? 0,
      edgesFound: stats?.edgesFound ?? 0,
      totalEdges: stats?.totalEdges ?? 0,
      crashes: crashes.length,
      hangs: raw.hangs,
    },
    crashes,
    hits: raw.lcov ? parseLcov(raw.lcov, raw.root) : {},
    notes: raw.notes,
  };
}

/** One candidate per stack: the earliest found stands for the others, which are counted. */
export function dedupeCrashes(candidates: CrashCandidate[]): CrashCandidate[] {
  const byKey = new Map<string, CrashCandidate>();
  for (const c of candidates) {
    const seen = byKey.get(c.key);
    if (!seen) byKey.set(c.key, { ...c });
    else {
      seen.duplicates += 1 + c.duplicates;
      if ((c.timeToCrashMs ?? Infinity) < (seen.timeToCrashMs ?? Infinity)) {
        byKey.set(c.key, { ...c, duplicates: seen.duplicates });
      }
    }
  }
  return [...byKey.values()];
}

/** The crash as the report shows it; `status` comes from the replay on the base revision. */
export function toFuzzCrash(c: CrashCandidate, status: FuzzCrash['status'], inputPath?: string): FuzzCrash {
  const r = c.report;
  const stack = r
    ? projectFrames(r.allFrames).map((f) => ({ function: f.function, file: f.file, line: f.line }))
    : [];
  const inner = r ? crashSite(projectFrames(r.stack), c.job.harness) : undefined;
  return {
    job: c.job.name,
    kind: r?.kind ?? 'unknown',
    cwes: r && !isResourceExhaustion(r) ? cwesOf(r) : [],
    summary: r?.summary ?? `no sanitizer report on replay: ${lastLine(c.rawReport)}`,
    status,
    ...(inner
      ? {
          location: {
            file: inner.file,
            line: inner.line,
            ...(inner.column !== undefined ? { column: inner.column } : {}),
            function: inner.function,
          },
        }
      : {}),
    stack,
    input: Buffer.from(c.input).toString('base64'),
    ...(inputPath ? { inputPath } : {}),
    ...(c.timeToCrashMs !== undefined ? { timeToCrashMs: c.timeToCrashMs } : {}),
    duplicates: c.duplicates,
    ...(r && isResourceExhaustion(r) ? { resource: true } : {}),
  };
}

/** Where the bug is: the innermost frame of the repository's code outside the harness itself. */
function crashSite<F extends { file: string }>(frames: F[], harness: string): F | undefined {
  return frames.find((f) => f.file !== harness) ?? frames[0];
}

function lastLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')
      .filter((l) => l.trim())
      .at(-1)
      ?.slice(0, 200) ?? 'it did not crash again (flaky or time-dependent)'
  );
}
