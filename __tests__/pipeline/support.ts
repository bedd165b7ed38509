/** Shared by the pipeline tests: real engines, a recording logger, the AI tools' real commit markers. */
import { createLocalGit } from '../../src/adapters/git.js';
import { createNodeEngines, type EngineSetup } from '../../src/composition.js';
import type { GitAdapter } from '../../src/core/adapters.js';
import type { Logger } from '../../src/core/logger.js';
import type { Finding, ReviewResult } from '../../src/core/types.js';
import { DEFAULT_OPTIONS, type ReviewRequest } from '../../src/pipeline/options.js';
import { review, type ReviewAdapters } from '../../src/pipeline/review.js';
import type { GitRepo } from '../helpers/git-repo.js';

export const CLAUDE_CODE_TRAILERS = [
  '🤖 Generated with [Claude Code](https://claude.ai/code)',
  '',
  'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>',
];
export const CLAUDE_CO_AUTHOR = 'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>';
export const CURSOR_CO_AUTHOR = 'Co-authored-by: Cursor <cursoragent@cursor.com>';

export interface Messages extends Logger {
  warnings: string[];
  errors: string[];
}

/** Keeps what a run said, so a test can tell a logged warning from a recorded one. */
export function messages(): Messages {
  const warnings: string[] = [];
  const errors: string[] = [];
  return {
    warnings,
    errors,
    debug: () => {},
    info: () => {},
    warning: (m) => void warnings.push(m),
    error: (m) => void errors.push(m),
    group: (_name, fn) => fn(),
    progress: () => {},
  };
}

/** One grammar load per test file: it is the slow part of a run. */
export function createEngines(rootDir: string): Promise<EngineSetup> {
  return createNodeEngines({ engines: ['builtin'], rulesDirs: [], rootDir });
}

export async function runReview(
  repo: GitRepo,
  setup: EngineSetup,
  req: Partial<ReviewRequest> = {},
  adapters: Partial<ReviewAdapters> = {},
): Promise<ReviewResult> {
  const git: GitAdapter = adapters.git ?? createLocalGit(repo.dir);
  return review(
    { ...DEFAULT_OPTIONS, ...req },
    { git, engines: setup.engines, log: messages(), repair: setup.repair, ...adapters },
  );
}

export function findingsOf(result: ReviewResult, file: string, ruleId?: string): Finding[] {
  return result.findings.filter((f) => f.file === file && (ruleId === undefined || f.ruleId === ruleId));
}

/** Exactly one finding of `ruleId` in `file`, with a message that lists what there was instead. */
export function onlyFinding(result: ReviewResult, file: string, ruleId: string): Finding {
  const found = findingsOf(result, file, ruleId);
  if (found.length !== 1) {
    const all = result.findings.map((f) => `${f.status} ${f.ruleId} ${f.file}:${f.region.startLine}`);
    throw new Error(`expected one ${ruleId} in ${file}, found ${found.length}; all: ${all.join('; ')}`);
  }
  return found[0]!;
}
