/**
 * The fuzz stage in words, for the text and Markdown reports: what ran and how fast, what crashed,
 * and "no dynamic evidence" with the reason when nothing ran. Plain sentences: each renderer
 * escapes them its own way.
 */
import type { FuzzCrash, FuzzJobReport, FuzzReport } from '../core/types.js';

export interface FuzzSummary {
  /** One line: jobs, exec/s, edges, time, crashes; or why there is no dynamic evidence. */
  headline: string;
  /** One line per crash and per job that failed. */
  details: string[];
}

export function fuzzSummary(report: FuzzReport): FuzzSummary {
  if (report.skipped) return { headline: `no dynamic evidence — ${report.skipped}`, details: [] };
  const ran = report.jobs.filter((j) => j.outcome === 'ran');
  const execs = ran.reduce((n, j) => n + j.execs, 0);
  const seconds = ran.reduce((n, j) => n + j.durationMs, 0) / 1000;
  const rate = ran.reduce((n, j) => n + j.execsPerSec, 0);
  const edges = ran.reduce((n, j) => n + j.edgesFound, 0);
  const news = report.crashes.filter((c) => c.status === 'new').length;
  const crashes =
    report.crashes.length === 0
      ? 'no crash'
      : `${report.crashes.length} crash${report.crashes.length === 1 ? '' : 'es'} (${news} new)`;
  const jobs = `${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} (${report.jobs.map((j) => j.name).join(', ')})`;
  const failed = report.jobs.length - ran.length;
  const headline = [
    `${jobs}, ${report.seconds} s time box each`,
    `${fmt(rate)} exec/s`,
    `${fmt(execs)} execs`,
    `${fmt(edges)} edges`,
    `${seconds.toFixed(1)} s`,
    crashes,
    ...(failed > 0 ? [`${failed} job${failed === 1 ? '' : 's'} failed`] : []),
    report.networkIsolated === false ? 'network NOT isolated' : 'no network',
  ].join(', ');
  return {
    headline,
    details: [
      ...report.crashes.map(crashLine),
      ...report.jobs.filter((j) => j.outcome !== 'ran').map(failureLine),
    ],
  };
}

function crashLine(c: FuzzCrash): string {
  const cwes = c.cwes.length > 0 ? ` (${c.cwes.map((n) => `CWE-${n}`).join(', ')})` : '';
  const where = c.location ? ` in ${c.location.function} ${c.location.file}:${c.location.line}` : '';
  const when = c.timeToCrashMs !== undefined ? ` after ${fmt(c.timeToCrashMs)} ms` : '';
  const input = c.inputPath ? `; input: ${c.inputPath}` : '; input: base64 in the JSON report';
  return `${c.status} ${c.kind}${cwes}${where}${when} (job ${c.job})${input}`;
}

function failureLine(j: FuzzJobReport): string {
  const why = (j.message ?? '').split('\n').find((l) => l.trim() && !/did not compile:$/.test(l)) ?? '';
  return `job ${j.name} (${j.harness}): ${j.outcome === 'build-failed' ? 'does not compile' : 'failed'}${why ? ` — ${why.trim()}` : ''}`;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
