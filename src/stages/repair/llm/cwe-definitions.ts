/** The short CWE definitions shipped as data (src/data/cwe-definitions.json), for the repair prompts. */
import data from '../../../data/cwe-definitions.json' with { type: 'json' };

export interface CweDefinition {
  name: string;
  definition: string;
}

const TABLE = (data as { cwes: Record<string, CweDefinition> }).cwes;

export function cweDefinition(cwe: number): CweDefinition | undefined {
  return TABLE[String(cwe)];
}
