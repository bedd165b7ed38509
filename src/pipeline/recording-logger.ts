import type { Logger } from '../core/logger.js';
import type { Diagnostic } from '../core/types.js';

/**
 * A Logger that also keeps a stage's warnings and errors as Diagnostics, so what the log said
 * (a shallow clone, a failed blame) is in the report too and not lost with the log.
 */
export function recordingLogger(log: Logger, source: string, into: Diagnostic[]): Logger {
  return {
    ...log,
    warning(message) {
      into.push({ level: 'warning', source, message });
      log.warning(message);
    },
    error(message) {
      into.push({ level: 'error', source, message });
      log.error(message);
    },
  };
}
