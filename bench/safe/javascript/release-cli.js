#!/usr/bin/env node
'use strict';

const { execFile, spawn, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { promisify } = require('util');

const pkg = require('./package.json');
const defaults = require(path.join(__dirname, 'config', 'defaults.json'));

const execFileAsync = promisify(execFile);

async function currentBranch() {
  const { stdout } = await execFileAsync('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
  return stdout.trim();
}

function tagRelease(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`not a version: ${version}`);
  execFileSync('git', ['tag', '-a', `v${version}`, '-m', `Release ${version}`], { stdio: 'inherit' });
}

function buildArchive(outDir, files) {
  return new Promise((resolve, reject) => {
    const tar = spawn('tar', ['-czf', path.join(outDir, `${pkg.name}-${pkg.version}.tgz`), ...files], {
      stdio: 'inherit',
    });
    tar.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited with ${code}`))));
  });
}

function writeChangelog(outDir, entries) {
  const text = entries.map((e) => `- ${e.subject} (${e.hash.slice(0, 7)})`).join('\n');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'CHANGELOG.md'), `# ${pkg.version}\n\n${text}\n`);
}

function retryDelay(attempt) {
  return Math.min(30000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);
}

async function main(argv) {
  const outDir = path.resolve(argv[2] || defaults.outDir);
  const branch = await currentBranch();
  if (branch !== 'main') {
    console.error(`refusing to release from ${branch}`);
    process.exitCode = 1;
    return;
  }
  writeChangelog(outDir, []);
  await buildArchive(outDir, ['dist', 'README.md']);
  tagRelease(pkg.version);
  console.log(`released ${pkg.version}; next retry delay would be ${retryDelay(1)} ms`);
}

main(process.argv).catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
