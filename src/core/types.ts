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
  };
  outcome: 'proposed' | 'rejected';
  rejectedBecause?: string;
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
}

export type GatePolicy = 'none' | 'new' | 'new-high' | 'score';

/** A stricter (or looser) policy for findings on lines an AI tool wrote. */
export interface AiPolicy {
  policy: GatePolicy;
  /** Attributions below this confidence do not count as AI for the policy. */
  minConfidence: number;
}

export type RepairMode = 'off' | 'rule';

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
}
