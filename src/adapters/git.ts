/**
 * The git adapter: the only place that runs git. Every call is `execFile('git', argv)` — never a
 * shell, never a command string — because revisions, paths and messages come from the PR and are
 * untrusted. Output is read as bytes and parsed from NUL-separated formats so that any file name
 * (spaces, quotes, newlines, unicode, a leading dash) survives the round trip.
 */
import { execFile } from 'node:child_process';
import { readFile, stat, unlink } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { BlameOrigin, GitAdapter, RawDiffEntry } from '../core/adapters.js';
import type { Commit } from '../core/types.js';

export interface LocalGitOptions {
  /** The git executable (default `git` on PATH). */
  gitPath?: string;
  /** Largest output of one git command, in bytes. */
  maxBuffer?: number;
}

/** A git command that failed; `message` says what to do, `stderr` keeps git's own words. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
    readonly exitCode: number | undefined,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

interface RunResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

interface RunOptions {
  input?: string | Buffer;
  /** Exit codes that are answers, not failures (e.g. `merge-base` exits 1 when there is none). */
  okCodes?: number[];
}

const DEFAULT_MAX_BUFFER = 512 * 1024 * 1024;

/**
 * Configuration that a repository (or a hostile PR's `.gitattributes`) could otherwise use to run
 * programs or change output formats under us.
 */
const SAFE_CONFIG = [
  '-c',
  'core.quotepath=off',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'diff.external=',
  '-c',
  'log.showSignature=false',
  '-c',
  'color.ui=never',
];

/** Variables that would point git at another repository than the one we were given. */
const INHERITED_GIT_VARS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_PREFIX',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_EXTERNAL_DIFF',
  'GIT_DIFF_OPTS',
  'GIT_NAMESPACE',
];

function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of INHERITED_GIT_VARS) delete env[name];
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    // English messages, so that the errors below can be recognised.
    LC_ALL: 'C',
    // Paths are passed literally: a file named `*` or `:(exclude)x` must not act as a pattern.
    GIT_LITERAL_PATHSPECS: '1',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    // Reading must never take the index lock of a repository someone else is working in.
    GIT_OPTIONAL_LOCKS: '0',
  };
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ZERO_ID = /^0+$/;

/** A revision from the user or the PR: it must never be taken for an option. */
function assertRevision(rev: string): void {
  if (rev.length === 0 || rev.startsWith('-') || /[\0\n\r]/.test(rev)) {
    throw new GitError(
      `invalid revision ${JSON.stringify(rev)}: pass a branch, tag or commit sha`,
      '',
      undefined,
    );
  }
}

function assertObjectId(id: string): void {
  if (!OBJECT_ID.test(id)) throw new GitError(`invalid git object id ${JSON.stringify(id)}`, '', undefined);
}

const utf8 = new TextDecoder('utf-8');

