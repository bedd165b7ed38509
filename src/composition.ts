/**
 * The composition root for Node: builds the engines and repair support from the Node adapters.
 * The CLI and the Action both call this, so they run exactly the same analysis.
 */
import { createNodeGrammarLoader } from './adapters/grammars.js';
import { defaultRulesDir, readRuleFiles, type RuleFile } from './adapters/rule-files.js';
import { createBuiltinEngine } from './analyzers/builtin/engine.js';
import { loadRules } from './analyzers/builtin/rule-loader.js';
import type { SuppressionForm } from './analyzers/builtin/suppressions.js';
import type { Engine } from './core/adapters.js';
import { UsageError } from './core/errors.js';
import type { Diagnostic } from './core/types.js';
import { createParserService } from './parsing/parser.js';
import type { RepairSupport } from './stages/repair/index.js';
import type { CodeqlSettings } from './pipeline/engine-options.js';
import { codeqlAndSarifEngines } from './composition-codeql.js';

export interface EngineSetupRequest {
  /** The engines asked for; absent: builtin, plus codeql when its CLI is found, plus sarif when logs are given. */
  engines?: string[] | undefined;
  /** Extra rules directories (absolute), added to the built-in rules. */
  rulesDirs: string[];
  /** The repository or working directory, for messages. */
  rootDir: string;
  /** Inline suppression comment forms the built-in engine honours (default: all). */
  suppressionComments?: readonly SuppressionForm[];
  codeql?: CodeqlSettings;
  /** SARIF logs (files or directories) for the sarif engine, absolute or relative to `cwd`. */
  sarif?: string[];
  /**
   * The directory the analysed files' paths are relative to, which CodeQL and SARIF logs describe
   * (default: the top of rootDir's git working tree, as diff paths are).
   */
  checkoutRoot?: string;
  /** Where relative SARIF paths start (default: rootDir). */
  cwd?: string;
  /** The environment discovery reads (PATH, RUNNER_TOOL_CACHE); default process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface EngineSetup {
  engines: Engine[];
  repair: RepairSupport;
  diagnostics: Diagnostic[];
}

export async function createNodeEngines(req: EngineSetupRequest): Promise<EngineSetup> {
  const parser = createParserService(createNodeGrammarLoader());
  const diagnostics: Diagnostic[] = [];
  const engines: Engine[] = [];

  if (!req.engines || req.engines.includes('builtin')) {
    const files: RuleFile[] = [];
    const builtinDir = defaultRulesDir();
    if (builtinDir) files.push(...(await readRuleFiles(builtinDir)));
    else
      diagnostics.push({
        level: 'error',
        source: 'setup',
        message: 'the built-in rules were not found: reinstall aigis',
      });
    for (const dir of req.rulesDirs) {
      try {
        files.push(...(await readRuleFiles(dir)));
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    }
    const loaded = loadRules(files);
    diagnostics.push(...loaded.diagnostics);
    engines.push(
      createBuiltinEngine({
        rules: loaded.rules,
        models: loaded.models,
        parser,
        ...(req.suppressionComments ? { suppressionForms: req.suppressionComments } : {}),
      }),
    );
  }
  // After builtin, always in this order: a merged finding keeps the first engine's identity.
  const external = await codeqlAndSarifEngines(req, parser);
  engines.push(...external.engines);
  diagnostics.push(...external.diagnostics);
  return { engines, repair: { parses: (language, text) => parser.parses(language, text) }, diagnostics };
}
