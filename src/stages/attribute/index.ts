/**
 * attribute: who wrote each added line — an AI tool (which one, how sure, on what evidence) or
 * no AI signal. Absence of a marker is "no AI signal", never "human".
 */
import type {
  Attribution,
  Commit,
  Diagnostic,
  HunkAttribution,
  Provenance,
  PullRequest,
} from '../../core/types.js';
import { noteRangeAt, parseAiNote, type AiNote, type NoteRange } from './notes.js';
import { matchCommit, matchPullRequest, type SignalHit, type SignatureTable } from './signatures.js';

/** One strong signal should not make us certain: forged and stripped markers both exist. */
const MAX_CONFIDENCE = 0.99;
/** PR-level signals say less about each commit than the commit's own markers. */
const PR_SIGNAL_WEIGHT = 0.8;
/** A note written while editing is the strongest record there is, but it can be forged like any other. */
const NOTE_CONFIDENCE = 0.97;
const UNKNOWN_TOOL = 'unknown AI tool';

export const NO_AI_SIGNAL: Attribution = Object.freeze({
  ai: false,
  confidence: 0,
  evidence: [],
}) as Attribution;

/**
 * Noisy-OR over the AI signals (each leaves a chance of being wrong; together they leave the
 * product), capped. The tool is the one whose own signals combine highest; when several tools have
 * evidence (a squash merge pools the trailers of many commits) all are kept in `tools`, because
 * which of them wrote a given line of that commit cannot be known.
 */
export function combineHits(hits: SignalHit[]): Attribution {
  const ai = hits.filter((h) => h.class === 'ai');
  const automation = hits.filter((h) => h.class === 'automation');
  // A bot that is not an AI wrote it: that is an answer, not an absence of signal.
  if (automation.length > 0) {
    return {
      ai: false,
      confidence: 0,
      tool: automation[0]!.tool,
      automation: true,
      evidence: [...new Set(automation.map((h) => h.evidence))],
    };
  }
  if (ai.length === 0) return { ...NO_AI_SIGNAL, evidence: [] };
  const perTool = new Map<string, number>();
  for (const h of ai) perTool.set(h.tool, (perTool.get(h.tool) ?? 1) * (1 - h.confidence));
  const ranked = [...perTool.entries()].sort((a, b) => a[1] - b[1] || cmp(a[0], b[0])).map(([t]) => t);
  const doubt = ai.reduce((acc, h) => acc * (1 - h.confidence), 1);
  return {
    ai: true,
    confidence: Math.min(MAX_CONFIDENCE, round(1 - doubt)),
    tool: ranked[0]!,
    ...(ranked.length > 1 ? { tools: ranked } : {}),
    evidence: [...new Set(ai.map((h) => h.evidence))],
  };
}

export function attributeCommits(pr: PullRequest, table: SignatureTable): Record<string, Attribution> {
  const fromPr = pr.meta ? combineHits(matchPullRequest(pr.meta, table)) : NO_AI_SIGNAL;
  // Weakened after combining, so that several PR-level signals together still say less than a commit's own.
  const weakened: Attribution = {
    ...fromPr,
    confidence: round(fromPr.confidence * PR_SIGNAL_WEIGHT),
    evidence: fromPr.evidence.map((e) => `${e} (PR-level)`),
  };
  const out: Record<string, Attribution> = {};
  for (const commit of pr.commits) {
    const own = matchCommit(sane(commit), table);
    // PR-level signals carry over only to commits with no evidence of their own: a commit's own
    // markers (or a bot's identity) say more about it than the PR it sits in.
    out[commit.sha] = own.length > 0 ? combineHits(own) : weakened;
  }
  return out;
}

/** A commit as the matcher expects it, whatever the adapter handed over (hostile or broken history). */
function sane(c: Commit): Commit {
  const person = (p: Commit['author'] | undefined) => ({
    name: typeof p?.name === 'string' ? p.name : '',
    email: typeof p?.email === 'string' ? p.email : '',
  });
  return {
    sha: c.sha,
    parents: c.parents ?? [],
    author: person(c.author),
    committer: person(c.committer),
    message: typeof c.message === 'string' ? c.message : '',
  };
}