export function createLocalGit(repoDir: string, options: LocalGitOptions = {}): GitAdapter {
  const gitPath = options.gitPath ?? 'git';
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  const env = gitEnv();
  let topLevel: Promise<string> | undefined;
  let shallow: Promise<boolean> | undefined;

  function spawnGit(cwd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
    return new Promise((resolvePromise, reject) => {
      const child = execFile(
        gitPath,
        [...SAFE_CONFIG, ...args],
        { cwd, env, encoding: 'buffer', maxBuffer, windowsHide: true },
        (error, stdout, stderrBuf) => {
          const stderr = stderrBuf.toString('utf8');
          if (!error) {
            resolvePromise({ stdout, stderr, exitCode: 0 });
            return;
          }
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(
              new GitError(`git not found (${gitPath}): install git or put it on PATH`, stderr, undefined),
            );
            return;
          }
          if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
            reject(
              new GitError(
                `git ${args.join(' ')} wrote more than ${maxBuffer} bytes: the change is too large to review`,
                stderr,
                undefined,
              ),
            );
            return;
          }
          const exitCode = typeof code === 'number' ? code : undefined;
          if (exitCode !== undefined && opts.okCodes?.includes(exitCode)) {
            resolvePromise({ stdout, stderr, exitCode });
            return;
          }
          reject(explain(cwd, args, stderr, exitCode));
        },
      );
      if (opts.input !== undefined) child.stdin?.end(opts.input);
      else child.stdin?.end();
    });
  }

  function explain(cwd: string, args: string[], stderr: string, exitCode: number | undefined): GitError {
    if (/not a git repository/i.test(stderr)) {
      return new GitError(
        `not a git repository: ${repoDir} (run inside a clone, or pass --repo <dir>)`,
        stderr,
        exitCode,
      );
    }
    if (/dubious ownership/i.test(stderr)) {
      return new GitError(
        `git refuses to read ${cwd}: it is owned by another user; run: git config --global --add safe.directory ${cwd}`,
        stderr,
        exitCode,
      );
    }
    const detail = stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${String(exitCode)}`;
    return new GitError(`git ${args[0] ?? ''} failed in ${cwd}: ${detail}`, stderr, exitCode);
  }

  /** Paths in diffs are relative to the top level, so every command runs there even if repoDir is a subfolder. */
  function root(): Promise<string> {
    topLevel ??= (async () => {
      const exists = await stat(repoDir).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!exists)
        throw new GitError(`not a git repository: ${repoDir} (the directory does not exist)`, '', undefined);
      try {
        const out = await spawnGit(repoDir, ['rev-parse', '--show-toplevel']);
        return out.stdout.toString('utf8').replace(/\n$/, '') || repoDir;
      } catch (error) {
        // A bare repository has no work tree: its directory is the place to run.
        if (error instanceof GitError && /must be run in a work tree/.test(error.stderr)) return repoDir;
        throw error;
      }
    })();
    return topLevel;
  }

  async function git(args: string[], opts?: RunOptions): Promise<RunResult> {
    return spawnGit(await root(), args, opts);
  }

  async function text(args: string[], opts?: RunOptions): Promise<string> {
    return utf8.decode((await git(args, opts)).stdout);
  }

  async function isShallow(): Promise<boolean> {
    shallow ??= text(['rev-parse', '--is-shallow-repository']).then((out) => out.trim() === 'true');
    return shallow;
  }

  /** The commits where a shallow clone's history stops, for messages. */
  async function shallowBoundary(): Promise<string[]> {
    try {
      const path = (await text(['rev-parse', '--git-path', 'shallow'])).trim();
      const file = isAbsolute(path) ? path : join(await root(), path);
      return (await readFile(file, 'utf8')).split('\n').filter((l) => OBJECT_ID.test(l));
    } catch {
      return [];
    }
  }

  async function shallowHint(): Promise<string> {
    if (!(await isShallow())) return '';
    const boundary = await shallowBoundary();
    const where = boundary.length > 0 ? ` before ${boundary.slice(0, 3).join(', ')}` : '';
    return `; shallow clone: history${where} is missing; use fetch-depth: 0 (actions/checkout) or git fetch --unshallow`;
  }

  async function resolve(rev: string): Promise<string> {
    assertRevision(rev);
    const out = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], {
      okCodes: [1],
    }).catch(async (error: unknown) => {
      // rev-parse exits 128 for some malformed names: it is the same answer to the user.
      if (
        error instanceof GitError &&
        error.exitCode === 128 &&
        error.message.startsWith('git rev-parse failed')
      ) {
        return { stdout: Buffer.alloc(0), stderr: error.stderr, exitCode: 1 };
      }
      throw error;
    });
    const sha = out.stdout.toString('utf8').trim();
    if (out.exitCode !== 0 || !OBJECT_ID.test(sha)) {
      throw new GitError(
        `revision '${rev}' not found in ${await root()}: fetch it (git fetch origin ${rev}) or pass --base/--head${await shallowHint()}`,
        out.stderr,
        out.exitCode,
      );
    }
    return sha;
  }

  async function mergeBase(a: string, b: string): Promise<string> {
    assertRevision(a);
    assertRevision(b);
    const out = await git(['merge-base', '--end-of-options', a, b], { okCodes: [1] });
    const sha = out.stdout.toString('utf8').trim();
    if (out.exitCode !== 0 || !OBJECT_ID.test(sha)) {
      const hint = await shallowHint();
      throw new GitError(
        hint
          ? `no merge base of ${a} and ${b} in this clone${hint}`
          : `no merge base of ${a} and ${b}: the histories are unrelated`,
        out.stderr,
        out.exitCode,
      );
    }
    return sha;
  }

  async function refExists(ref: string): Promise<boolean> {
    const out = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1] });
    return out.exitCode === 0;
  }

  async function defaultBranch(): Promise<string | undefined> {
    const head = await git(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], { okCodes: [1, 128] });
    const target = head.exitCode === 0 ? head.stdout.toString('utf8').trim() : '';
    if (target.startsWith('refs/remotes/') && (await refExists(target)))
      return target.slice('refs/remotes/'.length);
    for (const ref of [
      'refs/heads/main',
      'refs/heads/master',
      'refs/remotes/origin/main',
      'refs/remotes/origin/master',
    ]) {
      if (await refExists(ref)) return ref.replace(/^refs\/(?:heads|remotes)\//, '');
    }
    return undefined;
  }

  async function diffEntries(base: string, head: string): Promise<RawDiffEntry[]> {
    assertRevision(base);
    assertRevision(head);
    const out = await git([
      'diff',
      '--raw',
      '--numstat',
      '-z',
      '-M',
      '--no-abbrev',
      '--no-ext-diff',
      '--no-textconv',
      '--no-relative',
      '--ignore-submodules=none',
      '--end-of-options',
      base,
      head,
      '--',
    ]);
    return parseRawNumstat(utf8.decode(out.stdout));
  }

  async function fileDiff(base: string, head: string, path: string, oldPath?: string): Promise<string> {
    assertRevision(base);
    assertRevision(head);
    const paths = oldPath !== undefined && oldPath !== path ? [oldPath, path] : [path];
    return text([
      'diff',
      '-U0',
      '--inter-hunk-context=0',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--no-relative',
      '-M',
      '-C',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--end-of-options',
      base,
      head,
      '--',
      ...paths,
    ]);
  }

  /**
   * Blob requests made in the same turn of the event loop share one `git cat-file --batch(-check)`
   * process: reading hundreds of files costs a few processes instead of hundreds.
   */
  const sizes = batcher<number>((ids) => catFile('--batch-check', ids, (header) => header.size));
  const blobs = batcher<Uint8Array>((ids) =>
    catFile('--batch', ids, (header, content) => {
      if (header.type !== 'blob')
        throw new GitError(`git object ${header.id} is a ${header.type}, not a file`, '', undefined);
      return content;
    }),
  );

  async function catFile<T>(
    mode: '--batch' | '--batch-check',
    ids: string[],
    answer: (header: { id: string; type: string; size: number }, content: Uint8Array) => T,
  ): Promise<(T | Error)[]> {
    const out = (await git(['cat-file', mode], { input: ids.map((id) => `${id}\n`).join('') })).stdout;
    const results: (T | Error)[] = [];
    let at = 0;
    for (const id of ids) {
      const eol = out.indexOf(0x0a, at);
      if (eol === -1) throw new GitError(`git cat-file ${mode} output ended early at ${id}`, '', undefined);
      const header = out.subarray(at, eol).toString('utf8');
      at = eol + 1;
      const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
      if (!m) {
        results.push(
          new GitError(`git object ${id} not found (${header.split(' ').pop() ?? ''})`, '', undefined),
        );
        continue;
      }
      const size = Number(m[3]);
      let content: Uint8Array = new Uint8Array(0);
      if (mode === '--batch') {
        content = new Uint8Array(out.subarray(at, at + size));
        at += size + 1;
      }
      try {
        results.push(answer({ id: m[1]!, type: m[2]!, size }, content));
      } catch (error) {
        results.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return results;
  }

  async function blobSize(blob: string): Promise<number> {
    assertObjectId(blob);
    return sizes(blob);
  }

  async function readBlob(blob: string): Promise<Uint8Array> {
    assertObjectId(blob);
    return blobs(blob);
  }

  async function commits(base: string, head: string): Promise<Commit[]> {
    assertRevision(base);
    assertRevision(head);
    const out = await git([
      'log',
      '--reverse',
      '--no-show-signature',
      '--no-color',
      '--encoding=UTF-8',
      '-z',
      `--format=${COMMIT_FORMAT}`,
      '--end-of-options',
      `${base}..${head}`,
      '--',
    ]);
    return parseCommitLog(utf8.decode(out.stdout));
  }

  async function blame(base: string, head: string, path: string): Promise<Record<number, string>> {
    return parseBlamePorcelain(await blameOutput(base, head, path));
  }

  async function blameOrigins(
    base: string,
    head: string,
    path: string,
  ): Promise<Record<number, BlameOrigin>> {
    return parseBlameOrigins(await blameOutput(base, head, path));
  }

  async function blameOutput(base: string, head: string, path: string): Promise<string> {
    assertRevision(base);
    assertRevision(head);
    const out = await git([
      'blame',
      '--porcelain',
      '-w',
      '-M',
      '-C',
      '--root',
      '--no-textconv',
      `${base}..${head}`,
      '--',
      path,
    ]);
    // latin1 maps bytes 1:1, so a line of any encoding cannot disturb the headers around it.
    return out.stdout.toString('latin1');
  }

  async function aiNotes(shas: string[]): Promise<Record<string, string>> {
    // One listing of the notes ref, then one batched read of the notes we need: no process per commit.
    const listing = await text(['notes', '--ref=ai', 'list'], { okCodes: [1] });
    const wanted = new Set(shas);
    const found: [string, string][] = [];
    for (const line of listing.split('\n')) {
      const [note, sha] = line.trim().split(' ');
      if (note && sha && OBJECT_ID.test(note) && wanted.has(sha)) found.push([sha, note]);
    }
    const notes: Record<string, string> = {};
    await Promise.all(
      found.map(async ([sha, note]) => {
        notes[sha] = utf8.decode(await blobs(note));
      }),
    );
    return notes;
  }

  return {
    resolve,
    mergeBase,
    defaultBranch,
    isShallow,
    diffEntries,
    fileDiff,
    blobSize,
    readBlob,
    commits,
    blame,
    blameOrigins,
    aiNotes,
  };
}

/** Collects the keys asked for until the event loop turns, then answers them all with one call. */
function batcher<T>(run: (keys: string[]) => Promise<(T | Error)[]>): (key: string) => Promise<T> {
  let pending: { key: string; resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const flush = (): void => {
    const batch = pending;
    pending = [];
    run(batch.map((p) => p.key)).then(
      (results) =>
        batch.forEach((p, k) => {
          const result = results[k];
          if (result instanceof Error) p.reject(result);
          else if (result === undefined) p.reject(new Error(`no answer from git for ${p.key}`));
          else p.resolve(result);
        }),
      (error: unknown) =>
        batch.forEach((p) => p.reject(error instanceof Error ? error : new Error(String(error)))),
    );
  };
  return (key) =>
    new Promise<T>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ key, resolve, reject });
    });
}

const STATUSES = new Set<RawDiffEntry['status']>(['A', 'M', 'D', 'R', 'C', 'T']);

/** Parses `git diff --raw --numstat -z`: all raw records, then all numstat records, in the same order. */
export function parseRawNumstat(out: string): RawDiffEntry[] {
  const tokens = out.split('\0');
  const entries: RawDiffEntry[] = [];
  let i = 0;
  const take = (what: string): string => {
    const token = tokens[i++];
    if (token === undefined) throw new Error(`git diff --raw output ended early: expected ${what}`);
    return token;
  };
  while (i < tokens.length && tokens[i]!.startsWith(':')) {
    const meta = take('a raw record').slice(1).split(' ');
    const [oldMode, newMode, oldBlob, newBlob, statusScore] = meta;
    if (meta.length !== 5 || !oldMode || !newMode || !oldBlob || !newBlob || !statusScore) {
      throw new Error(`unexpected git diff --raw record ${JSON.stringify(meta.join(' '))}`);
    }
    const status = statusScore[0] as RawDiffEntry['status'];
    if (!STATUSES.has(status)) throw new Error(`unexpected git diff status ${JSON.stringify(statusScore)}`);
    if (status === 'R' || status === 'C') {
      const oldPath = take('the old path');
      const path = take('the new path');
      entries.push({ status, path, oldPath, oldMode, newMode, oldBlob, newBlob, binary: false });
    } else {
      entries.push({ status, path: take('a path'), oldMode, newMode, oldBlob, newBlob, binary: false });
    }
  }
  const binary = new Set<string>();
  while (i < tokens.length) {
    const token = take('a numstat record');
    if (token === '' && i === tokens.length) break;
    const m = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/.exec(token);
    if (!m) throw new Error(`unexpected git diff --numstat record ${JSON.stringify(token)}`);
    let key: string;
    if (m[3] === '') {
      const oldPath = take('the old path');
      key = `${oldPath}\0${take('the new path')}`;
    } else {
      key = `${m[3]}\0${m[3]}`;
    }
    if (m[1] === '-' && m[2] === '-') binary.add(key);
  }
  for (const entry of entries) {
    entry.binary = binary.has(`${entry.oldPath ?? entry.path}\0${entry.path}`);
  }
  return entries;
}

/** Fields separated by NUL; `-z` ends each commit with one more NUL. A message cannot hold a NUL. */
const COMMIT_FORMAT = '%H%x00%P%x00%an%x00%ae%x00%cn%x00%ce%x00%B';
const COMMIT_FIELDS = 7;

export function parseCommitLog(out: string): Commit[] {
  const tokens = out.split('\0');
  const commits: Commit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i] === '' && i === tokens.length - 1) break;
    const fields = tokens.slice(i, i + COMMIT_FIELDS);
    i += COMMIT_FIELDS;
    const [sha, parents, an, ae, cn, ce, body] = fields;
    if (fields.length !== COMMIT_FIELDS || sha === undefined || !OBJECT_ID.test(sha) || body === undefined) {
      throw new Error(`unexpected git log output near commit ${commits.length + 1}`);
    }
    commits.push({
      sha,
      parents: parents ? parents.split(' ').filter(Boolean) : [],
      author: { name: an ?? '', email: ae ?? '' },
      committer: { name: cn ?? '', email: ce ?? '' },
      message: body.replace(/\n+$/, ''),
    });
  }
  return commits;
}

/** `git blame --porcelain`: head line -> commit, without the lines of boundary commits (older than base). */
export function parseBlamePorcelain(out: string): Record<number, string> {
  const result: Record<number, string> = {};
  for (const [line, origin] of Object.entries(parseBlameOrigins(out))) result[Number(line)] = origin.sha;
  return result;
}

/**
 * `git blame --porcelain`: head line -> the commit that wrote it and where the line sits in that
 * commit's version of the file (path after renames, line number there).
 */
export function parseBlameOrigins(out: string): Record<number, BlameOrigin> {
  const lines = out.split('\n');
  const boundary = new Set<string>();
  const filenames = new Map<string, string>();
  const owners: [number, string, number, string][] = [];
  let i = 0;
  while (i < lines.length) {
    const header = lines[i++]!;
    if (header === '' && i === lines.length) break;
    const m = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) (\d+) (\d+)(?: \d+)?$/.exec(header);
    if (!m) throw new Error(`unexpected git blame output: ${JSON.stringify(header.slice(0, 80))}`);
    const sha = m[1]!;
    while (i < lines.length && !lines[i]!.startsWith('\t')) {
      const detail = lines[i]!;
      if (detail === 'boundary') boundary.add(sha);
      // git names the file only the first time it shows a commit (or when the commit has several paths).
      else if (detail.startsWith('filename '))
        filenames.set(sha, latin1ToUtf8(detail.slice('filename '.length)));
      i++;
    }
    i++; // the line's content
    if (!ZERO_ID.test(sha)) owners.push([Number(m[3]), sha, Number(m[2]), filenames.get(sha) ?? '']);
  }
  const result: Record<number, BlameOrigin> = {};
  for (const [line, sha, origLine, path] of owners)
    if (!boundary.has(sha)) result[line] = { sha, path: unquotePath(path), line: origLine };
  return result;
}

function latin1ToUtf8(s: string): string {
  return utf8.decode(Buffer.from(s, 'latin1'));
}

/** git C-quotes unusual file names in `filename` lines, even with core.quotepath=off. */
function unquotePath(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
  for (let k = 0; k < body.length; k++) {
    const ch = body[k]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[k + 1] ?? '';
    const oct = /^[0-7]{3}/.exec(body.slice(k + 1, k + 4));
    if (oct) {
      bytes.push(parseInt(oct[0], 8));
      k += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      k += 1;
    }
  }
  return utf8.decode(Buffer.from(bytes));
}

/**
 * Writes the files of `rev` into `dest` (an empty directory) without touching the repository's
 * index, work tree or worktree list: a throwaway index is read from the revision and checked out
 * there. The fuzz stage builds the base revision this way.
 */
export async function materializeRevision(repoDir: string, rev: string, dest: string): Promise<void> {
  assertRevision(rev);
  const index = join(dest, '.aigis-index');
  const env = { ...gitEnv(), GIT_INDEX_FILE: index };
  const git = (args: string[]) =>
    new Promise<void>((done, fail) => {
      execFile(
        'git',
        [...SAFE_CONFIG, ...args],
        { cwd: repoDir, env, maxBuffer: 64 * 1024 * 1024 },
        (e, _o, err) =>
          e
            ? fail(
                new GitError(
                  `git ${args[0]} ${rev} failed: ${String(err).trim() || e.message}`,
                  String(err),
                  undefined,
                ),
              )
            : done(),
      );
    });
  await git(['read-tree', `${rev}^{tree}`]);
  await git([`--work-tree=${dest}`, 'checkout-index', '--all', '--force']);
  await unlink(index);
}
