/**
 * The GitHub Action: a thin shell over the same pipeline as the CLI. It reads inputs and the
 * event, reviews the PR's diff, writes the SARIF file first (before any network call), then the
 * job summary and outputs, and gates the check.
 */
import * as core from '@actions/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createLocalGit } from '../adapters/git.js';
import { createNodeEngines } from '../composition.js';
import { severityBand } from '../core/severity.js';
import type { ReviewResult } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import { parseEngines, toPipelineOptions } from '../pipeline/raw-options.js';
import { review } from '../pipeline/review.js';
import { render } from '../report/index.js';
import { createActionsLogger } from './actions-logger.js';
import { readEvent } from './event.js';

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = createActionsLogger();
  try {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const repoDir = resolve(workspace, core.getInput('working-directory') || '.');
    const opts = toPipelineOptions({
      failOn: core.getInput('fail-on') || undefined,
      repair: core.getInput('repair') || undefined,
      weightStatic: core.getInput('score-weight-static') || undefined,
      weightDynamic: core.getInput('score-weight-dynamic') || undefined,
      threshold: core.getInput('score-threshold') || undefined,
      maxFileSize: core.getInput('max-file-size') || undefined,
    });
    const event = env.GITHUB_EVENT_PATH
      ? readEvent(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')))
      : undefined;
    if (!event?.head) {
      log.info(
        `not a pull_request event (${env.GITHUB_EVENT_NAME ?? 'unknown'}): reviewing base...HEAD of the checkout`,
      );
    }
    const token = core.getInput('token');
    if (!token) {
      log.info(
        'no GitHub token: skipped the features that need the GitHub API (PR review comments and the PR summary comment); the SARIF file, job summary and outputs are still written',
      );
    } else {
      core.setSecret(token);
    }

    const setup = await createNodeEngines({
      engines: parseEngines(core.getInput('engines') || undefined),
      rulesDirs: core
        .getMultilineInput('rules')
        .filter(Boolean)
        .map((d) => resolve(repoDir, d)),
      rootDir: repoDir,
    });
    for (const d of setup.diagnostics) log.warning(d.message);

    const result = await review(
      {
        ...opts,
        base: core.getInput('base') || event?.base,
        head: core.getInput('head') || event?.head,
        meta: event?.meta,
      },
      { git: createLocalGit(repoDir), engines: setup.engines, log, repair: setup.repair },
    );
    result.diagnostics.unshift(...setup.diagnostics);
    publish(result, workspace);
    await core.summary.addRaw(render(result, 'markdown', { color: false })).write();
    for (const d of result.diagnostics) {
      if (d.level === 'error') core.error(d.message, d.file ? { file: d.file } : undefined);
    }
    if (!result.verdict.passed) core.setFailed(`aigis: ${result.verdict.reason}`);
    else log.info(`aigis: gate passed — ${result.verdict.reason}`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    core.setFailed(e instanceof UsageError ? `aigis: invalid input: ${message}` : `aigis: ${message}`);
  }
}

/** SARIF first: it must exist even when anything after it fails. */
function publish(result: ReviewResult, workspace: string): void {
  const sarifInput = core.getInput('sarif-file') || 'aigis.sarif';
  const sarifPath = isAbsolute(sarifInput) ? sarifInput : join(workspace, sarifInput);
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, render(result, 'sarif', { color: false }));
  core.setOutput('sarif-file', sarifPath);

  const live = result.findings.filter((f) => !f.suppressed);
  const count = (s: string) => live.filter((f) => f.status === s).length;
  core.setOutput('verdict', result.verdict.passed ? 'pass' : 'fail');
  core.setOutput('reason', result.verdict.reason);
  core.setOutput('new', count('new'));
  core.setOutput('existing', count('existing'));
  core.setOutput('fixed', count('fixed'));
  for (const band of ['critical', 'high', 'medium', 'low'] as const) {
    core.setOutput(band, live.filter((f) => f.status === 'new' && severityBand(f.severity) === band).length);
  }
  core.setOutput('ai-share', result.provenance?.aiShare ?? 0);
}
