/**
 * The code the CodeQL fixtures describe is not published (see fixtures/codeql-sarif/PROVENANCE.md),
 * so ingestion tests stand in for it: each file the log names gets lines long enough for every
 * region the log gives in it, each line saying which line it is.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../../src/core/adapters.js';
import type { Language } from '../../src/core/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'codeql-sarif');

/* eslint-disable @typescript-eslint/no-explicit-any -- raw SARIF JSON, read the way a test reads it */
export type SarifJson = any;

export function fixture(language: string): { text: string; log: SarifJson } {
  const text = readFileSync(join(FIXTURES, `codeql-2.21-${language}.sarif`), 'utf8');
  return { text, log: JSON.parse(text) };
}

/** Every physical location in the log, with the line each needs. */
function locations(log: SarifJson): { uri: string; baseId?: string; line: number; endColumn: number }[] {
  const out: { uri: string; baseId?: string; line: number; endColumn: number }[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as SarifJson;
      if (o.artifactLocation?.uri) {
        out.push({
          uri: o.artifactLocation.uri,
          baseId: o.artifactLocation.uriBaseId,
          line: o.region?.endLine ?? o.region?.startLine ?? 1,
          endColumn: o.region?.endColumn ?? 1,
        });
      }
      Object.values(o).forEach(visit);
    }
  };
  visit(log.runs);
  return out;
}

export function standIns(log: SarifJson, language: Language): SourceFile[] {
  const need = new Map<string, { lines: number; width: number }>();
  for (const l of locations(log)) {
    if (l.baseId !== '%SRCROOT%') continue;
    const n = need.get(l.uri) ?? { lines: 0, width: 0 };
    need.set(l.uri, { lines: Math.max(n.lines, l.line), width: Math.max(n.width, l.endColumn) });
  }
  return [...need].map(([path, n]) => ({
    path,
    language,
    side: 'head',
    text:
      Array.from({ length: n.lines + 2 }, (_, i) => `line${i + 1}:`.padEnd(n.width + 10, '=')).join('\n') +
      '\n',
  }));
}
