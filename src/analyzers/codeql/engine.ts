/**
 * The `codeql` engine: the CodeQL CLI run on a checkout, one database per language the PR touches,
 * its SARIF normalised by ingestSarif and kept to the changed files (diff-informed).
 *
 * Decisions:
 * - Head only by default: a base-side database doubles the cost, so status comes from fingerprints
 *   instead — a CodeQL finding on an added line is "new" unless another engine saw the same
 *   weakness on the base side, and one on untouched lines is "existing". `base: true` analyses the
 *   base revision too, in a copy of it.
 * - The head is the working tree when its changed files are the head texts (the Action, `aigis
 *   review` at HEAD); otherwise a copy of the head revision, and a note says so.
 * - Without revisions (`scan`, a repair's re-analysis) only files whose disk text is the one given
 *   are analysed: a repair candidate is never on disk, so CodeQL is not re-run per candidate.
 * - A language that fails (build, time-out, bad SARIF) is a diagnostic; the other languages and
 *   engines still count.
 */
import type { AnalysisScope, Engine, EngineOutput, SourceFile } from '../../core/adapters.js';
import type { Diagnostic, EngineFinding, RuleMeta, Side } from '../../core/types.js';
import type { ParserService } from '../../parsing/parser.js';
import { differWarning, matchCheckout } from '../sarif/checkout.js';
import { ingestSarif } from '../sarif/ingest.js';
import {
  CODEQL_LANGUAGES,
  DEFAULT_BUILD_MODE,
  DEFAULT_SUITE,
  databaseAnalyzeArgs,
  databaseCreateArgs,
  suiteFor,
  type BuildMode,
  type CodeqlLanguage,
  type Resources,
} from './commands.js';

export const CODEQL_ENGINE_NAME = 'codeql';
const SOURCE = 'analyze/codeql';

