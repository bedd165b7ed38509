/**
 * Repair publishing modes `commit` and `pull-request`: the verified fixes as one commit on top of
 * the reviewed head, made through the Git Data API (the token travels in a header, never in a
 * command line, and GitHub authors and signs the commit as the bot). `commit` moves the PR branch
 * forward (fast-forward only, same repository only); `pull-request` keeps one fix branch per PR
 * and one open PR from it into the PR branch. Both are idempotent: a re-run over the same head
 * finds its own work and changes nothing.
 */
import { structuredPatch } from 'diff';
import { GitHubError, type GitHubPort, type RepoRef, type TreeFile } from '../core/github-port.js';
import { AIGIS_VERSION } from '../core/version.js';
import type { FixChange, SkippedFix } from './fix-changes.js';
import { fenceFor, GUIDANCE } from './review-comments.js';

export type RepairPublishMode = 'off' | 'suggest' | 'commit' | 'pull-request';
export const REPAIR_PUBLISH_MODES: readonly RepairPublishMode[] = [
  'off',
  'suggest',
  'commit',
  'pull-request',
];

export interface FixPublishRequest {
  mode: 'commit' | 'pull-request';
  repo: RepoRef;
  /** The PR under review. */
  number: number;
  /** The PR's branch and the commit the review saw on it. */
  headRef: string;
  headSha: string;
  changes: FixChange[];
  skipped: SkippedFix[];
  /** The file mode on the head (100644 or 100755), kept in the fix commit. */
  modeOf: (path: string) => string;
  fromFork: boolean;
}

export interface FixPublishOutcome {
  action:
    | 'committed'
    | 'pull-request-created'
    | 'pull-request-updated'
    | 'unchanged'
    | 'nothing-to-fix'
    | 'skipped';
  commit?: string;
  pullRequest?: { number: number; url: string };
  notes: string[];
}

/** The trailer that marks a fix commit and names the head it fixes: how a re-run recognises it. */
export const FIX_TRAILER = 'Aigis-Fix-For';

export function fixBranchName(number: number): string {
  return `aigis/fixes/pr-${number}`;
}

export async function publishFixes(req: FixPublishRequest, port: GitHubPort): Promise<FixPublishOutcome> {
  if (req.fromFork)
    return {
      action: 'skipped',
      notes: [
        `repair-mode ${req.mode}: this PR comes from a fork, whose branch the token cannot write to; the verified fixes are offered as suggestions instead`,
      ],
    };
  if (req.changes.length === 0) return { action: 'nothing-to-fix', notes: [] };
  try {
    return req.mode === 'commit' ? await commitToBranch(req, port) : await openFixPullRequest(req, port);
  } catch (e) {
    const denied = e instanceof GitHubError && [401, 403, 404].includes(e.status);
    return {
      action: 'skipped',
      notes: [
        denied
          ? `repair-mode ${req.mode}: the token may not write (${(e as Error).message}); grant \`contents: write\`${req.mode === 'pull-request' ? ' and `pull-requests: write`' : ''}`
          : `repair-mode ${req.mode}: the fixes were not published: ${e instanceof Error ? e.message : String(e)}`,
      ],
    };
  }
}

async function commitToBranch(req: FixPublishRequest, port: GitHubPort): Promise<FixPublishOutcome> {
  const current = await port.branchHead(req.repo, req.headRef);
  if (current !== req.headSha) {
    if (current) {
      const tip = await port.getCommit(req.repo, current);
      if (tip.parents[0] === req.headSha && isFixCommitFor(tip.message, req.headSha))
        return { action: 'unchanged', commit: current, notes: [] };
    }
    return {
      action: 'skipped',
      notes: [
        `repair-mode commit: the branch ${req.headRef} moved on since this review (${current ? `now ${current.slice(0, 12)}` : 'it is gone'}); no fix commit was pushed — the next run reviews the new head`,
      ],
    };
  }
  const commit = await makeFixCommit(req, port);
  await port.updateBranch(req.repo, req.headRef, commit, false);
  return { action: 'committed', commit, notes: [] };
}

