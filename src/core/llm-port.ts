/**
 * The port through which the repair stage talks to a language model. The adapter (src/adapters/llm/)
 * owns the endpoint, the key, timeouts and retries; the core only sees messages and answers.
 */

export interface LlmMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface LlmCallOptions {
  /** Upper bound on the answer's tokens. */
  maxTokens: number;
}

export interface LlmAnswer {
  text: string;
  /** The model that answered, as the endpoint names it. */
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/** Why a call failed, in words the report can use: the stage never sees an SDK's error classes. */
export type LlmFailure = 'timeout' | 'rate-limited' | 'auth' | 'http' | 'connection' | 'empty';

export class LlmError extends Error {
  override name = 'LlmError';
  constructor(
    readonly kind: LlmFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface LlmPort {
  /** The configured model name (the answer may name a more precise version). */
  readonly model: string;
  /** Throws LlmError. */
  complete(messages: LlmMessage[], opts: LlmCallOptions): Promise<LlmAnswer>;
}
