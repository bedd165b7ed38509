/**
 * The ports through which the pure core reaches the outside world. Implementations live in
 * src/adapters/ (git, file system, grammars, GitHub, ...) and are passed in by the CLI or the Action.
 */
import type { Commit, Diagnostic, EngineFinding, Language, LineOrigin, RuleMeta, Side } from './types.js';

/** One entry of `git diff --raw -z -M`: what changed, with modes and blob ids. */
export interface RawDiffEntry {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed. */
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  path: string;
  oldPath?: string;
  oldMode: string;
  newMode: string;
  oldBlob: string;
  newBlob: string;
  /** From --numstat: git considers the content binary. */
  binary: boolean;
}

export interface GitAdapter {
  /** Full sha of a revision; throws a clear Error when it does not exist. */
  resolve(rev: string): Promise<string>;
  mergeBase(a: string, b: string): Promise<string>;
  /** The remote default branch (origin/HEAD) or a local main/master, if any. */
  defaultBranch(): Promise<string | undefined>;
  isShallow(): Promise<boolean>;
  diffEntries(base: string, head: string): Promise<RawDiffEntry[]>;
  /** `git diff -U0` text of one file between two revisions (both paths for a rename). */
  fileDiff(base: string, head: string, path: string, oldPath?: string): Promise<string>;
  blobSize(blob: string): Promise<number>;
  readBlob(blob: string): Promise<Uint8Array>;
  /** Commits reachable from head and not from base, oldest first. */
  commits(base: string, head: string): Promise<Commit[]>;
  /** head line -> sha of the commit in base..head that wrote it (lines older than base are absent). */
  blame(base: string, head: string, path: string): Promise<Record<number, string>>;
  /** Like `blame`, with where each line sits in the commit that wrote it (needed to read git notes). */
  blameOrigins?(base: string, head: string, path: string): Promise<Record<number, BlameOrigin>>;
  /**
   * The notes under refs/notes/ai on these commits (sha -> raw text); commits without a note are
   * absent, and a repository without that ref answers `{}`.
   */
  aiNotes?(commits: string[]): Promise<Record<string, string>>;
}

export interface BlameOrigin extends LineOrigin {
  sha: string;
}

/** A source file as an engine sees it: one side of a changed file, or a file on disk for `scan`. */
export interface SourceFile {
  path: string;
  language: Language;
  text: string;
  side: Side;
}

export interface EngineOutput {
  findings: EngineFinding[];
  rules: RuleMeta[];
  diagnostics: Diagnostic[];
  /** Tools whose output this engine read (the drivers of a SARIF log): each is reported as having run. */
  tools?: { name: string; version: string }[];
}

/**
 * The revisions a review compares (full shas), for engines that read a whole checkout rather than
 * the texts given (CodeQL). Absent for `scan` and for a repair's re-analysis.
 */
export interface AnalysisScope {
  base?: string;
  head?: string;
}

/** A static analysis engine (builtin, codeql, sarif ...). */
export interface Engine {
  readonly name: string;
  readonly version: string;
  analyze(
    files: SourceFile[],
    onProgress?: (done: number, total: number) => void,
    scope?: AnalysisScope,
  ): Promise<EngineOutput>;
}