async function openFixPullRequest(req: FixPublishRequest, port: GitHubPort): Promise<FixPublishOutcome> {
  const branch = fixBranchName(req.number);
  const existing = await port.branchHead(req.repo, branch);
  const tree = await fixTree(req, port);
  let commit: string | undefined;
  if (existing) {
    const tip = await port.getCommit(req.repo, existing);
    if (tip.parents[0] === req.headSha && tip.treeSha === tree) commit = existing;
  }
  let changedBranch = false;
  if (!commit) {
    commit = await port.createCommit(req.repo, { message: commitMessage(req), tree, parents: [req.headSha] });
    // The fix branch is aigis's own: it is rebuilt on the PR's latest reviewed head each time.
    if (existing) await port.updateBranch(req.repo, branch, commit, true);
    else await port.createBranch(req.repo, branch, commit);
    changedBranch = true;
  }
  const title = `aigis: verified fixes for #${req.number}`;
  const body = pullRequestBody(req);
  const open = await port.listOpenPullRequests(req.repo, {
    head: `${req.repo.owner}:${branch}`,
    base: req.headRef,
  });
  const pr = open[0];
  if (!pr) {
    const created = await port.createPullRequest(req.repo, { title, head: branch, base: req.headRef, body });
    return {
      action: 'pull-request-created',
      commit,
      pullRequest: { number: created.number, url: created.url },
      notes: [],
    };
  }
  if (!changedBranch && pr.body === body)
    return { action: 'unchanged', commit, pullRequest: { number: pr.number, url: pr.url }, notes: [] };
  await port.updatePullRequest(req.repo, pr.number, { title, body });
  return {
    action: 'pull-request-updated',
    commit,
    pullRequest: { number: pr.number, url: pr.url },
    notes: [],
  };
}

async function fixTree(req: FixPublishRequest, port: GitHubPort): Promise<string> {
  const head = await port.getCommit(req.repo, req.headSha);
  const files: TreeFile[] = req.changes.map((c) => ({
    path: c.path,
    mode: req.modeOf(c.path),
    content: c.after,
  }));
  return port.createTree(req.repo, head.treeSha, files);
}

async function makeFixCommit(req: FixPublishRequest, port: GitHubPort): Promise<string> {
  const tree = await fixTree(req, port);
  return port.createCommit(req.repo, { message: commitMessage(req), tree, parents: [req.headSha] });
}

function isFixCommitFor(message: string, headSha: string): boolean {
  return message.split('\n').some((line) => line.trim() === `${FIX_TRAILER}: ${headSha}`);
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function commitMessage(req: Pick<FixPublishRequest, 'changes' | 'headSha'>): string {
  const findings = req.changes.flatMap((c) => c.findings);
  const lines = [
    `aigis: fix ${count(findings.length, 'weakness', 'weaknesses')} in ${count(req.changes.length, 'file')}`,
    '',
  ];
  for (const f of findings) {
    const r = f.repair!;
    const how =
      r.strategy === 'llm'
        ? `LLM repair${r.provenance?.model ? ` (${r.provenance.model})` : ''}`
        : 'rule fix';
    lines.push(
      `- ${f.file}:${f.region.startLine} ${f.ruleId} (${f.cwes.map((c) => `CWE-${c}`).join(', ')}): ${how}.`,
    );
    lines.push(`  ${oneLine(r.explanation)}`);
  }
  lines.push(
    '',
    `Each fix was verified by aigis ${AIGIS_VERSION}: the file parses, re-analysis no longer finds the`,
    'weakness, and no rule finds anything it did not find before.',
    '',
    `${FIX_TRAILER}: ${req.headSha}`,
  );
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The maintainer-facing explanation: per fix what it changes and why, with the lines before and after. */
export function pullRequestBody(
  req: Pick<FixPublishRequest, 'changes' | 'skipped' | 'number' | 'headSha'>,
): string {
  const out = [
    `Verified fixes for the weaknesses aigis found in #${req.number} (head ${req.headSha.slice(0, 12)}). Merging this PR adds them to #${req.number}'s branch.`,
    '',
  ];
  for (const change of req.changes) {
    out.push(`### \`${change.path}\``, '');
    for (const f of change.findings) {
      const r = f.repair!;
      out.push(
        `- **${f.ruleId}** (${f.cwes.map((c) => `CWE-${c}`).join(', ')}) at line ${f.region.startLine}: ${oneLine(r.explanation)} — ${GUIDANCE[r.reviewGuidance]}.`,
      );
    }
    const diff = changedLines(change.before, change.after);
    const fence = fenceFor(diff);
    out.push('', `${fence}diff`, diff, fence, '');
  }
  if (req.skipped.length > 0) {
    out.push('Not included:', '');
    for (const s of req.skipped)
      out.push(`- ${s.finding.file}:${s.finding.region.startLine} ${s.finding.ruleId}: ${s.reason}`);
    out.push('');
  }
  out.push(
    `<sub>aigis ${AIGIS_VERSION} · every fix re-verified on the whole file before this PR was updated</sub>`,
  );
  return out.join('\n');
}

/** The change as unified-diff hunks (one line of context), without file headers. */
export function changedLines(before: string, after: string): string {
  const patch = structuredPatch('a', 'b', before, after, undefined, undefined, { context: 1 });
  return patch.hunks
    .map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n'))
    .join('\n');
}
