/**
 * The Action's CodeQL and SARIF inputs mean what the CLI flags mean: run in-process (from the
 * sources, since dist/ is rebuilt separately) on a real repository, with the fake CodeQL CLI of
 * fake-codeql.ts (the real one cannot be installed here: no network beyond npm and Debian).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { runAction } from '../../src/action/main.js';
import { GitRepo } from '../helpers/git-repo.js';
import { codeqlSarif, createFake } from './fake-codeql.js';

let repo: GitRepo;
let scratch: string;

beforeAll(async () => {
  repo = await GitRepo.create();
  await repo.write('app.py', 'import os\n');
  await repo.commit('base');
  repo.checkoutNew('feature');
  await repo.write('app.py', 'import os\n\n\ndef run(cmd):\n    os.system("ls " + cmd)\n');
  await repo.commit('run');
  scratch = await mkdtemp(join(tmpdir(), 'aigis-codeql-action-'));
});

afterAll(async () => {
  await repo.cleanup();
  await rm(scratch, { recursive: true, force: true });
});

/** Inputs as the runner passes them (INPUT_<NAME>), and nothing of this process's own runner. */
async function withInputs(inputs: Record<string, string>, fn: () => Promise<void>): Promise<void> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (/^(INPUT_|GITHUB_|RUNNER_)/.test(k)) delete process.env[k];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  const exitCode = process.exitCode;
  try {
    await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
    process.exitCode = exitCode;
  }
}

describe('the Action with codeql-path, codeql-suite and sarif inputs', () => {
  it('runs the CodeQL CLI given, reads the SARIF given, and writes one SARIF run per engine', async () => {
    const fake = await createFake(join(scratch, 'codeql'), {
      sarif: {
        python: codeqlSarif([{ rule: 'py/command-line-injection', cwe: 78, file: 'app.py', line: 5 }]),
      },
    });
    const semgrep = join(scratch, 'semgrep.sarif');
    await writeFile(
      semgrep,
      JSON.stringify({
        version: '2.1.0',
        runs: [
          {
            tool: {
              driver: {
                name: 'Semgrep OSS',
                semanticVersion: '1.90.0',
                rules: [{ id: 'os-system', properties: { tags: ['CWE-78'] } }],
              },
            },
            results: [
              {
                ruleId: 'os-system',
                message: { text: 'os.system with input' },
                locations: [
                  { physicalLocation: { artifactLocation: { uri: 'app.py' }, region: { startLine: 5 } } },
                ],
              },
            ],
          },
        ],
      }),
    );
    const sarifOut = join(scratch, 'aigis.sarif');
    await withInputs(
      {
        base: 'main',
        token: '',
        'fail-on': 'none',
        'codeql-path': fake.path,
        'codeql-suite': 'security-and-quality',
        sarif: `${semgrep}\n`,
        'sarif-file': sarifOut,
      },
      () => runAction({ ...process.env, GITHUB_WORKSPACE: repo.dir }),
    );
    const analyze = (await fake.calls()).find((c) => c.args[1] === 'analyze');
    expect(analyze?.args[3]).toBe('python-security-and-quality.qls');

    const log = JSON.parse(await readFile(sarifOut, 'utf8')) as {
      runs: {
        tool: { driver: { name: string; version?: string } };
        results: { ruleId: string; properties: Record<string, unknown> }[];
      }[];
    };
    const drivers = log.runs.map((r) => [r.tool.driver.name, r.tool.driver.version]);
    expect(drivers).toEqual(
      expect.arrayContaining([
        ['codeql', '2.21.0'],
        ['semgrep-oss', '1.90.0'],
      ]),
    );
    // One weakness, three engines: the built-in rule, CodeQL and Semgrep agree on CWE-78's family.
    const results = log.runs.flatMap((r) => r.results);
    const injection = results.filter((r) => (r.properties['aigis/engines'] as string[]).includes('codeql'));
    expect(injection).toHaveLength(1);
    expect(injection[0]!.properties['aigis/engines']).toEqual(['builtin', 'codeql', 'semgrep-oss']);
  });

  it("names the input in a bad value's error", async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await withInputs({ base: 'main', token: '', 'codeql-timeout': '-3' }, async () => {
        await runAction({ ...process.env, GITHUB_WORKSPACE: repo.dir });
        expect(process.exitCode).toBe(1);
      });
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain(
      "::error::aigis: input 'codeql-timeout': must be a number of seconds from 1 to 21600; got '-3'",
    );
  });
});
