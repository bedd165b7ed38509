/**
 * The CodeQL command lines, as argv arrays (never a shell string: paths in a PR are untrusted).
 * Pure, so tests can read exactly what the adapter will run.
 */
import type { Language } from '../../core/types.js';

export type CodeqlLanguage = 'python' | 'javascript-typescript' | 'java' | 'go' | 'cpp';
export type BuildMode = 'none' | 'autobuild' | 'manual';

export const CODEQL_LANGUAGES: Record<Language, CodeqlLanguage> = {
  python: 'python',
  javascript: 'javascript-typescript',
  typescript: 'javascript-typescript',
  tsx: 'javascript-typescript',
  java: 'java',
  go: 'go',
  c: 'cpp',
  cpp: 'cpp',
};

/**
 * Without a build where CodeQL supports it (Python, JavaScript/TypeScript, Java since 2.16). Go and
 * C/C++ need a build, and a build runs the PR's own build scripts — PR code — so it is opt-in
 * (`autobuild`, or a build command): without it those languages are skipped with a note.
 */
export const DEFAULT_BUILD_MODE: Record<CodeqlLanguage, BuildMode | undefined> = {
  python: 'none',
  'javascript-typescript': 'none',
  java: 'none',
  go: undefined,
  cpp: undefined,
};

/** The query packs' suite prefix: javascript-typescript databases use the `javascript` suites. */
const SUITE_PREFIX: Record<CodeqlLanguage, string> = {
  python: 'python',
  'javascript-typescript': 'javascript',
  java: 'java',
  go: 'go',
  cpp: 'cpp',
};

export const DEFAULT_SUITE = 'security-extended';

/** `security-extended` -> `python-security-extended.qls`; a path or a pack reference is used as given. */
export function suiteFor(language: CodeqlLanguage, suite: string = DEFAULT_SUITE): string {
  return /^[a-z][a-z-]*$/.test(suite) ? `${SUITE_PREFIX[language]}-${suite}.qls` : suite;
}

export interface Resources {
  threads: number;
  ramMb: number;
}

export interface CreateArgs extends Resources {
  database: string;
  language: CodeqlLanguage;
  sourceRoot: string;
  buildMode: BuildMode;
  /** For build mode manual: the build command CodeQL traces. */
  buildCommand?: string;
}

export function databaseCreateArgs(a: CreateArgs): string[] {
  return [
    'database',
    'create',
    a.database,
    `--language=${a.language}`,
    `--source-root=${a.sourceRoot}`,
    `--build-mode=${a.buildMode}`,
    ...(a.buildMode === 'manual' && a.buildCommand ? [`--command=${a.buildCommand}`] : []),
    `--threads=${a.threads}`,
    `--ram=${a.ramMb}`,
    '--overwrite',
  ];
}

export interface AnalyzeArgs extends Resources {
  database: string;
  suite: string;
  output: string;
}

export function databaseAnalyzeArgs(a: AnalyzeArgs): string[] {
  return [
    'database',
    'analyze',
    a.database,
    a.suite,
    '--format=sarif-latest',
    `--output=${a.output}`,
    `--threads=${a.threads}`,
    `--ram=${a.ramMb}`,
  ];
}

export const VERSION_ARGS = ['version', '--format=json'];

/** The version out of `codeql version --format=json` ({"productName":"CodeQL","version":"2.21.0",...}). */
export function parseVersion(stdout: string): string | undefined {
  try {
    const v = (JSON.parse(stdout) as { version?: unknown }).version;
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Tool-cache version directories, newest first: `2.21.0` > `2.20.7` > `2.9.0`; dated bundles last. */
export function newestFirst(versions: string[]): string[] {
  const key = (v: string) => (/^\d+(\.\d+)*/.exec(v)?.[0] ?? '').split('.').map(Number);
  return [...versions].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (kb[i] ?? -1) - (ka[i] ?? -1);
      if (d !== 0) return d;
    }
    return b.localeCompare(a);
  });
}