export function attribute(
  pr: PullRequest,
  table: SignatureTable,
  report: (d: Diagnostic) => void = () => {},
): Provenance {
  const commits = attributeCommits(pr, table);
  const notes = readNotes(pr, report);
  const lines: Provenance['lines'] = {};
  const hunks: HunkAttribution[] = [];
  const tools: Record<string, number> = {};
  const toolCommits = new Map<string, Set<string>>();
  const noteCache = new Map<string, Attribution>();
  const strangersByFile = new Map<string, Set<string>>();
  let addedLines = 0;
  let aiLines = 0;

  for (const file of pr.files) {
    const blame = pr.lineCommits[file.path] ?? {};
    const origins = pr.lineOrigins?.[file.path];
    const fileLines: Record<number, Attribution> = {};
    const strangers = new Set<string>();
    for (const hunk of file.hunks) {
      if (hunk.added.length === 0) continue;
      let hunkAi = 0;
      let confidenceSum = 0;
      const hunkTools = new Map<string, number>();
      const evidence = new Set<string>();
      for (const line of hunk.added) {
        const sha = blame[line];
        let a = sha !== undefined ? commits[sha] : undefined;
        if (sha !== undefined && a === undefined) strangers.add(sha);
        const origin = origins?.[line];
        const note = sha !== undefined ? notes.get(sha) : undefined;
        if (note && origin) {
          const range = noteRangeAt(note, origin.path, origin.line);
          if (range) a = fromNote(sha!, origin.path, range, a, noteCache);
        }
        a ??= NO_AI_SIGNAL;
        fileLines[line] = a;
        addedLines++;
        if (!a.ai) continue;
        aiLines++;
        hunkAi++;
        confidenceSum += a.confidence;
        const tool = a.tool ?? UNKNOWN_TOOL;
        tools[tool] = (tools[tool] ?? 0) + 1;
        if (sha !== undefined)
          (toolCommits.get(tool) ?? toolCommits.set(tool, new Set()).get(tool)!).add(sha);
        hunkTools.set(tool, (hunkTools.get(tool) ?? 0) + 1);
        a.evidence.forEach((e) => evidence.add(e));
      }
      const ranked = [...hunkTools.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0])).map(([t]) => t);
      hunks.push({
        file: file.path,
        newStart: hunk.newStart,
        newLines: hunk.newLines,
        aiShare: round(hunkAi / hunk.added.length),
        ai: hunkAi > 0,
        confidence: hunkAi > 0 ? round(confidenceSum / hunkAi) : 0,
        ...(ranked[0] !== undefined ? { tool: ranked[0] } : {}),
        ...(ranked.length > 1 ? { tools: ranked } : {}),
        evidence: [...evidence],
      });
    }
    if (strangers.size > 0) strangersByFile.set(file.path, strangers);
    lines[file.path] = fileLines;
  }

  if (strangersByFile.size > 0) report(strangerWarning(strangersByFile));

  const aiShare = addedLines > 0 ? round(aiLines / addedLines) : 0;
  return {
    commits,
    lines,
    hunks,
    aiShare,
    addedLines,
    tools,
    summary: summarySentence({ commits, tools, toolCommits, aiShare, addedLines, total: pr.commits.length }),
  };
}

/** One message for the whole PR: a shallow clone would otherwise give one per file. */
function strangerWarning(byFile: Map<string, Set<string>>): Diagnostic {
  const files = [...byFile.keys()];
  const shas = [...new Set(files.flatMap((f) => [...byFile.get(f)!]))];
  const list = (xs: string[], n: number) => xs.slice(0, n).join(', ') + (xs.length > n ? ', …' : '');
  const where = files.length === 1 ? `${files[0]}: ` : `${files.length} files (${list(files, 3)}): `;
  return {
    level: 'warning',
    source: 'attribute',
    ...(files.length === 1 ? { file: files[0]! } : {}),
    message:
      `${where}git blame names ${shas.length} commit(s) that are not among the PR's commits ` +
      `(${list(shas.map(short), 5)}): the history may be shallow or rewritten; their lines carry no AI signal`,
  };
}

