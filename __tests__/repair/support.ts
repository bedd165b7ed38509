/** Runs the scan pipeline with the real built-in engine and, when asked, the real `openai` client. */
import { createOpenAiLlm } from '../../src/adapters/llm/openai.js';
import type { SourceFile } from '../../src/core/adapters.js';
import type { EngineSetup } from '../../src/composition.js';
import type { Finding, ReviewResult } from '../../src/core/types.js';
import {
  DEFAULT_LLM_LIMITS,
  DEFAULT_OPTIONS,
  type LlmOptions,
  type PipelineOptions,
} from '../../src/pipeline/options.js';
import { scan } from '../../src/pipeline/scan.js';
import { messages } from '../pipeline/support.js';

export const TEST_KEY = 'sk-test-0123456789abcdef';

export interface LlmRun {
  server: { baseUrl: string };
  llm?: Partial<LlmOptions>;
}

export async function scanWith(
  setup: EngineSetup,
  files: SourceFile[],
  opts: Partial<PipelineOptions>,
  run?: LlmRun,
): Promise<ReviewResult> {
  const llmOpts: LlmOptions | undefined = run
    ? { model: 'test-model', baseUrl: run.server.baseUrl, ...DEFAULT_LLM_LIMITS, maxRetries: 0, ...run.llm }
    : undefined;
  const llm = llmOpts
    ? createOpenAiLlm({
        baseUrl: llmOpts.baseUrl!,
        model: llmOpts.model,
        apiKey: TEST_KEY,
        timeoutMs: llmOpts.timeoutMs,
        maxRetries: llmOpts.maxRetries,
      })
    : undefined;
  return scan(
    { files, skipped: [] },
    { ...DEFAULT_OPTIONS, ...opts, ...(llmOpts ? { llm: llmOpts } : {}) },
    { engines: setup.engines, log: messages(), repair: setup.repair, ...(llm ? { llm } : {}) },
  );
}

export function findingAt(result: ReviewResult, file: string, line: number, cwe: number): Finding {
  const found = result.findings.filter(
    (f) => f.file === file && f.region.startLine === line && f.cwes.includes(cwe),
  );
  if (found.length !== 1) {
    const all = result.findings.map((f) => `${f.ruleId} ${f.file}:${f.region.startLine}`).join('; ');
    throw new Error(`expected one CWE-${cwe} finding at ${file}:${line}; all: ${all}`);
  }
  return found[0]!;
}
