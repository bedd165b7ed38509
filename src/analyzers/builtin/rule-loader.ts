/**
 * Loads rule files: YAML parsed, validated against RULE_SCHEMA, regexes compiled. A bad file is a
 * Diagnostic that names the file, the line, the offending key and what is allowed there; the other
 * files still load.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { dotted, parseValidatedYaml, type Locator } from '../../core/validated-yaml.js';
import type { Diagnostic } from '../../core/types.js';
import type { Constraint, Rule } from './rule.js';
import { RULE_SCHEMA } from './rule-schema.js';
import { compileRegex } from './regex.js';
import { isModelPath, loadModel, SOURCE_KINDS, type TaintModel } from './taint/model.js';

export interface RuleSource {
  path: string;
  text: string;
}

export interface LoadedRules {
  rules: Rule[];
  /** Taint models (`models/<language>.yml` among the files). */
  models: TaintModel[];
  diagnostics: Diagnostic[];
}

const SOURCE = 'analyze/builtin';

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
const validate = ajv.compile(RULE_SCHEMA);

export function loadRules(files: readonly RuleSource[]): LoadedRules {
  const rules: Rule[] = [];
  const models: TaintModel[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    if (isModelPath(file.path)) {
      const loaded = loadModel(file);
      if ('errors' in loaded)
        diagnostics.push({
          level: 'error',
          source: SOURCE,
          file: file.path,
          message: `taint model ${file.path} was not loaded:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}`,
        });
      else models.push(loaded.model);
      continue;
    }
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
  return { rules, models, diagnostics };
}

/** One file: the rule, or every problem found in it (each `path:line: key: problem`). */
export function loadRule(file: RuleSource): { rule: Rule } | { errors: string[] } {
  const parsed = parseValidatedYaml<Omit<Rule, 'source'>>(file.path, file.text, validate, ruleHint);
  if ('errors' in parsed) return parsed;
  const { data, at } = parsed;
  const rule = data;
  const errors: string[] = [];
  if (!rule.match)
    errors.push(
      `${at([])}: the rule needs a "match" (tree-sitter query)${rule.taint ? ': its taint sinks are captures of that query' : ''}`,
    );
  const checkRegexes = (list: Constraint[] | undefined, base: string[]) =>
    list?.forEach((c, i) => {
      for (const key of ['regex', 'not-regex', 'function-regex', 'function-not-regex'] as const) {
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
  if (errors.length > 0) return { errors };
  return { rule: { ...rule, source: file.path } };
}

/** Messages that know the rule format better than the generic ones. */
function ruleHint(e: ErrorObject, segments: string[], at: Locator): string | undefined {
  if (e.keyword === 'pattern' && segments.join('.') === 'id') {
    return `${at(segments)}: id: ${JSON.stringify(e.data)} is not allowed; expected lowercase letters and digits in words separated by "-"`;
  }
  if (
    segments.length === 3 &&
    segments[0] === 'taint' &&
    segments[1] === 'sources' &&
    typeof e.data === 'string'
  ) {
    // One message for a misspelt kind, instead of one per branch of the anyOf.
    if (e.keyword !== 'enum') return '';
    return `${at(segments)}: ${dotted(segments)}: ${JSON.stringify(e.data)} is not a source kind; expected one of ${SOURCE_KINDS.join(', ')}, or {query: ...} with a @source capture`;
  }
  if (e.keyword === 'minProperties') {
    return `${at(segments)}: ${dotted(segments)}: a constraint needs "capture" and at least one test (regex, not-regex, constant, type, not-type, fixed-size-array, named-children, function-regex, function-not-regex)`;
  }
  return undefined;
}
