import { exec, spawnSync } from 'node:child_process';
import * as cp from 'node:child_process';

export function run(command: string): void {
  // ruleid: js-shell-command-variable
  exec(command, (err: Error | null, stdout: string): void => console.log(stdout));
}

export function lint(files: string[]): number | null {
  // ruleid: js-shell-command-variable
  return spawnSync('eslint', files, { shell: true }).status;
}

export function hook(script: { cmd: string }): Buffer {
  // ruleid: js-shell-command-variable
  return cp.execSync(script.cmd);
}

export function safe(files: string[], pattern: RegExp, input: string): unknown {
  // ok: js-shell-command-variable
  const lint = spawnSync('eslint', files);
  // ok: js-shell-command-variable
  const m = pattern.exec(input);
  return [lint, m];
}
