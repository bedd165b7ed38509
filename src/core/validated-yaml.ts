/**
 * YAML checked against a JSON schema, with errors a person can act on: each names the file, the
 * line, the key (as a dotted path) and what is allowed there. Shared by rule files and the config.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';

/** Where a problem is: `file:line`, or the file alone when the YAML has no node there. */
export type Locator = (segments: string[], key?: boolean) => string;

/** A message of the caller's own for an error it knows better, '' to drop it, undefined for the default. */
export type ErrorHint = (e: ErrorObject, segments: string[], at: Locator) => string | undefined;

export type ValidatedYaml<T> = { data: T; at: Locator } | { errors: string[] };

export function parseValidatedYaml<T>(
  path: string,
  text: string,
  validate: ValidateFunction,
  hint?: ErrorHint,
): ValidatedYaml<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
        return `${path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`;
      }),
    };
  }
  const data: unknown = doc.toJS();
  const at: Locator = (segments, key = false) => {
    const line = lineOf(doc, lineCounter, segments, key);
    return line === undefined ? path : `${path}:${line}`;
  };
  if (!validate(data)) {
    const errors = (validate.errors ?? [])
      .filter(notRedundant)
      .map((e) => hint?.(e, segmentsOf(e.instancePath), at) ?? describeError(e, at))
      // A hint returns '' for an error another message already explains.
      .filter((m) => m !== '');
    return { errors: [...new Set(errors)] };
  }
  return { data: data as T, at };
}

/** ajv also reports the parent's failure for some keywords; keep the errors a person can act on. */
function notRedundant(e: ErrorObject): boolean {
  return e.keyword !== 'if';
}

export function segmentsOf(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function dotted(segments: string[]): string {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  return out || '(top level)';
}

export function shown(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function describeError(e: ErrorObject, at: Locator): string {
  const segments = segmentsOf(e.instancePath);
  const parent = e.parentSchema as { properties?: Record<string, unknown> } | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {}).join(', ');
      return `${at([...segments, key], true)}: ${dotted([...segments, key])}: unknown key; allowed here: ${allowed}`;
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return `${at(segments, true)}: ${dotted([...segments, key])}: missing required key`;
    }
    case 'enum': {
      const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String).join(', ');
      return `${at(segments)}: ${dotted(segments)}: ${shown(e.data)} is not allowed; allowed: ${allowed}`;
    }
    case 'type': {
      const want = String((e.params as { type: string | string[] }).type);
      const article = want === 'array' ? 'a list' : /^[aeiou]/.test(want) ? `an ${want}` : `a ${want}`;
      return `${at(segments)}: ${dotted(segments)}: must be ${article} (got ${shown(e.data)})`;
    }
    case 'pattern':
      return `${at(segments)}: ${dotted(segments)}: ${shown(e.data)} is not allowed; expected text matching ${(e.params as { pattern: string }).pattern}`;
    case 'minimum':
    case 'maximum':
      return `${at(segments)}: ${dotted(segments)}: ${e.message ?? 'out of range'} (got ${shown(e.data)})`;
    default:
      return `${at(segments)}: ${dotted(segments)}: ${e.message ?? 'is invalid'} (got ${shown(e.data)})`;
  }
}

/** The 1-based line of the node at `segments` (of its key when `key` is set), if the YAML has it. */
function lineOf(doc: Document, lc: LineCounter, segments: string[], key: boolean): number | undefined {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const s of segments) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === s);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(s)];
    } else break;
  }
  const target = (key && keyNode ? keyNode : (node ?? keyNode)) as YamlNode | undefined;
  const offset = target?.range?.[0];
  return offset === undefined ? undefined : lc.linePos(offset).line;
}
