/**
 * Line-level git notes under refs/notes/ai: the only record of AI authorship written while editing,
 * so for the lines they cover they override what the commit's markers say. Two formats are read
 * (see README, "AI provenance"); line numbers are those of the file as the noted commit has it.
 *
 * 1. aigis JSON:
 *      {"tool": "Claude Code", "model": "...", "files": {"src/a.py": [[1, 20], [31, 31]]},
 *       "human": {"src/a.py": [[21, 30]]}}
 *    `files`: lines the tool wrote; `human` (optional): lines a person wrote.
 * 2. Git AI authorship logs (Git AI Standard v3): an attestation section (a path line, then indented
 *    `<key> <ranges>` lines), `---`, then JSON metadata whose `sessions` / `prompts` name the agent of
 *    each key (`agent_id.tool`); `h_` keys are people.
 */

export interface NoteRange {
  start: number;
  end: number;
  ai: boolean;
  tool?: string;
  model?: string;
}

export interface AiNote {
  format: 'aigis' | 'git-ai';
  /** path -> ranges, in the order the note gives them. */
  files: Record<string, NoteRange[]>;
}

export type NoteResult = AiNote | { error: string };

/** Notes are written by tools on developers' machines, but they arrive with the PR: bound the work. */
const MAX_NOTE_CHARS = 4 * 1024 * 1024;
const MAX_LINE = 10_000_000;

export function parseAiNote(text: string): NoteResult {
  if (text.length > MAX_NOTE_CHARS) return { error: `larger than ${MAX_NOTE_CHARS} characters` };
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'empty' };
  try {
    return trimmed.startsWith('{') ? parseAigisNote(trimmed) : parseGitAiNote(trimmed);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' && x.trim() !== '' ? x.trim() : undefined;
}

function checkedRange(start: number, end: number, where: string): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 1 || end < start || end > MAX_LINE)
    throw new Error(`${where}: bad line range ${start}-${end}`);
  return { start, end };
}

function parseAigisNote(text: string): AiNote {
  const data: unknown = JSON.parse(text);
  if (!isRecord(data)) throw new Error('the JSON is not an object');
  const tool = str(data.tool);
  const model = str(data.model);
  const files: Record<string, NoteRange[]> = {};
  const add = (section: unknown, ai: boolean, name: string): void => {
    if (section === undefined) return;
    if (!isRecord(section)) throw new Error(`"${name}" is not an object of path -> ranges`);
    for (const [path, ranges] of Object.entries(section)) {
      if (!Array.isArray(ranges)) throw new Error(`"${name}"."${path}" is not a list of [start, end]`);
      for (const r of ranges as unknown[]) {
        if (!Array.isArray(r) || r.length < 1 || r.length > 2 || !r.every((n) => typeof n === 'number'))
          throw new Error(`"${name}"."${path}": ${JSON.stringify(r)} is not [start, end]`);
        const [start, end] = r as number[];
        const range = checkedRange(start!, end ?? start!, `"${name}"."${path}"`);
        (files[path] ??= []).push({
          ...range,
          ai,
          ...(ai && tool ? { tool } : {}),
          ...(ai && model ? { model } : {}),
        });
      }
    }
  };
  if (data.files === undefined) throw new Error('no "files" object');
  add(data.files, true, 'files');
  add(data.human, false, 'human');
  return { format: 'aigis', files };
}

interface Agent {
  tool?: string;
  model?: string;
}

function agentsOf(meta: Record<string, unknown>, section: 'sessions' | 'prompts'): Map<string, Agent> {
  const out = new Map<string, Agent>();
  const s = meta[section];
  if (!isRecord(s)) return out;
  for (const [key, rec] of Object.entries(s)) {
    const agent = isRecord(rec) && isRecord(rec.agent_id) ? rec.agent_id : {};
    const tool = str(agent.tool);
    const model = str(agent.model);
    out.set(key, { ...(tool ? { tool } : {}), ...(model ? { model } : {}) });
  }
  return out;
}

function parseGitAiNote(text: string): AiNote {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sep = lines.indexOf('---');
  const attest = sep === -1 ? lines : lines.slice(0, sep);
  let meta: Record<string, unknown> = {};
  if (sep !== -1) {
    const parsed: unknown = JSON.parse(lines.slice(sep + 1).join('\n') || '{}');
    if (!isRecord(parsed)) throw new Error('the metadata after --- is not a JSON object');
    meta = parsed;
  }
  const sessions = agentsOf(meta, 'sessions');
  const prompts = agentsOf(meta, 'prompts');
  const files: Record<string, NoteRange[]> = {};
  let path: string | undefined;
  for (const [n, line] of attest.entries()) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      path = line.replace(/^"(.*)"$/, '$1');
      continue;
    }
    const m = /^\s+(\S+)\s+(\S+)\s*$/.exec(line);
    if (!m || path === undefined) throw new Error(`line ${n + 1} is not "<key> <ranges>" under a path`);
    const key = m[1]!;
    const human = key.startsWith('h_');
    const agent = human ? {} : key.startsWith('s_') ? sessions.get(key.split('::')[0]!) : prompts.get(key);
    for (const part of m[2]!.split(',')) {
      const rm = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (!rm) throw new Error(`line ${n + 1}: "${part}" is not a line range`);
      const range = checkedRange(Number(rm[1]), Number(rm[2] ?? rm[1]), `line ${n + 1}`);
      (files[path] ??= []).push({ ...range, ai: !human, ...(agent ?? {}) });
    }
  }
  if (Object.keys(files).length === 0) throw new Error('no file in the attestation section');
  return { format: 'git-ai', files };
}

/** The range of a note covering `line` of `path`, if any (the last one wins, as in a log). */
export function noteRangeAt(note: AiNote, path: string, line: number): NoteRange | undefined {
  const ranges = note.files[path];
  if (!ranges) return undefined;
  for (let i = ranges.length - 1; i >= 0; i--) {
    const r = ranges[i]!;
    if (r.start <= line && line <= r.end) return r;
  }
  return undefined;
}
