/**
 * The repository state behind the local GitHub server's Git Data, pulls and check-runs endpoints:
 * commits whose trees are whole path -> file maps, branches, open pull requests and check runs, kept
 * in memory with the validation GitHub applies (fast-forward only unless forced, a branch created
 * once, at most 50 annotations per request). Answers follow https://docs.github.com/en/rest/git,
 * /pulls/pulls and /checks/runs.
 */
import { createHash } from 'node:crypto';

export interface StoredFile {
  mode: string;
  content: string;
}

export interface StoredCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  /** Who GitHub records as author: the token's user when the request names none. */
  author: string;
}

export interface StoredPull {
  number: number;
  owner: string;
  repo: string;
  title: string;
  body: string;
  /** `owner:branch` as created. */
  head: string;
  base: string;
  state: 'open' | 'closed';
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  annotations: Record<string, unknown>[];
}

export type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

const SHA = /^[0-9a-f]{40}$/;

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function invalid(message: string, errors: unknown[] = []): Answer {
  return {
    status: 422,
    body: { message, errors, documentation_url: 'https://docs.github.com/rest', status: '422' },
  };
}

function notFound(): Answer {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  };
}

export class GitStore {
  readonly trees = new Map<string, Map<string, StoredFile>>();
  readonly commits = new Map<string, StoredCommit>();
  /** `owner/repo:branch` -> sha. */
  readonly branches = new Map<string, string>();
  readonly pulls: StoredPull[] = [];
  readonly checkRuns: StoredCheckRun[] = [];
  private nextNumber = 100;
  private nextCheckId = 5000;

  constructor(private readonly login: string) {}

  /** A commit with these files (and the parent's other files), for a test to build a PR branch. */
  seedCommit(files: Record<string, string>, parents: string[] = [], message = 'seed', sha?: string): string {
    const tree = new Map<string, StoredFile>(
      parents[0] ? this.trees.get(this.commits.get(parents[0])!.tree) : [],
    );
    for (const [path, content] of Object.entries(files)) tree.set(path, { mode: '100644', content });
    const treeSha = this.storeTree(tree);
    if (sha) {
      // The sha of a commit in a local test repository, so the API and the checkout agree.
      this.commits.set(sha, { sha, tree: treeSha, parents, message, author: 'seed' });
      return sha;
    }
    return this.storeCommit({ tree: treeSha, parents, message, author: 'seed' });
  }

  /** A commit with exactly these files (no inheritance), under a given sha: to mirror a real repository. */
  seedSnapshot(sha: string, files: Record<string, string>, parents: string[], message: string): void {
    const tree = new Map<string, StoredFile>(
      Object.entries(files).map(([p, content]) => [p, { mode: '100644', content }]),
    );
    this.commits.set(sha, { sha, tree: this.storeTree(tree), parents, message, author: 'seed' });
  }

