/** Score(v) = wS·StaticConf(v) + wD·DynCoverage(v); findings at or over the threshold are prioritised. */
import type { Weights } from '../../core/types.js';

export const DEFAULT_WEIGHTS: Weights = { static: 0.7, dynamic: 0.3, threshold: 0.5 };

export function score(staticConfidence: number, dynamicCoverage: number | undefined, w: Weights): number {
  const s = w.static * staticConfidence + w.dynamic * (dynamicCoverage ?? 0);
  return Math.round(s * 1000) / 1000;
}
