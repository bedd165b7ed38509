import type { Logger } from '../core/logger.js';

/** Runs one stage inside the logger's group and records its wall time in milliseconds. */
export async function timed<T>(
  log: Logger,
  timings: Record<string, number>,
  stage: string,
  fn: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    return await log.group(stage, fn);
  } finally {
    timings[stage] = Math.round(performance.now() - started);
  }
}
