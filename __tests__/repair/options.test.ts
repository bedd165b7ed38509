/**
 * The repair options as users give them: flags over the config file, what `llm:` may hold (never a
 * key), and clear errors for what cannot work.
 */
import { parseConfig } from '../../src/config/config.js';
import { UsageError } from '../../src/core/errors.js';
import { createLlmFor, llmKeyFrom } from '../../src/adapters/llm/from-options.js';
import { CLI_LABELS, toPipelineOptions } from '../../src/pipeline/raw-options.js';

const CONFIG = `repair: auto
repair-test-command: npm test
llm:
  base-url: https://llm.internal.example/v1
  model: qwen2.5-coder
  timeout-seconds: 20
  max-retries: 1
  token-budget: 50000
  price-per-million-input-tokens: 0.5
  price-per-million-output-tokens: 1.5
`;

describe('repair options', () => {
  it('reads repair, llm and repair-test-command from the config file', () => {
    const { config } = parseConfig('.github/aigis.yml', CONFIG);
    const opts = toPipelineOptions({}, CLI_LABELS, config);
    expect(opts.repair).toBe('auto');
    expect(opts.repairTestCommand).toBe('npm test');
    expect(opts.llm).toEqual({
      baseUrl: 'https://llm.internal.example/v1',
      model: 'qwen2.5-coder',
      timeoutMs: 20_000,
      maxRetries: 1,
      tokenBudget: 50_000,
      pricePerMillionInput: 0.5,
      pricePerMillionOutput: 1.5,
    });
  });

  it('lets flags override the config', () => {
    const { config } = parseConfig('.github/aigis.yml', CONFIG);
    const opts = toPipelineOptions(
      { repair: 'llm', llmModel: 'gpt-4o-mini', llmBaseUrl: 'http://127.0.0.1:8080/v1' },
      CLI_LABELS,
      config,
    );
    expect(opts.repair).toBe('llm');
    expect(opts.llm).toMatchObject({
      model: 'gpt-4o-mini',
      baseUrl: 'http://127.0.0.1:8080/v1',
      tokenBudget: 50_000,
    });
  });

  it('refuses a key in the config file', () => {
    expect(() => parseConfig('.github/aigis.yml', 'llm:\n  model: m\n  api-key: sk-abc\n')).toThrow(
      UsageError,
    );
    expect(() => parseConfig('.github/aigis.yml', 'llm:\n  model: m\n  api-key: sk-abc\n')).toThrow(
      /api-key/,
    );
  });

  it('needs a model for llm and auto, and an http(s) base URL', () => {
    expect(() => toPipelineOptions({ repair: 'auto' })).toThrow('--repair auto needs a model: --llm-model');
    expect(() =>
      toPipelineOptions({ repair: 'llm', llmModel: 'm', llmBaseUrl: 'file:///etc/passwd' }),
    ).toThrow("--llm-base-url: must be an http(s) URL; got 'file:///etc/passwd'");
    expect(() => toPipelineOptions({ repair: 'magic' })).toThrow(
      '--repair: must be one of off, rule, llm, auto',
    );
  });

  it('takes the key from AIGIS_LLM_API_KEY first, then OPENAI_API_KEY', () => {
    expect(llmKeyFrom({ OPENAI_API_KEY: 'a', AIGIS_LLM_API_KEY: 'b' })).toBe('b');
    expect(llmKeyFrom({ OPENAI_API_KEY: 'a', AIGIS_LLM_API_KEY: ' ' })).toBe('a');
    expect(llmKeyFrom({})).toBeUndefined();
  });

  it('builds no client unless the mode needs one, and refuses to run llm without a key', () => {
    const llm = { model: 'm', timeoutMs: 1000, maxRetries: 0, tokenBudget: 10 };
    expect(createLlmFor({ repair: 'rule', llm }, 'sk')).toBeUndefined();
    expect(createLlmFor({ repair: 'auto', llm }, 'sk')?.model).toBe('m');
    expect(() => createLlmFor({ repair: 'llm', llm }, undefined)).toThrow(
      /API key in AIGIS_LLM_API_KEY or OPENAI_API_KEY/,
    );
  });
});
