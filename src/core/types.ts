/**
 * The data that flows through the pipeline (see DESIGN.md "Core data").
 * Everything here is plain data: serialisable, no behaviour, no I/O.
 */

export type Language = 'python' | 'javascript' | 'typescript' | 'tsx' | 'java' | 'go' | 'c' | 'cpp';

export const LANGUAGES: readonly Language[] = [
  'python',
  'javascript',
  'typescript',
  'tsx',
  'java',
  'go',
  'c',
  'cpp',
];

export type Side = 'base' | 'head';

/** A problem met along the way that the user must hear about; never a reason to stop the rest. */
export interface Diagnostic {
  level: 'error' | 'warning' | 'note';
  /** The stage or adapter that met it, e.g. `collect`, `analyze/builtin`. */
  source: string;
  message: string;
  file?: string;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  /** 1-based head line numbers added by this hunk. */
  added: number[];
  /** 1-based base line numbers removed by this hunk. */
  removed: number[];
}

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';

export interface ChangedFile {
  path: string;
  /** The path on the base side when the file was renamed or copied. */
  oldPath?: string;
  status: FileStatus;
  language?: Language;
  hunks: Hunk[];
  /** Absent when the file does not exist on that side. */
  baseText?: string;
  headText?: string;
}

export type SkipReason =
  | 'binary'
  | 'submodule'
  | 'symlink'
  | 'too-large'
  | 'generated'
  | 'minified'
  | 'invalid-utf8'
  | 'unsupported-language'
  | 'malformed-diff'
  | 'unreadable'
  | 'ignored-path';

/** A changed file that was not analysed, and why: it is listed in every report, never dropped silently. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail: string;
}

export interface Person {
  name: string;
  email: string;
}

export interface Commit {
  sha: string;
  parents: string[];
  author: Person;
  committer: Person;
  /** Full message: subject, body and trailers. */
  message: string;
}

/** PR-level metadata: from the GitHub event/API in the Action, mostly absent in the CLI. */
export interface PullRequestMeta {
  number?: number;
  title?: string;
  body?: string;
  author?: { login: string; id?: number; type?: string };
  labels?: string[];
  headRef?: string;
  baseRef?: string;
  /** True when the PR comes from a fork: no writes are attempted then. */
  fromFork?: boolean;
}

/** The PR as data: the output of the collect stage. */
export interface PullRequest {
  base: string;
  head: string;
  meta: PullRequestMeta;
  commits: Commit[];
  files: ChangedFile[];
  skipped: SkippedFile[];
  /** For each analysed file path (head side), each added line's commit sha. */
  lineCommits: Record<string, Record<number, string>>;
  /**
   * Where each added line sits in the commit that wrote it (path and line there): git notes speak of
   * the file as that commit has it. Only collected when some commit of the PR has a note.
   */
  lineOrigins?: Record<string, Record<number, LineOrigin>>;
  /** Raw text of the git notes under refs/notes/ai, by commit sha; absent when there are none. */
  aiNotes?: Record<string, string>;
}

export interface LineOrigin {
  path: string;
  line: number;
}

export interface Attribution {
  ai: boolean;
  /** 0..1: how sure we are that an AI tool wrote it. */
  confidence: number;
  tool?: string;
  /** Every AI tool with evidence, strongest first, when there is more than one (a squash of mixed commits). */
  tools?: string[];
  /** Set when a non-AI bot (Dependabot ...) wrote it: `tool` names the bot, and `ai` is false. */
  automation?: boolean;
  evidence: string[];
}

export interface HunkAttribution extends Attribution {
  file: string;
  newStart: number;
  newLines: number;
  /** Share of the hunk's added lines attributed to AI, 0..1. */
  aiShare: number;
}

/** Output of the attribute stage. */
export interface Provenance {
  commits: Record<string, Attribution>;
  /** path -> head line -> attribution, only for added lines. */
  lines: Record<string, Record<number, Attribution>>;
  hunks: HunkAttribution[];
  /** Share of all added lines attributed to AI, 0..1. */
  aiShare: number;
  addedLines: number;
  /** Tools seen, with the number of added lines attributed to each. */
  tools: Record<string, number>;
  /**
   * One sentence for every report: "73% of 120 added lines attributed to Claude Code (trailer
   * Co-Authored-By: … in 4 of 5 commits)", or "no AI signal on the 120 added lines".
   */
  summary?: string;
}

export interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface FlowStep {
  file: string;
  region: Region;
  message: string;
}

