/**
 * One logging interface for the Action and the CLI (as codeql-action does):
 * the core only ever talks to this, never to @actions/core or the console.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** A named, timed section: a collapsible group in the Action log, a heading on a terminal. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Progress of a long stage; shown only where someone watches (a TTY). */
  progress(stage: string, done: number, total: number): void;
}

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
  group: (_name, fn) => fn(),
  progress: () => {},
};
