/** Which language a file is in (by extension) and which tree-sitter grammar parses it. */
import type { Language } from '../core/types.js';

const EXTENSIONS: Record<string, Language> = {
  py: 'python',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'tsx',
  java: 'java',
  go: 'go',
  c: 'c',
  h: 'c',
  cc: 'cpp',
  cpp: 'cpp',
  cxx: 'cpp',
  'c++': 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  hxx: 'cpp',
};

/** The grammar .wasm file name of each language, as its npm package ships it. */
export const GRAMMAR_FILES: Readonly<Record<Language, string>> = {
  python: 'tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  java: 'tree-sitter-java.wasm',
  go: 'tree-sitter-go.wasm',
  c: 'tree-sitter-c.wasm',
  cpp: 'tree-sitter-cpp.wasm',
};

/** The npm package that ships each grammar file. */
export const GRAMMAR_PACKAGES: Readonly<Record<Language, string>> = {
  python: 'tree-sitter-python',
  javascript: 'tree-sitter-javascript',
  typescript: 'tree-sitter-typescript',
  tsx: 'tree-sitter-typescript',
  java: 'tree-sitter-java',
  go: 'tree-sitter-go',
  c: 'tree-sitter-c',
  cpp: 'tree-sitter-cpp',
};

/** The language of a path by its extension (case-insensitive), or undefined when we have no grammar for it. */
export function languageForPath(path: string): Language | undefined {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return EXTENSIONS[base.slice(dot + 1).toLowerCase()];
}

export function grammarFileFor(language: Language): string {
  return GRAMMAR_FILES[language];
}

/** The file extension used for a language's rule fixtures. */
export const FIXTURE_EXTENSIONS: Readonly<Record<Language, string>> = {
  python: 'py',
  javascript: 'js',
  typescript: 'ts',
  tsx: 'tsx',
  java: 'java',
  go: 'go',
  c: 'c',
  cpp: 'cpp',
};
