/**
 * Loads rule files: YAML parsed, validated against RULE_SCHEMA, regexes compiled. A bad file is a
 * Diagnostic that names the file, the line, the offending key and what is allowed there; the other
 * files still load.
 */
import { Ajv, type ErrorObject } from 'ajv';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Diagnostic } from '../../core/types.js';
import type { Constraint, Rule } from './rule.js';
import { RULE_SCHEMA } from './rule-schema.js';
import { compileRegex } from './regex.js';

export interface RuleSource {
  path: string;
  text: string;
}

export interface LoadedRules {
  rules: Rule[];
  diagnostics: Diagnostic[];
}

const SOURCE = 'analyze/builtin';

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
const validate = ajv.compile(RULE_SCHEMA);

export function loadRules(files: readonly RuleSource[]): LoadedRules {
  const rules: Rule[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const result = loadRule(file);
    if ('errors' in result) {
      diagnostics.push({
        level: 'error',
        source: SOURCE,
        file: file.path,
        message: `rule file ${file.path} was not loaded:\n${result.errors.map((e) => `  ${e}`).join('\n')}`,
      });
      continue;
    }
    const rule = result.rule;
    const previous = seen.get(rule.id);
    if (previous !== undefined) {
      diagnostics.push({
        level: 'error',
        source: SOURCE,
        file: file.path,
        message: `${file.path}: rule id "${rule.id}" is already defined in ${previous}; this file was not loaded (rule ids must be unique)`,
      });
      continue;
    }
    seen.set(rule.id, file.path);
    rules.push(rule);
  }
  return { rules, diagnostics };
}

/** One file: the rule, or every problem found in it (each `path:line: key: problem`). */
export function loadRule(file: RuleSource): { rule: Rule } | { errors: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
        return `${file.path}:${line}: invalid YAML: ${e.message.split('\n')[0]}`;
      }),
    };
  }
  const data: unknown = doc.toJS();
  const at = (segments: string[], key = false): string => {
    const line = lineOf(doc, lineCounter, segments, key);
    return line === undefined ? file.path : `${file.path}:${line}`;
  };
  if (!validate(data)) {
    const errors = (validate.errors ?? []).filter(notRedundant).map((e) => describeError(e, at));
    return { errors: [...new Set(errors)] };
  }
  const rule = data as unknown as Omit<Rule, 'source'>;
  const errors: string[] = [];
  if (!rule.match && !rule.taint)
    errors.push(`${at([])}: the rule needs a "match" (tree-sitter query) or a "taint" spec`);
  const checkRegexes = (list: Constraint[] | undefined, base: string[]) =>
    list?.forEach((c, i) => {
      for (const key of ['regex', 'not-regex'] as const) {
        const source = c[key];
        if (source === undefined) continue;
        try {
          compileRegex(source);
        } catch (e) {
          errors.push(
            `${at([...base, String(i), key])}: ${dotted([...base, String(i), key])}: invalid regular expression: ${(e as Error).message}`,
          );
        }
      }
    });
  checkRegexes(rule.match?.where, ['match', 'where']);
  checkRegexes(rule.fix?.where, ['fix', 'where']);
  if (rule.fix && !rule.match)
    errors.push(`${at(['fix'], true)}: fix: a fix needs a "match" whose captures it rewrites`);
  if (errors.length > 0) return { errors };
  return { rule: { ...rule, source: file.path } };
}

/** ajv also reports the parent's failure for some keywords; keep the errors a person can act on. */
function notRedundant(e: ErrorObject): boolean {
  return e.keyword !== 'if';
}

function segmentsOf(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function dotted(segments: string[]): string {
  let out = '';
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  return out || '(top level)';
}

function shown(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function describeError(e: ErrorObject, at: (segments: string[], key?: boolean) => string): string {
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
    case 'pattern': {
      const hint =
        segments.join('.') === 'id'
          ? 'lowercase letters and digits in words separated by "-"'
          : `text matching ${(e.params as { pattern: string }).pattern}`;
      return `${at(segments)}: ${dotted(segments)}: ${shown(e.data)} is not allowed; expected ${hint}`;
    }
    case 'minProperties':
      return `${at(segments)}: ${dotted(segments)}: a constraint needs "capture" and at least one test (regex, not-regex, constant, type, not-type, fixed-size-array, named-children)`;
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
