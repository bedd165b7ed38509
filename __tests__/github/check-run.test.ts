/**
 * The "aigis" check run over the real Octokit client and a local GitHub server: conclusion from the
 * gate, annotations in requests of 50, and a token without `checks: write` leading to the
 * workflow-command fallback.
 */
import { createOctokit } from '../../src/adapters/github/client.js';
import { createGitHubPort } from '../../src/adapters/github/github-api.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Finding, ReviewResult } from '../../src/core/types.js';
import { CHECK_RUN_NAME, planCheckRun, publishCheckRun } from '../../src/publish/check-run.js';
import { GitHubServer } from '../helpers/github-server.js';
import { finding } from '../publish/factory.js';
import { sampleResult } from '../report/sample-result.js';

const REPO = { owner: 'acme', repo: 'shop' };
const HEAD = 'c'.repeat(40);

let server: GitHubServer;
let keys = 0;
beforeEach(async () => {
  server = await GitHubServer.start();
});
afterEach(() => server.close());

function port() {
  return createGitHubPort(
    createOctokit({
      token: 'ghs_checks',
      baseUrl: server.url,
      log: silentLogger,
      retryUnitMs: 1,
      throttleKey: `c-${keys++}`,
    }),
  );
}

function result(findings: Finding[], passed: boolean): ReviewResult {
  const base = sampleResult();
  return { ...base, findings, verdict: { ...base.verdict, passed } };
}

describe('the check run', () => {
  it('annotates every new finding, 50 per request, and fails when the gate fails', async () => {
    const findings = Array.from({ length: 120 }, (_, i) =>
      finding({ line: i + 1, severity: i < 10 ? 9.1 : 5.0 }),
    );
    findings.push(
      finding({ line: 500, status: 'existing' }),
      finding({ line: 501, suppressed: { kind: 'inline', reason: 'test data' } }),
    );
    const plan = planCheckRun(result(findings, false));
    expect(plan.batches.map((b) => b.length)).toEqual([50, 50, 20]);
    const out = await publishCheckRun(plan, port(), REPO, HEAD);
    expect(out).toMatchObject({ created: true, annotations: 120, notes: [] });

    const [run] = server.git.checkRuns;
    expect(run).toMatchObject({
      name: CHECK_RUN_NAME,
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(run!.title).toBe('120 new findings — gate failed');
    expect(run!.annotations).toHaveLength(120);
    // Highest severity first, as a maintainer reads them; the existing and suppressed ones are not there.
    expect(run!.annotations.slice(0, 10).every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(run!.annotations.map((a) => a.start_line)).not.toContain(500);
    expect(run!.annotations.map((a) => a.start_line)).not.toContain(501);
    const calls = server.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      'POST /repos/acme/shop/check-runs',
      `PATCH /repos/acme/shop/check-runs/${run!.id}`,
      `PATCH /repos/acme/shop/check-runs/${run!.id}`,
    ]);
  });

  it('is neutral when the gate passes with new findings, and a success without any', async () => {
    expect(planCheckRun(result([finding()], true)).conclusion).toBe('neutral');
    expect(planCheckRun(result([finding({ status: 'existing' })], true))).toMatchObject({
      conclusion: 'success',
      title: '0 new findings — gate passed',
      batches: [],
    });
  });

  it('keeps the summary within the Checks API limit', () => {
    const long = Array.from({ length: 400 }, (_, i) => finding({ line: i + 1, message: 'x'.repeat(400) }));
    const plan = planCheckRun(result(long, false));
    expect(plan.summary.length).toBeLessThanOrEqual(65535);
    expect(plan.summary).toMatch(/gate failed/);
  });

  it('without checks: write, reports that workflow-command annotations are used instead', async () => {
    server.fail({
      method: 'POST',
      path: '/repos/acme/shop/check-runs',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    const out = await publishCheckRun(planCheckRun(result([finding()], false)), port(), REPO, HEAD);
    expect(out.created).toBe(false);
    expect(out.notes[0]).toMatch(/checks: write.*workflow commands/);
    expect(server.git.checkRuns).toEqual([]);
  });

  it('keeps the run when a later batch fails, and says how many annotations it has', async () => {
    const findings = Array.from({ length: 60 }, (_, i) => finding({ line: i + 1 }));
    server.fail({
      method: 'PATCH',
      path: '/repos/acme/shop/check-runs/5000',
      status: 422,
      body: { message: 'Validation Failed' },
    });
    const out = await publishCheckRun(planCheckRun(result(findings, false)), port(), REPO, HEAD);
    expect(out).toMatchObject({ created: true, annotations: 50 });
    expect(out.notes[0]).toMatch(/has 50 of 60 annotations/);
  });
});
