/**
 * Harness discovery by content (DESIGN.md): a C/C++ file under `fuzz/` that defines
 * LLVMFuzzerTestOneInput, linked by default with every C/C++ file outside test and fuzz
 * directories that defines no `main`; plus the harnesses the configuration declares (which may be
 * programs reading stdin or a file). Only jobs whose files the PR changed are run.
 */
import picomatch from 'picomatch';
import type { FuzzJob, HarnessMode, HarnessSpec, TreeFile } from './types.js';

const SOURCE = /\.(c|cc|cpp|cxx|c\+\+)$/i;
const HEADER = /\.(h|hh|hpp|hxx|inc)$/i;
const CPP = /\.(cc|cpp|cxx|c\+\+)$/i;
const NOT_LIBRARY_DIRS = new Set(['test', 'tests', 'testing', 'fuzz', 'fuzzing', 'fuzzers', '__tests__']);

/** Comments and string literals blanked out, so a commented-out `main` does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, (m) =>
    m.replace(/[^\n]/g, ' '),
  );
}

export function isSource(path: string): boolean {
  return SOURCE.test(path);
}

export function isHeader(path: string): boolean {
  return HEADER.test(path);
}

/** The files the fuzz stage reads from a tree: C/C++ sources and headers. */
export function isCFamily(path: string): boolean {
  return isSource(path) || isHeader(path);
}

function dirs(path: string): string[] {
  return path.split('/').slice(0, -1);
}

export function definesFuzzEntry(text: string): boolean {
  return /\bLLVMFuzzerTestOneInput\s*\([^;{)]*\)\s*\{/.test(code(text));
}

export function definesMain(text: string): boolean {
  return /\bmain\s*\([^;{)]*\)\s*\{/.test(code(text));
}

export function isConventionHarness(file: TreeFile): boolean {
  return isSource(file.path) && dirs(file.path).includes('fuzz') && definesFuzzEntry(file.text);
}

/** The default library of a harness: sources outside test and fuzz directories without a `main`. */
export function librarySources(tree: TreeFile[]): string[] {
  return tree
    .filter((f) => isSource(f.path) && !dirs(f.path).some((d) => NOT_LIBRARY_DIRS.has(d)))
    .filter((f) => !definesMain(f.text) && !definesFuzzEntry(f.text))
    .map((f) => f.path)
    .sort();
}

/** A name safe as a directory, a matrix value and a flag argument. */
export function jobName(harness: string): string {
  return harness
    .replace(/\.[^./]+$/, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/^[._-]+/, '');
}

function job(harness: TreeFile, sources: string[], spec?: HarnessSpec): FuzzJob {
  const own = sources.filter((s) => s !== harness.path);
  const mode: HarnessMode = spec?.mode ?? (definesFuzzEntry(harness.text) ? 'libfuzzer' : 'stdin');
  return {
    name: jobName(harness.path),
    harness: harness.path,
    sources: own,
    language: [harness.path, ...own].some((p) => CPP.test(p)) ? 'cpp' : 'c',
    mode,
    ...(spec?.seeds ? { seeds: spec.seeds } : {}),
  };
}

/** Every harness of the tree: the `fuzz/` convention's, then the config's (a declared one wins). */
export function discoverJobs(tree: TreeFile[], specs: HarnessSpec[] = []): FuzzJob[] {
  const library = librarySources(tree);
  const out = new Map<string, FuzzJob>();
  for (const f of tree) if (isConventionHarness(f)) out.set(f.path, job(f, library));
  for (const spec of specs) {
    const isHarness = picomatch(spec.path, { dot: true });
    const sourceOf = spec.sources ? picomatch(spec.sources, { dot: true }) : undefined;
    const sources = sourceOf
      ? tree
          .filter((f) => isSource(f.path) && sourceOf(f.path))
          .map((f) => f.path)
          .sort()
      : library;
    for (const f of tree) {
      if (isSource(f.path) && isHarness(f.path)) out.set(f.path, job(f, sources, spec));
    }
  }
  return uniqueNames([...out.values()].sort((a, b) => a.harness.localeCompare(b.harness)));
}

/** A job is named after its harness file (`fuzz_header`); the path says which when two share a name. */
function uniqueNames(jobs: FuzzJob[]): FuzzJob[] {
  const short = (j: FuzzJob) => jobName(j.harness.slice(j.harness.lastIndexOf('/') + 1));
  const count = new Map<string, number>();
  for (const j of jobs) count.set(short(j), (count.get(short(j)) ?? 0) + 1);
  return jobs.map((j) => (count.get(short(j)) === 1 ? { ...j, name: short(j) } : j));
}

/**
 * The jobs a PR needs: those that compile a changed file. A changed header may be included by any
 * of them, so it selects every job.
 */
export function jobsForChange(jobs: FuzzJob[], changed: readonly string[]): FuzzJob[] {
  if (changed.some(isHeader)) return jobs;
  const touched = new Set(changed);
  return jobs.filter((j) => touched.has(j.harness) || j.sources.some((s) => touched.has(s)));
}

/** A GitHub Actions matrix: one entry per job, `include` so each entry carries its harness too. */
export interface FuzzMatrix {
  include: { job: string; harness: string }[];
}

export function fuzzMatrix(jobs: FuzzJob[]): FuzzMatrix {
  return { include: jobs.map((j) => ({ job: j.name, harness: j.harness })) };
}