/** A text edit by byte-independent position: replace [region] in `file` by `text`. */
export interface TextEdit {
  file: string;
  region: Region;
  text: string;
}

/** What an engine reports, before ranking gives it a status and a score. */
export interface EngineFinding {
  ruleId: string;
  engine: string;
  cwes: number[];
  message: string;
  file: string;
  side: Side;
  region: Region;
  /** The matched source text: part of the fingerprint. */
  snippet: string;
  /** Name of the enclosing function/method/class, '' at top level: part of the fingerprint. */
  context: string;
  /** 0..1 */
  staticConfidence: number;
  /** Rule override of the per-CWE severity table, 0..10. */
  severity?: number;
  flow?: FlowStep[];
  /** A deterministic fix the rule proposes, not yet verified. */
  fix?: { edits: TextEdit[]; description: string; guidance: ReviewGuidance };
  /** Set when an inline or central suppression covers it. */
  suppressed?: Suppression;
}

export type ReviewGuidance = 'merge-without-review' | 'merge-after-cursory-review' | 'merge-after-review';

export interface Suppression {
  kind: 'inline' | 'config';
  /** The comment form of another analyzer that was honoured (`nosec`, `nosemgrep`, `codeql`). */
  via?: string;
  reason?: string;
  expires?: string;
}

export type FindingStatus = 'new' | 'existing' | 'fixed';

export interface Finding {
  id: string;
  ruleId: string;
  engines: string[];
  cwes: number[];
  message: string;
  /** Head path for new/existing, base path for fixed. */
  file: string;
  region: Region;
  flow?: FlowStep[];
  /** 0..10, GitHub's security-severity scale. */
  severity: number;
  staticConfidence: number;
  /** Undefined when no dynamic job covered the file: "no dynamic evidence". */
  dynamicCoverage?: number;
  score: number;
  prioritized: boolean;
  status: FindingStatus;
  fingerprint: string;
  snippet: string;
  attribution?: Attribution;
  suppressed?: Suppression;
  repair?: Repair;
}

export interface Repair {
  findingId: string;
  strategy: 'rule' | 'llm';
  edits: TextEdit[];
  explanation: string;
  reviewGuidance: ReviewGuidance;
  verification: {
    targetRemoved: boolean;
    introduced: EngineFinding[];
    parses: boolean;
    /** Set when a test command ran on a copy with the candidate applied (`aigis fix` only). */
    tests?: { command: string; passed: boolean; output: string };
  };
  outcome: 'proposed' | 'rejected';
  rejectedBecause?: string;
  /** Where the candidate came from: enough to reproduce or audit it. */
  provenance?: RepairProvenance;
  /** Earlier candidates for the same finding that failed (auto: the rule fix before the LLM's). */
  attempts?: { strategy: 'rule' | 'llm'; rejectedBecause: string }[];
}

export interface RepairProvenance {
  strategy: 'rule' | 'llm';
  /** The rule whose fix it is, or the model that wrote it. */
  ruleId?: string;
  model?: string;
  /** sha256 of the exact messages sent for the repair (meta-prompt answer included). */
  promptHash?: string;
  tokens?: { prompt: number; completion: number; total: number };
}

/** The research's outcome classes for a repaired file (or the whole PR). */
export type RepairOutcomeClass =
  'fully-fixed' | 'partially-fixed' | 'not-fixed' | 'fixed-but-introduced' | 'not-fixed-and-introduced';

export interface RepairOutcome {
  /** The file, or absent for the PR as a whole. */
  file?: string;
  class: RepairOutcomeClass;
  /** Findings a repair was attempted for, how many of them the candidates removed, how many were proposed. */
  targets: number;
  removed: number;
  proposed: number;
  /** CWEs that candidates brought in (those candidates were not proposed). */
  introducedCwes: number[];
  /** Sum of the severities of the new findings before, and after applying the proposed repairs. */
  severityBefore: number;
  severityAfter: number;
  /** 0..100: (before - after) / before. */
  severityReduction: number;
}

/** What the LLM path cost: tokens always, money only when a price is configured. */
export interface LlmUsage {
  model: string;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** Set when the configured token budget ran out: later findings were not sent. */
  budgetExhausted?: boolean;
  costUsd?: number;
}

export interface RepairSummary {
  mode: RepairMode;
  files: RepairOutcome[];
  overall: RepairOutcome;
  llm?: LlmUsage;
}

