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
import type { GitAdapter } from '../core/adapters.js';
import { readConfigFile } from '../adapters/config-file.js';
import { enginesOf, toPipelineOptions, type OptionLabels, type RawOptions } from '../pipeline/raw-options.js';
import { review } from '../pipeline/review.js';
import { render } from '../report/index.js';
import { createActionsLogger } from './actions-logger.js';
import { readEvent, type EventContext } from './event.js';
import { createOctokit } from '../adapters/github/client.js';
import { createGitHubPort } from '../adapters/github/github-api.js';
import type { Logger } from '../core/logger.js';
import { publishToPullRequest } from '../publish/pull-request.js';
import { DEFAULT_MAX_COMMENTS } from '../publish/review-comments.js';
import { planAnnotations } from '../publish/annotations.js';
import { gzipSync } from 'node:zlib';

/** Action inputs that map onto pipeline options: an error names the input as the workflow spells it. */
const INPUTS = {
  failOn: 'fail-on',
  repair: 'repair',
  weightStatic: 'score-weight-static',
  weightDynamic: 'score-weight-dynamic',
  threshold: 'score-threshold',
  maxFileSize: 'max-file-size',
  engines: 'engines',
} as const satisfies Record<keyof RawOptions, string>;

const INPUT_LABELS: OptionLabels = Object.fromEntries(
  Object.entries(INPUTS).map(([key, name]) => [key, `input '${name}'`]),
) as OptionLabels;

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = createActionsLogger();
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const repoDir = resolve(workspace, core.getInput('working-directory') || '.');
    const config = readConfigFile(core.getInput('config') || undefined, repoDir)?.config ?? {};
    const raw = readRawInputs();
    const opts = toPipelineOptions(raw, INPUT_LABELS, config);
    const engines = enginesOf(raw, INPUT_LABELS, config);
    const event = env.GITHUB_EVENT_PATH
      ? readEvent(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')))
      : undefined;
    const token = core.getInput('token');
    if (!token) {
      log.info(
        'no GitHub token: skipped the features that need the GitHub API (PR review comments and the PR summary comment); the SARIF file, job summary and outputs are still written',
      );
    } else {
      core.setSecret(token);
    }

    const git = createLocalGit(repoDir);
    const head = core.getInput('head') || event?.head;
    let base = core.getInput('base') || event?.base;
    if (!base) {
      const eventName = env.GITHUB_EVENT_NAME || 'unknown';
      base = await defaultBase(git, event?.defaultBranch);
      if (!base) {
        throw new UsageError(
          `not a pull_request event (${eventName}) and no default branch found in the checkout: set the 'base' input (on push, e.g. \${{ github.event.before }}), or check out with fetch-depth: 0`,
        );
      }
      log.info(
        `not a pull_request event (${eventName}): reviewing ${base}...${head ?? 'HEAD'} (set the 'base' input to compare with another revision)`,
      );
    }

    const setup = await createNodeEngines({
      engines,
      rulesDirs: [...core.getMultilineInput('rules').filter(Boolean), ...(config['rules-dirs'] ?? [])].map(
        (d) => resolve(repoDir, d),
      ),
      rootDir: repoDir,
      ...(config['suppression-comments'] ? { suppressionComments: config['suppression-comments'] } : {}),
    });

    const result = await review(
      { ...opts, base, head, meta: event?.meta },
      { git, engines: setup.engines, log, repair: setup.repair },
    );
    result.diagnostics.unshift(...setup.diagnostics);
    publish(result, workspace);
    annotate(result);
    const github: GitHubRun = { result, token, event, env, log };
    const notes = [...(await commentOnPullRequest(github)), ...(await uploadSarif(github))];
    if (result.base && result.base === result.head) {
      log.warning(
        `base and head are the same commit (${result.base.slice(0, 12)}): there was nothing to review; set the 'base' input to the revision to compare with`,
      );
    }
    if (env.GITHUB_STEP_SUMMARY) {
      const said = notes.map((n) => `> ⚠️ ${n}\n`).join('');
      await core.summary
        .addRaw(render(result, 'markdown', { color: false }) + (said ? `\n${said}` : ''))
        .write();
    } else {
      log.warning('GITHUB_STEP_SUMMARY is not set (not running in GitHub Actions?): job summary skipped');
    }
    for (const d of result.diagnostics) {
      // collect's warnings and errors were logged as they happened.
      if (d.source === 'collect') continue;
      const props = d.file ? { file: d.file } : undefined;
      if (d.level === 'error') core.error(d.message, props);
      else if (d.level === 'warning') core.warning(d.message, props);
    }
    if (!result.verdict.passed) core.setFailed(`aigis: ${result.verdict.reason}`);
    else log.info(`aigis: gate passed — ${result.verdict.reason}`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    core.setFailed(`aigis: ${message}`);
  }
}

