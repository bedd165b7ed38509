import * as yaml from 'js-yaml';

export function parse(text: string): unknown {
  // ruleid: js-yaml-load
  return yaml.load(text);
}

export function parseJsonSubset(text: string): unknown {
  // ok: js-yaml-load
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}
