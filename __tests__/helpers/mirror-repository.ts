/**
 * A real local repository served by the local GitHub server as GitHub would serve it: every commit
 * with its whole tree under the same sha, the PR's file list with git's own patches (three lines of
 * context, as the API sends them), the PR's commits, and blame for every file at the head.
 */
import type { GitRepo } from './git-repo.js';
import type { GitHubServer, PrKey } from './github-server.js';

const STATUS: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed' };

export function mirrorRepository(
  repo: GitRepo,
  server: GitHubServer,
  pr: PrKey,
  base: string,
  head: string,
): void {
  mirrorCommits(repo, server);
  mirrorPullRequest(repo, server, pr, base, head);
}

/** Every commit of the local repository, with its whole tree, under the same sha. */
function mirrorCommits(repo: GitRepo, server: GitHubServer): void {
  const lines = repo.git('rev-list', '--all', '--reverse', '--parents').trim().split('\n');
  for (const line of lines) {
    const [sha, ...parents] = line.split(' ');
    const files: Record<string, string> = {};
    for (const path of repo.git('ls-tree', '-r', '--name-only', sha!).split('\n').filter(Boolean))
      files[path] = repo.git('show', `${sha}:${path}`);
    server.git.seedSnapshot(sha!, files, parents, repo.git('log', '-1', '--format=%B', sha!));
  }
}

/** The PR's files as GitHub lists them: git's status, and the patch from the first hunk on. */
function mirrorPullRequest(repo: GitRepo, server: GitHubServer, pr: PrKey, base: string, head: string): void {
  const entries = repo.git('diff', '--name-status', '-M', `${base}...${head}`).trim().split('\n');
  server.setFiles(
    pr,
    entries.map((e) => {
      const [status, first, second] = e.split('\t') as [string, string, string?];
      const path = second ?? first;
      const diff = repo.git('diff', '-M', `${base}...${head}`, '--', ...(second ? [first, second] : [first]));
      const patch = diff.slice(diff.indexOf('@@')).replace(/\n$/, '');
      return {
        filename: path,
        status: STATUS[status[0]!] ?? 'modified',
        ...(second ? { previous_filename: first } : {}),
        ...(diff.includes('@@') ? { patch } : {}),
      };
    }),
  );
  const shas = repo.git('rev-list', '--reverse', `${base}..${head}`).trim().split('\n');
  server.setCommits(
    pr,
    shas.map((sha) => {
      const [an, ae, cn, ce, parents] = repo
        .git('log', '-1', '--format=%an%x00%ae%x00%cn%x00%ce%x00%P', sha)
        .trim()
        .split('\0');
      return {
        sha,
        parents: parents!.split(' '),
        author: { name: an!, email: ae! },
        committer: { name: cn!, email: ce! },
        message: repo.git('log', '-1', '--format=%B', sha),
      };
    }),
  );
  for (const path of repo.git('ls-tree', '-r', '--name-only', head).split('\n').filter(Boolean)) {
    const owners: string[] = [];
    for (const line of repo.git('blame', '--porcelain', head, '--', path).split('\n')) {
      const m = /^([0-9a-f]{40}) \d+ (\d+)/.exec(line);
      if (m) owners[Number(m[2])] = m[1]!;
    }
    const ranges: { startingLine: number; endingLine: number; commit: string }[] = [];
    owners.forEach((sha, line) => {
      const last = ranges.at(-1);
      if (last && last.commit === sha && last.endingLine === line - 1) last.endingLine = line;
      else ranges.push({ startingLine: line, endingLine: line, commit: sha });
    });
    server.setBlame(head, path, ranges);
  }
}
