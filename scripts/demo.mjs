#!/usr/bin/env node
// `npm run demo`: builds an example repository in a temporary directory — a base commit with one
// pre-existing weakness, a human commit, an AI commit (Claude Code markers) that adds vulnerable
// code in four languages, and an AI commit (Cursor markers) that fixes the old weakness — then runs
// the bundled CLI's `aigis review` on it. Nothing here runs the example code: it is only analysed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = mkdtempSync(join(tmpdir(), 'aigis-demo-'));
let clock = Date.parse('2026-11-02T09:00:00Z') / 1000;

const git = (args, env = {}) =>
  execFileSync('git', args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8' }).trim();

function write(path, text) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text.replace(/^\n/, ''));
}

function commit(message, who) {
  clock += 3600;
  const date = `${clock} +0000`;
  git(['add', '-A']);
  git(['commit', '-q', '-m', message], {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
  return git(['rev-parse', 'HEAD']);
}

const ada = { name: 'Ada Lovelace', email: 'ada@example.org' };
const grace = { name: 'Grace Hopper', email: 'grace@example.org' };

git(['init', '-q', '-b', 'main']);
git(['config', 'commit.gpgsign', 'false']);

// 1. base: an inventory service, with one weakness already in it (tools.py builds a shell command).
write('README.md', '# inventory\n\nA small inventory service.\n');
write(
  'app/db.py',
  `
import sqlite3


def connect(path):
    return sqlite3.connect(path)


def find_item(conn, item_id):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM items WHERE id = ?", (item_id,))
    return cur.fetchone()
`,
);
write(
  'app/tools.py',
  `
import os


def backup(name):
    os.system("tar czf /backups/" + name + ".tgz /srv/data")
`,
);
write(
  'web/server.js',
  `
const http = require('http');

function start(port) {
  return http.createServer((req, res) => res.end('ok')).listen(port);
}

module.exports = { start };
`,
);
write(
  'native/label.c',
  `
#include <stdio.h>
#include <string.h>

void print_label(const char *name) {
    printf("label: %s\\n", name);
}
`,
);
write(
  'svc/main.go',
  `
package main

import (
    "fmt"
    "os/exec"
)

func version() (string, error) {
    out, err := exec.Command("git", "--version").Output()
    return string(out), err
}

func main() {
    fmt.Println(version())
}
`,
);
const base = commit('Initial inventory service', ada);

// 2. a human commit: documentation and a safe query.
write('README.md', '# inventory\n\nA small inventory service.\n\nRun `python -m app` to start it.\n');
write(
  'app/db.py',
  `
import sqlite3


def connect(path):
    return sqlite3.connect(path)


def find_item(conn, item_id):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM items WHERE id = ?", (item_id,))
    return cur.fetchone()


def count_items(conn):
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM items")
    return cur.fetchone()[0]
`,
);
commit('Document how to run; add count_items', grace);

// 3. an AI commit with Claude Code's markers: search, export, labels and a health check.
write(
  'app/db.py',
  `
import sqlite3


def connect(path):
    return sqlite3.connect(path)


def find_item(conn, item_id):
    cur = conn.cursor()
    cur.execute("SELECT id, name FROM items WHERE id = ?", (item_id,))
    return cur.fetchone()


def count_items(conn):
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM items")
    return cur.fetchone()[0]


def search_items(conn, term):
    cur = conn.cursor()
    cur.execute(f"SELECT id, name FROM items WHERE name LIKE '%{term}%'")
    return cur.fetchall()
`,
);
write(
  'web/server.js',
  `
const http = require('http');
const { exec } = require('child_process');

function exportReport(name, res) {
  exec(\`zip -r /tmp/\${name}.zip /srv/reports/\${name}\`, (err, stdout) => {
    res.end(err ? 'failed' : stdout);
  });
}

function start(port) {
  return http
    .createServer((req, res) => {
      const url = new URL(req.url, 'http://localhost');
      if (url.pathname === '/export') return exportReport(url.searchParams.get('name'), res);
      res.end('ok');
    })
    .listen(port);
}

module.exports = { start };
`,
);
write(
  'native/label.c',
  `
#include <stdio.h>
#include <string.h>

void print_label(const char *name) {
    char label[32];
    strcpy(label, name);
    printf("label: %s\\n", label);
}
`,
);
write(
  'svc/main.go',
  `
package main

import (
    "fmt"
    "net/http"
    "os/exec"
)

func version() (string, error) {
    out, err := exec.Command("git", "--version").Output()
    return string(out), err
}

func ping(w http.ResponseWriter, r *http.Request) {
    host := r.URL.Query().Get("host")
    out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output()
    w.Write(out)
}

func main() {
    http.HandleFunc("/ping", ping)
    fmt.Println(version())
    http.ListenAndServe(":8080", nil)
}
`,
);
commit(
  'Add item search, report export, labels and a ping endpoint\n\n' +
    '🤖 Generated with [Claude Code](https://claude.ai/code)\n\n' +
    'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>',
  ada,
);

// 4. an AI commit with Cursor's marker that fixes the old shell command.
write(
  'app/tools.py',
  `
import subprocess


def backup(name):
    subprocess.run(["tar", "czf", "/backups/" + name + ".tgz", "/srv/data"], check=True)
`,
);
commit('Run the backup without a shell\n\nCo-authored-by: Cursor <cursoragent@cursor.com>', grace);

console.log(`aigis demo: example repository in ${repo}`);
console.log(`aigis demo: running  aigis review --base ${base.slice(0, 12)} --head HEAD\n`);

const cli = join(root, 'dist', 'cli.js');
const sarif = join(repo, '.aigis', 'aigis.sarif');
const run = (args) => spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: repo });
const status = run([
  'review',
  '--base',
  base,
  '--head',
  'HEAD',
  '--format',
  'sarif',
  '--output',
  sarif,
]).status;
run([
  'review',
  '--base',
  base,
  '--head',
  'HEAD',
  '--format',
  'markdown',
  '--output',
  join(repo, '.aigis', 'report.md'),
  '-q',
]);

console.log(`\naigis demo: SARIF at ${sarif}, Markdown report at ${join(repo, '.aigis', 'report.md')}`);
if (status === 1 && existsSync(sarif)) {
  console.log('aigis demo: the gate failed, as it should on this PR (exit code 1 in a real run).');
} else if (status !== 0) {
  console.error(`aigis demo: aigis exited with ${status}`);
  process.exit(status ?? 2);
}
