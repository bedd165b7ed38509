/**
 * The demo's PR, end to end on a real repository: a human commit, an AI commit (Claude Code) adding
 * weaknesses in four languages, an AI commit (Cursor) fixing an old one.
 */
import type { EngineSetup } from '../../src/composition.js';
import type { ReviewResult } from '../../src/core/types.js';
import { gate } from '../../src/stages/gate/index.js';
import { render } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import {
  CLAUDE_CO_AUTHOR,
  CLAUDE_CODE_TRAILERS,
  CURSOR_CO_AUTHOR,
  createEngines,
  onlyFinding,
  runReview,
} from './support.js';

const GRACE = { name: 'Grace Hopper', email: 'grace@example.org' };

const TOOLS_PY = 'import os\n\n\ndef backup(name):\n    os.system("tar czf /backups/" + name)\n';
const DB_PY_BASE = 'import sqlite3\n\n\ndef connect(path):\n    return sqlite3.connect(path)\n';
const DB_PY_HUMAN =
  DB_PY_BASE +
  '\n\ndef count_items(conn):\n    cur = conn.cursor()\n    cur.execute("SELECT COUNT(*) FROM items")\n';
const DB_PY_AI =
  DB_PY_HUMAN +
  '\n\ndef search_items(conn, term):\n    cur = conn.cursor()\n' +
  '    cur.execute(f"SELECT id FROM items WHERE name = \'{term}\'")\n    return cur.fetchall()\n';
const SERVER_JS = [
  "const { exec } = require('child_process');",
  '',
  'function exportReport(name, res) {',
  '  exec(`zip -r /tmp/${name}.zip /srv/reports/${name}`, (err, out) => res.end(out));',
  '}',
  '',
  'module.exports = { exportReport };',
  '',
].join('\n');
const LABEL_C = [
  '#include <stdio.h>',
  '#include <string.h>',
  '',
  'void print_label(const char *name) {',
  '    char buf[32];',
  '    strcpy(buf, name);',
  '    printf("label: %s\\n", buf);',
  '}',
  '',
].join('\n');
const MAIN_GO = [
  'package main',
  '',
  'import (',
  '    "net/http"',
  '    "os/exec"',
  ')',
  '',
  'func ping(w http.ResponseWriter, r *http.Request) {',
  '    host := r.URL.Query().Get("host")',
  '    out, _ := exec.Command("sh", "-c", "ping "+host).Output()',
  '    w.Write(out)',
  '}',
  '',
].join('\n');
const TOOLS_PY_FIXED =
  'import subprocess\n\n\ndef backup(name):\n    subprocess.run(["tar", "czf", "/backups/" + name], check=True)\n';

