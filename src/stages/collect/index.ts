/**
 * The collect stage: the PR as data. `base...head` (three dots: from their merge base to head) as
 * changed files with hunks and both texts, the commits, and which commit wrote each added line.
 * All I/O goes through the GitAdapter; a file that cannot be analysed becomes a SkippedFile with its
 * reason, and the rest goes on.
 */
import type { GitAdapter, RawDiffEntry } from '../../core/adapters.js';
import type { Logger } from '../../core/logger.js';
import type {
  ChangedFile,
  Commit,
  FileStatus,
  Hunk,
  Language,
  LineOrigin,
  PullRequest,
  PullRequestMeta,
  SkippedFile,
} from '../../core/types.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  classifyEntry,
  decodeUtf8,
  generatedByMarker,
  generatedByPath,
  invalidUtf8,
  isBinaryContent,
  minified,
  regularSides,
  tooLarge,
  type Sides,
  type Skip,
} from './classify.js';
import { MalformedDiffError, countLines, parseHunks, wholeFileHunks } from './hunks.js';

export interface CollectInput {
  /** The branch the PR goes into (any revision). */
  base: string;
  /** The PR's last commit (any revision). */
  head: string;
  meta?: PullRequestMeta;
  /** Files larger than this (either side) are skipped before they are read. */
  maxFileBytes?: number;
  /** Paths the configuration excludes; listed as skipped 'ignored-path'. */
  isIgnored?: (path: string) => boolean;
  /** The analyser's language for a path; undefined means no analyser for it. */
  languageForPath: (path: string) => Language | undefined;
  /** Files processed at once; each costs a few git processes. */
  concurrency?: number;
}

// Each file costs one or two git processes; more at once than a small runner has cores only queues them.
const DEFAULT_CONCURRENCY = 4;

type FileOutcome =
  | { file: ChangedFile; lines?: Record<number, string>; origins?: Record<number, LineOrigin> }
  | { skipped: SkippedFile };

/** A changed file that passed the checks on its entry and path, with the sides that hold regular files. */
interface Candidate {
  entry: RawDiffEntry;
  language: Language;
  sides: Sides;
}

/** Blobs read at once, in bytes: bounds memory while letting the adapter batch the reads. */
const READ_BATCH_BYTES = 32 * 1024 * 1024;

export async function collect(input: CollectInput, git: GitAdapter, log: Logger): Promise<PullRequest> {
  const [baseSha, headSha] = await Promise.all([git.resolve(input.base), git.resolve(input.head)]);
  const diffBase = await forkPoint(input.base, baseSha, headSha, git, log);

  const [entries, commits] = await Promise.all([
    git.diffEntries(diffBase, headSha),
    listCommits(diffBase, headSha, git, log),
  ]);

  const aiNotes = await readAiNotes(commits, git, log);
  // Origins cost nothing extra (the same blame), but they are only needed to read notes.
  const withOrigins = Object.keys(aiNotes).length > 0 && git.blameOrigins !== undefined;

  const total = entries.length;
  let done = 0;
  log.progress('collect', done, total);
  const outcomes = new Array<FileOutcome>(total);
  const finish = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    log.progress('collect', ++done, total);
  };
  const skip = (index: number, s: Skip): void => {
    const path = entries[index]!.path;
    finish(index, { skipped: { path, reason: s.reason, detail: s.detail } });
  };

  // Cheap checks first, then sizes, then reads: a file is only read when nothing cheaper skipped it.
  const candidates = new Map<number, Candidate>();
  entries.forEach((entry, index) => {
    const pre = preClassify(entry, input);
    if ('reason' in pre) skip(index, pre);
    else candidates.set(index, pre);
  });

  const maxFileBytes = input.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const sized = await Promise.all(
    [...candidates].map(async ([index, c]) => {
      try {
        const [base, head] = await Promise.all([
          c.sides.base ? git.blobSize(c.entry.oldBlob) : undefined,
          c.sides.head ? git.blobSize(c.entry.newBlob) : undefined,
        ]);
        const over = tooLarge({ base, head }, maxFileBytes);
        if (over) skip(index, over);
        return over ? undefined : { index, candidate: c, bytes: (base ?? 0) + (head ?? 0) };
      } catch (error) {
        skip(index, unreadable(error));
        return undefined;
      }
    }),
  );

  const ready: { index: number; candidate: Candidate; texts: Texts }[] = [];
  for (const group of byBudget(
    sized.filter((s) => s !== undefined),
    READ_BATCH_BYTES,
  )) {
    await Promise.all(
      group.map(async ({ index, candidate }) => {
        try {
          const read = await readTexts(candidate, git);
          if ('reason' in read) skip(index, read);
          else ready.push({ index, candidate, texts: read });
        } catch (error) {
          skip(index, unreadable(error));
        }
      }),
    );
  }

  await mapLimit(ready, input.concurrency ?? DEFAULT_CONCURRENCY, async ({ index, candidate, texts }) => {
    finish(index, await diffFile(candidate, texts, diffBase, headSha, git, log, withOrigins));
  });

  const files: ChangedFile[] = [];
  const skipped: SkippedFile[] = [];
  const lineCommits: Record<string, Record<number, string>> = {};
  const lineOrigins: Record<string, Record<number, LineOrigin>> = {};
  for (const outcome of outcomes) {
    if ('skipped' in outcome) {
      skipped.push(outcome.skipped);
      continue;
    }
    files.push(outcome.file);
    if (outcome.lines) lineCommits[outcome.file.path] = outcome.lines;
    if (outcome.origins) lineOrigins[outcome.file.path] = outcome.origins;
  }
  log.info(
    `collect: ${total} changed file(s) in ${short(diffBase)}...${short(headSha)}: ${files.length} to analyse, ` +
      `${skipped.length} skipped; ${commits.length} commit(s)`,
  );
  return {
    base: diffBase,
    head: headSha,
    meta: input.meta ?? {},
    commits,
    files,
    skipped,
    lineCommits,
    ...(Object.keys(aiNotes).length > 0 ? { aiNotes } : {}),
    ...(withOrigins ? { lineOrigins } : {}),
  };
}

