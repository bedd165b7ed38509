#!/usr/bin/env node
// Fails when dist/ differs from what `npm run build` makes of the committed sources, so the Action
// on main never runs stale code.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
try {
  execFileSync('git', ['diff', '--exit-code', '--stat', '--', 'dist'], { stdio: 'inherit' });
  const untracked = execFileSync('git', [
    'ls-files',
    '--others',
    '--exclude-standard',
    '--',
    'dist',
  ]).toString();
  if (untracked.trim()) throw new Error(`untracked files in dist/:\n${untracked}`);
  console.log('dist/ is up to date');
} catch (e) {
  console.error('dist/ is stale: run `npm run build` and commit dist/.', e instanceof Error ? e.message : '');
  process.exit(1);
}