export interface ProcessResult {
  /** null when the process was killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** The CodeQL CLI, found and version-checked (src/adapters/codeql/cli.ts). */
export interface CodeqlCli {
  readonly path: string;
  readonly version: string;
  run(args: string[], opts: { timeoutMs: number }): Promise<ProcessResult>;
}

/** The disk the CLI works on: checkouts and scratch space (src/adapters/codeql/workspace.ts). */
export interface CodeqlWorkspace {
  /** The working tree's top directory (absolute). */
  workTree(): Promise<string>;
  /** A fresh empty directory for databases, SARIF output and checkouts. */
  makeTempDir(): Promise<string>;
  removeDir(path: string): Promise<void>;
  /** A file's text by absolute path, undefined when it does not exist. */
  readText(path: string): Promise<string | undefined>;
  /** Writes the tree of a revision into an empty directory. */
  materialise(rev: string, dir: string): Promise<void>;
}

export interface CodeqlEngineOptions {
  cli: CodeqlCli;
  workspace: CodeqlWorkspace;
  /** `security-extended` (default), `security-and-quality`, `code-scanning`, or a suite path. */
  suite?: string;
  /** Per command (database create, database analyze). Default 15 minutes. */
  timeoutMs?: number;
  resources: Resources;
  /** Analyse the base revision too (costly), instead of deriving status from fingerprints. */
  base?: boolean;
  /** Go and C/C++ need a build: autobuild, opt-in because it runs the PR's build scripts. */
  autobuild?: boolean;
  /** Traced by CodeQL for compiled languages (build mode manual). It runs PR code: opt-in. */
  buildCommand?: string;
  parser?: ParserService;
}

export const DEFAULT_CODEQL_TIMEOUT_MS = 15 * 60_000;

interface Checkout {
  root: string;
  files: SourceFile[];
  dispose(): Promise<void>;
}

export function createCodeqlEngine(options: CodeqlEngineOptions): Engine {
  const { cli, workspace } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_CODEQL_TIMEOUT_MS;

  function buildModeFor(language: CodeqlLanguage): BuildMode | undefined {
    const fallback = DEFAULT_BUILD_MODE[language];
    if (fallback === 'none') return 'none';
    if (options.buildCommand) return 'manual';
    return options.autobuild ? 'autobuild' : undefined;
  }

  /** The head side: the working tree when it holds the reviewed texts, else a copy of the revision. */
  async function headCheckout(
    files: SourceFile[],
    scope: AnalysisScope | undefined,
    diagnostics: Diagnostic[],
  ): Promise<Checkout | undefined> {
    const root = await workspace.workTree();
    const { same, differ } = await matchCheckout(files, (p) => workspace.readText(`${root}/${p}`));
    const keep = async () => {};
    if (differ.length === 0) return { root, files, dispose: keep };
    if (scope?.head) {
      diagnostics.push({
        level: 'note',
        source: SOURCE,
        message: `the working tree ${root} is not the reviewed head ${scope.head.slice(0, 12)} (${differ.length} changed file(s) differ), so CodeQL analysed a copy of the head revision in a temporary directory`,
      });
      return copyOf(scope.head, files);
    }
    // scan or a repair's re-analysis: nothing else to compare with than the disk.
    const warning = differWarning(
      SOURCE,
      differ,
      `CodeQL reads the files on disk under ${root}, and these are not the texts under analysis, so CodeQL did not analyse them`,
    );
    if (warning && same.length > 0) diagnostics.push(warning);
    return same.length > 0 ? { root, files: same, dispose: keep } : undefined;
  }

  async function copyOf(rev: string, files: SourceFile[]): Promise<Checkout> {
    const root = await workspace.makeTempDir();
    try {
      await workspace.materialise(rev, root);
    } catch (e) {
      await workspace.removeDir(root);
      throw e;
    }
    return { root, files, dispose: () => workspace.removeDir(root) };
  }

  /** Findings of earlier runs by side and path, with the text they were found in. */
  const analysed = new Map<string, { text: string; findings: EngineFinding[] }>();
  const cacheKey = (f: { side: Side; path: string }) => `${f.side}\0${f.path}`;
  function remember(files: SourceFile[], language: CodeqlLanguage, findings: EngineFinding[]): void {
    for (const f of files) {
      if (CODEQL_LANGUAGES[f.language] !== language) continue;
      const mine = findings.filter((x) => x.side === f.side && x.file === f.path);
      analysed.set(cacheKey(f), { text: f.text, findings: mine });
    }
  }

  /** True when CodeQL ran to the end and its SARIF was read. */
  async function runLanguage(
    language: CodeqlLanguage,
    side: Side,
    checkout: Checkout,
    out: Required<EngineOutput>,
  ): Promise<boolean> {
    const label = side === 'base' ? `${language} (base side)` : language;
    const buildMode = buildModeFor(language);
    if (!buildMode) {
      out.diagnostics.push({
        level: 'note',
        source: SOURCE,
        message: `CodeQL needs a build for ${language}, and a build runs the PR's own build scripts, so ${language} was not analysed by CodeQL; opt in with codeql autobuild or a codeql build command (in a job without secrets)`,
      });
      return false;
    }
    const dir = await workspace.makeTempDir();
    try {
      const database = `${dir}/db-${language}`;
      const sarif = `${dir}/${language}.sarif`;
      const steps: [string, string[]][] = [
        [
          'database create',
          databaseCreateArgs({
            database,
            language,
            sourceRoot: checkout.root,
            buildMode,
            ...(options.buildCommand ? { buildCommand: options.buildCommand } : {}),
            ...options.resources,
          }),
        ],
        [
          'database analyze',
          databaseAnalyzeArgs({
            database,
            suite: suiteFor(language, options.suite ?? DEFAULT_SUITE),
            output: sarif,
            ...options.resources,
          }),
        ],
      ];
      for (const [what, args] of steps) {
        const r = await cli.run(args, { timeoutMs });
        if (r.timedOut) {
          out.diagnostics.push({
            level: 'error',
            source: SOURCE,
            message: `codeql ${what} for ${label} timed out after ${formatSeconds(timeoutMs)} and was stopped; CodeQL findings for ${label} are missing (raise codeql-timeout, or give CodeQL its own job and pass its SARIF with --sarif)`,
          });
          return false;
        }
        if (r.code !== 0) {
          const hint =
            what === 'database create' && buildMode !== 'none'
              ? ` (build mode ${buildMode}: set a build command for ${language} with codeql-build-command)`
              : '';
          out.diagnostics.push({
            level: 'error',
            source: SOURCE,
            message: `codeql ${what} for ${label} failed (exit ${r.code ?? 'killed'})${hint}: ${lastLines(r.stderr || r.stdout)}; CodeQL findings for ${label} are missing`,
          });
          return false;
        }
      }
      const text = await workspace.readText(sarif);
      if (text === undefined) {
        out.diagnostics.push({
          level: 'error',
          source: SOURCE,
          message: `codeql database analyze for ${label} wrote no SARIF file at ${sarif}; CodeQL findings for ${label} are missing`,
        });
        return false;
      }
      const r = await ingestSarif(text, {
        root: checkout.root,
        files: checkout.files,
        side,
        source: `CodeQL SARIF for ${label}`,
        ...(options.parser ? { parser: options.parser } : {}),
      });
      out.findings.push(...r.findings.map((f): EngineFinding => ({ ...f, engine: CODEQL_ENGINE_NAME })));
      addRules(out.rules, r.rules);
      // Results in unchanged files are the point of diff-informed filtering, not news.
      out.diagnostics.push(...r.diagnostics.filter((d) => d.level !== 'note'));
      return !r.diagnostics.some((d) => d.level === 'error');
    } finally {
      await workspace.removeDir(dir);
    }
  }

  return {
    name: CODEQL_ENGINE_NAME,
    version: cli.version,
    async analyze(requested, onProgress, scope): Promise<EngineOutput> {
      const out: Required<EngineOutput> = { findings: [], rules: [], diagnostics: [], tools: [] };
      // A text CodeQL already analysed (a fix being checked against the head it came from) is
      // answered from the earlier run: a database costs minutes.
      const files: SourceFile[] = [];
      for (const f of requested) {
        const seen = analysed.get(cacheKey(f));
        if (seen && seen.text === f.text) out.findings.push(...seen.findings);
        else files.push(f);
      }
      const sides: [Side, () => Promise<Checkout | undefined>][] = [];
      const head = files.filter((f) => f.side === 'head');
      if (head.length > 0) sides.push(['head', () => headCheckout(head, scope, out.diagnostics)]);
      const base = files.filter((f) => f.side === 'base');
      if (options.base && scope?.base && base.length > 0) {
        const rev = scope.base;
        sides.push(['base', () => copyOf(rev, base)]);
      }
      const languagesOf = (list: SourceFile[]) =>
        [...new Set(list.map((f) => CODEQL_LANGUAGES[f.language]))].sort();
      const total = sides.reduce(
        (n, [side]) => n + languagesOf(files.filter((f) => f.side === side)).length,
        0,
      );
      let done = 0;
      for (const [side, open] of sides) {
        let checkout: Checkout | undefined;
        try {
          checkout = await open();
        } catch (e) {
          out.diagnostics.push({
            level: 'error',
            source: SOURCE,
            message: `cannot check out the ${side} revision for CodeQL: ${e instanceof Error ? e.message : String(e)}; CodeQL findings for the ${side} side are missing`,
          });
          continue;
        }
        if (!checkout) continue;
        try {
          for (const language of languagesOf(checkout.files)) {
            const before = out.findings.length;
            const ran = await runLanguage(language, side, checkout, out);
            if (ran) remember(checkout.files, language, out.findings.slice(before));
            onProgress?.(++done, Math.max(total, done));
          }
        } finally {
          await checkout.dispose();
        }
      }
      return out;
    },
  };
}

function addRules(into: RuleMeta[], rules: RuleMeta[]): void {
  for (const r of rules) {
    if (!into.some((x) => x.id === r.id)) into.push({ ...r, engine: CODEQL_ENGINE_NAME });
  }
}

function lastLines(text: string, n = 5): string {
  const lines = text.trim().split('\n').filter(Boolean);
  return lines.length === 0 ? 'no output' : lines.slice(-n).join(' | ');
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}
