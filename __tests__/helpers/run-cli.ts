/** The CLI run in-process with its stdout and stderr captured, as a shell would see them. */
import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';

export class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    cwd,
    ...(env ? { env } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
