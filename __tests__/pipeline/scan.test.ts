/** `scan` on files as they are: real files read from disk, every finding new, skips listed. */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readSourceFiles } from '../../src/adapters/source-files.js';
import type { EngineSetup } from '../../src/composition.js';
import type { ReviewResult } from '../../src/core/types.js';
import { DEFAULT_OPTIONS } from '../../src/pipeline/options.js';
import { scan } from '../../src/pipeline/scan.js';
import { createEngines, messages } from './support.js';

const FILES: Record<string, string> = {
  'py/tools.py': 'import os\n\n\ndef backup(name):\n    os.system("tar czf /b/" + name)\n',
  'java/Search.java': [
    'class Search {',
    '    java.sql.ResultSet find(java.sql.Connection c, String n) throws Exception {',
    '        java.sql.Statement st = c.createStatement();',
    '        return st.executeQuery("SELECT * FROM t WHERE n = \'" + n + "\'");',
    '    }',
    '}',
    '',
  ].join('\n'),
  'go/ping.go': [
    'package main',
    '',
    'import "os/exec"',
    '',
    'func ping(host string) ([]byte, error) {',
    '    return exec.Command("sh", "-c", "ping "+host).Output()',
    '}',
    '',
  ].join('\n'),
  'cpp/label.cpp': [
    '#include <cstring>',
    '',
    'void label(const char *name) {',
    '    char buf[32];',
    '    strcpy(buf, name);',
    '}',
    '',
  ].join('\n'),
  'ts/export.ts': [
    "import { exec } from 'child_process';",
    '',
    'export function exportReport(name: string): void {',
    '  exec(`zip -r /tmp/${name}.zip /srv/${name}`);',
    '}',
    '',
  ].join('\n'),
};

describe('scan: files on disk', () => {
  let setup: EngineSetup;
  let dir: string;
  let result: ReviewResult;

  beforeAll(async () => {
    setup = await createEngines(process.cwd());
    dir = await realpath(await mkdtemp(join(tmpdir(), 'aigis-scan-')));
    const write = async (path: string, content: string | Uint8Array): Promise<void> => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    };
    for (const [path, text] of Object.entries(FILES)) await write(path, text);
    await write('py/compiled.py', new Uint8Array([0x61, 0x3d, 0x31, 0x0a, 0x00, 0x00, 0xff, 0x0a]));
    const statement = 'var a=require("child_process");a.exec("ls "+process.argv[2]);';
    await write('web/bundle.js', statement.repeat(300));
    await write('notes.txt', 'not code\n');

    const input = await readSourceFiles(['.'], { cwd: dir, maxFileBytes: DEFAULT_OPTIONS.maxFileBytes });
    result = await scan(input, DEFAULT_OPTIONS, {
      engines: setup.engines,
      log: messages(),
      repair: setup.repair,
    });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds one weakness per language, all new', () => {
    expect(result.mode).toBe('scan');
    expect(result.findings.map((f) => [f.file, f.ruleId, f.status]).sort()).toEqual([
      ['cpp/label.cpp', 'cpp-strcpy-fixed-buffer', 'new'],
      ['go/ping.go', 'go-command-injection', 'new'],
      ['java/Search.java', 'java-sql-injection', 'new'],
      ['py/tools.py', 'python-shell-injection', 'new'],
      ['ts/export.ts', 'ts-command-injection', 'new'],
    ]);
    expect(result.findings.every((f) => f.attribution === undefined)).toBe(true);
    expect(result.verdict.passed).toBe(false);
  });

  it('lists the binary and the minified file with their reasons, and not the unsupported one', () => {
    expect(result.skipped).toEqual([
      {
        path: 'py/compiled.py',
        reason: 'binary',
        detail: 'binary content (a NUL byte in its first 8000 bytes)',
      },
      {
        path: 'web/bundle.js',
        reason: 'minified',
        detail: expect.stringMatching(/minified code/) as string,
      },
    ]);
    expect(result.files.map((f) => f.path).sort()).toEqual(Object.keys(FILES).sort());
  });

  it('verifies the rule repair of the C++ strcpy', () => {
    const f = result.findings.find((x) => x.ruleId === 'cpp-strcpy-fixed-buffer');
    expect(f?.repair).toMatchObject({
      outcome: 'proposed',
      verification: { parses: true, targetRemoved: true },
    });
  });
});
