/**
 * The LLM port over the official `openai` client, for any OpenAI-compatible endpoint (OpenAI, Azure
 * OpenAI's v1 API, vLLM, Ollama, LiteLLM ...). The key travels only in the Authorization header the
 * client builds: it is never logged, never put in a URL or an argv.
 */
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import {
  LlmError,
  type LlmAnswer,
  type LlmCallOptions,
  type LlmMessage,
  type LlmPort,
} from '../../core/llm-port.js';

export interface OpenAiLlmOptions {
  /** Default: the client's (https://api.openai.com/v1). */
  baseUrl?: string;
  model: string;
  apiKey: string;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Retries of timeouts, 408/409/429 and 5xx, with the client's backoff (it honours Retry-After). */
  maxRetries: number;
}

export function createOpenAiLlm(opts: OpenAiLlmOptions): LlmPort {
  const client = new OpenAI({
    apiKey: opts.apiKey,
    ...(opts.baseUrl ? { baseURL: opts.baseUrl } : {}),
    timeout: opts.timeoutMs,
    maxRetries: opts.maxRetries,
    // Organisation/project headers from the environment would leak to a third-party endpoint.
    organization: null,
    project: null,
  });
  return {
    model: opts.model,
    async complete(messages: LlmMessage[], call: LlmCallOptions): Promise<LlmAnswer> {
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      const started = Date.now();
      try {
        completion = await client.chat.completions.create({
          model: opts.model,
          messages,
          max_tokens: call.maxTokens,
          temperature: 0,
        });
      } catch (e) {
        throw asLlmError(e, opts.timeoutMs, Date.now() - started);
      }
      const text = completion.choices?.[0]?.message?.content;
      if (typeof text !== 'string' || text.trim() === '') {
        throw new LlmError('empty', 'the endpoint answered without any text');
      }
      return {
        text,
        model: completion.model || opts.model,
        promptTokens: completion.usage?.prompt_tokens ?? 0,
        completionTokens: completion.usage?.completion_tokens ?? 0,
      };
    },
  };
}

/** SDK errors in the report's words; the message never carries the request (nor its key). */
function asLlmError(e: unknown, timeoutMs: number, elapsedMs: number): LlmError {
  // Not every fetch says that it timed out (the client notes this too): a connection error that
  // came after the whole time limit is one.
  const timedOut =
    e instanceof APIConnectionTimeoutError || (e instanceof APIConnectionError && elapsedMs >= timeoutMs);
  if (timedOut) return new LlmError('timeout', `the endpoint did not answer within ${timeoutMs / 1000}s`);
  if (e instanceof RateLimitError)
    return new LlmError('rate-limited', 'the endpoint is rate limiting (HTTP 429)');
  if (e instanceof AuthenticationError || e instanceof PermissionDeniedError)
    return new LlmError('auth', `the endpoint refused the key (HTTP ${e.status})`);
  if (e instanceof APIConnectionError)
    return new LlmError('connection', `cannot reach the endpoint: ${e.message}`);
  if (e instanceof APIError) return new LlmError('http', `the endpoint answered HTTP ${e.status ?? '?'}`);
  return new LlmError('http', e instanceof Error ? e.message : String(e));
}