describe('review: the demo pull request', () => {
  let setup: EngineSetup;
  let repo: GitRepo;
  let result: ReviewResult;
  let base: string;
  let humanCommit: string;

  beforeAll(async () => {
    setup = await createEngines(process.cwd());
    repo = await GitRepo.create();
    await repo.write('app/tools.py', TOOLS_PY);
    await repo.write('app/db.py', DB_PY_BASE);
    await repo.write('README.md', '# inventory\n');
    base = await repo.commit('base');
    repo.checkoutNew('feature');

    await repo.write('app/db.py', DB_PY_HUMAN);
    await repo.write('README.md', '# inventory\n\nRun it.\n');
    humanCommit = await repo.commit('Add count_items', { author: GRACE });

    await repo.write('app/db.py', DB_PY_AI);
    await repo.write('web/server.js', SERVER_JS);
    await repo.write('native/label.c', LABEL_C);
    await repo.write('svc/main.go', MAIN_GO);
    await repo.commit('Add search, export, labels and ping', { trailers: CLAUDE_CODE_TRAILERS });

    await repo.write('app/tools.py', TOOLS_PY_FIXED);
    await repo.commit('Run the backup without a shell', { author: GRACE, trailers: [CURSOR_CO_AUTHOR] });

    result = await runReview(repo, setup, { base: 'main', head: 'feature' });
  });

  afterAll(async () => {
    await repo.cleanup();
  });

  it('finds the new weaknesses in four languages, each attributed to Claude Code with its trailer', () => {
    const added = [
      onlyFinding(result, 'app/db.py', 'python-sql-injection'),
      onlyFinding(result, 'web/server.js', 'js-command-injection'),
      onlyFinding(result, 'native/label.c', 'c-strcpy-fixed-buffer'),
      onlyFinding(result, 'svc/main.go', 'go-command-injection'),
    ];
    for (const f of added) {
      expect(f.status).toBe('new');
      expect(f.attribution?.ai).toBe(true);
      expect(f.attribution?.tool).toBe('Claude Code');
      expect(f.attribution?.evidence).toContain(`trailer ${CLAUDE_CO_AUTHOR}`);
    }
    const newOnes = result.findings.filter((f) => f.status === 'new');
    expect(new Set(newOnes.map((f) => result.files.find((x) => x.path === f.file)?.language)).size).toBe(4);
    expect(newOnes).toHaveLength(4);
  });

  it('reports the pre-existing weakness that the Cursor commit removed as fixed', () => {
    const fixed = onlyFinding(result, 'app/tools.py', 'python-shell-injection');
    expect(fixed.status).toBe('fixed');
    expect(fixed.snippet).toContain('os.system');
    expect(result.findings.filter((f) => f.status === 'fixed')).toHaveLength(1);
  });

  it('attributes the commits and sums up the provenance', () => {
    const p = result.provenance!;
    expect(p.commits[humanCommit]).toEqual({ ai: false, confidence: 0, evidence: [] });
    expect(Object.keys(p.tools).sort()).toEqual(['Claude Code', 'Cursor']);
    expect(p.aiShare).toBeGreaterThan(0.5);
    expect(p.aiShare).toBeLessThan(1);
    expect(p.addedLines).toBeGreaterThan(0);

    // The human commit's lines: count_items in db.py carries no AI signal.
    const db = p.lines['app/db.py']!;
    const humanLine = DB_PY_AI.split('\n').indexOf('def count_items(conn):') + 1;
    expect(humanLine).toBeGreaterThan(0);
    expect(db[humanLine]).toEqual({ ai: false, confidence: 0, evidence: [] });
    const aiLine = DB_PY_AI.split('\n').indexOf('def search_items(conn, term):') + 1;
    expect(db[aiLine]?.tool).toBe('Claude Code');
    expect(p.lines['app/tools.py']![5]?.tool).toBe('Cursor');
    expect(result.base).toBe(base);
  });

  it('fails the gate under new-high and passes it under none', async () => {
    expect(result.verdict.policy).toBe('new-high');
    expect(result.verdict.passed).toBe(false);
    expect(result.verdict.failing.length).toBeGreaterThanOrEqual(3);
    expect(gate(result.findings, 'none', result.weights).passed).toBe(true);
    const lenient = await runReview(repo, setup, { base: 'main', head: 'feature', policy: 'none' });
    expect(lenient.verdict.passed).toBe(true);
    expect(lenient.verdict.reason).toMatch(/none failing/);
  });

  it('proposes a verified repair for the C strcpy', () => {
    const strcpy = onlyFinding(result, 'native/label.c', 'c-strcpy-fixed-buffer');
    expect(strcpy.repair).toMatchObject({
      strategy: 'rule',
      outcome: 'proposed',
      verification: { parses: true, targetRemoved: true, introduced: [] },
    });
    expect(strcpy.repair?.edits[0]?.text).toBe('snprintf(buf, sizeof buf, "%s", name)');
  });

  it('writes SARIF results for the new findings with aigis/ai true', () => {
    const sarif = JSON.parse(render(result, 'sarif')) as {
      runs: { results: { ruleId: string; baselineState?: string; properties: Record<string, unknown> }[] }[];
    };
    const results = sarif.runs.flatMap((r) => r.results).filter((r) => r.baselineState === 'new');
    expect(results.map((r) => r.ruleId).sort()).toEqual([
      'c-strcpy-fixed-buffer',
      'go-command-injection',
      'js-command-injection',
      'python-sql-injection',
    ]);
    for (const r of results) {
      expect(r.properties['aigis/ai']).toBe(true);
      expect(r.properties['aigis/aiTool']).toBe('Claude Code');
      expect(r.properties['aigis/status']).toBe('new');
    }
  });

  it('says nothing went wrong', () => {
    expect(result.skipped).toEqual([
      { path: 'README.md', reason: 'unsupported-language', detail: 'no analyser for this kind of file' },
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});
