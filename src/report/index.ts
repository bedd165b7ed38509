/** report: pure functions from a ReviewResult to the text of each output format. */
import type { ReviewResult } from '../core/types.js';
import { toJson } from './json.js';
import { toMarkdown, type MarkdownOptions } from './markdown.js';
import { toSarif, type SarifOptions } from './sarif.js';
import { toText } from './text.js';

export type ReportFormat = 'sarif' | 'json' | 'markdown' | 'text';

export interface RenderOptions extends MarkdownOptions, SarifOptions {
  /** ANSI colours in the text report. */
  color?: boolean;
}

export function render(result: ReviewResult, format: ReportFormat, opts: RenderOptions = {}): string {
  switch (format) {
    case 'sarif':
      return JSON.stringify(toSarif(result, opts), null, 2) + '\n';
    case 'json':
      return toJson(result);
    case 'markdown':
      return toMarkdown(result, opts);
    case 'text':
      return toText(result, { color: opts.color ?? false });
  }
}

export { toJson, toJsonReport, JSON_SCHEMA_VERSION, type JsonReport } from './json.js';
export { toMarkdown, verdictLine, type MarkdownOptions } from './markdown.js';
export { toSarif, type SarifOptions } from './sarif.js';
export { summarize, type ReportSummary } from './summary.js';
export { toText, type TextOptions } from './text.js';
