/**
 * Where the PR's history comes from: the checkout when it has both revisions and their merge base,
 * else (a shallow `actions/checkout`, the default) the GitHub API, for a PR and with a token.
 */
import { createApiGit } from '../adapters/github/api-git.js';
import type { GitAdapter } from '../core/adapters.js';
import type { Logger } from '../core/logger.js';
import { githubPortFor, repoOf } from './github-context.js';

export interface HistoryRequest {
  base: string;
  head: string | undefined;
  number: number | undefined;
  token: string;
  env: NodeJS.ProcessEnv;
  log: Logger;
}

export async function historyFor(
  local: GitAdapter,
  req: HistoryRequest,
): Promise<{ git: GitAdapter; fromApi: boolean }> {
  const ok = async (fn: () => Promise<unknown>) =>
    fn().then(
      () => true,
      () => false,
    );
  const head = req.head ?? 'HEAD';
  const complete =
    (await ok(() => local.resolve(req.base))) &&
    (await ok(() => local.resolve(head))) &&
    (await ok(() => local.mergeBase(req.base, head)));
  if (complete) return { git: local, fromApi: false };
  const repo = repoOf(req.env);
  if (!req.token || req.number === undefined || !repo || !req.head) return { git: local, fromApi: false };
  req.log.info(
    `the checkout does not hold ${req.base.slice(0, 12)}...${req.head.slice(0, 12)} and their history (a shallow checkout): the PR's files, patches, commits and blame are read from the GitHub API instead (fetch-depth: 0 avoids these requests)`,
  );
  return {
    git: createApiGit(
      githubPortFor(req.token, req.env, req.log),
      { ...repo, number: req.number },
      { base: req.base, head: req.head },
    ),
    fromApi: true,
  };
}
