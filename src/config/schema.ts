/** The JSON schema of `.github/aigis.yml`: every object closed, so a misspelt key is an error. */
import { SUPPRESSION_FORMS } from '../analyzers/builtin/suppressions.js';
import { SIGNATURE_SCHEMA } from '../stages/attribute/signatures.js';

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
    engines: { type: 'array', items: { enum: ['builtin'] } },
    repair: { enum: ['off', 'rule'] },
    'max-file-size': { type: 'integer', minimum: 1 },
  },
} as const;
