/**
 * The git port over the GitHub API, for a PR whose history is not in the checkout (the default
 * `fetch-depth: 1` of actions/checkout): the merge base from the compare API, the changed files and
 * their patches from the PR's file list, file contents at both ends from the contents API, the
 * commits from the PR, and blame from GraphQL. Only this PR's two revisions can be asked about.
 */
import type { GitAdapter, RawDiffEntry } from '../../core/adapters.js';
import type { GitHubPort, PullRequestFile, PullRequestRef } from '../../core/github-port.js';
import type { Commit } from '../../core/types.js';
import { toZeroContext } from './zero-context.js';

const ABSENT = '0'.repeat(40);

/** What GitHub's file statuses mean in git's terms (`changed` is a mode change). */
const STATUS: Record<string, RawDiffEntry['status']> = {
  added: 'A',
  removed: 'D',
  modified: 'M',
  renamed: 'R',
  copied: 'C',
  changed: 'T',
  unchanged: 'M',
};

export interface ApiGitRevisions {
  base: string;
  head: string;
}

/** A blob id of this adapter: the revision and the path, read through the contents API. */
function blobId(rev: string, path: string): string {
  return `${rev}:${path}`;
}

export function createApiGit(port: GitHubPort, pr: PullRequestRef, revs: ApiGitRevisions): GitAdapter {
  let files: Promise<PullRequestFile[]> | undefined;
  const listFiles = () => (files ??= port.listFiles(pr));
  const contents = new Map<string, Promise<Uint8Array>>();
  let commits: Promise<Commit[]> | undefined;

  function read(blob: string): Promise<Uint8Array> {
    let found = contents.get(blob);
    if (!found) {
      const at = blob.indexOf(':');
      const [rev, path] = [blob.slice(0, at), blob.slice(at + 1)];
      found = port.fileAt(pr, path, rev).then((bytes) => {
        if (!bytes) throw new Error(`${path} is not a file at ${rev.slice(0, 12)} (GitHub contents API)`);
        return bytes;
      });
      contents.set(blob, found);
    }
    return found;
  }

  function known(rev: string): string {
    if (rev === revs.base || rev === revs.head) return rev;
    throw new Error(
      `${rev} is not in the checkout, and the GitHub API fallback only knows this PR's base and head`,
    );
  }

  return {
    async resolve(rev) {
      return known(rev);
    },
    async mergeBase(a, b) {
      return port.mergeBase(pr, known(a), known(b));
    },
    async defaultBranch() {
      return undefined;
    },
    async isShallow() {
      return false;
    },
    async diffEntries(base, head) {
      // The PR's file list is the three-dot diff: against the merge base, whatever `base` is.
      return (await listFiles()).map((f): RawDiffEntry => {
        const status = STATUS[f.status] ?? 'M';
        const oldPath = f.previousFilename ?? f.filename;
        return {
          status,
          path: f.filename,
          ...(f.previousFilename ? { oldPath: f.previousFilename } : {}),
          // The file list gives no modes: regular files are assumed (a fix commit is not pushed then).
          oldMode: status === 'A' ? '000000' : '100644',
          newMode: status === 'D' ? '000000' : '100644',
          oldBlob: status === 'A' ? ABSENT : blobId(base, oldPath),
          newBlob: status === 'D' ? ABSENT : blobId(head, f.filename),
          binary: false,
        };
      });
    },
    async fileDiff(base, head, path, oldPath) {
      const file = (await listFiles()).find((f) => f.filename === path);
      if (!file) throw new Error(`${path} is not among the PR's files`);
      if (file.patch === undefined) {
        // A pure rename or mode change has no patch: same bytes on both sides, no changed line.
        const [before, after] = await Promise.all([
          read(blobId(base, oldPath ?? path)),
          read(blobId(head, path)),
        ]);
        if (Buffer.from(before).equals(Buffer.from(after))) return '';
        throw new Error(
          `GitHub sends no patch for ${path} (too large, or binary): its changed lines are unknown`,
        );
      }
      return toZeroContext(file.patch);
    },
    async blobSize(blob) {
      return (await read(blob)).length;
    },
    readBlob: read,
    async commits() {
      commits ??= port.listPullRequestCommits(pr).then((list) =>
        list.map((c) => ({
          sha: c.sha,
          parents: c.parents,
          author: c.author,
          committer: c.committer,
          message: c.message,
        })),
      );
      return commits;
    },
    async blame(_base, head, path) {
      const prCommits = new Set((await this.commits(revs.base, head)).map((c) => c.sha));
      const lines: Record<number, string> = {};
      for (const r of await port.blame(pr, head, path)) {
        if (!prCommits.has(r.commit)) continue;
        for (let line = r.startLine; line <= r.endLine; line++) lines[line] = r.commit;
      }
      return lines;
    },
  };
}