/** Notes are optional: a repository without them, or an adapter that cannot read them, gives `{}`. */
async function readAiNotes(commits: Commit[], git: GitAdapter, log: Logger): Promise<Record<string, string>> {
  if (!git.aiNotes || commits.length === 0) return {};
  try {
    return await git.aiNotes(commits.map((c) => c.sha));
  } catch (error) {
    log.warning(
      `could not read the git notes under refs/notes/ai: ${messageOf(error)}; lines are attributed from commits only`,
    );
    return {};
  }
}

/**
 * The merge base of base and head. Without it (a shallow clone, unrelated histories) the diff falls
 * back to base itself, which is still a result, and the user is told why it may show too much.
 */
async function forkPoint(
  baseRev: string,
  baseSha: string,
  headSha: string,
  git: GitAdapter,
  log: Logger,
): Promise<string> {
  try {
    return await git.mergeBase(baseSha, headSha);
  } catch (error) {
    const shallow = await git.isShallow().catch(() => false);
    const why = messageOf(error);
    const hint =
      shallow && !/shallow/.test(why)
        ? '; this is a shallow clone: use fetch-depth: 0 (actions/checkout) or git fetch --unshallow'
        : '';
    log.warning(
      `${why}${hint}. Comparing with ${baseRev} (${short(baseSha)}) directly instead: changes made on the base ` +
        'branch after the PR forked may show as part of the PR, and its commits may include older history.',
    );
    return baseSha;
  }
}

async function listCommits(base: string, head: string, git: GitAdapter, log: Logger): Promise<Commit[]> {
  try {
    return await git.commits(base, head);
  } catch (error) {
    log.warning(
      `could not list the commits of ${short(base)}..${short(head)}: ${messageOf(error)}; no commit is attributed`,
    );
    return [];
  }
}

function preClassify(entry: RawDiffEntry, input: CollectInput): Candidate | Skip {
  const path = entry.path;
  if (input.isIgnored?.(path)) return { reason: 'ignored-path', detail: 'excluded by the configuration' };
  const skip = classifyEntry(entry) ?? generatedByPath(path);
  if (skip) return skip;
  const language = input.languageForPath(path);
  if (!language) return { reason: 'unsupported-language', detail: 'no analyser for this kind of file' };
  return { entry, language, sides: regularSides(entry) };
}

interface Texts {
  base?: string;
  head?: string;
}

async function readTexts(c: Candidate, git: GitAdapter): Promise<Texts | Skip> {
  const [baseBytes, headBytes] = await Promise.all([
    c.sides.base ? git.readBlob(c.entry.oldBlob) : undefined,
    c.sides.head ? git.readBlob(c.entry.newBlob) : undefined,
  ]);
  if ((baseBytes && isBinaryContent(baseBytes)) || (headBytes && isBinaryContent(headBytes))) {
    return { reason: 'binary', detail: 'binary content (a NUL byte in its first 8000 bytes)' };
  }
  const base = baseBytes ? decodeUtf8(baseBytes) : undefined;
  const head = headBytes ? decodeUtf8(headBytes) : undefined;
  if (head && 'badLine' in head) return invalidUtf8('head', head.badLine);
  if (base && 'badLine' in base) return invalidUtf8('base', base.badLine);
  const texts: Texts = { base: base?.text, head: head?.text };
  const shown = texts.head ?? texts.base ?? '';
  return generatedByMarker(shown) ?? minified(c.entry.path, c.language, shown) ?? texts;
}

