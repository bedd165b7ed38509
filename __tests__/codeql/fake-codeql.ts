/**
 * A stand-in for the CodeQL CLI. The real one cannot be installed here (no network beyond the npm
 * registry and Debian), so tests that check the command lines aigis builds, discovery, time-outs
 * and error handling run this small Node script instead: it records each call (arguments, the
 * secret-looking variables it can see, the texts of watched files under --source-root) and
 * answers like CodeQL — a version, a database directory, a SARIF file — or fails or hangs when
 * told to. What CodeQL's SARIF looks like is tested on real CodeQL output (__tests__/sarif).
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FakeOptions {
  version?: string;
  /** SARIF text by CodeQL language (`python`, `go`, ...), written by `database analyze`. */
  sarif?: Record<string, string>;
  /** `create` or `analyze`: that command starts a grandchild and never ends. */
  hang?: 'create' | 'analyze';
  /** `create` or `analyze`: that command fails with exit 32 and CodeQL-like stderr. */
  fail?: 'create' | 'analyze';
  /** `codeql version` fails: a broken installation. */
  versionFails?: boolean;
  /** Files (relative to --source-root) whose text `database create` records. */
  watch?: string[];
}

export interface FakeCall {
  args: string[];
  /** Names of variables that look like secrets, as the child saw its environment. */
  secrets: string[];
  files?: Record<string, string | null>;
}

export interface Fake {
  path: string;
  calls(): Promise<FakeCall[]>;
  /** The pid of the grandchild a hanging command started. */
  grandchild(): Promise<number>;
}

const SCRIPT = `#!/usr/bin/env node
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const cfg = JSON.parse(fs.readFileSync(__filename + '.json', 'utf8'));
const args = process.argv.slice(2);
const opt = (name) => {
  const a = args.find((x) => x.startsWith('--' + name + '='));
  return a === undefined ? undefined : a.slice(name.length + 3);
};
const record = { args, secrets: Object.keys(process.env).filter((k) => /TOKEN|KEY|SECRET/.test(k)) };
if (args[0] === 'database' && args[1] === 'create') {
  record.files = {};
  for (const f of cfg.watch || []) {
    try { record.files[f] = fs.readFileSync(path.join(opt('source-root'), f), 'utf8'); } catch { record.files[f] = null; }
  }
}
fs.appendFileSync(cfg.log, JSON.stringify(record) + '\\n');
if (args[0] === 'version') {
  if (cfg.versionFails) { console.error('A fatal error occurred: could not start the JVM'); process.exit(2); }
  console.log(JSON.stringify({ productName: 'CodeQL', vendor: 'GitHub', version: cfg.version, sha: 'f00' }));
  process.exit(0);
}
if (cfg.hang === args[1]) {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1e9)'], { stdio: 'ignore' });
  fs.writeFileSync(cfg.log + '.pid', String(child.pid));
  setTimeout(() => {}, 1e9);
} else if (cfg.fail === args[1]) {
  console.error('Initializing database...');
  console.error('A fatal error occurred: No source code was seen during the build.');
  process.exit(32);
} else if (args[1] === 'create') {
  fs.mkdirSync(args[2], { recursive: true });
} else if (args[1] === 'analyze') {
  const language = path.basename(args[2]).replace(/^db-/, '').replace('javascript-typescript', 'javascript');
  const empty = { version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL', semanticVersion: cfg.version, rules: [] } }, results: [] }] };
  fs.writeFileSync(opt('output'), (cfg.sarif || {})[language] || JSON.stringify(empty));
}
`;

export async function createFake(dir: string, opts: FakeOptions = {}, name = 'codeql'): Promise<Fake> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  const log = join(dir, `${name}.calls.jsonl`);
  await writeFile(`${path}.json`, JSON.stringify({ version: '2.21.0', ...opts, log }));
  await writeFile(path, SCRIPT);
  await chmod(path, 0o755);
  await writeFile(log, '');
  return {
    path,
    calls: async () =>
      (await readFile(log, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as FakeCall),
    grandchild: async () => Number(await readFile(`${log}.pid`, 'utf8')),
  };
}

/** True while the process exists and is not a zombie (a container's init may not reap it). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** A CodeQL-shaped log with one result per entry, at %SRCROOT%-relative paths. */
export function codeqlSarif(
  results: { rule: string; cwe: number; file: string; line: number; precision?: string }[],
): string {
  const rules = [...new Set(results.map((r) => r.rule))].map((id) => {
    const r = results.find((x) => x.rule === id)!;
    return {
      id,
      shortDescription: { text: id },
      properties: {
        tags: ['security', `external/cwe/cwe-${String(r.cwe).padStart(3, '0')}`],
        precision: r.precision ?? 'high',
        'security-severity': '8.8',
      },
    };
  });
  return JSON.stringify({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'CodeQL', semanticVersion: '2.21.0', rules } },
        results: results.map((r) => ({
          ruleId: r.rule,
          ruleIndex: rules.findIndex((x) => x.id === r.rule),
          message: { text: `${r.rule} at line ${r.line}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: r.line, startColumn: 5, endColumn: 30 },
              },
            },
          ],
        })),
      },
    ],
  });
}
