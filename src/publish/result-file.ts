/**
 * The JSON report read back, for the publishing half of the two-workflow set-up (`mode: publish`
 * on `workflow_run`). That file comes from a run over a fork's code, whose workflow the fork may
 * have changed: it is untrusted input. It is checked against a schema of everything publishing
 * reads (types, enums, sizes, relative paths), and only then rendered by aigis's own renderers.
 */
import { Ajv } from 'ajv';
import type { ReviewResult } from '../core/types.js';
import { JSON_SCHEMA_VERSION } from '../report/json.js';

const text = (max = 4000) => ({ type: 'string', maxLength: max });
const num = { type: 'number' };
const unit = { type: 'number', minimum: 0, maximum: 1 };
const int1 = { type: 'integer', minimum: 1 };
const sha = { type: 'string', pattern: '^[0-9a-f]{40}$' };
/** A path inside the repository: relative, no `..` segment, no control characters. */
const repoPath = {
  type: 'string',
  maxLength: 1000,
  pattern: '^(?!/)(?!.*(^|/)\\.\\.(/|$))[^\\u0000-\\u001f]+$',
};
const region = {
  type: 'object',
  required: ['startLine', 'startColumn', 'endLine', 'endColumn'],
  properties: { startLine: int1, startColumn: int1, endLine: int1, endColumn: int1 },
};
const edit = {
  type: 'object',
  required: ['file', 'region', 'text'],
  properties: { file: repoPath, region, text: text(20000) },
};
const attribution = {
  type: 'object',
  required: ['ai', 'confidence', 'evidence'],
  properties: {
    ai: { type: 'boolean' },
    confidence: unit,
    tool: text(200),
    evidence: { type: 'array', maxItems: 50, items: text(500) },
  },
};
const guidance = { enum: ['merge-without-review', 'merge-after-cursory-review', 'merge-after-review'] };
const finding = {
  type: 'object',
  required: [
    'id',
    'ruleId',
    'engines',
    'cwes',
    'message',
    'file',
    'region',
    'severity',
    'staticConfidence',
    'score',
    'prioritized',
    'status',
    'fingerprint',
    'snippet',
  ],
  properties: {
    id: text(200),
    ruleId: text(200),
    engines: { type: 'array', maxItems: 10, items: text(100) },
    cwes: { type: 'array', maxItems: 20, items: { type: 'integer', minimum: 1 } },
    message: text(),
    file: repoPath,
    region,
    flow: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        required: ['file', 'region', 'message'],
        properties: { file: repoPath, region, message: text(1000) },
      },
    },
    severity: { type: 'number', minimum: 0, maximum: 10 },
    staticConfidence: unit,
    dynamicCoverage: unit,
    score: unit,
    prioritized: { type: 'boolean' },
    status: { enum: ['new', 'existing', 'fixed'] },
    fingerprint: text(200),
    snippet: text(20000),
    attribution,
    suppressed: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { enum: ['inline', 'config'] },
        via: text(100),
        reason: text(1000),
        expires: text(20),
      },
    },
    repair: {
      type: 'object',
      required: [
        'findingId',
        'strategy',
        'edits',
        'explanation',
        'reviewGuidance',
        'verification',
        'outcome',
      ],
      properties: {
        strategy: { enum: ['rule', 'llm'] },
        edits: { type: 'array', maxItems: 50, items: edit },
        explanation: text(),
        reviewGuidance: guidance,
        verification: {
          type: 'object',
          required: ['targetRemoved', 'introduced', 'parses'],
          properties: {
            targetRemoved: { type: 'boolean' },
            introduced: {
              type: 'array',
              maxItems: 100,
              items: {
                type: 'object',
                required: ['ruleId', 'cwes', 'message'],
                properties: {
                  ruleId: text(200),
                  cwes: { type: 'array', items: { type: 'integer' } },
                  message: text(),
                },
              },
            },
            parses: { type: 'boolean' },
          },
        },
        outcome: { enum: ['proposed', 'rejected'] },
        rejectedBecause: text(),
      },
    },
  },
};
const schema = {
  type: 'object',
  required: [
    'schemaVersion',
    'tool',
    'mode',
    'findings',
    'rules',
    'files',
    'skipped',
    'engines',
    'weights',
    'verdict',
    'diagnostics',
    'timings',
  ],
  properties: {
    schemaVersion: { const: JSON_SCHEMA_VERSION },
    tool: {
      type: 'object',
      required: ['name', 'version'],
      properties: { name: { const: 'aigis' }, version: text(50) },
    },
    mode: { enum: ['review', 'scan'] },
    base: sha,
    head: sha,
    files: {
      type: 'array',
      maxItems: 20000,
      items: {
        type: 'object',
        required: ['path'],
        properties: { path: repoPath, language: text(20), status: text(20) },
      },
    },
    skipped: {
      type: 'array',
      maxItems: 20000,
      items: {
        type: 'object',
        required: ['path', 'reason'],
        properties: { path: repoPath, reason: text(50), detail: text(1000) },
      },
    },
    provenance: {
      type: 'object',
      required: ['commits', 'lines', 'hunks', 'aiShare', 'addedLines', 'tools'],
      properties: {
        aiShare: unit,
        addedLines: { type: 'integer', minimum: 0 },
        summary: text(1000),
        tools: { type: 'object', additionalProperties: num },
      },
    },
    findings: { type: 'array', maxItems: 20000, items: finding },
    rules: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['id', 'name', 'engine', 'cwes', 'message', 'description', 'severity', 'precision'],
        properties: {
          id: text(200),
          name: text(200),
          engine: text(100),
          message: text(),
          description: text(),
          severity: num,
          precision: { enum: ['very-high', 'high', 'medium', 'low'] },
          helpUri: text(500),
        },
      },
    },
    engines: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['name', 'version', 'durationMs', 'filesAnalyzed'],
        properties: { name: text(100), version: text(100), durationMs: num, filesAnalyzed: num },
      },
    },
    weights: {
      type: 'object',
      required: ['static', 'dynamic', 'threshold'],
      properties: { static: unit, dynamic: unit, threshold: unit },
    },
    verdict: {
      type: 'object',
      required: ['policy', 'passed', 'reason', 'failing'],
      properties: {
        policy: { enum: ['none', 'new', 'new-high', 'score'] },
        passed: { type: 'boolean' },
        reason: text(1000),
        failing: { type: 'array', items: text(200) },
      },
    },
    diagnostics: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        required: ['level', 'source', 'message'],
        properties: {
          level: { enum: ['note', 'warning', 'error'] },
          source: text(100),
          message: text(),
          file: repoPath,
        },
      },
    },
    timings: { type: 'object', additionalProperties: num },
  },
};

const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);

export class ResultFileError extends Error {
  override name = 'ResultFileError';
}

/** The review a previous run wrote with `--format json` / `result-file`, checked before any use. */
export function readResultFile(json: string, origin: string): ReviewResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ResultFileError(`${origin} is not JSON: ${(e as Error).message}`);
  }
  if (!validate(data)) {
    const e = validate.errors?.[0];
    const where = e?.instancePath ? ` at ${e.instancePath}` : '';
    throw new ResultFileError(
      `${origin} is not an aigis JSON report of schema version ${JSON_SCHEMA_VERSION}${where}: ${e?.message ?? 'invalid'}`,
    );
  }
  // The fuzz and repair summaries are not published from here (the schema does not cover them);
  // they stay in the analysis run's own job summary.
  const {
    schemaVersion: _version,
    summary: _summary,
    fuzz: _fuzz,
    repair: _repair,
    ...result
  } = data as unknown as ReviewResult & {
    schemaVersion: number;
    summary?: unknown;
  };
  return result as ReviewResult;
}
