/**
 * Turns raw option values (CLI flags, Action inputs) into PipelineOptions, with errors that say
 * what is allowed. Shared by both shells so the same value means the same thing everywhere.
 */
import { UsageError } from '../core/errors.js';
import type { GatePolicy, Weights } from '../core/types.js';
import { GATE_POLICIES } from '../stages/gate/index.js';
import type { AigisConfigFile } from '../config/config.js';
import signatureData from '../data/ai-signatures.json' with { type: 'json' };
import { extendTable, type Signature, type SignatureTable } from '../stages/attribute/signatures.js';
import type { FuzzSettings } from '../analyzers/aflpp/types.js';
import { fuzzSettingsOf } from './fuzz-options.js';
import {
  DEFAULT_LLM_LIMITS,
  DEFAULT_OPTIONS,
  type LlmOptions,
  type PipelineOptions,
  type RepairMode,
} from './options.js';

/** An attribution counts as AI for the AI policy from this confidence on, unless the config says otherwise. */
export const DEFAULT_AI_CONFIDENCE = 0.5;

export const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const ENGINES = ['builtin', 'codeql', 'sarif'] as const;
export const REPAIR_MODES: readonly RepairMode[] = ['off', 'rule', 'llm', 'auto'];

export interface RawOptions {
  failOn?: string;
  repair?: string;
  weightStatic?: string;
  weightDynamic?: string;
  threshold?: string;
  maxFileSize?: string;
  engines?: string;
  llmBaseUrl?: string;
  llmModel?: string;
  /** The CodeQL CLI and how to run it (see codeqlSettingsOf). */
  codeql?: string;
  codeqlSuite?: string;
  codeqlTimeout?: string;
  codeqlBase?: string;
  codeqlAutobuild?: string;
  codeqlBuildCommand?: string;
  /** Seconds per AFL++ job; 0 or absent: no fuzzing (unless the config sets fuzz.seconds). */
  fuzz?: string;
}

/** How each shell names an option in its errors: the CLI flag, or the Action input. */
export type OptionLabels = Record<keyof RawOptions, string>;

