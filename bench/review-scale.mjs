#!/usr/bin/env node
// `aigis review` at PR scale: builds a synthetic repository (a base commit and a PR of 300 changed
// files, about 60k changed lines, in Python, JavaScript, TypeScript, Java, Go and C, with a few
// real weaknesses), runs the bundled CLI in-process on it and prints wall time and peak memory
// against the targets (under 20 s, under 1 GB). It reports; it never fails on a slow machine.
// Needs a current dist/ (npm run build).
//
//   node bench/review-scale.mjs [--files 300] [--lines 230] [--keep]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runCli } from '../dist/aigis.js';

const { values: args } = parseArgs({
  options: {
    files: { type: 'string', default: '300' },
    lines: { type: 'string', default: '230' },
    keep: { type: 'boolean', default: false },
  },
});
const FILES = Number(args.files);
const LINES_PER_FILE = Number(args.lines);
const TARGET_SECONDS = 20;
const TARGET_MB = 1024;

// Each language: a file extension, a header, a harmless function of about ten lines, and a
// weakness a built-in rule finds. One function body per index, so no two functions are alike.
const LANGUAGES = [
  {
    ext: 'py',
    header: (i) => [`"""Module ${i}."""`, 'import os', 'import sqlite3', ''],
    safe: (i, j) => [
      `def compute_${i}_${j}(values, factor=${j}):`,
      '    total = 0',
      '    for index, value in enumerate(values):',
      '        if index % 2 == 0:',
      '            total += value * factor',
      '        else:',
      '            total -= value',
      `    label = "batch-${i}-${j}"`,
      '    return {"label": label, "total": total}',
      '',
    ],
    weak: (i) => [
      `def lookup_${i}(conn, user_id):`,
      '    cur = conn.cursor()',
      '    cur.execute(f"SELECT * FROM users WHERE id = {user_id}")',
      '    return cur.fetchone()',
      '',
    ],
  },
  {
    ext: 'js',
    header: (i) => [`// Module ${i}.`, "const { exec } = require('child_process');", ''],
    safe: (i, j) => [
      `function compute_${i}_${j}(values, factor = ${j}) {`,
      '  let total = 0;',
      '  values.forEach((value, index) => {',
      '    if (index % 2 === 0) total += value * factor;',
      '    else total -= value;',
      '  });',
      `  const label = 'batch-${i}-${j}';`,
      '  return { label, total };',
      '}',
      '',
    ],
    weak: (i) => [
      `function thumbnail_${i}(req, res) {`,
      '  exec(`convert ${req.query.file} -resize 100x100 /tmp/thumb.png`, () => res.end());',
      '}',
      '',
    ],
  },
  {
    ext: 'ts',
    header: (i) => [`// Module ${i}.`, "import { exec } from 'node:child_process';", ''],
    safe: (i, j) => [
      `export function compute_${i}_${j}(values: number[], factor = ${j}): { label: string; total: number } {`,
      '  let total = 0;',
      '  values.forEach((value: number, index: number) => {',
      '    if (index % 2 === 0) total += value * factor;',
      '    else total -= value;',
      '  });',
      `  const label = 'batch-${i}-${j}';`,
      '  return { label, total };',
      '}',
      '',
    ],
    weak: (i) => [
      `export function resize_${i}(req: { query: { src: string } }, done: () => void): void {`,
      '  exec(`convert ${req.query.src} -resize 64 out.png`, () => done());',
      '}',
      '',
    ],
  },
  {
    ext: 'java',
    dir: 'src/main/java/com/example',
    header: (i) => [
      'package com.example;',
      '',
      'import java.sql.Connection;',
      'import java.sql.ResultSet;',
      'import java.sql.SQLException;',
      'import java.sql.Statement;',
      '',
      `public class Module${i} {`,
    ],
    footer: () => ['}'],
    safe: (i, j) => [
      `    public static int compute${j}(int[] values) {`,
      '        int total = 0;',
      '        for (int index = 0; index < values.length; index++) {',
      `            if (index % 2 == 0) total += values[index] * ${j};`,
      '            else total -= values[index];',
      '        }',
      `        String label = "batch-${i}-${j}";`,
      '        return total + label.length();',
      '    }',
      '',
    ],
    weak: () => [
      '    public static ResultSet findByName(Connection connection, String name) throws SQLException {',
      '        Statement stmt = connection.createStatement();',
      `        return stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");`,
      '    }',
      '',
    ],
  },
  {
    ext: 'go',
    header: (i) => [
      `package module${i}`,
      '',
      'import (',
      '\t"net/http"',
      '\t"os/exec"',
      ')',
      '',
      'var _ = exec.Command',
      'var _ = http.StatusOK',
      '',
    ],
    safe: (i, j) => [
      `func Compute${j}(values []int) (string, int) {`,
      '\ttotal := 0',
      '\tfor index, value := range values {',
      '\t\tif index%2 == 0 {',
      `\t\t\ttotal += value * ${j}`,
      '\t\t} else {',
      '\t\t\ttotal -= value',
      '\t\t}',
      '\t}',
      `\treturn "batch-${i}-${j}", total`,
      '}',
      '',
    ],
    weak: () => [
      'func Ping(w http.ResponseWriter, r *http.Request) {',
      '\thost := r.URL.Query().Get("host")',
      '\tout, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output()',
      '\tw.Write(out)',
      '}',
      '',
    ],
  },
  {
    ext: 'c',
    header: (i) => [`/* Module ${i}. */`, '#include <stdio.h>', '#include <string.h>', ''],
    safe: (i, j) => [
      `int compute_${i}_${j}(const int *values, int n) {`,
      '  int total = 0;',
      '  for (int index = 0; index < n; index++) {',
      `    if (index % 2 == 0) total += values[index] * ${j};`,
      '    else total -= values[index];',
      '  }',
      `  const char *label = "batch-${i}-${j}";`,
      '  return total + (int)strlen(label);',
      '}',
      '',
    ],
    weak: (i) => [`void read_line_${i}(void) {`, '  char buf[16];', '  gets(buf);', '  puts(buf);', '}', ''],
  },
];