export interface RuleMeta {
  id: string;
  name: string;
  engine: string;
  cwes: number[];
  message: string;
  description: string;
  severity: number;
  precision: 'very-high' | 'high' | 'medium' | 'low';
  helpUri?: string;
}

export interface EngineRun {
  name: string;
  version: string;
  durationMs: number;
  filesAnalyzed: number;
  /** Set when the tool did not run here: its SARIF was read by this engine (e.g. `sarif`). */
  via?: string;
}

export type GatePolicy = 'none' | 'new' | 'new-high' | 'score';

/** A stricter (or looser) policy for findings on lines an AI tool wrote. */
export interface AiPolicy {
  policy: GatePolicy;
  /** Attributions below this confidence do not count as AI for the policy. */
  minConfidence: number;
}

export type RepairMode = 'off' | 'rule' | 'llm' | 'auto';

/** A central suppression from the config: by rule id (glob) or CWE, optionally limited to paths. */
export interface SuppressionRule {
  rule?: string;
  cwe?: number;
  paths?: string[];
  reason?: string;
  /** YYYY-MM-DD: the last day it applies. */
  expires?: string;
}

export interface GateVerdict {
  policy: GatePolicy;
  aiPolicy?: AiPolicy;
  passed: boolean;
  /** One sentence: why it passed or failed. */
  reason: string;
  failing: string[];
}

export interface Weights {
  static: number;
  dynamic: number;
  threshold: number;
}

/** A sanitizer-confirmed crash of a fuzz job, deduplicated by its stack. */
export interface FuzzCrash {
  job: string;
  /** The sanitizer's bug kind: `stack-buffer-overflow`, `heap-use-after-free`, `SEGV`, ... */
  kind: string;
  cwes: number[];
  summary: string;
  /** new: it does not reproduce on the base revision's build; existing: it does (as CIFuzz decides). */
  status: 'new' | 'existing';
  /** The innermost frame in the repository's code. */
  location?: { file: string; line: number; column?: number; function: string };
  /** The repository's frames of every stack in the report (access, allocation, free), innermost first. */
  stack: { function: string; file: string; line: number }[];
  /** The crashing input, base64. */
  input: string;
  /** The input as a file in the artifacts directory, when one was given. */
  inputPath?: string;
  /** Milliseconds from the job's start to this crash (0 for a seed that crashes). */
  timeToCrashMs?: number;
  /** Other crashing inputs with the same stack. */
  duplicates: number;
  /** Out of memory or a too-big allocation: a resource problem, reported but not a memory-safety finding. */
  resource?: boolean;
}

export interface FuzzJobReport {
  name: string;
  harness: string;
  mode: 'libfuzzer' | 'stdin' | 'file';
  /** ran; build-failed: the harness did not compile; failed: afl-fuzz could not run it. */
  outcome: 'ran' | 'build-failed' | 'failed';
  /** Why it failed, or what limited it. */
  message?: string;
  seconds: number;
  durationMs: number;
  execsPerSec: number;
  execs: number;
  edgesFound: number;
  totalEdges: number;
  crashes: number;
  hangs: number;
}

/** What the fuzz stage did: absent from a result when fuzzing was not asked for. */
export interface FuzzReport {
  /** The time box of each job, seconds. */
  seconds: number;
  tool?: string;
  jobs: FuzzJobReport[];
  crashes: FuzzCrash[];
  /** Why no job ran, when none did ("no dynamic evidence"). */
  skipped?: string;
  /** Whether jobs ran without network. */
  networkIsolated?: boolean;
  /** file -> lines the coverage build instrumented and lines the corpus executed: DynCoverage's input. */
  coverage: Record<string, { instrumented: number[]; executed: number[] }>;
}

/** Everything the reporters need: the output of the whole pipeline. */
export interface ReviewResult {
  tool: { name: 'aigis'; version: string };
  mode: 'review' | 'scan';
  base?: string;
  head?: string;
  meta?: PullRequestMeta;
  files: { path: string; language?: Language; status?: FileStatus }[];
  skipped: SkippedFile[];
  provenance?: Provenance;
  findings: Finding[];
  rules: RuleMeta[];
  engines: EngineRun[];
  weights: Weights;
  verdict: GateVerdict;
  diagnostics: Diagnostic[];
  timings: Record<string, number>;
  /** Outcome classes, severity reduction and LLM usage of the repair stage, when repairs were attempted. */
  repair?: RepairSummary;
  /** The fuzz stage's numbers, when `--fuzz` was given. */
  fuzz?: FuzzReport;
}
