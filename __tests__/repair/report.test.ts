/** What the reports say about repairs: the outcome, the provenance of each fix, the LLM's cost. */
import type { EngineSetup } from '../../src/composition.js';
import { render } from '../../src/report/index.js';
import { OpenAiServer, type ChatRequest } from '../helpers/openai-server.js';
import { createEngines } from '../pipeline/support.js';
import { FLASK_SQL, GOOD_EXEC_ANSWER, EXPRESS_EXEC, LOG_INJECTION_ANSWER } from './fixtures.js';
import { scanWith } from './support.js';

let setup: EngineSetup;
let server: OpenAiServer;

beforeAll(async () => {
  setup = await createEngines(process.cwd());
  server = await OpenAiServer.start();
});

afterAll(async () => {
  await server.close();
});

/** The Markdown report escapes punctuation; the assertions read it as a person does. */
const plain = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!$|<>])/g, '$1');

const isMeta = (r: ChatRequest) =>
  r.body.messages.some((m) => m.content.startsWith('Write the security instructions'));

async function llmRun(answer: string, files = [EXPRESS_EXEC]) {
  server.script((r) => ({ text: isMeta(r) ? '1. Be safe.' : answer }));
  return scanWith(
    setup,
    files,
    { repair: 'llm' },
    { server, llm: { pricePerMillionInput: 1, pricePerMillionOutput: 4 } },
  );
}

describe('repair in the reports', () => {
  it('JSON carries the provenance of each repair and the outcome of the run', async () => {
    const result = await llmRun(GOOD_EXEC_ANSWER);
    const json = JSON.parse(render(result, 'json', { color: false })) as typeof result;
    const repaired = json.findings.find((f) => f.repair)!;
    expect(repaired.repair!.provenance).toEqual({
      strategy: 'llm',
      model: 'test-model-2026-01-01',
      promptHash: expect.stringMatching(/^sha256:/),
      tokens: { prompt: 100, completion: 50, total: 150 },
    });
    expect(json.repair).toMatchObject({
      mode: 'llm',
      overall: { class: 'fully-fixed', severityReduction: 100 },
      llm: { calls: 2, promptTokens: 200, completionTokens: 100, costUsd: 0.0006 },
    });
  });

  it('Markdown has a line per repair with where it came from, the outcome and the cost', async () => {
    const md = plain(render(await llmRun(GOOD_EXEC_ANSWER), 'markdown', { color: false }));
    expect(md).toMatch(
      /🔧 server\/thumb\.js:7 js-command-injection: .*\(LLM fix by test-model-2026-01-01, 150 tokens, prompt sha256:[0-9a-f]{8}, verified; merge after review\)/,
    );
    expect(md).toMatch(
      /\*\*Outcome:\*\* fully fixed: candidates removed 1 of 1 finding, 1 verified fix proposed; severity 9\.8 → 0\.0 \(−100%\)/,
    );
    expect(md).toContain('**LLM:** 2 calls to test-model-2026-01-01, 300 tokens (200 in, 100 out), $0.0006');
  });

  it('says why a candidate was not proposed, and what it would have brought in', async () => {
    const result = await llmRun(LOG_INJECTION_ANSWER, [FLASK_SQL]);
    const md = plain(render(result, 'markdown', { color: false }));
    expect(md).toMatch(
      /✖ app\/users\.py:13 python-sql-injection: no fix proposed — it introduces 1 new finding\(s\) \(CWE-117\)/,
    );
    expect(md).toContain(
      'fixed but introduced: candidates removed 1 of 1 finding, 0 verified fixes proposed',
    );
    expect(md).toContain('rejected candidates would have introduced CWE-117');
    const text = render(result, 'text', { color: false });
    expect(text).toContain('repair outcome: fixed but introduced');
    expect(text).toMatch(/LLM: 2 calls to test-model-2026-01-01/);
    expect(text).toContain('[no fix]');
  });

  it('SARIF carries a verified LLM fix in `fixes`, with its provenance in the properties', async () => {
    const sarif = JSON.parse(render(await llmRun(GOOD_EXEC_ANSWER), 'sarif', { color: false })) as {
      runs: { results: { ruleId: string; fixes?: unknown[]; properties: Record<string, unknown> }[] }[];
    };
    const results = sarif.runs.flatMap((r) => r.results).filter((r) => r.ruleId === 'js-command-injection');
    expect(results).toHaveLength(1);
    expect(results[0]!.fixes).toHaveLength(1);
    expect(results[0]!.properties['aigis/repair']).toMatchObject({
      outcome: 'proposed',
      strategy: 'llm',
      provenance: { model: 'test-model-2026-01-01', tokens: { total: 150 } },
    });
  });
});
