/** Small builders for the publish tests: findings and real unified-diff patches as the API sends them. */
import type { PullRequestFile } from '../../src/core/github-port.js';
import type { Finding, Repair, TextEdit } from '../../src/core/types.js';

let seq = 0;

export function finding(over: Partial<Finding> & { line?: number; endLine?: number } = {}): Finding {
  const { line, endLine, ...rest } = over;
  const n = ++seq;
  const start = line ?? 1;
  return {
    id: `F${n}`,
    ruleId: 'py-sql-injection',
    engines: ['builtin'],
    cwes: [89],
    message: 'SQL query built from user input and executed',
    file: 'src/app.py',
    region: { startLine: start, startColumn: 5, endLine: endLine ?? start, endColumn: 20 },
    severity: 8.8,
    staticConfidence: 0.8,
    score: 0.56,
    prioritized: true,
    status: 'new',
    fingerprint: `fp${String(n).padStart(30, '0')}`,
    snippet: 'db.execute(q)',
    ...rest,
  };
}

export function repair(findingId: string, edits: TextEdit[], over: Partial<Repair> = {}): Repair {
  return {
    findingId,
    strategy: 'rule',
    edits,
    explanation: 'Pass the value as a query parameter instead of building the SQL string.',
    reviewGuidance: 'merge-after-cursory-review',
    verification: { targetRemoved: true, introduced: [], parses: true },
    outcome: 'proposed',
    ...over,
  };
}

/**
 * src/app.py: hunk 1 covers head lines 1-6 (2 and 5-6 added), hunk 2 head lines 22-25 (23 added).
 * Head text of those lines:
 *  1 import sqlite3            22 x = 1
 *  2 import os                 23 y = eval(data)
 *  3                           24 z = 2
 *  4 def get_user(db, name):   25 w = 3
 *  5     q = "SELECT * FROM users WHERE name = '" + name + "'"
 *  6     return db.execute(q)
 */
export const APP_PATCH = [
  '@@ -1,4 +1,6 @@',
  ' import sqlite3',
  '+import os',
  ' ',
  ' def get_user(db, name):',
  '-    return db.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
  '+    q = "SELECT * FROM users WHERE name = \'" + name + "\'"',
  '+    return db.execute(q)',
  '@@ -20,3 +22,4 @@ def other():',
  ' x = 1',
  '+y = eval(data)',
  ' z = 2',
  ' w = 3',
].join('\n');

export const APP_LINE_5 = '    q = "SELECT * FROM users WHERE name = \'" + name + "\'"';
export const APP_LINE_6 = '    return db.execute(q)';

/** A new file of `n` lines, as the API gives it. */
export function newFilePatch(lines: string[]): string {
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

export function files(): PullRequestFile[] {
  return [
    { filename: 'src/app.py', status: 'modified', patch: APP_PATCH },
    { filename: 'assets/logo.png', status: 'added' },
  ];
}
