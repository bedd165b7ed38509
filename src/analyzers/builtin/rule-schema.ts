/** The JSON schema of a rule file. Closed objects everywhere so that a typo is an error, not a silent no-op. */
import { LANGUAGES } from '../../core/types.js';
import { SOURCE_KINDS } from './taint/model.js';

const constraint = {
  type: 'object',
  additionalProperties: false,
  required: ['capture'],
  minProperties: 2,
  properties: {
    capture: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_.-]*$' },
    regex: { type: 'string', minLength: 1 },
    'not-regex': { type: 'string', minLength: 1 },
    constant: { type: 'boolean' },
    type: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    'not-type': { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    'fixed-size-array': { type: 'boolean' },
    'named-children': { type: 'integer', minimum: 0 },
    'function-regex': { type: 'string', minLength: 1 },
    'function-not-regex': { type: 'string', minLength: 1 },
  },
} as const;

const taintPattern = {
  type: 'object',
  additionalProperties: false,
  required: ['query'],
  properties: {
    query: { type: 'string', minLength: 1 },
    description: { type: 'string' },
  },
} as const;

export const RULE_SCHEMA = {
  $id: 'https://github.com/aigis/aigis/rule.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'languages', 'cwe', 'message', 'description', 'confidence', 'references'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    languages: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...LANGUAGES] } },
    cwe: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 1 } },
    message: { type: 'string', minLength: 1 },
    description: { type: 'string', minLength: 1 },
    severity: { type: 'number', minimum: 0, maximum: 10 },
    confidence: { enum: ['high', 'medium', 'low'] },
    match: {
      type: 'object',
      additionalProperties: false,
      required: ['query'],
      properties: {
        query: { type: 'string', minLength: 1 },
        where: { type: 'array', items: constraint },
      },
    },
    taint: {
      type: 'object',
      additionalProperties: false,
      required: ['sources', 'sinks'],
      properties: {
        sources: {
          type: 'array',
          minItems: 1,
          items: { anyOf: [{ enum: [...SOURCE_KINDS] }, taintPattern] },
        },
        sinks: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        sanitizers: { type: 'array', items: taintPattern },
        'model-sanitizers': { type: 'boolean' },
        required: { type: 'boolean' },
        confidence: { enum: ['high', 'medium', 'low'] },
      },
    },
    fix: {
      type: 'object',
      additionalProperties: false,
      required: ['template', 'description', 'guidance'],
      properties: {
        template: { type: 'string' },
        replace: { type: 'string', minLength: 1 },
        description: { type: 'string', minLength: 1 },
        guidance: { enum: ['merge-without-review', 'merge-after-cursory-review', 'merge-after-review'] },
        where: { type: 'array', items: constraint },
        imports: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        also: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['replace', 'template'],
            properties: { replace: { type: 'string', minLength: 1 }, template: { type: 'string' } },
          },
        },
      },
    },
    references: { type: 'array', items: { type: 'string', pattern: '^https?://' } },
  },
} as const;