function git(dir, argv, input) {
  return execFileSync('git', argv, {
    cwd: dir,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // The machine's git config must not change what is measured (hooks, signing, autocrlf).
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ada Lovelace',
      GIT_AUTHOR_EMAIL: 'ada@example.org',
      GIT_COMMITTER_NAME: 'Ada Lovelace',
      GIT_COMMITTER_EMAIL: 'ada@example.org',
    },
  });
}

/** A file's text: the header, then functions up to `lines` lines, with `weak` functions spread in. */
function source(lang, i, lines, weak, seed) {
  const out = [...lang.header(i)];
  const footer = lang.footer?.() ?? [];
  let j = seed;
  let weakLeft = weak;
  while (out.length + footer.length < lines) {
    if (weakLeft > 0 && out.length > lines / 2) {
      out.push(...lang.weak(i));
      weakLeft--;
    }
    out.push(...lang.safe(i, j++));
  }
  out.push(...footer);
  return out.join('\n') + '\n';
}

function pathOf(lang, i) {
  const name = lang.ext === 'java' ? `Module${i}.java` : `module_${i}.${lang.ext}`;
  return join(lang.dir ?? `src/${lang.ext}`, lang.ext === 'go' ? `module${i}` : '', name);
}

function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function buildRepository() {
  const dir = mkdtempSync(join(tmpdir(), 'aigis-bench-review-'));
  git(dir, ['init', '-q', '--initial-branch=main']);
  // Two thirds of the PR's files exist in base in a short version the PR extends; the rest are new.
  const plan = [];
  for (let i = 0; i < FILES; i++) {
    const lang = LANGUAGES[i % LANGUAGES.length];
    plan.push({ lang, i, path: pathOf(lang, i), inBase: i % 3 !== 2, weak: i % 12 === 0 ? 1 : 0 });
  }
  for (const f of plan) if (f.inBase) write(dir, f.path, source(f.lang, f.i, 40, 0, 1));
  write(dir, 'README.md', '# synthetic\n');
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'base']);
  git(dir, ['checkout', '-q', '-b', 'feature']);
  // Two commits, so attribution has both an AI and a human author to map lines to.
  const half = Math.floor(plan.length / 2);
  for (const [part, message] of [
    [plan.slice(0, half), 'Add batch computations\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n'],
    [plan.slice(half), 'More batch computations\n'],
  ]) {
    for (const f of part) write(dir, f.path, source(f.lang, f.i, LINES_PER_FILE, f.weak, 1));
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-verify', '-F', '-'], message);
  }
  return dir;
}

class Sink extends Writable {
  text = '';
  _write(chunk, _encoding, callback) {
    this.text += chunk.toString();
    callback();
  }
}

const dir = buildRepository();
// git's own numbers, so the PR's size is measured, not assumed.
const shortstat = git(dir, ['diff', '--shortstat', 'main...feature']).trim();
const changedLines = [...shortstat.matchAll(/(\d+) (?:insertion|deletion)/g)].reduce(
  (n, m) => n + Number(m[1]),
  0,
);
const out = join(dir, '..', `${dir.split('/').pop()}-report.json`);

const stdout = new Sink();
const stderr = new Sink();
const started = process.hrtime.bigint();
const code = await runCli(
  ['review', '-C', dir, '--base', 'main', '-q', '--format', 'json', '--output', out],
  {
    stdout,
    stderr,
    cwd: dir,
  },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const peakMb = process.resourceUsage().maxRSS / 1024;

if (code === 2) {
  console.error(`aigis review failed (exit 2):\n${stderr.text}`);
  process.exitCode = 1;
} else {
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const byStatus = report.summary.counts;
  const row = (label, value) => console.log(`${label.padEnd(22)} ${value}`);
  console.log('aigis review on a synthetic PR');
  row('changed files', `${report.files.length} analysed, ${report.skipped.length} skipped (${shortstat})`);
  row('changed lines', changedLines);
  row(
    'findings',
    `${report.findings.length} (new ${byStatus.new}, existing ${byStatus.existing}, fixed ${byStatus.fixed})`,
  );
  row('verdict', `${report.verdict.passed ? 'pass' : 'fail'} (exit ${code})`);
  row(
    'wall time',
    `${seconds.toFixed(2)} s (target < ${TARGET_SECONDS} s: ${seconds < TARGET_SECONDS ? 'met' : 'NOT met'})`,
  );
  row(
    'peak RSS',
    `${peakMb.toFixed(0)} MB (target < ${TARGET_MB} MB: ${peakMb < TARGET_MB ? 'met' : 'NOT met'})`,
  );
  const stages = Object.entries(report.timings ?? {})
    .map(([stage, ms]) => `${stage} ${ms} ms`)
    .join(', ');
  if (stages) row('stages', stages);
}

if (args.keep) console.log(`repository kept at ${dir}`);
else rmSync(dir, { recursive: true, force: true });
rmSync(out, { force: true });
