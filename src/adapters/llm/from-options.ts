/**
 * The model for a run, when `repair: llm|auto` asks for one: the endpoint and limits from the
 * options, the key from the environment (or the Action's input) — never from flags or the config
 * file, where it would end up in shell history, process listings or the repository.
 */
import { UsageError } from '../../core/errors.js';
import type { LlmPort } from '../../core/llm-port.js';
import type { PipelineOptions } from '../../pipeline/options.js';
import { createOpenAiLlm } from './openai.js';

/** The more specific one wins, so aigis can use another key than the rest of the job. */
export const LLM_KEY_VARIABLES = ['AIGIS_LLM_API_KEY', 'OPENAI_API_KEY'] as const;

export function llmKeyFrom(env: NodeJS.ProcessEnv): string | undefined {
  for (const name of LLM_KEY_VARIABLES) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** undefined when the repair mode needs no model. `keyHint` says where the key was expected. */
export function createLlmFor(
  opts: Pick<PipelineOptions, 'repair' | 'llm'>,
  apiKey: string | undefined,
  keyHint = LLM_KEY_VARIABLES.join(' or '),
): LlmPort | undefined {
  if ((opts.repair !== 'llm' && opts.repair !== 'auto') || !opts.llm) return undefined;
  if (!apiKey) throw new UsageError(`repair ${opts.repair} needs the LLM endpoint's API key in ${keyHint}`);
  return createOpenAiLlm({
    ...(opts.llm.baseUrl ? { baseUrl: opts.llm.baseUrl } : {}),
    model: opts.llm.model,
    apiKey,
    timeoutMs: opts.llm.timeoutMs,
    maxRetries: opts.llm.maxRetries,
  });
}
