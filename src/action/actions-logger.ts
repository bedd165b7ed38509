/** The Action's Logger: one collapsible, timed group per stage in the workflow log. */
import * as core from '@actions/core';
import type { Logger } from '../core/logger.js';

export function createActionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    async group(name, fn) {
      const t0 = performance.now();
      core.startGroup(`aigis: ${name}`);
      try {
        return await fn();
      } finally {
        core.info(`${name} took ${Math.round(performance.now() - t0)} ms`);
        core.endGroup();
      }
    },
    // The Actions log is not a terminal: progress would only add noise lines.
    progress: () => {},
  };
}