function statusOf(entry: RawDiffEntry, sides: Sides): FileStatus {
  if (!sides.base) return 'added';
  if (!sides.head) return 'deleted';
  switch (entry.status) {
    case 'A':
      return 'added';
    case 'D':
      return 'deleted';
    case 'R':
      return 'renamed';
    case 'C':
      return 'copied';
    default:
      return 'modified';
  }
}

async function diffFile(
  c: Candidate,
  texts: Texts,
  diffBase: string,
  head: string,
  git: GitAdapter,
  log: Logger,
  withOrigins: boolean,
): Promise<FileOutcome> {
  const { entry, language, sides } = c;
  const path = entry.path;
  try {
    let hunks: Hunk[];
    try {
      hunks = await hunksOf(entry, sides, diffBase, head, texts.base, texts.head, git);
    } catch (error) {
      if (error instanceof MalformedDiffError) {
        return { skipped: { path, reason: 'malformed-diff', detail: error.message } };
      }
      throw error;
    }

    const file: ChangedFile = { path, status: statusOf(entry, sides), language, hunks };
    if (entry.oldPath !== undefined && sides.base) file.oldPath = entry.oldPath;
    if (texts.base !== undefined) file.baseText = texts.base;
    if (texts.head !== undefined) file.headText = texts.head;

    const added = hunks.flatMap((h) => h.added);
    if (!sides.head || added.length === 0) return { file };
    return { file, ...(await addedLineCommits(diffBase, head, path, added, git, log, withOrigins)) };
  } catch (error) {
    const s = unreadable(error);
    return { skipped: { path, reason: s.reason, detail: s.detail } };
  }
}

function unreadable(error: unknown): Skip {
  return { reason: 'unreadable', detail: `git could not read it: ${messageOf(error)}` };
}

/** Consecutive groups whose `bytes` add up to at most `budget` (a larger item goes alone). */
function byBudget<T extends { bytes: number }>(items: T[], budget: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let used = 0;
  for (const item of items) {
    if (group.length > 0 && used + item.bytes > budget) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(item);
    used += item.bytes;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

async function hunksOf(
  entry: RawDiffEntry,
  sides: Sides,
  diffBase: string,
  head: string,
  baseText: string | undefined,
  headText: string | undefined,
  git: GitAdapter,
): Promise<Hunk[]> {
  // A file that appears or disappears whole needs no diff, and after a type change (symlink <->
  // file) git would show two entries for the path where we want the regular side alone.
  if (!sides.base) return wholeFileHunks(countLines(headText ?? ''), 'head');
  if (!sides.head) return wholeFileHunks(countLines(baseText ?? ''), 'base');
  // A pure rename or a mode change: same content, nothing added or removed.
  if (entry.oldBlob === entry.newBlob) return [];
  const diff = await git.fileDiff(diffBase, head, entry.path, entry.oldPath);
  const hunks = parseHunks(diff, {
    oldLineCount: countLines(baseText ?? ''),
    newLineCount: countLines(headText ?? ''),
  });
  if (hunks.length === 0 && baseText !== headText) {
    const name = entry.path.includes('\uFFFD')
      ? ' (its name is not valid UTF-8, so git cannot be asked about it by name)'
      : '';
    throw new MalformedDiffError(`git returned no hunks for a file whose content changed${name}`);
  }
  return hunks;
}

/** Blame restricted to the PR: each added line's commit. Without it the file is still analysed. */
async function addedLineCommits(
  diffBase: string,
  head: string,
  path: string,
  added: number[],
  git: GitAdapter,
  log: Logger,
  withOrigins: boolean,
): Promise<{ lines: Record<number, string>; origins?: Record<number, LineOrigin> }> {
  try {
    const lines: Record<number, string> = {};
    if (withOrigins && git.blameOrigins) {
      const blame = await git.blameOrigins(diffBase, head, path);
      const origins: Record<number, LineOrigin> = {};
      for (const line of added) {
        const o = blame[line];
        if (o === undefined) continue;
        lines[line] = o.sha;
        origins[line] = { path: o.path, line: o.line };
      }
      return { lines, origins };
    }
    const blame = await git.blame(diffBase, head, path);
    for (const line of added) {
      const sha = blame[line];
      if (sha !== undefined) lines[line] = sha;
    }
    return { lines };
  } catch (error) {
    log.warning(
      `${path}: git blame failed, its added lines are not attributed to commits: ${messageOf(error)}`,
    );
    return { lines: {} };
  }
}

/** Like Promise.all over `items`, with at most `limit` running at once; results keep the input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
