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
import { createAflppAdapter } from '../adapters/aflpp/index.js';
import { severityBand } from '../core/severity.js';
import type { ReviewResult } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import type { GitAdapter } from '../core/adapters.js';
import { readConfigFile } from '../adapters/config-file.js';
import { enginesOf, toPipelineOptions, type OptionLabels, type RawOptions } from '../pipeline/raw-options.js';
import { codeqlSettingsOf, sarifPathsOf } from '../pipeline/engine-options.js';
import { review } from '../pipeline/review.js';
import { createLlmFor, llmKeyFrom } from '../adapters/llm/from-options.js';
import { render } from '../report/index.js';
import { createActionsLogger } from './actions-logger.js';
import { readEvent } from './event.js';
import {
  annotate,
  booleanInput,
  commentOnPullRequest,
  publishRepairs,
  repairModeInput,
  uploadSarif,
  type GitHubRun,
} from './github-steps.js';
import { historyFor } from './history.js';
import { runPublishMode } from './publish-mode.js';

/** Action inputs that map onto pipeline options: an error names the input as the workflow spells it. */
const INPUTS = {
  failOn: 'fail-on',
  repair: 'repair',
  weightStatic: 'score-weight-static',
  weightDynamic: 'score-weight-dynamic',
  threshold: 'score-threshold',
  maxFileSize: 'max-file-size',
  engines: 'engines',
  llmBaseUrl: 'llm-base-url',
  llmModel: 'llm-model',
  codeql: 'codeql-path',
  codeqlSuite: 'codeql-suite',
  codeqlTimeout: 'codeql-timeout',
  codeqlBase: 'codeql-base',
  codeqlAutobuild: 'codeql-autobuild',
  codeqlBuildCommand: 'codeql-build-command',
  fuzz: 'fuzz',
} as const satisfies Record<keyof RawOptions, string>;

const INPUT_LABELS: OptionLabels = Object.fromEntries(
  Object.entries(INPUTS).map(([key, name]) => [key, `input '${name}'`]),
) as OptionLabels;

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = createActionsLogger();
  try {
    const mode = core.getInput('mode') || 'review';
    if (mode === 'publish') return await runPublishMode(env, log);
    if (mode !== 'review') throw new UsageError(`input 'mode' must be review or publish, got "${mode}"`);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    // Masked before anything else can print it.
    const llmKey = core.getInput('llm-api-key') || llmKeyFrom(env);
    if (llmKey) core.setSecret(llmKey);
    const repoDir = resolve(workspace, core.getInput('working-directory') || '.');
    const config = readConfigFile(core.getInput('config') || undefined, repoDir)?.config ?? {};
    const raw = readRawInputs();
    const opts = toPipelineOptions(raw, INPUT_LABELS, config);
    const repairMode = repairModeInput();
    if ((opts.repair === 'llm' || opts.repair === 'auto') && !llmKey) {
      // Fork PRs get no secrets: the review must still run, with the rules' fixes only.
      log.warning(
        `repair ${opts.repair}: no LLM key (input 'llm-api-key', AIGIS_LLM_API_KEY or OPENAI_API_KEY; fork PRs get no secrets): LLM repair skipped, rule fixes only`,
      );
      opts.repair = 'rule';
    }
    const llm = createLlmFor(opts, llmKey);
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

    const local = createLocalGit(repoDir);
    const head = core.getInput('head') || event?.head;
    let base = core.getInput('base') || event?.base;
    if (!base) {
      const eventName = env.GITHUB_EVENT_NAME || 'unknown';
      base = await defaultBase(local, event?.defaultBranch);
      if (!base) {
        throw new UsageError(
          `not a pull_request event (${eventName}) and no default branch found in the checkout: set the 'base' input (on push, e.g. \${{ github.event.before }}), or check out with fetch-depth: 0`,
        );
      }
      log.info(
        `not a pull_request event (${eventName}): reviewing ${base}...${head ?? 'HEAD'} (set the 'base' input to compare with another revision)`,
      );
    }

    const history = await historyFor(local, { base, head, number: event?.meta.number, token, env, log });
    const git = history.git;

    const setup = await createNodeEngines({
      engines,
      rulesDirs: [...core.getMultilineInput('rules').filter(Boolean), ...(config['rules-dirs'] ?? [])].map(
        (d) => resolve(repoDir, d),
      ),
      rootDir: repoDir,
      ...(config['suppression-comments'] ? { suppressionComments: config['suppression-comments'] } : {}),
      codeql: codeqlSettingsOf(raw, INPUT_LABELS, config, { given: workspace, config: repoDir }),
      // Relative log paths: the workflow's (the workspace) for the input, the repository's for the config.
      sarif: sarifPathsOf(
        core.getMultilineInput('sarif').filter(Boolean),
        workspace,
        config.sarif ?? [],
        repoDir,
      ),
      env,
    });

    const result = await review(
      { ...opts, base, head, meta: event?.meta },
      {
        git,
        engines: setup.engines,
        log,
        repair: setup.repair,
        ...(llm ? { llm } : {}),
        // The fuzz jobs get a clean environment: the token never reaches the PR's code.
        ...(opts.fuzz ? { fuzz: createAflppAdapter(repoDir) } : {}),
      },
    );
    result.diagnostics.unshift(...setup.diagnostics);
    publish(result, workspace);
    const github: GitHubRun = {
      result,
      token,
      ...(event?.meta.number !== undefined ? { number: event.meta.number } : {}),
      ...(event?.meta.headRef ? { headRef: event.meta.headRef } : {}),
      fromFork: event?.meta.fromFork === true,
      env,
      log,
    };
    const notes = await annotate(github, booleanInput('check-run', true));
    let suggestions = repairMode !== 'off';
    if (repairMode === 'commit' || repairMode === 'pull-request') {
      const fixes = await publishRepairs(github, repairMode, {
        git,
        localHistory: !history.fromApi,
        engines: setup.engines,
        parses: setup.repair.parses,
      });
      notes.push(...fixes.notes);
      // Fixes that went out as a commit or PR are not offered a second time as suggestions.
      suggestions = !fixes.published;
    }
    notes.push(...(await commentOnPullRequest(github, { suggestions })), ...(await uploadSarif(github)));
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

/** SARIF first: it must exist even when anything after it fails. */
function publish(result: ReviewResult, workspace: string): void {
  const sarifInput = core.getInput('sarif-file') || 'aigis.sarif';
  const sarifPath = isAbsolute(sarifInput) ? sarifInput : join(workspace, sarifInput);
  mkdirSync(dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, render(result, 'sarif', { color: false }));
  core.setOutput('sarif-file', sarifPath);
  // The JSON report, for a later `mode: publish` run (the two-workflow set-up for fork PRs).
  const resultInput = core.getInput('result-file');
  if (resultInput) {
    const resultPath = isAbsolute(resultInput) ? resultInput : join(workspace, resultInput);
    mkdirSync(dirname(resultPath), { recursive: true });
    writeFileSync(resultPath, render(result, 'json', { color: false }));
    core.setOutput('result-file', resultPath);
  }

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
