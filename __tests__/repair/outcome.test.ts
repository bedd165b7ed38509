/**
 * Outcome classes and severity reduction on real files with the real built-in engine: what the
 * report and the benchmark count for each repaired file and for the whole run.
 */
import type { EngineSetup } from '../../src/composition.js';
import type { SourceFile } from '../../src/core/adapters.js';
import { classify } from '../../src/stages/repair/outcome.js';
import { OpenAiServer } from '../helpers/openai-server.js';
import { createEngines } from '../pipeline/support.js';
import { FLASK_SQL, FLASK_SQL_LINE, GARBAGE_ANSWER } from './fixtures.js';
import { findingAt, scanWith } from './support.js';

/** SQL injection (the rule has a fix) and SSRF (no rule can fix it) in one handler. */
const TWO_FINDINGS: SourceFile = {
  path: 'app/admin.py',
  language: 'python',
  side: 'head',
  text: [
    'import sqlite3',
    '',
    'import requests',
    'from flask import Flask, request',
    '',
    'app = Flask(__name__)',
    '',
    '',
    '@app.route("/ping")',
    'def ping():',
    '    host = request.args.get("host")',
    '    requests.get(host, timeout=5)',
    '    cur = sqlite3.connect("app.db").cursor()',
    '    cur.execute(f"INSERT INTO pings (host) VALUES (\'{host}\')")',
    '    return "ok"',
    '',
  ].join('\n'),
};

let setup: EngineSetup;
let server: OpenAiServer;

beforeAll(async () => {
  setup = await createEngines(process.cwd());
  server = await OpenAiServer.start();
});

afterAll(async () => {
  await server.close();
});

describe('repair outcomes', () => {
  it('a file whose only finding the rule fixes is fully fixed: severity down 100%', async () => {
    const result = await scanWith(setup, [FLASK_SQL], { repair: 'rule' });
    const sql = findingAt(result, FLASK_SQL.path, FLASK_SQL_LINE, 89);
    expect(sql.repair?.outcome).toBe('proposed');
    expect(result.repair?.files).toEqual([
      {
        file: FLASK_SQL.path,
        class: 'fully-fixed',
        targets: 1,
        removed: 1,
        proposed: 1,
        introducedCwes: [],
        severityBefore: sql.severity,
        severityAfter: 0,
        severityReduction: 100,
      },
    ]);
  });

  it('a file where one of two findings is fixed is partially fixed, by the share of severity removed', async () => {
    const plain = await scanWith(setup, [TWO_FINDINGS], { repair: 'off' });
    const sql = findingAt(plain, TWO_FINDINGS.path, 14, 89);
    const ssrf = findingAt(plain, TWO_FINDINGS.path, 12, 918);
    // auto: the SQL fix by the rule; for the SSRF (no rule fix) the model answers nothing usable.
    server.script(() => ({ text: GARBAGE_ANSWER }));
    const auto = await scanWith(setup, [TWO_FINDINGS], { repair: 'auto' }, { server });
    const file = auto.repair!.files[0]!;
    expect(file).toMatchObject({ class: 'partially-fixed', targets: 2, removed: 1, proposed: 1 });
    const before = sql.severity + ssrf.severity;
    expect(file.severityBefore).toBeCloseTo(before, 1);
    expect(file.severityAfter).toBeCloseTo(ssrf.severity, 1);
    expect(file.severityReduction).toBeCloseTo((sql.severity / before) * 100, 0);
    expect(auto.repair!.overall).toMatchObject({
      class: 'partially-fixed',
      severityReduction: file.severityReduction,
    });
  });

  it('a file where no candidate removes anything is not fixed: 0%', async () => {
    server.script(() => ({ text: GARBAGE_ANSWER }));
    const result = await scanWith(setup, [FLASK_SQL], { repair: 'llm' }, { server });
    expect(result.repair?.files[0]).toMatchObject({ class: 'not-fixed', removed: 0, severityReduction: 0 });
  });

  it('adds up files for the whole run', async () => {
    server.script(() => ({ text: GARBAGE_ANSWER }));
    const result = await scanWith(setup, [FLASK_SQL, TWO_FINDINGS], { repair: 'auto' }, { server });
    expect(result.repair?.files.map((f) => [f.file, f.class])).toEqual([
      [TWO_FINDINGS.path, 'partially-fixed'],
      [FLASK_SQL.path, 'fully-fixed'],
    ]);
    expect(result.repair?.overall).toMatchObject({
      class: 'partially-fixed',
      targets: 3,
      removed: 2,
      proposed: 2,
    });
  });

  it('has no outcome when nothing was attempted', async () => {
    const result = await scanWith(setup, [FLASK_SQL], { repair: 'off' });
    expect(result.repair).toBeUndefined();
    expect(result.findings.every((f) => f.repair === undefined)).toBe(true);
  });

  it.each([
    [1, 1, false, 'fully-fixed'],
    [1, 2, false, 'partially-fixed'],
    [0, 2, false, 'not-fixed'],
    [2, 2, true, 'fixed-but-introduced'],
    [1, 2, true, 'not-fixed-and-introduced'],
    [0, 1, true, 'not-fixed-and-introduced'],
  ] as const)('%i of %i removed, introduced %s: %s', (removed, targets, introduced, expected) => {
    expect(classify(removed, targets, introduced)).toBe(expected);
  });
});
