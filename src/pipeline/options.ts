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
import type { FuzzSettings } from '../analyzers/aflpp/types.js';
import { DEFAULT_WEIGHTS } from '../stages/rank/score.js';

export type { RepairMode } from '../core/types.js';

/** Which findings are in scope: rule ids (globs) and CWE ids to include or exclude. */
export interface Selection {
  rulesInclude?: string[];
  rulesExclude?: string[];
  cwesInclude?: number[];
  cwesExclude?: number[];
}

/** The LLM repair's endpoint and limits (the key is not here: it goes to the adapter only). */
export interface LlmOptions {
  /** Default: the `openai` client's (https://api.openai.com/v1). */
  baseUrl?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  /** Most tokens (prompt + answer) one run may spend. */
  tokenBudget: number;
  pricePerMillionInput?: number;
  pricePerMillionOutput?: number;
}

export const DEFAULT_LLM_LIMITS = { timeoutMs: 60_000, maxRetries: 2, tokenBudget: 200_000 } as const;

export interface PipelineOptions {
  policy: GatePolicy;
  /** A separate policy for findings on AI-attributed lines; absent: the same policy for all. */
  aiPolicy?: AiPolicy;
  weights: Weights;
  repair: RepairMode;
  /** Set when an LLM is configured; `repair: llm|auto` needs it. */
  llm?: LlmOptions;
  /** Runs on a copy with each candidate applied, in `aigis fix` only (it runs the PR's code). */
  repairTestCommand?: string;
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
  /** AFL++ jobs on the C/C++ harnesses the PR touches (review only); absent: no fuzzing. */
  fuzz?: FuzzSettings;
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