export const CLI_LABELS: OptionLabels = {
  failOn: '--fail-on',
  repair: '--repair',
  weightStatic: '--score-weight-static',
  weightDynamic: '--score-weight-dynamic',
  threshold: '--score-threshold',
  maxFileSize: '--max-file-size',
  engines: '--engines',
  llmBaseUrl: '--llm-base-url',
  llmModel: '--llm-model',
  codeql: '--codeql',
  codeqlSuite: '--codeql-suite',
  codeqlTimeout: '--codeql-timeout',
  codeqlBase: '--codeql-base',
  codeqlAutobuild: '--codeql-autobuild',
  codeqlBuildCommand: '--codeql-build-command',
  fuzz: '--fuzz',
};

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${name}: must be one of ${allowed.join(', ')}; got '${value}'`);
  }
  return value as T;
}

function number(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`${name}: must be a number from ${min} to ${max}; got '${value}'`);
  }
  return n;
}

export function parseEngines(value: string | undefined, label = CLI_LABELS.engines): string[] {
  const names = (value ?? 'builtin')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!(ENGINES as readonly string[]).includes(n)) {
      throw new UsageError(`${label}: unknown engine '${n}'; this version runs ${ENGINES.join(', ')}`);
    }
  }
  if (names.length === 0) throw new UsageError(`${label} needs at least one engine`);
  return names;
}

export function parseFormat(value: string | undefined): Format {
  return oneOf('--format', value ?? 'text', FORMATS);
}

/**
 * Flags or inputs over the config file over the defaults: what the user typed for this run wins,
 * the repository's config comes next.
 */
export function toPipelineOptions(
  raw: RawOptions,
  labels: OptionLabels = CLI_LABELS,
  config: AigisConfigFile = {},
): PipelineOptions {
  const d = DEFAULT_OPTIONS;
  const score = config.score ?? {};
  const weights: Weights = {
    static: number(labels.weightStatic, raw.weightStatic, score['weight-static'] ?? d.weights.static, 0, 1),
    dynamic: number(
      labels.weightDynamic,
      raw.weightDynamic,
      score['weight-dynamic'] ?? d.weights.dynamic,
      0,
      1,
    ),
    threshold: number(labels.threshold, raw.threshold, score.threshold ?? d.weights.threshold, 0, 1),
  };
  const ai = config.ai;
  const repair = oneOf(labels.repair, raw.repair ?? config.repair ?? d.repair, REPAIR_MODES);
  const llm = llmOptions(raw, labels, config);
  if ((repair === 'llm' || repair === 'auto') && !llm) {
    throw new UsageError(
      `${labels.repair} ${repair} needs a model: ${labels.llmModel} (or llm.model in the configuration)`,
    );
  }
  return {
    policy: oneOf<GatePolicy>(labels.failOn, raw.failOn ?? config['fail-on'] ?? d.policy, GATE_POLICIES),
    ...(ai?.['fail-on']
      ? { aiPolicy: { policy: ai['fail-on'], minConfidence: ai['min-confidence'] ?? DEFAULT_AI_CONFIDENCE } }
      : {}),
    repair,
    ...(llm ? { llm } : {}),
    ...(config['repair-test-command'] ? { repairTestCommand: config['repair-test-command'] } : {}),
    weights,
    maxFileBytes: number(
      labels.maxFileSize,
      raw.maxFileSize,
      config['max-file-size'] ?? d.maxFileBytes,
      1,
      1024 * 1024 * 1024,
    ),
    ...(config.paths ? { paths: config.paths } : {}),
    ...(config['paths-ignore'] ? { pathsIgnore: config['paths-ignore'] } : {}),
    selection: {
      rulesInclude: config.rules?.include,
      rulesExclude: config.rules?.exclude,
      cwesInclude: config.cwes?.include,
      cwesExclude: config.cwes?.exclude,
    },
    ...(config.severity ? { severity: config.severity } : {}),
    ...(config.suppressions ? { suppressions: config.suppressions } : {}),
    ...(ai?.signatures?.length ? { signatures: withUserSignatures(ai.signatures) } : {}),
    ...withFuzz(fuzzSettingsOf(raw.fuzz, labels.fuzz, config.fuzz)),
  };
}

function withFuzz(fuzz: FuzzSettings | undefined): { fuzz?: FuzzSettings } {
  return fuzz ? { fuzz } : {};
}

/** The LLM endpoint when a model is named (flag or config); the key never comes from here. */
function llmOptions(raw: RawOptions, labels: OptionLabels, config: AigisConfigFile): LlmOptions | undefined {
  const c = config.llm ?? {};
  const model = raw.llmModel ?? c.model;
  if (!model) return undefined;
  const baseUrl = raw.llmBaseUrl ?? c['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(baseUrl)) {
    throw new UsageError(`${labels.llmBaseUrl}: must be an http(s) URL; got '${baseUrl}'`);
  }
  const l = DEFAULT_LLM_LIMITS;
  return {
    model,
    ...(baseUrl ? { baseUrl } : {}),
    timeoutMs: (c['timeout-seconds'] ?? l.timeoutMs / 1000) * 1000,
    maxRetries: c['max-retries'] ?? l.maxRetries,
    tokenBudget: c['token-budget'] ?? l.tokenBudget,
    ...(c['price-per-million-input-tokens'] !== undefined
      ? { pricePerMillionInput: c['price-per-million-input-tokens'] }
      : {}),
    ...(c['price-per-million-output-tokens'] !== undefined
      ? { pricePerMillionOutput: c['price-per-million-output-tokens'] }
      : {}),
  };
}

/** The user's own AI signatures go before the bundled ones; a bad one is a configuration error. */
function withUserSignatures(extra: Signature[]): SignatureTable {
  try {
    return extendTable(signatureData as SignatureTable, extra);
  } catch (e) {
    throw new UsageError(`configuration ai.signatures: ${(e as Error).message}`);
  }
}

/**
 * The engines to run: the flag or input, else the config; undefined when neither names them, and
 * the default applies: builtin, plus codeql when the CLI is found, plus sarif when logs are given.
 */
export function enginesOf(
  raw: RawOptions,
  labels: OptionLabels,
  config: AigisConfigFile = {},
): string[] | undefined {
  const value = raw.engines ?? config.engines?.join(',');
  return value === undefined ? undefined : parseEngines(value, labels.engines);
}
