/**
 * tree-sitter parsing over web-tree-sitter. The grammar bytes come through a GrammarLoader, so this
 * module does no I/O: the Node adapter (src/adapters/grammars.ts) reads them from dist/ or node_modules.
 */
import { Language as TsLanguage, Parser, Query, type Node, type Tree } from 'web-tree-sitter';
import type { Language, Region } from '../core/types.js';
import { grammarFileFor } from './languages.js';

export type { Node, Query, Tree } from 'web-tree-sitter';

export interface GrammarLoader {
  /** The bytes of a grammar .wasm file, by file name (e.g. `tree-sitter-python.wasm`). */
  load(grammarFile: string): Promise<Uint8Array>;
}

export interface ParsedFile {
  language: Language;
  text: string;
  tree: Tree;
  /** True when tree-sitter had to recover from syntax errors: the tree is partial. */
  hasError: boolean;
}

export interface ParserService {
  parse(language: Language, text: string): Promise<ParsedFile>;
  /** Compiles a query (cached by language and source); throws the QueryError of a bad query. */
  query(language: Language, source: string): Promise<Query>;
  /** True when the text parses without any error or missing node. */
  parses(language: Language, text: string): Promise<boolean>;
}

// Parser.init() sets up one wasm module per process: share it between services.
let initialised: Promise<void> | undefined;
function init(): Promise<void> {
  initialised ??= Parser.init().catch((e: unknown) => {
    initialised = undefined;
    throw e;
  });
  return initialised;
}

export function createParserService(loader: GrammarLoader): ParserService {
  const languages = new Map<Language, Promise<TsLanguage>>();
  const queries = new Map<string, Query>();
  let parser: Parser | undefined;

  function language(lang: Language): Promise<TsLanguage> {
    let loaded = languages.get(lang);
    if (!loaded) {
      const file = grammarFileFor(lang);
      loaded = init()
        .then(() => loader.load(file))
        .then((bytes) => TsLanguage.load(bytes))
        .catch((e: unknown) => {
          languages.delete(lang);
          throw new Error(
            `cannot load the ${lang} grammar (${file}): ${e instanceof Error ? e.message : String(e)}`,
          );
        });
      languages.set(lang, loaded);
    }
    return loaded;
  }

  async function parse(lang: Language, text: string): Promise<ParsedFile> {
    const tsLanguage = await language(lang);
    parser ??= new Parser();
    parser.setLanguage(tsLanguage);
    const tree = parser.parse(text);
    if (!tree) throw new Error(`tree-sitter returned no tree for this ${lang} text`);
    return { language: lang, text, tree, hasError: tree.rootNode.hasError };
  }

  return {
    parse,
    async query(lang, source) {
      const key = `${lang}\0${source}`;
      let q = queries.get(key);
      if (!q) {
        q = new Query(await language(lang), source);
        queries.set(key, q);
      }
      return q;
    },
    async parses(lang, text) {
      const parsed = await parse(lang, text);
      parsed.tree.delete();
      return !parsed.hasError;
    },
  };
}

/**
 * The SARIF region of a node. web-tree-sitter is given the text as a JS string and reports rows and
 * columns in UTF-16 code units (measured and tested, see __tests__/builtin/parser.test.ts), which is
 * SARIF's default columnKind: only the 0-based -> 1-based shift is needed.
 */
export function nodeRegion(node: Node): Region {
  return {
    startLine: node.startPosition.row + 1,
    startColumn: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
  };
}

/** The region spanning several nodes (the first's start to the last's end). */
export function spanRegion(first: Node, last: Node): Region {
  const a = nodeRegion(first);
  const b = nodeRegion(last);
  return { startLine: a.startLine, startColumn: a.startColumn, endLine: b.endLine, endColumn: b.endColumn };
}
