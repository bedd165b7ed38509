/** What the review needs from a GitHub webhook event payload (pull_request and friends). */
import type { PullRequestMeta } from '../core/types.js';

export interface EventContext {
  base?: string;
  head?: string;
  meta: PullRequestMeta;
  /** The repository's default branch as the event names it (every repository event carries it). */
  defaultBranch?: string;
  /** On `workflow_run`: the run whose result a `mode: publish` step publishes. */
  workflowRun?: WorkflowRunContext;
}

export interface WorkflowRunContext {
  id?: number;
  /** The event that started the analysis run (`pull_request` in the two-workflow set-up). */
  event?: string;
  conclusion?: string;
  headSha: string;
  headBranch?: string;
  /** `owner/name` of the repository the head branch is in (a fork's, for a fork PR). */
  headRepository?: string;
  /** PR numbers GitHub attached to the run: same-repository PRs only (empty for forks). */
  pullRequests: { number: number; headSha?: string }[];
}

interface WorkflowRunPayload {
  id?: number;
  event?: string;
  conclusion?: string | null;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string } | null;
  pull_requests?: { number?: number; head?: { sha?: string } }[];
}

interface PullRequestPayload {
  number?: number;
  title?: string;
  body?: string | null;
  user?: { login?: string; id?: number; type?: string };
  labels?: { name?: string }[];
  head?: { sha?: string; ref?: string; repo?: { full_name?: string; fork?: boolean } | null };
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
}

interface EventPayload {
  pull_request?: PullRequestPayload;
  workflow_run?: WorkflowRunPayload;
  repository?: { default_branch?: string };
}

export function readEvent(payload: unknown): EventContext {
  const event = (payload ?? {}) as EventPayload;
  const defaultBranch =
    typeof event.repository?.default_branch === 'string' && event.repository.default_branch
      ? { defaultBranch: event.repository.default_branch }
      : {};
  const pr = event.pull_request;
  const run = event.workflow_run;
  if (run && typeof run.head_sha === 'string') {
    const workflowRun: WorkflowRunContext = {
      ...(typeof run.id === 'number' ? { id: run.id } : {}),
      ...(run.event ? { event: run.event } : {}),
      ...(run.conclusion ? { conclusion: run.conclusion } : {}),
      headSha: run.head_sha,
      ...(run.head_branch ? { headBranch: run.head_branch } : {}),
      ...(run.head_repository?.full_name ? { headRepository: run.head_repository.full_name } : {}),
      pullRequests: (run.pull_requests ?? [])
        .filter((p) => typeof p.number === 'number')
        .map((p) => ({ number: p.number!, ...(p.head?.sha ? { headSha: p.head.sha } : {}) })),
    };
    return { meta: {}, ...defaultBranch, workflowRun };
  }
  if (!pr) return { meta: {}, ...defaultBranch };
  const headRepo = pr.head?.repo?.full_name;
  const baseRepo = pr.base?.repo?.full_name;
  const meta: PullRequestMeta = {
    ...(pr.number !== undefined ? { number: pr.number } : {}),
    ...(pr.title ? { title: pr.title } : {}),
    ...(pr.body ? { body: pr.body } : {}),
    ...(pr.user?.login ? { author: { login: pr.user.login, id: pr.user.id, type: pr.user.type } } : {}),
    labels: (pr.labels ?? []).map((l) => l.name ?? '').filter(Boolean),
    ...(pr.head?.ref ? { headRef: pr.head.ref } : {}),
    ...(pr.base?.ref ? { baseRef: pr.base.ref } : {}),
    // A deleted fork has no head repo: treat it as a fork, never write to it.
    fromFork:
      pr.head?.repo === null ||
      pr.head?.repo?.fork === true ||
      (!!headRepo && !!baseRepo && headRepo !== baseRepo),
  };
  return { base: pr.base?.sha, head: pr.head?.sha, meta, ...defaultBranch };
}
