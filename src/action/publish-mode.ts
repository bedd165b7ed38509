/**
 * `mode: publish`, the second half of the two-workflow set-up for fork PRs: a `workflow_run`
 * workflow, which holds a write token, publishes the JSON report that the `pull_request` run (read-
 * only token, fork code) left as an artifact. Nothing from the fork is checked out or run here.
 * The report is untrusted, so it is validated, it must be about the head commit GitHub says the run
 * was for, the PR is looked up through the API (never taken from the file), suggestions are not
 * offered (the fixes were verified by a run the fork controlled) and nothing is pushed.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { readResultFile } from '../publish/result-file.js';
import { render } from '../report/index.js';
import { readEvent } from './event.js';
import { githubPortFor, repoOf } from './github-context.js';
import { annotate, booleanInput, commentOnPullRequest, type GitHubRun } from './github-steps.js';

export async function runPublishMode(env: NodeJS.ProcessEnv, log: Logger): Promise<void> {
  const event = env.GITHUB_EVENT_PATH
    ? readEvent(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')))
    : undefined;
  const run = event?.workflowRun;
  if (!run)
    throw new UsageError(
      `mode: publish runs on a workflow_run event (this is ${env.GITHUB_EVENT_NAME || 'no event'}): see the README's two-workflow set-up`,
    );
  const token = core.getInput('token');
  if (!token) throw new UsageError("mode: publish needs the 'token' input (with pull-requests: write)");
  core.setSecret(token);
  const input = core.getInput('result-file') || 'aigis-result.json';
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const path = isAbsolute(input) ? input : join(workspace, input);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(
      `input 'result-file': cannot read ${path} (${(e as Error).message}); download the analysis run's artifact first`,
    );
  }
  const result = readResultFile(text, `input 'result-file' (${input})`);
  if (result.head !== run.headSha)
    throw new UsageError(
      `the result file is about ${result.head ?? 'no commit'}, but the workflow run was for ${run.headSha}: not published`,
    );

  const repo = repoOf(env);
  if (!repo) throw new UsageError('GITHUB_REPOSITORY is not set');
  const port = githubPortFor(token, env, log);
  let number = run.pullRequests.find((p) => !p.headSha || p.headSha === run.headSha)?.number;
  if (number === undefined && run.headBranch && run.headRepository) {
    // GitHub attaches no PR to a fork's run: find the open PR whose head is that fork's branch at that commit.
    const headOwner = run.headRepository.split('/')[0];
    const open = await port.listOpenPullRequests(repo, { head: `${headOwner}:${run.headBranch}` });
    number = open.find((p) => p.headSha === run.headSha)?.number;
  }
  if (number === undefined) {
    log.warning(
      `no open PR has head ${run.headSha.slice(0, 12)}${run.headBranch ? ` (${run.headBranch})` : ''}: nothing to publish (the PR may have moved on; its new head gets its own run)`,
    );
    return;
  }

  const github: GitHubRun = { result, token, number, fromFork: false, env, log };
  const notes = [
    ...(await annotate(github, booleanInput('check-run', true))),
    ...(await commentOnPullRequest(github, { suggestions: false })),
  ];
  log.info(`aigis: published the review of ${run.headSha.slice(0, 12)} to PR #${number}`);
  if (env.GITHUB_STEP_SUMMARY) {
    const said = notes.map((n) => `> ⚠️ ${n}\n`).join('');
    await core.summary
      .addRaw(render(result, 'markdown', { color: false }) + (said ? `\n${said}` : ''))
      .write();
  }
  if (!result.verdict.passed) core.setFailed(`aigis: ${result.verdict.reason}`);
}
