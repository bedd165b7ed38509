/**
 * analyze: every engine over both sides of every analysable changed file. An engine that fails is a
 * diagnostic, never the end of the review: the other engines' findings still count.
 */
import type { AnalysisScope, Engine, EngineOutput, SourceFile } from '../../core/adapters.js';
import type { Logger } from '../../core/logger.js';
import type { Diagnostic, EngineFinding, EngineRun, PullRequest, RuleMeta } from '../../core/types.js';

export interface AnalysisOutput {
  findings: EngineFinding[];
  rules: RuleMeta[];
  diagnostics: Diagnostic[];
  runs: EngineRun[];
}

/** Both sides of each changed file that has a language: base for "fixed", head for "new". */
export function sourcesOf(pr: Pick<PullRequest, 'files'>): SourceFile[] {
  const out: SourceFile[] = [];
  for (const f of pr.files) {
    if (!f.language) continue;
    if (f.baseText !== undefined)
      out.push({ path: f.oldPath ?? f.path, language: f.language, text: f.baseText, side: 'base' });
    if (f.headText !== undefined)
      out.push({ path: f.path, language: f.language, text: f.headText, side: 'head' });
  }
  return out;
}

export async function analyze(
  files: SourceFile[],
  engines: Engine[],
  log: Logger,
  clock: () => number = () => performance.now(),
  scope?: AnalysisScope,
): Promise<AnalysisOutput> {
  const out: AnalysisOutput = { findings: [], rules: [], diagnostics: [], runs: [] };
  const seenRules = new Set<string>();
  for (const engine of engines) {
    const started = clock();
    let tools: NonNullable<EngineOutput['tools']> = [];
    try {
      const result = await engine.analyze(
        files,
        (done, total) => log.progress(`analyze/${engine.name}`, done, total),
        scope,
      );
      out.findings.push(...result.findings);
      out.diagnostics.push(...result.diagnostics);
      tools = result.tools ?? [];
      for (const r of result.rules) {
        if (seenRules.has(r.id)) continue;
        seenRules.add(r.id);
        out.rules.push(r);
      }
    } catch (e) {
      out.diagnostics.push({
        level: 'error',
        source: `analyze/${engine.name}`,
        message: `engine ${engine.name} failed: ${e instanceof Error ? e.message : String(e)}; its findings are missing from this report`,
      });
    }
    out.runs.push({
      name: engine.name,
      version: engine.version,
      durationMs: Math.round(clock() - started),
      filesAnalyzed: files.length,
    });
    // The tools behind a SARIF file ran elsewhere; the report still names them and their versions.
    const durationMs = out.runs.at(-1)!.durationMs;
    for (const t of tools) {
      if (t.name === engine.name) continue;
      out.runs.push({ ...t, durationMs, filesAnalyzed: files.length, via: engine.name });
    }
  }
  return out;
}
