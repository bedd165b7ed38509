/**
 * `--fuzz <seconds>` (the Action's `fuzz` input, the config's `fuzz.seconds`) and the config's
 * other fuzz keys as FuzzSettings: flag over config; 0 turns fuzzing off.
 */
import type { FuzzSettings } from '../analyzers/aflpp/types.js';
import type { FuzzConfig } from '../config/fuzz-schema.js';
import { UsageError } from '../core/errors.js';

export const MAX_FUZZ_SECONDS = 6 * 3600;

export function fuzzSettingsOf(
  seconds: string | undefined,
  label: string,
  config: FuzzConfig | undefined,
  only?: string[],
): FuzzSettings | undefined {
  let s = config?.seconds;
  if (seconds !== undefined && seconds.trim() !== '') {
    const n = Number(seconds);
    if (!Number.isInteger(n) || n < 0 || n > MAX_FUZZ_SECONDS) {
      throw new UsageError(
        `${label}: must be whole seconds from 0 (off) to ${MAX_FUZZ_SECONDS}; got '${seconds}'`,
      );
    }
    s = n;
  }
  if (!s) return undefined;
  return {
    seconds: s,
    ...(config?.harnesses ? { harnesses: config.harnesses } : {}),
    ...(config?.['stop-on-crash'] !== undefined ? { stopOnCrash: config['stop-on-crash'] } : {}),
    ...(config?.['memory-mb'] ? { memoryMb: config['memory-mb'] } : {}),
    ...(config?.ubsan !== undefined ? { ubsan: config.ubsan } : {}),
    ...(config?.artifacts ? { artifactsDir: config.artifacts } : {}),
    ...(only?.length ? { only } : {}),
  };
}
