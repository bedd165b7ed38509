/** The JSON schema of `.github/aigis.yml`: every object closed, so a misspelt key is an error. */
import { SUPPRESSION_FORMS } from '../analyzers/builtin/suppressions.js';
import { SIGNATURE_SCHEMA } from '../stages/attribute/signatures.js';
import { FUZZ_CONFIG_SCHEMA } from './fuzz-schema.js';

const policy = { enum: ['none', 'new', 'new-high', 'score'] };
const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
const cweId = { type: 'integer', minimum: 1 };
const unit = { type: 'number', minimum: 0, maximum: 1 };

export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    paths: globs,
    'paths-ignore': globs,
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: { include: globs, exclude: globs },
    },
    cwes: {
      type: 'object',
      additionalProperties: false,
      properties: {
        include: { type: 'array', items: cweId },
        exclude: { type: 'array', items: cweId },
      },
    },
    severity: {
      type: 'object',
      propertyNames: { pattern: '^(CWE-[0-9]+|[a-z0-9]+(-[a-z0-9]+)*)$' },
      additionalProperties: { type: 'number', minimum: 0, maximum: 10 },
    },
    score: {
      type: 'object',
      additionalProperties: false,
      properties: { 'weight-static': unit, 'weight-dynamic': unit, threshold: unit },
    },
    'fail-on': policy,
    ai: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'fail-on': policy,
        'min-confidence': unit,
        signatures: { type: 'array', items: SIGNATURE_SCHEMA },
      },
    },
    suppressions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          rule: { type: 'string', minLength: 1 },
          cwe: cweId,
          paths: globs,
          reason: { type: 'string' },
          expires: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' },
        },
        anyOf: [{ required: ['rule'] }, { required: ['cwe'] }],
      },
    },
    'rules-dirs': globs,
    'suppression-comments': { type: 'array', uniqueItems: true, items: { enum: [...SUPPRESSION_FORMS] } },
    engines: { type: 'array', items: { enum: ['builtin', 'codeql', 'sarif'] } },
    codeql: {
      type: 'object',
      additionalProperties: false,
      properties: {
        path: { type: 'string', minLength: 1 },
        suite: { type: 'string', minLength: 1 },
        timeout: { type: 'number', exclusiveMinimum: 0, maximum: 21600 },
        base: { type: 'boolean' },
        autobuild: { type: 'boolean' },
        'build-command': { type: 'string', minLength: 1 },
      },
    },
    sarif: globs,
    repair: { enum: ['off', 'rule', 'llm', 'auto'] },
    // No key here, on purpose: a key in a committed file is a leaked key (it comes from the environment).
    llm: {
      type: 'object',
      additionalProperties: false,
      properties: {
        'base-url': { type: 'string', pattern: '^https?://' },
        model: { type: 'string', minLength: 1 },
        'timeout-seconds': { type: 'number', exclusiveMinimum: 0, maximum: 3600 },
        'max-retries': { type: 'integer', minimum: 0, maximum: 10 },
        'token-budget': { type: 'integer', minimum: 1 },
        'price-per-million-input-tokens': { type: 'number', minimum: 0 },
        'price-per-million-output-tokens': { type: 'number', minimum: 0 },
      },
    },
    'repair-test-command': { type: 'string', minLength: 1 },
    'max-file-size': { type: 'integer', minimum: 1 },
    fuzz: FUZZ_CONFIG_SCHEMA,
  },
} as const;