function readNotes(pr: PullRequest, report: (d: Diagnostic) => void): Map<string, AiNote> {
  const notes = new Map<string, AiNote>();
  for (const [sha, text] of Object.entries(pr.aiNotes ?? {})) {
    const parsed = parseAiNote(text);
    if ('error' in parsed) {
      report({
        level: 'warning',
        source: 'attribute',
        message: `the git note refs/notes/ai on ${short(sha)} is not in a format aigis reads (${parsed.error}); it is ignored`,
      });
    } else notes.set(sha, parsed);
  }
  if (notes.size > 0 && pr.lineOrigins === undefined) {
    report({
      level: 'note',
      source: 'attribute',
      message:
        'git notes under refs/notes/ai were found but the git adapter cannot place lines in their commits; notes are not used',
    });
  }
  return notes;
}

/** Display names for the agent ids Git AI records. */
const NOTE_TOOLS: Record<string, string> = {
  claude: 'Claude Code',
  'claude-code': 'Claude Code',
  cursor: 'Cursor',
  codex: 'OpenAI Codex',
  'github-copilot': 'GitHub Copilot',
  copilot: 'GitHub Copilot',
  gemini: 'Gemini CLI',
};

function fromNote(
  sha: string,
  path: string,
  range: NoteRange,
  commit: Attribution | undefined,
  cache: Map<string, Attribution>,
): Attribution {
  const key = `${sha}\0${path}\0${range.start}\0${range.end}\0${range.ai}\0${range.tool ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const where = `git note refs/notes/ai on ${short(sha)}: ${path}:${range.start}-${range.end}`;
  let a: Attribution;
  if (range.ai) {
    const named = range.tool !== undefined ? (NOTE_TOOLS[range.tool.toLowerCase()] ?? range.tool) : undefined;
    const tool = named ?? (commit?.ai ? commit.tool : undefined) ?? UNKNOWN_TOOL;
    const model = range.model ? ` (${range.model})` : '';
    a = { ai: true, confidence: NOTE_CONFIDENCE, tool, evidence: [`${where} written by ${tool}${model}`] };
  } else {
    // The note says a person typed these lines: the commit's markers speak for the commit, not for them.
    a = { ai: false, confidence: 0, evidence: [`${where} written by a person`] };
  }
  cache.set(key, a);
  return a;
}

interface SummaryInput {
  commits: Record<string, Attribution>;
  tools: Record<string, number>;
  toolCommits: Map<string, Set<string>>;
  aiShare: number;
  addedLines: number;
  total: number;
}

/** "73% of 120 added lines attributed to Claude Code (trailer Co-Authored-By: … in 4 of 5 commits)". */
export function summarySentence(s: SummaryInput): string {
  if (s.addedLines === 0) return 'no added lines to attribute';
  const ranked = Object.entries(s.tools).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  if (ranked.length === 0) {
    const bots = [
      ...new Set(
        Object.values(s.commits)
          .filter((a) => a.automation && a.tool)
          .map((a) => a.tool!),
      ),
    ].sort(cmp);
    const byBots = bots.length > 0 ? ` (automation: ${bots.join(', ')})` : '';
    return `no AI signal on the ${s.addedLines} added line${s.addedLines === 1 ? '' : 's'}${byBots}`;
  }
  const head = `${Math.round(s.aiShare * 100)}% of ${s.addedLines} added lines attributed to`;
  const why = (tool: string): string => {
    const shas = [...(s.toolCommits.get(tool) ?? [])];
    const counts = new Map<string, number>();
    for (const sha of shas)
      for (const e of s.commits[sha]?.evidence ?? []) counts.set(e, (counts.get(e) ?? 0) + 1);
    // Ties go to the signal met first: trailers before message lines, as matchCommit finds them.
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!top) return '';
    return ` (${clip(top[0])} in ${top[1]} of ${s.total} commit${s.total === 1 ? '' : 's'})`;
  };
  if (ranked.length === 1) return `${head} ${ranked[0]![0]}${why(ranked[0]![0])}`;
  const parts = ranked.slice(0, 3).map(([tool, n]) => `${tool} ${n} lines${why(tool)}`);
  const more = ranked.length > 3 ? `, ${ranked.length - 3} more tool(s)` : '';
  return `${head} AI: ${parts.join('; ')}${more}`;
}

function clip(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
