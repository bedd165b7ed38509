/**
 * The JSON report: the whole ReviewResult, plus a schema version and the summary every other
 * report shows. Object keys are sorted at every level below the top so two runs over the same
 * input give the same bytes whatever order the pipeline filled its maps in.
 */
import type { ReviewResult } from '../core/types.js';
import { summarize, type ReportSummary } from './summary.js';

/** Bump on any incompatible change to the JSON report's shape. */
export const JSON_SCHEMA_VERSION = 1;

/** The ReviewResult's own fields sit at the top level, next to `schemaVersion` and `summary`. */
export type JsonReport = { schemaVersion: number; summary: ReportSummary } & ReviewResult;

export function toJsonReport(result: ReviewResult): JsonReport {
  return { schemaVersion: JSON_SCHEMA_VERSION, summary: summarize(result), ...result };
}

export function toJson(result: ReviewResult): string {
  const { schemaVersion, summary, ...rest } = toJsonReport(result);
  const ordered = { schemaVersion, summary: sortKeys(summary), ...(sortKeys(rest) as object) };
  return JSON.stringify(ordered, null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, sortKeys(obj[k])]),
    );
  }
  return value;
}
