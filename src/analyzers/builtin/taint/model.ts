/**
 * Taint models: where untrusted data enters a program (sources) and what makes it harmless
 * (sanitizers), per language and framework. They are data, in `rules/models/<language>.yml`, so
 * that a framework is supported by writing queries, not code; rules pick sources by kind.
 */
import { Ajv } from 'ajv';
import { parseValidatedYaml } from '../../../core/validated-yaml.js';
import { LANGUAGES, type Language } from '../../../core/types.js';

/** Where a value comes from. Rules name the kinds they accept. */
export const SOURCE_KINDS = ['http', 'cli', 'env', 'stdin', 'file', 'network', 'dom'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The capture a source query marks the untrusted node with. */
export const SOURCE_CAPTURE = 'source';
/** The capture a sanitizer query marks the node whose value is clean. */
export const SANITIZER_CAPTURE = 'sanitizer';

export interface SourceModel {
  id: string;
  kind: SourceKind;
  framework?: string;
  /**
   * A tree-sitter query whose `@source` node is untrusted. An expression (`request.args`) is
   * untrusted where it stands; an identifier in a declaration or argument position (a handler's
   * `req` parameter, the buffer `fgets` fills) makes that variable untrusted from there on.
   */
  query: string;
  description: string;
}

export interface SanitizerModel {
  id: string;
  /** A tree-sitter query whose `@sanitizer` node yields a clean value whatever went into it. */
  query: string;
  description?: string;
}

export interface TaintModel {
  languages: Language[];
  sources: SourceModel[];
  sanitizers: SanitizerModel[];
  /** The file it came from, for messages. */
  source: string;
}

const pattern = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'query'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    kind: { enum: [...SOURCE_KINDS] },
    framework: { type: 'string', minLength: 1 },
    query: { type: 'string', minLength: 1 },
    description: { type: 'string', minLength: 1 },
  },
} as const;

export const MODEL_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['languages', 'sources'],
  properties: {
    languages: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...LANGUAGES] } },
    sources: {
      type: 'array',
      items: { ...pattern, required: ['id', 'kind', 'query', 'description'] },
    },
    sanitizers: { type: 'array', items: pattern },
  },
} as const;

const validate = new Ajv({ allErrors: true, verbose: true, strict: true }).compile(MODEL_SCHEMA);

/** True for a file that holds a taint model rather than a rule: any `.yml` in a `models/` folder. */
export function isModelPath(path: string): boolean {
  return /(^|[\\/])models[\\/][^\\/]+\.yml$/.test(path);
}

export function loadModel(file: {
  path: string;
  text: string;
}): { model: TaintModel } | { errors: string[] } {
  const parsed = parseValidatedYaml<Omit<TaintModel, 'source'>>(file.path, file.text, validate);
  if ('errors' in parsed) return parsed;
  const { data, at } = parsed;
  const errors: string[] = [];
  data.sources.forEach((s, i) => {
    if (!new RegExp(`@${SOURCE_CAPTURE}\\b`).test(s.query))
      errors.push(
        `${at(['sources', String(i), 'query'])}: sources.${i}.query: needs a @${SOURCE_CAPTURE} capture`,
      );
  });
  (data.sanitizers ?? []).forEach((s, i) => {
    if (!new RegExp(`@${SANITIZER_CAPTURE}\\b`).test(s.query))
      errors.push(
        `${at(['sanitizers', String(i), 'query'])}: sanitizers.${i}.query: needs a @${SANITIZER_CAPTURE} capture`,
      );
  });
  if (errors.length > 0) return { errors };
  return { model: { ...data, sanitizers: data.sanitizers ?? [], source: file.path } };
}

/** The sources and sanitizers that apply to one language, across every model file. */
export function modelsFor(models: readonly TaintModel[], language: Language): TaintModel[] {
  return models.filter((m) => m.languages.includes(language));
}
