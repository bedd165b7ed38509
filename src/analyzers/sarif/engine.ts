/**
 * The `sarif` engine: SARIF logs that other tools wrote earlier in the workflow (github/codeql-action
 * with upload disabled, Semgrep, Bandit, ESLint ...), normalised by ingestSarif. Each log's tool
 * keeps its own name as the engine of its findings, and is reported as having run "via sarif".
 *
 * The logs describe the checkout on disk, i.e. the head side; a changed file whose disk text is
 * not the head text under review gets none of their results (their lines would be wrong), and a
 * warning says so. That also keeps a repair's re-analysis honest: a candidate text is never on
 * disk, so old results are not replayed onto new code.
 */
import type { Engine, EngineOutput, SourceFile } from '../../core/adapters.js';
import { AIGIS_VERSION } from '../../core/version.js';
import type { ParserService } from '../../parsing/parser.js';
import { differWarning, matchCheckout, type ReadCheckoutFile } from './checkout.js';
import { ingestSarif } from './ingest.js';

export const SARIF_ENGINE_NAME = 'sarif';
const SOURCE = 'analyze/sarif';

export interface SarifLogs {
  /** The log files a user-given path stands for: the file itself, or a directory's `*.sarif` files. */
  expand(path: string): Promise<string[]>;
  /** The text of one log; throws an Error that says why it cannot be read. */
  read(path: string): Promise<string>;
}

export interface SarifEngineOptions {
  /** The logs as the user named them: files or directories. */
  paths: string[];
  logs: SarifLogs;
  /** The checkout the logs describe (absolute): relative URIs resolve against it. */
  root: string;
  readCheckoutFile: ReadCheckoutFile;
  parser?: ParserService;
}

export function createSarifEngine(options: SarifEngineOptions): Engine {
  return {
    name: SARIF_ENGINE_NAME,
    version: AIGIS_VERSION,
    async analyze(files: SourceFile[], onProgress, scope): Promise<EngineOutput> {
      const out: Required<EngineOutput> = { findings: [], rules: [], diagnostics: [], tools: [] };
      const head = files.filter((f) => f.side === 'head');
      const { same, differ } = await matchCheckout(head, options.readCheckoutFile);
      const warning = differWarning(
        SOURCE,
        differ,
        `the SARIF logs describe the checkout ${options.root}, and these files there are not the text under review, so the logs' results for them were not used; run the tools on the reviewed head commit`,
      );
      // A repair's re-analysis (no scope) gives a candidate text that is never on disk: nothing to say then.
      if (warning && (same.length > 0 || scope?.head)) out.diagnostics.push(warning);
      if (same.length === 0) return out;

      const logs: string[] = [];
      for (const path of options.paths) {
        try {
          const found = await options.logs.expand(path);
          if (found.length === 0)
            out.diagnostics.push({
              level: 'warning',
              source: SOURCE,
              file: path,
              message: `${path}: no .sarif file in this directory; nothing was read from it`,
            });
          logs.push(...found);
        } catch (e) {
          out.diagnostics.push(cannotRead(path, e));
        }
      }
      let done = 0;
      for (const path of logs) {
        let text: string;
        try {
          text = await options.logs.read(path);
        } catch (e) {
          out.diagnostics.push(cannotRead(path, e));
          onProgress?.(++done, logs.length);
          continue;
        }
        const r = await ingestSarif(text, {
          root: options.root,
          files: same,
          side: 'head',
          source: path,
          ...(options.parser ? { parser: options.parser } : {}),
        });
        out.findings.push(...r.findings);
        out.diagnostics.push(...r.diagnostics);
        const known = new Set(out.rules.map((x) => `${x.engine}\0${x.id}`));
        out.rules.push(...r.rules.filter((x) => !known.has(`${x.engine}\0${x.id}`)));
        for (const t of r.tools) {
          if (!out.tools.some((x) => x.name === t.engine && x.version === t.version)) {
            out.tools.push({ name: t.engine, version: t.version });
          }
        }
        onProgress?.(++done, logs.length);
      }
      return out;
    },
  };
}

function cannotRead(path: string, e: unknown) {
  return {
    level: 'error' as const,
    source: SOURCE,
    file: path,
    message: `cannot read the SARIF file ${path}: ${e instanceof Error ? e.message : String(e)}; its findings are missing from this report`,
  };
}
