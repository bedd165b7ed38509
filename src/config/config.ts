/**
 * The repository's aigis configuration (`.github/aigis.yml` or `--config`), parsed and validated.
 * Errors name the file, the line, the key and what is allowed there.
 */
import type { SuppressionForm } from '../analyzers/builtin/suppressions.js';
import { Ajv, type ErrorObject } from 'ajv';
import { UsageError } from '../core/errors.js';
import type { GatePolicy, RepairMode, SuppressionRule } from '../core/types.js';
import { dotted, parseValidatedYaml, shown, type Locator } from '../core/validated-yaml.js';
import { parseDocument } from 'yaml';
import type { Signature } from '../stages/attribute/signatures.js';
import { CONFIG_SCHEMA } from './schema.js';
import type { FuzzConfig } from './fuzz-schema.js';

export const DEFAULT_CONFIG_PATH = '.github/aigis.yml';

/** The file's content, in the YAML's own kebab-case keys. */
export interface AigisConfigFile {
  paths?: string[];
  'paths-ignore'?: string[];
  rules?: { include?: string[]; exclude?: string[] };
  cwes?: { include?: number[]; exclude?: number[] };
  severity?: Record<string, number>;
  score?: { 'weight-static'?: number; 'weight-dynamic'?: number; threshold?: number };
  'fail-on'?: GatePolicy;
  ai?: { 'fail-on'?: GatePolicy; 'min-confidence'?: number; signatures?: Signature[] };
  suppressions?: SuppressionRule[];
  'rules-dirs'?: string[];
  /** Which inline suppression comments the built-in engine honours (default: all). */
  'suppression-comments'?: SuppressionForm[];
  engines?: string[];
  /** How the codeql engine runs the CodeQL CLI. */
  codeql?: {
    path?: string;
    suite?: string;
    /** Seconds per CodeQL command. */
    timeout?: number;
    base?: boolean;
    autobuild?: boolean;
    'build-command'?: string;
  };
  /** SARIF logs (files or directories) the sarif engine reads. */
  sarif?: string[];
  repair?: RepairMode;
  llm?: {
    'base-url'?: string;
    model?: string;
    'timeout-seconds'?: number;
    'max-retries'?: number;
    'token-budget'?: number;
    'price-per-million-input-tokens'?: number;
    'price-per-million-output-tokens'?: number;
  };
  /** Run by `aigis fix` on a copy with each candidate applied: it runs the repository's code. */
  'repair-test-command'?: string;
  'max-file-size'?: number;
  fuzz?: FuzzConfig;
}

export interface LoadedConfig {
  path: string;
  config: AigisConfigFile;
}

const validate = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false }).compile(
  CONFIG_SCHEMA,
);

export function parseConfig(path: string, text: string): LoadedConfig {
  // A file of comments only (a commented-out example) is YAML null: no configuration, like an empty file.
  const doc = parseDocument(text);
  if (doc.errors.length === 0 && doc.contents === null) return { path, config: {} };
  const parsed = parseValidatedYaml<AigisConfigFile>(path, text, validate, configHint);
  if ('errors' in parsed) {
    throw new UsageError(`invalid configuration ${path}:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);
  }
  const problems: string[] = [];
  parsed.data.suppressions?.forEach((s, i) => {
    if (s.expires && Number.isNaN(Date.parse(`${s.expires}T00:00:00Z`))) {
      problems.push(
        `${parsed.at(['suppressions', String(i), 'expires'])}: suppressions[${i}].expires: not a date`,
      );
    }
  });
  if (problems.length > 0) {
    throw new UsageError(`invalid configuration ${path}:\n${problems.map((e) => `  ${e}`).join('\n')}`);
  }
  return { path, config: parsed.data ?? {} };
}

function configHint(e: ErrorObject, segments: string[], at: Locator): string | undefined {
  if (e.keyword === 'anyOf' && segments[0] === 'suppressions') {
    return `${at(segments)}: ${dotted(segments)}: a suppression needs "rule" (a rule id) or "cwe" (a number)`;
  }
  if (e.keyword === 'required' && segments[0] === 'suppressions') return '';
  if (e.keyword === 'propertyNames' || (e.keyword === 'pattern' && segments[0] === 'severity')) {
    // ajv reports a bad key at its parent: point at the key itself, and name it.
    const key = (e.params as { propertyName?: string }).propertyName ?? e.propertyName;
    const where = key === undefined ? at(segments) : at([...segments, key], true);
    const what = key === undefined ? '' : ` ${shown(key)} is not allowed;`;
    return `${where}: severity:${what} keys are CWE ids like CWE-89 or rule ids like python-sql-injection`;
  }
  if (e.keyword === 'pattern' && segments.at(-1) === 'expires') {
    return `${at(segments)}: ${dotted(segments)}: ${JSON.stringify(e.data)} is not a date; write YYYY-MM-DD`;
  }
  return undefined;
}
