/** Shared by the collect tests: a language map (the real one lives in src/parsing) and a recording logger. */
import type { GitAdapter } from '../../src/core/adapters.js';
import type { Logger } from '../../src/core/logger.js';
import type { Language } from '../../src/core/types.js';

const EXTENSIONS: Record<string, Language> = {
  py: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  tsx: 'tsx',
  java: 'java',
  go: 'go',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
};

export function languageForPath(path: string): Language | undefined {
  const m = /\.([^./]+)$/.exec(path);
  return m ? EXTENSIONS[m[1]!.toLowerCase()] : undefined;
}

export interface RecordingLogger extends Logger {
  warnings: string[];
  infos: string[];
  progressCalls: [stage: string, done: number, total: number][];
}

export function recordingLogger(): RecordingLogger {
  const warnings: string[] = [];
  const infos: string[] = [];
  const progressCalls: [string, number, number][] = [];
  return {
    warnings,
    infos,
    progressCalls,
    debug: () => {},
    info: (m) => void infos.push(m),
    warning: (m) => void warnings.push(m),
    error: (m) => void warnings.push(m),
    group: (_name, fn) => fn(),
    progress: (stage, done, total) => void progressCalls.push([stage, done, total]),
  };
}

/** Wraps an adapter to record which blobs were read. */
export function spyReads(git: GitAdapter): { git: GitAdapter; read: string[] } {
  const read: string[] = [];
  return {
    read,
    git: {
      ...git,
      readBlob: (blob) => {
        read.push(blob);
        return git.readBlob(blob);
      },
    },
  };
}
