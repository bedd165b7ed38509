import { readEvent } from '../../src/action/event.js';

const pullRequest = (head: Record<string, unknown>) => ({
  pull_request: {
    number: 7,
    title: 'Add lookup',
    body: null,
    user: { login: 'copilot-swe-agent[bot]', id: 198982749, type: 'Bot' },
    labels: [{ name: 'ai' }, {}],
    head: { sha: 'b'.repeat(40), ref: 'copilot/fix-7', ...head },
    base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'octo/app' } },
  },
  repository: { full_name: 'octo/app', default_branch: 'main' },
});

describe('readEvent', () => {
  it('takes base, head and the PR metadata from a pull_request payload', () => {
    const event = readEvent(pullRequest({ repo: { full_name: 'octo/app', fork: false } }));
    expect(event).toEqual({
      base: 'a'.repeat(40),
      head: 'b'.repeat(40),
      defaultBranch: 'main',
      meta: {
        number: 7,
        title: 'Add lookup',
        author: { login: 'copilot-swe-agent[bot]', id: 198982749, type: 'Bot' },
        labels: ['ai'],
        headRef: 'copilot/fix-7',
        baseRef: 'main',
        fromFork: false,
      },
    });
  });

  it('treats a fork, another repository and a deleted head repository as forks', () => {
    expect(readEvent(pullRequest({ repo: { full_name: 'octo/app', fork: true } })).meta.fromFork).toBe(true);
    expect(readEvent(pullRequest({ repo: { full_name: 'mallory/app' } })).meta.fromFork).toBe(true);
    expect(readEvent(pullRequest({ repo: null })).meta.fromFork).toBe(true);
  });

  it('outside a pull request keeps only the default branch', () => {
    expect(readEvent({ ref: 'refs/heads/main', repository: { default_branch: 'trunk' } })).toEqual({
      meta: {},
      defaultBranch: 'trunk',
    });
    expect(readEvent(undefined)).toEqual({ meta: {} });
  });

  it('reads the analysis run a workflow_run event is about, without trusting a missing PR list', () => {
    const sha = 'e'.repeat(40);
    const event = readEvent({
      action: 'completed',
      workflow_run: {
        id: 99,
        event: 'pull_request',
        conclusion: 'success',
        head_sha: sha,
        head_branch: 'feature',
        head_repository: { full_name: 'stranger/app' },
        // GitHub attaches no PR to a run from a fork.
        pull_requests: [],
      },
      repository: { default_branch: 'main' },
    });
    expect(event).toEqual({
      meta: {},
      defaultBranch: 'main',
      workflowRun: {
        id: 99,
        event: 'pull_request',
        conclusion: 'success',
        headSha: sha,
        headBranch: 'feature',
        headRepository: 'stranger/app',
        pullRequests: [],
      },
    });
  });
});
