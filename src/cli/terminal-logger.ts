/**
 * The CLI's Logger: everything on stderr so stdout carries only the report. Progress lines
 * (files done of total, elapsed) are drawn only when stderr is a terminal someone watches.
 */
import type { Logger } from '../core/logger.js';

export interface TerminalLoggerOptions {
  stream: NodeJS.WriteStream;
  verbose: boolean;
  quiet: boolean;
}

export function createTerminalLogger(opts: TerminalLoggerOptions): Logger {
  const { stream } = opts;
  const tty = stream.isTTY === true;
  const started = performance.now();
  let progressShown = false;
  let lastDraw = 0;

  const clearProgress = () => {
    if (progressShown) {
      stream.write('\r\x1b[2K');
      progressShown = false;
    }
  };
  const line = (text: string) => {
    clearProgress();
    stream.write(text + '\n');
  };
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;

  return {
    debug: (m) => {
      if (opts.verbose) line(`debug: ${m}`);
    },
    info: (m) => {
      if (!opts.quiet) line(m);
    },
    warning: (m) => line(`warning: ${m}`),
    error: (m) => line(`error: ${m}`),
    async group(name, fn) {
      const t0 = performance.now();
      try {
        return await fn();
      } finally {
        clearProgress();
        if (opts.verbose || (tty && !opts.quiet)) {
          line(`✓ ${name} (${Math.round(performance.now() - t0)} ms)`);
        }
      }
    },
    progress(stage, done, total) {
      if (!tty || opts.quiet) return;
      const now = performance.now();
      // Redrawing on every file would cost more than the work on small files.
      if (done < total && now - lastDraw < 100) return;
      lastDraw = now;
      stream.write(`\r\x1b[2K${stage}: ${done}/${total} files, ${elapsed()}`);
      progressShown = true;
    },
  };
}