/** An empty input is "not given": the config file, then the defaults, apply. */
function readRawInputs(): RawOptions {
  const raw: RawOptions = {};
  for (const [key, name] of Object.entries(INPUTS) as [keyof RawOptions, string][]) {
    raw[key] = core.getInput(name) || undefined;
  }
  return raw;
}

/**
 * Outside a PR the base is the default branch: the one the event names when the checkout has it
 * (the remote-tracking ref first: the local branch may be the one being pushed), else git's guess.
 */
async function defaultBase(git: GitAdapter, named: string | undefined): Promise<string | undefined> {
  if (named) {
    for (const rev of [`origin/${named}`, named]) {
      const found = await git.resolve(rev).then(
        () => true,
        () => false,
      );
      if (found) return rev;
    }
  }
  return git.defaultBranch();
}

/** What the steps that talk to GitHub need. */
interface GitHubRun {
  result: ReviewResult;
  token: string;
  event: EventContext | undefined;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

/** A true/false input; empty is the default (inputs come without action.yml's defaults outside a workflow). */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (value !== 'true' && value !== 'false')
    throw new UsageError(`input '${name}' must be true or false, got "${core.getInput(name)}"`);
  return value === 'true';
}

/**
 * On a pull_request event with a token: review comments and the summary comment. Never fails the
 * run: what could not be done comes back as notes for the job summary.
 */
async function commentOnPullRequest({ result, token, event, env, log }: GitHubRun): Promise<string[]> {
  const number = event?.meta.number;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || number === undefined || !owner || !repo || !result.head) return [];
  if (!booleanInput('comments', true)) return [];
  const maxComments = Number(core.getInput('max-comments') || DEFAULT_MAX_COMMENTS);
  if (!Number.isInteger(maxComments) || maxComments < 0)
    throw new UsageError(
      `input 'max-comments' must be a whole number ≥ 0, got "${core.getInput('max-comments')}"`,
    );
  try {
    const octokit = createOctokit({ token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log });
    const outcome = await publishToPullRequest(
      result,
      createGitHubPort(octokit),
      { owner, repo, number },
      { headSha: result.head, maxComments, fromFork: event?.meta.fromFork === true },
      log,
    );
    log.info(
      `aigis: ${outcome.posted} review comment(s) posted, ${outcome.deleted} outdated removed, summary comment ${outcome.summary}`,
    );
    for (const n of outcome.notes) log.warning(n);
    return outcome.notes;
  } catch (e) {
    const note = `PR comments skipped: ${e instanceof Error ? e.message : String(e)}`;
    log.warning(note);
    return [note];
  }
}

/** Workflow-command annotations on the PR's files: they need no permission, so forks get them too. */
function annotate(result: ReviewResult): void {
  for (const a of planAnnotations(result.findings)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

/**
 * With `upload-sarif: true`, the SARIF goes to code scanning through the API (gzip + base64), for
 * workflows that do not use github/codeql-action/upload-sarif. Needs security-events: write.
 */
async function uploadSarif({ result, token, event, env, log }: GitHubRun): Promise<string[]> {
  if (!booleanInput('upload-sarif', false)) return [];
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const number = event?.meta.number;
  const ref = number !== undefined ? `refs/pull/${number}/head` : env.GITHUB_REF;
  const missing = !token
    ? 'no token'
    : !owner || !repo
      ? 'no GITHUB_REPOSITORY'
      : !ref
        ? 'no ref'
        : !result.head
          ? 'no head commit'
          : '';
  if (missing) return [`the SARIF was not uploaded to code scanning: ${missing}`];
  if (event?.meta.fromFork)
    return ["the SARIF was not uploaded to code scanning: a fork PR's token cannot write security events"];
  try {
    const octokit = createOctokit({ token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log });
    const sarif = gzipSync(render(result, 'sarif', { color: false })).toString('base64');
    const upload = await createGitHubPort(octokit).uploadSarif(
      { owner: owner!, repo: repo! },
      { commitSha: result.head!, ref: ref!, sarif },
    );
    log.info(`aigis: SARIF uploaded to code scanning (${upload.id})`);
    return [];
  } catch (e) {
    const note = `the SARIF was not uploaded to code scanning: ${e instanceof Error ? e.message : String(e)}`;
    log.warning(note);
    return [note];
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
