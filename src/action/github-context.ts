/** The repository and the API client of the workflow run, as every GitHub step of the Action needs them. */
import { createGitHubPort } from '../adapters/github/github-api.js';
import { createOctokit } from '../adapters/github/client.js';
import type { GitHubPort, RepoRef } from '../core/github-port.js';
import type { Logger } from '../core/logger.js';

/** `GITHUB_REPOSITORY` as owner and name, or undefined outside a workflow. */
export function repoOf(env: NodeJS.ProcessEnv): RepoRef | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

/** The GitHub port on `GITHUB_API_URL` (GitHub Enterprise Server included), with the token in a header. */
export function githubPortFor(token: string, env: NodeJS.ProcessEnv, log: Logger): GitHubPort {
  return createGitHubPort(
    createOctokit({ token, baseUrl: env.GITHUB_API_URL || 'https://api.github.com', log }),
  );
}
