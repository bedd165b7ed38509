/**
 * The composition of the engines that read other tools' work: `codeql` (the CodeQL CLI, found on
 * this machine) and `sarif` (logs given by the user). Which run: those asked for, or by default
 * codeql when its CLI is found and sarif when logs are given; what could not run is a diagnostic.
 */
import { discoverCodeql } from './adapters/codeql/discover.js';
import { createCodeqlWorkspace, createSarifLogs, runnerResources } from './adapters/codeql/workspace.js';
import { createCodeqlEngine } from './analyzers/codeql/engine.js';
import { createSarifEngine } from './analyzers/sarif/engine.js';
import type { Engine } from './core/adapters.js';
import type { Diagnostic } from './core/types.js';
import type { ParserService } from './parsing/parser.js';
import type { EngineSetupRequest } from './composition.js';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';

export async function codeqlAndSarifEngines(
  req: EngineSetupRequest,
  parser: ParserService,
): Promise<{ engines: Engine[]; diagnostics: Diagnostic[] }> {
  const engines: Engine[] = [];
  const diagnostics: Diagnostic[] = [];
  const asked = (name: string) => req.engines?.includes(name) === true;
  const workspace = createCodeqlWorkspace({
    rootDir: req.rootDir,
    ...(req.checkoutRoot ? { workTree: req.checkoutRoot } : {}),
  });

  if (!req.engines || asked('codeql')) {
    const settings = req.codeql ?? { base: false, autobuild: false };
    const found = await discoverCodeql({
      ...(settings.path ? { path: settings.path } : {}),
      ...(req.env ? { env: req.env } : {}),
    });
    if (found.found) {
      diagnostics.push({
        level: 'note',
        source: 'setup',
        message: `CodeQL ${found.cli.version} found: ${found.how}`,
      });
      engines.push(
        createCodeqlEngine({
          cli: found.cli,
          workspace,
          resources: runnerResources(),
          base: settings.base,
          autobuild: settings.autobuild,
          ...(settings.suite ? { suite: settings.suite } : {}),
          ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
          ...(settings.buildCommand ? { buildCommand: settings.buildCommand } : {}),
          parser,
        }),
      );
    } else {
      // Asked for by name or by path, its absence is a problem; by default, only news.
      const problem = found.given || asked('codeql');
      diagnostics.push({
        level: found.given ? 'error' : problem ? 'warning' : 'note',
        source: 'setup',
        message: `${found.reason}; the codeql engine did not run${problem ? '' : ' (the other engines did)'}. Install it with github/codeql-action/init, or pass its path with --codeql / the codeql-path input`,
      });
    }
  }

  const sarif = req.sarif ?? [];
  if (sarif.length > 0 && (!req.engines || asked('sarif'))) {
    const root = await workspace.workTree();
    engines.push(
      createSarifEngine({
        paths: sarif,
        logs: createSarifLogs(req.cwd ?? req.rootDir),
        root,
        readCheckoutFile: (path) => readFile(join(root, path), 'utf8').catch(() => undefined),
        parser,
      }),
    );
  } else if (sarif.length > 0) {
    diagnostics.push({
      level: 'warning',
      source: 'setup',
      message: `SARIF logs were given (${sarif.join(', ')}) but the engines asked for leave out sarif, so they were not read`,
    });
  } else if (asked('sarif')) {
    diagnostics.push({
      level: 'warning',
      source: 'setup',
      message:
        'the sarif engine was asked for, but no SARIF log was given: pass --sarif <file> (or the sarif input / config key)',
    });
  }
  return { engines, diagnostics };
}
