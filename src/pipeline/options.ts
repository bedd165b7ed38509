/** What a review or scan is asked to do: the same options from CLI flags, Action inputs or config. */
import type {
  AiPolicy,
  GatePolicy,
  PullRequestMeta,
  RepairMode,
  SuppressionRule,
  Weights,
} from '../core/types.js';
import type { SignatureTable } from '../stages/attribute/signatures.js';
import { DEFAULT_WEIGHTS } from '../stages/rank/score.js';

export type { RepairMode } from '../core/types.js';

/** Which findings are in scope: rule ids (globs) and CWE ids to include or exclude. */
export interface Selection {
  rulesInclude?: string[];
  rulesExclude?: string[];
  cwesInclude?: number[];
  cwesExclude?: number[];
}

export interface PipelineOptions {
  policy: GatePolicy;
  /** A separate policy for findings on AI-attributed lines; absent: the same policy for all. */
  aiPolicy?: AiPolicy;
  weights: Weights;
  repair: RepairMode;
  /** Files larger than this are skipped with a reason, never read. */
  maxFileBytes: number;
  /** Path globs: only these are analysed (when given), and never the ignored ones. */
  paths?: string[];
  pathsIgnore?: string[];
  selection?: Selection;
  /** Severity overrides keyed by rule id or `CWE-<n>`. */
  severity?: Record<string, number>;
  suppressions?: SuppressionRule[];
  /** The AI signature table; default the bundled one (see `extendTable` to add a user's own). */
  signatures?: SignatureTable;
  /** Today as YYYY-MM-DD, for suppression expiry (default: the clock's date); tests pin it. */
  today?: string;
}

export interface ReviewRequest extends PipelineOptions {
  /** Default: the merge base with the default branch. */
  base?: string;
  /** Default: HEAD. */
  head?: string;
  meta?: PullRequestMeta;
}

export const DEFAULT_OPTIONS: PipelineOptions = {
  policy: 'new-high',
  weights: DEFAULT_WEIGHTS,
  repair: 'rule',
  maxFileBytes: 1024 * 1024,
};
