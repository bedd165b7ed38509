/** What a review or scan is asked to do: the same options from CLI flags, Action inputs or config. */
import type { GatePolicy, PullRequestMeta, Weights } from '../core/types.js';
import { DEFAULT_WEIGHTS } from '../stages/rank/score.js';

export type RepairMode = 'off' | 'rule';

export interface PipelineOptions {
  policy: GatePolicy;
  weights: Weights;
  repair: RepairMode;
  /** Files larger than this are skipped with a reason, never read. */
  maxFileBytes: number;
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
