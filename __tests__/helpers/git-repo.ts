/**
 * Real git repositories for tests, in temporary directories. Commits are deterministic (fixed,
 * increasing dates; identities given or a default), independent of the machine's git config
 * (no global or system config is read, signing is off), and any bytes can go into files.
 *
 *   const repo = await GitRepo.create();
 *   await repo.write('app.py', 'print(1)\n');
 *   const base = await repo.commit('base');
 *   repo.checkoutNew('feature');
 *   await repo.write('app.py', 'print(2)\n');
 *   await repo.commit('AI change', { author: CLAUDE, trailers: ['Co-Authored-By: Claude <noreply@anthropic.com>'] });
 *   ...
 *   await repo.cleanup();
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Identity {
  name: string;
  email: string;
}

export interface CommitOptions {
  author?: Identity;
  /** Defaults to the author. */
  committer?: Identity;
  /** Appended as the message's last paragraph, one per line (`Key: value`). */
  trailers?: string[];
  /** Stage every change in the work tree first (default true); false commits only what is staged. */
  all?: boolean;
  allowEmpty?: boolean;
}

export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string>;
  /** Relative to the repository (default: its top level). */
  cwd?: string;
}

export const DEFAULT_AUTHOR: Identity = { name: 'Ada Lovelace', email: 'ada@example.org' };

/** 2023-11-14T22:13:20Z: every commit is one minute after the one before. */
const EPOCH = 1_700_000_000;

export class GitRepo {
  private clock = 0;

  private constructor(readonly dir: string) {}

  /** A fresh repository on branch `main` (or `options.branch`) with no commit yet. */
  static async create(options: { branch?: string } = {}): Promise<GitRepo> {
    // realpath: on macOS the temp dir is a symlink, and git reports the resolved path.
    const dir = await realpath(await mkdtemp(join(tmpdir(), 'aigis-repo-')));
    const repo = new GitRepo(dir);
    repo.git('init', '-q', `--initial-branch=${options.branch ?? 'main'}`);
    repo.git('config', 'user.name', DEFAULT_AUTHOR.name);
    repo.git('config', 'user.email', DEFAULT_AUTHOR.email);
    repo.git('config', 'commit.gpgsign', 'false');
    repo.git('config', 'tag.gpgsign', 'false');
    repo.git('config', 'init.defaultBranch', 'main');
    repo.git('config', 'core.autocrlf', 'false');
    return repo;
  }

  /** Environment for every command: no user or system git config, no prompts, English messages. */
  private env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of [
      'GIT_DIR',
      'GIT_WORK_TREE',
      'GIT_INDEX_FILE',
      'GIT_AUTHOR_DATE',
      'GIT_COMMITTER_DATE',
    ]) {
      delete env[name];
    }
    return {
      ...env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      LC_ALL: 'C',
      ...extra,
    };
  }

  /** Runs a program in the repository and returns its stdout; throws with its stderr when it fails. */
  run(command: string, args: string[], options: RunOptions = {}): string {
    return this.runBytes(command, args, options).toString('utf8');
  }

  runBytes(command: string, args: string[], options: RunOptions = {}): Buffer {
    try {
      return execFileSync(command, args, {
        cwd: options.cwd ? join(this.dir, options.cwd) : this.dir,
        env: this.env(options.env),
        input: options.input,
        stdio: ['pipe', 'pipe', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (error) {
      const e = error as { stderr?: Buffer; message: string };
      throw new Error(
        `${command} ${args.join(' ')} failed in ${this.dir}: ${e.stderr?.toString('utf8') || e.message}`,
        { cause: error },
      );
    }
  }

  git(...args: string[]): string {
    return this.run('git', args);
  }

  /** Writes a file (creating its folders); text or raw bytes. */
  async write(path: string, content: string | Uint8Array): Promise<void> {
    const file = join(this.dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }

  async read(path: string): Promise<string> {
    return readFile(join(this.dir, path), 'utf8');
  }

  async remove(path: string): Promise<void> {
    await unlink(join(this.dir, path));
  }

  /** `git mv`: the rename is staged. */
  move(from: string, to: string): void {
    const target = dirname(to);
    if (target !== '.') this.run('mkdir', ['-p', '--', target]);
    this.git('mv', '--', from, to);
  }

  async symlink(target: string, path: string): Promise<void> {
    const file = join(this.dir, path);
    await mkdir(dirname(file), { recursive: true });
    await symlink(target, file);
  }

  /** Adds `source` as a submodule at `path` (file:// transport allowed for this one command). */
  addSubmodule(source: GitRepo, path: string): void {
    this.git('-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', '--', source.dir, path);
  }

  /** Commits everything in the work tree (see `all`) and returns the new commit's sha. */
  async commit(message: string, options: CommitOptions = {}): Promise<string> {
    if (options.all ?? true) this.git('add', '-A');
    const author = options.author ?? DEFAULT_AUTHOR;
    const committer = options.committer ?? author;
    const full = options.trailers?.length ? `${message}\n\n${options.trailers.join('\n')}\n` : message;
    const date = this.nextDate();
    const args = ['commit', '--quiet', '--no-verify', '--cleanup=verbatim', '-F', '-'];
    if (options.allowEmpty) args.push('--allow-empty');
    this.run('git', args, {
      input: full,
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
    return this.sha();
  }

  /**
   * Writes a commit object byte for byte (e.g. a non-UTF-8 author name, which git's own commands
   * would not produce) on top of `parent` with the tree of `tree`, and moves HEAD's branch to it.
   */
  commitRaw(options: {
    tree?: string;
    parent?: string;
    author: Uint8Array | string;
    message: Uint8Array | string;
  }): string {
    const tree = this.sha(`${options.tree ?? 'HEAD'}^{tree}`);
    const parent = options.parent ?? this.sha();
    const date = this.nextDate();
    const object = Buffer.concat([
      Buffer.from(`tree ${tree}\nparent ${parent}\nauthor `),
      Buffer.from(options.author),
      Buffer.from(` <raw@example.org> ${date}\ncommitter Raw <raw@example.org> ${date}\n\n`),
      Buffer.from(options.message),
    ]);
    const sha = this.run('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: object }).trim();
    this.git('update-ref', '-m', 'commitRaw', 'HEAD', sha);
    return sha;
  }

  /** Full sha of a revision (default HEAD). */
  sha(rev = 'HEAD'): string {
    return this.git('rev-parse', '--verify', rev).trim();
  }

  branch(name: string, from = 'HEAD'): void {
    this.git('branch', '--', name, from);
  }

  checkout(name: string): void {
    this.git('checkout', '--quiet', name);
  }

  /** Creates branch `name` at `from` (default HEAD) and switches to it. */
  checkoutNew(name: string, from = 'HEAD'): void {
    this.git('checkout', '--quiet', '-b', name, from);
  }

  async cleanup(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  private nextDate(): string {
    return `${EPOCH + 60 * this.clock++} +0000`;
  }
}
