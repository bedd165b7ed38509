/** What the review needs from a GitHub webhook event payload (pull_request and friends). */
import type { PullRequestMeta } from '../core/types.js';

export interface EventContext {
  base?: string;
  head?: string;
  meta: PullRequestMeta;
  /** The repository's default branch as the event names it (every repository event carries it). */
  defaultBranch?: string;
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
  repository?: { default_branch?: string };
}

export function readEvent(payload: unknown): EventContext {
  const event = (payload ?? {}) as EventPayload;
  const defaultBranch =
    typeof event.repository?.default_branch === 'string' && event.repository.default_branch
      ? { defaultBranch: event.repository.default_branch }
      : {};
  const pr = event.pull_request;
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
