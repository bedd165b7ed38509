/**
 * What the Action does on GitHub after a review: annotations (a check run, else workflow commands),
 * review and summary comments, fix commits or a fix PR, and the SARIF upload. Each step is allowed
 * to fail on its own: it returns notes for the job summary and never loses a finding (the SARIF
 * file and the outputs are written before any of this runs).
 */
import * as core from '@actions/core';
import { gzipSync } from 'node:zlib';
import type { Engine, GitAdapter } from '../core/adapters.js';
import { UsageError } from '../core/errors.js';
import type { GitHubPort } from '../core/github-port.js';
import { githubPortFor, repoOf } from './github-context.js';
import type { Logger } from '../core/logger.js';
import type { Language, ReviewResult } from '../core/types.js';
import { planAnnotations } from '../publish/annotations.js';
import { planCheckRun, publishCheckRun } from '../publish/check-run.js';
import { planFixChanges } from '../publish/fix-changes.js';
import { publishFixes, REPAIR_PUBLISH_MODES, type RepairPublishMode } from '../publish/fix-commit.js';
import { publishToPullRequest } from '../publish/pull-request.js';
import { DEFAULT_MAX_COMMENTS } from '../publish/review-comments.js';
import { render } from '../report/index.js';

/** What the steps that talk to GitHub need. */
export interface GitHubRun {
  result: ReviewResult;
  token: string;
  /** The PR, when there is one. */
  number?: number;
  headRef?: string;
  fromFork: boolean;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

/** A true/false input; empty is the default (inputs come without action.yml's defaults outside a workflow). */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if (value !== 'true' && value !== 'false')
    throw new UsageError(`input '${name}' must be true or false, got "${core.getInput(name)}"`);
  return value === 'true';
}

export function repairModeInput(): RepairPublishMode {
  const value = core.getInput('repair-mode') || 'suggest';
  if (!(REPAIR_PUBLISH_MODES as readonly string[]).includes(value))
    throw new UsageError(
      `input 'repair-mode' must be one of ${REPAIR_PUBLISH_MODES.join(', ')}, got "${value}"`,
    );
  return value as RepairPublishMode;
}

export function maxCommentsInput(): number {
  const maxComments = Number(core.getInput('max-comments') || DEFAULT_MAX_COMMENTS);
  if (!Number.isInteger(maxComments) || maxComments < 0)
    throw new UsageError(
      `input 'max-comments' must be a whole number ≥ 0, got "${core.getInput('max-comments')}"`,
    );
  return maxComments;
}

