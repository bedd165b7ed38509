/**
 * The Action's LLM inputs, in-process (the bundled dist/ is rebuilt by the release step, so the
 * source is run here): the key from `llm-api-key` is masked before anything is logged, travels
 * only as a bearer token, and a missing key — a fork PR gets no secrets — degrades to rule fixes
 * instead of failing the review.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/main.js';
import { GitRepo } from '../helpers/git-repo.js';
import { OpenAiServer, type ChatRequest } from '../helpers/openai-server.js';
import { FLASK_SSRF, GOOD_SSRF_ANSWER } from './fixtures.js';

const KEY = 'sk-action-5e4d3c2b1a09';

let repo: GitRepo;
let server: OpenAiServer;
let workspace: string;

beforeAll(async () => {
  server = await OpenAiServer.start();
  workspace = await mkdtemp(join(tmpdir(), 'aigis-action-llm-'));
  repo = await GitRepo.create();
  await repo.write('README.md', '# app\n');
  await repo.commit('base');
  repo.checkoutNew('feature');
  await repo.write(FLASK_SSRF.path, FLASK_SSRF.text);
  await repo.commit('link previews');
});

afterAll(async () => {
  await server.close();
  await repo.cleanup();
  await rm(workspace, { recursive: true, force: true });
});

/** Runs the Action with these inputs; returns what it wrote to stdout (the runner's log). */
async function action(inputs: Record<string, string>): Promise<string> {
  const saved = { ...process.env };
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(chunk.toString());
    return true;
  }) as typeof process.stdout.write;
  try {
    for (const k of Object.keys(process.env)) {
      if (/^(GITHUB_|INPUT_|RUNNER_)/.test(k) || k === 'OPENAI_API_KEY' || k === 'AIGIS_LLM_API_KEY')
        delete process.env[k];
    }
    process.env.GITHUB_WORKSPACE = workspace;
    const all = {
      token: '',
      base: 'main',
      head: 'feature',
      'working-directory': repo.dir,
      comments: 'false',
      ...inputs,
    };
    for (const [k, v] of Object.entries(all)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    await runAction(process.env);
  } finally {
    process.stdout.write = write;
    process.env = saved;
    process.exitCode = undefined;
  }
  return written.join('');
}

const isMeta = (r: ChatRequest) =>
  r.body.messages.some((m) => m.content.startsWith('Write the security instructions'));

describe('the Action with LLM repair', () => {
  it('masks the key first, sends it only as a bearer token, and puts the verified fix in the SARIF', async () => {
    server.script((r) => ({ text: isMeta(r) ? '1. Never fetch a URL the user chose.' : GOOD_SSRF_ANSWER }));
    const log = await action({
      repair: 'auto',
      'llm-model': 'gpt-test',
      'llm-base-url': server.baseUrl,
      'llm-api-key': KEY,
      'sarif-file': 'out.sarif',
    });
    const lines = log.split('\n');
    expect(lines[0]).toBe(`::add-mask::${KEY}`);
    expect(lines.slice(1).join('\n')).not.toContain(KEY);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    const sarif = await readFile(join(workspace, 'out.sarif'), 'utf8');
    expect(sarif).not.toContain(KEY);
    const results = (
      JSON.parse(sarif) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] }
    ).runs
      .flatMap((r) => r.results)
      .filter((r) => r.ruleId === 'python-ssrf');
    expect(results[0]?.fixes).toHaveLength(1);
  });

  it('without a key, warns and reviews with rule fixes only', async () => {
    server.script(() => ({ text: GOOD_SSRF_ANSWER }));
    const log = await action({
      repair: 'llm',
      'llm-model': 'gpt-test',
      'llm-base-url': server.baseUrl,
      'sarif-file': 'nokey.sarif',
    });
    expect(log).toMatch(/::warning::repair llm: no LLM key .*LLM repair skipped, rule fixes only/);
    expect(log).not.toContain('::error::aigis: repair');
    expect(server.requests).toHaveLength(0);
    expect(await readFile(join(workspace, 'nokey.sarif'), 'utf8')).toContain('python-ssrf');
  });
});
