/**
 * The Octokit client that the GitHub adapter talks through: @octokit/rest with GitHub's own
 * throttling and retry plugins, so that rate limits and flaky 5xx answers are handled the way
 * GitHub documents, and every wait is bounded — a review must not hang a CI job for an hour.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../../core/logger.js';

/** The plugin order is the one the throttling plugin documents: retry inside, throttling outside. */
const AigisOctokit = Octokit.plugin(retry, throttling);

export type GitHubClient = InstanceType<typeof AigisOctokit>;

export interface GitHubClientOptions {
  /** A GitHub token; it is sent in the Authorization header and nowhere else. */
  token: string;
  /**
   * The REST API root, e.g. `https://api.github.com` or GitHub Enterprise Server's
   * `https://ghe.example.com/api/v3`. Callers take it from GITHUB_API_URL.
   */
  baseUrl: string;
  log: Logger;
  /** How many times a request that hit a (primary or secondary) rate limit is retried. */
  rateLimitRetries?: number;
  /** The longest wait for a rate limit to reset, in seconds; past it we give up at once. */
  maxRateLimitWaitSeconds?: number;
  /** How many times a request that failed with a 5xx (or no answer) is retried. */
  serverErrorRetries?: number;
  /**
   * One "second" of the plugins' waits, in milliseconds: retry n of a 5xx waits n² of them, a rate
   * limit waits as many as GitHub says. Tests set it to 1.
   */
  retryUnitMs?: number;
  /**
   * Clients with the same key share GitHub's pacing of writes (one write a second, one notifying
   * write every three seconds, as GitHub asks of integrations). Tests give each client its own.
   */
  throttleKey?: string;
}

export const DEFAULT_RATE_LIMIT_RETRIES = 2;
export const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 120;
export const DEFAULT_SERVER_ERROR_RETRIES = 2;
export const DEFAULT_RETRY_UNIT_MS = 1000;
export const DEFAULT_THROTTLE_KEY = 'aigis';

/**
 * Statuses that retrying cannot fix. 403 and 429 are left to the throttling plugin, which retries
 * them only when GitHub says they are rate limits.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

export function createOctokit(options: GitHubClientOptions): GitHubClient {
  const { token, log } = options;
  const rateLimitRetries = options.rateLimitRetries ?? DEFAULT_RATE_LIMIT_RETRIES;
  const maxWait = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  const unit = options.retryUnitMs ?? DEFAULT_RETRY_UNIT_MS;
  if (token.length === 0) throw new Error("no GitHub token: set the Action's 'token' input");

  function onLimit(kind: string) {
    return (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const what = `GitHub ${kind} rate limit on ${request.method} ${request.url}`;
      if (retryCount >= rateLimitRetries) {
        log.warning(`${what}: giving up after ${retryCount} ${retryCount === 1 ? 'retry' : 'retries'}`);
        return false;
      }
      if (retryAfter > maxWait) {
        log.warning(`${what}: it resets in ${retryAfter}s, longer than the ${maxWait}s we wait; giving up`);
        return false;
      }
      log.warning(`${what}: retrying in ${retryAfter}s (${retryCount + 1}/${rateLimitRetries})`);
      return true;
    };
  }

  return new AigisOctokit({
    auth: token,
    // A trailing slash (as in some GITHUB_API_URL values) would make every path start with `//`.
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: 'aigis',
    log: {
      // @octokit/plugin-request-log reports every request at `info` and every failed attempt at
      // `error`, retried ones included: that is debug output for us. A failure that matters reaches
      // the caller as a GitHubError, and the caller decides what to tell the user.
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.warning(message),
      error: (message: string) => log.debug(message),
    },
    throttle: {
      id: options.throttleKey ?? DEFAULT_THROTTLE_KEY,
      retryAfterBaseValue: unit,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
    retry: {
      retries: options.serverErrorRetries ?? DEFAULT_SERVER_ERROR_RETRIES,
      retryAfterBaseValue: unit,
      doNotRetry: DO_NOT_RETRY,
    },
  });
}