function portFor(run: GitHubRun): GitHubPort {
  return githubPortFor(run.token, run.env, run.log);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * A check run with every new finding when the token may create one (`checks: write`); otherwise,
 * and on fork PRs, workflow-command annotations, which need no permission.
 */
export async function annotate(run: GitHubRun, checkRun: boolean): Promise<string[]> {
  const repo = repoOf(run.env);
  if (checkRun && run.token && repo && run.result.head && !run.fromFork) {
    const outcome = await publishCheckRun(planCheckRun(run.result), portFor(run), repo, run.result.head);
    if (outcome.created) {
      run.log.info(
        `aigis: check run with ${outcome.annotations} annotation(s)${outcome.url ? ` at ${outcome.url}` : ''}`,
      );
      return outcome.notes;
    }
    run.log.info(outcome.notes.join('; '));
  }
  for (const a of planAnnotations(run.result.findings)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  return [];
}

/** Review comments and the summary comment on a PR. */
export async function commentOnPullRequest(
  run: GitHubRun,
  options: { suggestions: boolean; extraNotes?: string[] },
): Promise<string[]> {
  const repo = repoOf(run.env);
  if (!run.token || run.number === undefined || !repo || !run.result.head) return [];
  if (!booleanInput('comments', true)) return [];
  const maxComments = maxCommentsInput();
  try {
    const outcome = await publishToPullRequest(
      run.result,
      portFor(run),
      { ...repo, number: run.number },
      { headSha: run.result.head, maxComments, fromFork: run.fromFork, suggestions: options.suggestions },
      run.log,
    );
    run.log.info(
      `aigis: ${outcome.posted} review comment(s) posted, ${outcome.deleted} outdated removed, summary comment ${outcome.summary}`,
    );
    for (const n of outcome.notes) run.log.warning(n);
    return outcome.notes;
  } catch (e) {
    const note = `PR comments skipped: ${message(e)}`;
    run.log.warning(note);
    return [note];
  }
}

/** What verifying the combined fixes of a file needs: the review's own engines and parser. */
export interface FixSupport {
  git: GitAdapter;
  /** False when the PR was read through the API: file modes are unknown, so nothing is pushed. */
  localHistory: boolean;
  engines: Engine[];
  parses(language: Language, text: string): Promise<boolean>;
}

/**
 * repair-mode commit / pull-request: the verified repairs, combined per file and verified again,
 * as a commit on the PR branch or a fix PR into it. Returns whether the fixes went out (then the
 * review comments carry no suggestions for them) and notes.
 */
export async function publishRepairs(
  run: GitHubRun,
  mode: 'commit' | 'pull-request',
  support: FixSupport,
): Promise<{ published: boolean; notes: string[] }> {
  const repo = repoOf(run.env);
  const { result } = run;
  if (!run.token || run.number === undefined || !run.headRef || !repo || !result.head || !result.base)
    return {
      published: false,
      notes: [`repair-mode ${mode} needs a pull_request event and a token: nothing was pushed`],
    };
  if (!support.localHistory)
    return {
      published: false,
      notes: [
        `repair-mode ${mode}: the checkout has no history (fetch-depth: 0 is needed to push fixes); the verified fixes are offered as suggestions instead`,
      ],
    };
  try {
    const entries = await support.git.diffEntries(result.base, result.head);
    const texts = new Map<string, string>();
    for (const e of entries) {
      if (e.status === 'D' || e.binary) continue;
      texts.set(e.path, new TextDecoder().decode(await support.git.readBlob(e.newBlob)));
    }
    const plan = await planFixChanges(result, (path) => texts.get(path), {
      parses: support.parses,
      engines: support.engines,
    });
    const outcome = await publishFixes(
      {
        mode,
        repo,
        number: run.number,
        headRef: run.headRef,
        headSha: result.head,
        changes: plan.changes,
        skipped: plan.skipped,
        modeOf: (path) => entries.find((e) => e.path === path)?.newMode ?? '100644',
        fromFork: run.fromFork,
      },
      portFor(run),
    );
    const fixes = plan.changes.reduce((n, c) => n + c.findings.length, 0);
    if (outcome.action === 'committed')
      run.log.info(`aigis: pushed ${outcome.commit} with ${fixes} verified fix(es) to ${run.headRef}`);
    else if (outcome.action.startsWith('pull-request'))
      run.log.info(
        `aigis: fix PR #${outcome.pullRequest?.number} ${outcome.action.slice('pull-request-'.length)} (${outcome.pullRequest?.url})`,
      );
    else if (outcome.action === 'unchanged') run.log.info('aigis: the verified fixes were already published');
    const notes = [
      ...outcome.notes,
      ...plan.skipped.map(
        (s) =>
          `fix for ${s.finding.ruleId} at ${s.finding.file}:${s.finding.region.startLine} not published: ${s.reason}`,
      ),
    ];
    for (const n of notes) run.log.warning(n);
    return { published: outcome.action !== 'skipped' && outcome.action !== 'nothing-to-fix', notes };
  } catch (e) {
    const note = `repair-mode ${mode}: ${message(e)}`;
    run.log.warning(note);
    return { published: false, notes: [note] };
  }
}

/**
 * With `upload-sarif: true`, the SARIF goes to code scanning through the API (gzip + base64), for
 * workflows that do not use github/codeql-action/upload-sarif. Needs security-events: write.
 */
export async function uploadSarif(run: GitHubRun): Promise<string[]> {
  if (!booleanInput('upload-sarif', false)) return [];
  const repo = repoOf(run.env);
  const ref = run.number !== undefined ? `refs/pull/${run.number}/head` : run.env.GITHUB_REF;
  const missing = !run.token
    ? 'no token'
    : !repo
      ? 'no GITHUB_REPOSITORY'
      : !ref
        ? 'no ref'
        : !run.result.head
          ? 'no head commit'
          : '';
  if (missing) return [`the SARIF was not uploaded to code scanning: ${missing}`];
  if (run.fromFork)
    return ["the SARIF was not uploaded to code scanning: a fork PR's token cannot write security events"];
  try {
    const sarif = gzipSync(render(run.result, 'sarif', { color: false })).toString('base64');
    const upload = await portFor(run).uploadSarif(repo!, { commitSha: run.result.head!, ref: ref!, sarif });
    run.log.info(`aigis: SARIF uploaded to code scanning (${upload.id})`);
    return [];
  } catch (e) {
    const note = `the SARIF was not uploaded to code scanning: ${message(e)}`;
    run.log.warning(note);
    return [note];
  }
}