  /** https://docs.github.com/en/rest/commits/commits#compare-two-commits (the merge base only). */
  compare(base: string, head: string): Answer {
    if (!this.commits.has(base) || !this.commits.has(head)) return notFound();
    const ancestors = new Set<string>();
    const walk = [base];
    while (walk.length > 0) {
      const s = walk.pop()!;
      if (ancestors.has(s)) continue;
      ancestors.add(s);
      walk.push(...(this.commits.get(s)?.parents ?? []));
    }
    const queue = [head];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const s = queue.shift()!;
      if (seen.has(s)) continue;
      seen.add(s);
      if (ancestors.has(s))
        return {
          status: 200,
          body: {
            status: 'ahead',
            merge_base_commit: { sha: s },
            base_commit: { sha: base },
            commits: [],
            files: [],
          },
        };
      queue.push(...(this.commits.get(s)?.parents ?? []));
    }
    return notFound();
  }

  /** https://docs.github.com/en/rest/repos/contents#get-repository-content (files only). */
  contents(path: string, ref: string): Answer {
    const commit = this.commits.get(ref);
    const file = commit ? this.trees.get(commit.tree)?.get(path) : undefined;
    if (!file) return notFound();
    const bytes = Buffer.from(file.content, 'utf8');
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: bytes.length,
        name: path.split('/').at(-1),
        path,
        sha: sha1(file.content),
        // GitHub wraps the base64 at 60 characters.
        content: bytes.toString('base64').replace(/.{60}/g, '$&\n'),
      },
    };
  }

  setBranch(owner: string, repo: string, branch: string, sha: string): void {
    this.branches.set(`${owner}/${repo}:${branch}`, sha);
  }

  branch(owner: string, repo: string, branch: string): string | undefined {
    return this.branches.get(`${owner}/${repo}:${branch}`);
  }

  /** The files of a commit, path -> content. */
  filesOf(sha: string): Record<string, string> {
    const commit = this.commits.get(sha);
    if (!commit) throw new Error(`no commit ${sha}`);
    return Object.fromEntries([...this.trees.get(commit.tree)!].map(([p, f]) => [p, f.content]));
  }

  private storeTree(tree: Map<string, StoredFile>): string {
    const sorted = [...tree].sort(([a], [b]) => (a < b ? -1 : 1));
    const sha = sha1(`tree ${JSON.stringify(sorted)}`);
    this.trees.set(sha, new Map(sorted));
    return sha;
  }

  private storeCommit(c: Omit<StoredCommit, 'sha'>): string {
    const sha = sha1(`commit ${JSON.stringify(c)} ${this.commits.size}`);
    this.commits.set(sha, { sha, ...c });
    return sha;
  }

  // https://docs.github.com/en/rest/git/refs#get-a-reference
  getRef(base: string, owner: string, repo: string, ref: string): Answer {
    const m = /^heads\/(.+)$/.exec(ref);
    const sha = m ? this.branch(owner, repo, m[1]!) : undefined;
    if (!sha) return notFound();
    return {
      status: 200,
      body: {
        ref: `refs/${ref}`,
        node_id: 'REF_1',
        url: `${base}/repos/${owner}/${repo}/git/refs/${ref}`,
        object: { type: 'commit', sha, url: `${base}/repos/${owner}/${repo}/git/commits/${sha}` },
      },
    };
  }

  // https://docs.github.com/en/rest/git/refs#create-a-reference
  createRef(base: string, owner: string, repo: string, body: { ref?: unknown; sha?: unknown }): Answer {
    if (typeof body.ref !== 'string' || !body.ref.startsWith('refs/heads/') || body.ref.split('/').length < 3)
      return invalid('Reference name must start with refs/ and have at least two slashes.');
    if (typeof body.sha !== 'string' || !this.commits.has(body.sha)) return invalid('Object does not exist');
    const branch = body.ref.slice('refs/heads/'.length);
    if (this.branch(owner, repo, branch)) return invalid('Reference already exists');
    this.setBranch(owner, repo, branch, body.sha);
    return { ...this.getRef(base, owner, repo, `heads/${branch}`), status: 201 };
  }

  // https://docs.github.com/en/rest/git/refs#update-a-reference
  updateRef(
    base: string,
    owner: string,
    repo: string,
    ref: string,
    body: { sha?: unknown; force?: unknown },
  ): Answer {
    const m = /^heads\/(.+)$/.exec(ref);
    const current = m ? this.branch(owner, repo, m[1]!) : undefined;
    if (!m || !current) return invalid('Reference does not exist');
    if (typeof body.sha !== 'string' || !this.commits.has(body.sha)) return invalid('Object does not exist');
    if (body.force !== true && !this.isAncestor(current, body.sha))
      return invalid('Update is not a fast forward');
    this.setBranch(owner, repo, m[1]!, body.sha);
    return this.getRef(base, owner, repo, ref);
  }

  private isAncestor(ancestor: string, sha: string): boolean {
    const todo = [sha];
    while (todo.length > 0) {
      const s = todo.pop()!;
      if (s === ancestor) return true;
      todo.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  // https://docs.github.com/en/rest/git/commits#get-a-commit-object
  getCommit(base: string, owner: string, repo: string, sha: string): Answer {
    const c = this.commits.get(sha);
    if (!c) return notFound();
    return { status: 200, body: this.commitJson(base, owner, repo, c) };
  }

  // https://docs.github.com/en/rest/git/commits#create-a-commit
  createCommit(
    base: string,
    owner: string,
    repo: string,
    body: { message?: unknown; tree?: unknown; parents?: unknown; author?: unknown },
  ): Answer {
    if (typeof body.message !== 'string') return invalid('Invalid request.', ['message is missing']);
    if (typeof body.tree !== 'string' || !this.trees.has(body.tree))
      return invalid('Tree SHA does not exist');
    const parents = Array.isArray(body.parents) ? body.parents : [];
    if (parents.some((p) => typeof p !== 'string' || !this.commits.has(p)))
      return invalid('Parent SHA does not exist');
    const author =
      typeof body.author === 'object' && body.author !== null
        ? String((body.author as { name?: unknown }).name)
        : this.login;
    const sha = this.storeCommit({
      tree: body.tree,
      parents: parents as string[],
      message: body.message,
      author,
    });
    return { status: 201, body: this.commitJson(base, owner, repo, this.commits.get(sha)!) };
  }

  private commitJson(base: string, owner: string, repo: string, c: StoredCommit): Record<string, unknown> {
    const api = `${base}/repos/${owner}/${repo}/git`;
    const person = {
      name: c.author,
      email: `${c.author}@users.noreply.github.com`,
      date: '2024-01-01T00:00:00Z',
    };
    return {
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 8)}`,
      url: `${api}/commits/${c.sha}`,
      html_url: `https://github.com/${owner}/${repo}/commit/${c.sha}`,
      author: person,
      committer: person,
      message: c.message,
      tree: { sha: c.tree, url: `${api}/trees/${c.tree}` },
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${api}/commits/${p}`,
        html_url: `https://github.com/${owner}/${repo}/commit/${p}`,
      })),
      verification: {
        verified: c.author === this.login,
        reason: c.author === this.login ? 'valid' : 'unsigned',
        signature: null,
        payload: null,
      },
    };
  }

  // https://docs.github.com/en/rest/git/trees#create-a-tree
  createTree(
    base: string,
    owner: string,
    repo: string,
    body: { base_tree?: unknown; tree?: unknown },
  ): Answer {
    const start =
      typeof body.base_tree === 'string' ? this.trees.get(body.base_tree) : new Map<string, StoredFile>();
    if (!start) return invalid('base_tree is not a valid tree oid');
    if (!Array.isArray(body.tree)) return invalid('Invalid request.', ['tree is missing']);
    const tree = new Map(start);
    for (const e of body.tree as Record<string, unknown>[]) {
      if (typeof e.path !== 'string' || e.type !== 'blob' || typeof e.content !== 'string')
        return invalid('Invalid tree info', ['each entry needs path, type blob and content']);
      if (!['100644', '100755'].includes(String(e.mode)))
        return invalid('Invalid tree info', [`mode ${String(e.mode)}`]);
      tree.set(e.path, { mode: String(e.mode), content: e.content });
    }
    const sha = this.storeTree(tree);
    return {
      status: 201,
      body: {
        sha,
        url: `${base}/repos/${owner}/${repo}/git/trees/${sha}`,
        truncated: false,
        tree: [...tree].map(([path, f]) => ({
          path,
          mode: f.mode,
          type: 'blob',
          sha: sha1(f.content),
          size: f.content.length,
        })),
      },
    };
  }

  // https://docs.github.com/en/rest/pulls/pulls#list-pull-requests
  listPulls(owner: string, repo: string, query: Record<string, string>): StoredPull[] {
    return this.pulls.filter(
      (p) =>
        p.owner === owner &&
        p.repo === repo &&
        (query.state === 'all' || p.state === (query.state ?? 'open')) &&
        (!query.head || p.head === query.head) &&
        (!query.base || p.base === query.base),
    );
  }

  // https://docs.github.com/en/rest/pulls/pulls#create-a-pull-request
  createPull(base: string, owner: string, repo: string, body: Record<string, unknown>): Answer {
    for (const field of ['title', 'head', 'base'])
      if (typeof body[field] !== 'string' || body[field] === '')
        return invalid('Validation Failed', [{ resource: 'PullRequest', code: 'missing_field', field }]);
    const head = String(body.head).includes(':') ? String(body.head) : `${owner}:${String(body.head)}`;
    const [headOwner, headBranch] = head.split(':') as [string, string];
    if (!this.branch(headOwner, repo, headBranch))
      return invalid('Validation Failed', [{ resource: 'PullRequest', code: 'invalid', field: 'head' }]);
    if (!this.branch(owner, repo, String(body.base)))
      return invalid('Validation Failed', [{ resource: 'PullRequest', code: 'invalid', field: 'base' }]);
    if (this.listPulls(owner, repo, { head, base: String(body.base) }).length > 0)
      return invalid('Validation Failed', [
        { resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${head}.` },
      ]);
    const pull: StoredPull = {
      number: this.nextNumber++,
      owner,
      repo,
      title: String(body.title),
      body: typeof body.body === 'string' ? body.body : '',
      head,
      base: String(body.base),
      state: 'open',
    };
    this.pulls.push(pull);
    return { status: 201, body: this.pullJson(base, pull) };
  }

  // https://docs.github.com/en/rest/pulls/pulls#update-a-pull-request
  updatePull(
    base: string,
    owner: string,
    repo: string,
    number: number,
    body: Record<string, unknown>,
  ): Answer {
    const pull = this.pulls.find((p) => p.owner === owner && p.repo === repo && p.number === number);
    if (!pull) return notFound();
    if (typeof body.title === 'string') pull.title = body.title;
    if (typeof body.body === 'string') pull.body = body.body;
    return { status: 200, body: this.pullJson(base, pull) };
  }

  pullJson(base: string, p: StoredPull): Record<string, unknown> {
    const [headOwner, headBranch] = p.head.split(':') as [string, string];
    return {
      url: `${base}/repos/${p.owner}/${p.repo}/pulls/${p.number}`,
      id: p.number * 10,
      number: p.number,
      state: p.state,
      title: p.title,
      body: p.body,
      html_url: `https://github.com/${p.owner}/${p.repo}/pull/${p.number}`,
      user: { login: this.login, type: 'Bot' },
      head: {
        label: p.head,
        ref: headBranch,
        sha: this.branch(headOwner, p.repo, headBranch) ?? '0'.repeat(40),
        repo: { full_name: `${headOwner}/${p.repo}` },
      },
      base: {
        label: `${p.owner}:${p.base}`,
        ref: p.base,
        sha: this.branch(p.owner, p.repo, p.base) ?? '0'.repeat(40),
        repo: { full_name: `${p.owner}/${p.repo}` },
      },
    };
  }

  // https://docs.github.com/en/rest/checks/runs#create-a-check-run
  createCheckRun(owner: string, repo: string, body: Record<string, unknown>): Answer {
    if (typeof body.name !== 'string' || body.name === '')
      return invalid('Invalid request.', ["name wasn't supplied."]);
    if (typeof body.head_sha !== 'string' || !SHA.test(body.head_sha))
      return invalid('Invalid request.', ["head_sha wasn't supplied."]);
    if (body.status === 'completed' && typeof body.conclusion !== 'string')
      return invalid('Invalid request.', ['conclusion is required when status is completed']);
    const run: StoredCheckRun = {
      id: this.nextCheckId++,
      owner,
      repo,
      name: body.name,
      head_sha: body.head_sha,
      status: typeof body.status === 'string' ? body.status : 'queued',
      conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
      title: '',
      summary: '',
      annotations: [],
    };
    const error = this.applyOutput(run, body.output);
    if (error) return error;
    this.checkRuns.push(run);
    return { status: 201, body: this.checkRunJson(run) };
  }

  // https://docs.github.com/en/rest/checks/runs#update-a-check-run
  updateCheckRun(owner: string, repo: string, id: number, body: Record<string, unknown>): Answer {
    const run = this.checkRuns.find((r) => r.id === id && r.owner === owner && r.repo === repo);
    if (!run) return notFound();
    const error = this.applyOutput(run, body.output);
    if (error) return error;
    return { status: 200, body: this.checkRunJson(run) };
  }

  /** Annotations are appended across requests; each request carries at most 50. */
  private applyOutput(run: StoredCheckRun, output: unknown): Answer | undefined {
    if (output === undefined) return undefined;
    const o = output as { title?: unknown; summary?: unknown; annotations?: unknown };
    if (typeof o.title !== 'string' || typeof o.summary !== 'string')
      return invalid('Invalid request.', ['output needs title and summary']);
    if (o.summary.length > 65535)
      return invalid('Invalid request.', ['summary is too long (maximum is 65535 characters)']);
    const annotations = Array.isArray(o.annotations) ? (o.annotations as Record<string, unknown>[]) : [];
    if (annotations.length > 50)
      return invalid('Invalid request.', ['Only 50 annotations are allowed per request']);
    for (const a of annotations) {
      if (
        typeof a.path !== 'string' ||
        typeof a.start_line !== 'number' ||
        typeof a.end_line !== 'number' ||
        typeof a.message !== 'string'
      )
        return invalid('Invalid request.', ['annotations need path, start_line, end_line and message']);
      if (!['notice', 'warning', 'failure'].includes(String(a.annotation_level)))
        return invalid('Invalid request.', [`annotation_level ${String(a.annotation_level)} is not valid`]);
    }
    run.title = o.title;
    run.summary = o.summary;
    run.annotations.push(...annotations);
    return undefined;
  }

  private checkRunJson(run: StoredCheckRun): Record<string, unknown> {
    return {
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`,
      output: { title: run.title, summary: run.summary, annotations_count: run.annotations.length },
    };
  }
}
