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
import { DEFAULT_OPTIONS, type PipelineOptions, type RepairMode } from './options.js';

/** An attribution counts as AI for the AI policy from this confidence on, unless the config says otherwise. */
export const DEFAULT_AI_CONFIDENCE = 0.5;

export const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export const ENGINES = ['builtin'] as const;
const REPAIR_MODES: readonly RepairMode[] = ['off', 'rule'];

export interface RawOptions {
  failOn?: string;
  repair?: string;
  weightStatic?: string;
  weightDynamic?: string;
  threshold?: string;
  maxFileSize?: string;
  engines?: string;
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
  return {
    policy: oneOf<GatePolicy>(labels.failOn, raw.failOn ?? config['fail-on'] ?? d.policy, GATE_POLICIES),
    ...(ai?.['fail-on']
      ? { aiPolicy: { policy: ai['fail-on'], minConfidence: ai['min-confidence'] ?? DEFAULT_AI_CONFIDENCE } }
      : {}),
    repair: oneOf(labels.repair, raw.repair ?? config.repair ?? d.repair, REPAIR_MODES),
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

/** The engines to run: the flag or input, else the config, else builtin. */
export function enginesOf(raw: RawOptions, labels: OptionLabels, config: AigisConfigFile = {}): string[] {
  return parseEngines(raw.engines ?? config.engines?.join(','), labels.engines);
}
