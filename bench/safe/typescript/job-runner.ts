import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as yaml from 'js-yaml';

const execFileAsync = promisify(execFile);
const WORK_DIR = path.join(__dirname, 'work');

interface Job {
  name: string;
  image: string;
  args: string[];
}

export async function loadJobs(file: string): Promise<Job[]> {
  const text = await readFile(file, 'utf8');
  const parsed = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }) as { jobs: Job[] };
  return parsed.jobs.filter((j) => /^[a-z0-9-]+$/.test(j.name));
}

export async function dockerVersion(): Promise<string> {
  const { stdout } = await execFileAsync('docker', ['version', '--format', '{{.Server.Version}}']);
  return stdout.trim();
}

export function runJob(job: Job): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', ['run', '--rm', job.image, ...job.args], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

export async function saveResult(job: Job, code: number): Promise<void> {
  await mkdir(WORK_DIR, { recursive: true });
  const payload = Buffer.from(JSON.stringify({ job: job.name, code, at: new Date().toISOString() }));
  await writeFile(path.join(WORK_DIR, `${job.name}.json`), payload);
}

export function header(length: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32BE(length, 0);
  return buf;
}
