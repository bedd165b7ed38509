/**
 * AFL++ jobs as data: what to fuzz, what a run brought back, and the port through which the pure
 * code reaches the fuzzer (src/adapters/aflpp/ is the only code that runs processes).
 */

/**
 * How the fuzzer feeds a harness: `libfuzzer` calls LLVMFuzzerTestOneInput (persistent mode),
 * `stdin` runs a program with its own `main` on standard input, `file` passes the input's path.
 */
export type HarnessMode = 'libfuzzer' | 'stdin' | 'file';

/** One harness and the sources it is linked with. */
export interface FuzzJob {
  /** Unique and safe as a directory name and a matrix value: derived from the harness path. */
  name: string;
  harness: string;
  /** Repository paths compiled with the harness (the harness itself excluded). */
  sources: string[];
  language: 'c' | 'cpp';
  mode: HarnessMode;
  /** Repository directories whose files seed the corpus (besides `<harness dir>/corpus/<name>`). */
  seeds?: string[];
}

/** A harness the configuration declares: a path or glob, and optionally the sources it needs. */
export interface HarnessSpec {
  path: string;
  sources?: string[];
  mode?: HarnessMode;
  seeds?: string[];
}

export interface FuzzSettings {
  /** Time box of each job, in seconds. */
  seconds: number;
  /** Declared harnesses, in addition to the `fuzz/` convention. */
  harnesses?: HarnessSpec[];
  /** Stop a job at its first crash (AFL_BENCH_UNTIL_CRASH). Default true. */
  stopOnCrash?: boolean;
  /** Memory limit of the fuzzed program, MB. */
  memoryMb?: number;
  /** Also build with UndefinedBehaviorSanitizer. */
  ubsan?: boolean;
  /** Only these jobs (by name): one entry of a `plan` matrix. */
  only?: string[];
  /** Where crashing inputs are written as files (default: not written). */
  artifactsDir?: string;
}

export const DEFAULT_MEMORY_MB = 2048;
/** One execution longer than this is a hang. */
export const EXEC_TIMEOUT_MS = 1000;

/** A repository file as the planner sees it. */
export interface TreeFile {
  path: string;
  text: string;
}

export interface FuzzRunRequest {
  job: FuzzJob;
  seconds: number;
  stopOnCrash: boolean;
  memoryMb: number;
  ubsan: boolean;
}

/** What a run brought back, unparsed: parsing is pure and lives next to this file. */
export interface FuzzRunRaw {
  job: string;
  /** The absolute directory the sources were built in: sanitizer and coverage paths start with it. */
  root: string;
  build: { ok: boolean; log: string };
  /** The text of `fuzzer_stats`, when afl-fuzz got that far. */
  stats?: string;
  /** Each crashing input with the sanitizer report its replay printed. */
  crashes: { name: string; input: Uint8Array; report: string }[];
  /** Inputs afl-fuzz saved as hangs. */
  hangs: number;
  /** `llvm-cov export -format=lcov` of the queue replayed on a coverage build. */
  lcov?: string;
  /** Why afl-fuzz or the coverage replay failed, when it did. */
  error?: string;
  /** Said about the run's isolation or tooling (no network namespace, ...). */
  notes: string[];
  durationMs: number;
}

export type FuzzProbe =
  | { ok: true; version: string; /** Jobs run without network (`unshare -n`). */ isolated: boolean }
  | { ok: false; missing: string };

/** The source tree of one revision, on disk, for as long as the fuzz stage needs it. */
export interface FuzzTree {
  files: TreeFile[];
  run(req: FuzzRunRequest): Promise<FuzzRunRaw>;
  /**
   * The sanitizer report of each input replayed on this tree's build of the job ('' when it did not
   * crash); undefined when the job does not build here.
   */
  replay(job: FuzzJob, inputs: Uint8Array[], ubsan: boolean): Promise<string[] | undefined>;
  dispose(): Promise<void>;
}

export interface FuzzAdapter {
  /** afl-fuzz and the compilers, or what is missing. */
  probe(): Promise<FuzzProbe>;
  /** The C/C++ sources and headers of the tree at `rev` (the working tree for the PR head). */
  open(rev: string): Promise<FuzzTree>;
  /** How many jobs to run at once: one per core. */
  cores(): number;
  /** Keeps a crashing input as a file (the artifacts directory of the run). */
  saveArtifact(path: string, data: Uint8Array): Promise<void>;
}
