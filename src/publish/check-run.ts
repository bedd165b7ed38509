/**
 * A check run named "aigis" on the head commit: its conclusion follows the gate, its summary is the
 * report, and every new finding is an annotation on its lines. Unlike workflow-command annotations
 * (ten per level per step shown), a check run takes any number, 50 per request. It needs
 * `checks: write`; without it the caller falls back to workflow-command annotations.
 */
import {
  GitHubError,
  type CheckConclusion,
  type CheckRunAnnotation,
  type CheckRunOutput,
  type GitHubPort,
  type RepoRef,
} from '../core/github-port.js';
import type { ReviewResult } from '../core/types.js';
import { render } from '../report/index.js';
import { planAnnotations } from './annotations.js';

export const CHECK_RUN_NAME = 'aigis';
/** The Checks API refuses more per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Enough for any reviewable PR; the rest are in the SARIF and the summary. */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** The Checks API's limit on `output.summary`. */
const MAX_SUMMARY = 65535;

export interface CheckRunPlan {
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  /** Annotations in requests of at most 50: the first goes with the creation, the rest as updates. */
  batches: CheckRunAnnotation[][];
}

export function planCheckRun(result: ReviewResult, max = MAX_CHECK_ANNOTATIONS): CheckRunPlan {
  const annotations = planAnnotations(result.findings, max).map((a): CheckRunAnnotation => ({
    path: a.file,
    startLine: a.startLine,
    endLine: a.endLine,
    level: a.level === 'error' ? 'failure' : a.level,
    title: a.title,
    message: a.message,
  }));
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const live = result.findings.filter((f) => f.status === 'new' && !f.suppressed);
  // Failure only when the gate fails: new findings under a passing policy are worth a look, not a red X.
  const conclusion: CheckConclusion = !result.verdict.passed
    ? 'failure'
    : live.length > 0
      ? 'neutral'
      : 'success';
  const title = `${live.length} new finding${live.length === 1 ? '' : 's'} — gate ${result.verdict.passed ? 'passed' : 'failed'}`;
  return { conclusion, title, summary: clip(render(result, 'markdown', { color: false })), batches };
}

function clip(markdown: string): string {
  if (markdown.length <= MAX_SUMMARY) return markdown;
  const note =
    '\n\n… (cut to the Checks API limit: the SARIF file and the job summary have the whole report)\n';
  return markdown.slice(0, MAX_SUMMARY - note.length) + note;
}

export interface CheckRunOutcome {
  /** False when the token may not create check runs: annotate with workflow commands instead. */
  created: boolean;
  annotations: number;
  url?: string;
  notes: string[];
}

export async function publishCheckRun(
  plan: CheckRunPlan,
  port: GitHubPort,
  repo: RepoRef,
  headSha: string,
): Promise<CheckRunOutcome> {
  const output = (batch: CheckRunAnnotation[] = []): CheckRunOutput => ({
    title: plan.title,
    summary: plan.summary,
    annotations: batch,
  });
  let run: { id: number; url?: string };
  try {
    run = await port.createCheckRun(repo, {
      name: CHECK_RUN_NAME,
      headSha,
      conclusion: plan.conclusion,
      output: output(plan.batches[0]),
    });
  } catch (e) {
    const denied = e instanceof GitHubError && [401, 403, 404].includes(e.status);
    return {
      created: false,
      annotations: 0,
      notes: [
        denied
          ? 'no check run: the token may not create one (grant `checks: write`); findings are annotated with workflow commands instead'
          : `no check run: ${e instanceof Error ? e.message : String(e)}; findings are annotated with workflow commands instead`,
      ],
    };
  }
  let sent = plan.batches[0]?.length ?? 0;
  const notes: string[] = [];
  for (const batch of plan.batches.slice(1)) {
    try {
      await port.updateCheckRun(repo, run.id, output(batch));
      sent += batch.length;
    } catch (e) {
      const total = plan.batches.reduce((n, b) => n + b.length, 0);
      notes.push(
        `the check run has ${sent} of ${total} annotations: ${e instanceof Error ? e.message : String(e)}`,
      );
      break;
    }
  }
  return { created: true, annotations: sent, ...(run.url ? { url: run.url } : {}), notes };
}
