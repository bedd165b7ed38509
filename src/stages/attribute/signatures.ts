/**
 * The signature table (src/data/ai-signatures.json) as types, and the matching of one commit or
 * one PR against it. Matching is exact on e-mails and ids and anchored on patterns: names like
 * "Claude" or words like "cursor" in prose must never count.
 */
import type { Commit, PullRequestMeta } from '../../core/types.js';
import {
  noreplyId,
  noreplyLogin,
  parseIdentity,
  parseTrailers,
  subjectOf,
  type Trailer,
} from './trailers.js';

export const SIGNATURE_KINDS = [
  'trailer',
  'author',
  'committer',
  'message',
  'subject',
  'pr-author',
  'pr-body',
  'pr-label',
  'pr-branch',
] as const;
export type SignatureKind = (typeof SIGNATURE_KINDS)[number];

export interface Signature {
  tool: string;
  /** 'automation' marks non-AI bots (Dependabot ...): a commit they wrote is never AI. Default 'ai'. */
  class?: 'ai' | 'automation';
  kind: SignatureKind;
  /** trailer: its key, compared case-blind. */
  key?: string;
  /** Identity conditions (trailer value, author, committer): every one given must hold. */
  email?: string;
  noreplyId?: number;
  /** The login of a `[<id>+]<login>@users.noreply.github.com` address; only for `[bot]` logins. */
  noreplyLogin?: string;
  namePattern?: string;
  /** trailer value, message, subject, PR body, PR branch: a regular expression. */
  pattern?: string;
  /** pr-author: numeric id (preferred) or login, optionally with the account type. */
  login?: string;
  id?: number;
  type?: string;
  /** pr-label: the label, compared case-blind and exactly. */
  label?: string;
  /** Take the tool name from this capture group of `pattern` (e.g. `Assisted-by: AGENT:MODEL`). */
  toolGroup?: number;
  /** The signature does not count on a commit carrying this trailer (e.g. Replit's Deployment commits). */
  unlessTrailer?: { key: string; pattern: string };
  confidence: number;
}

/**
 * JSON schema of one signature, for a user's own in the config file (e.g. `ai.signatures`, an array
 * of these, merged with `extendTable`).
 */
export const SIGNATURE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['tool', 'kind', 'confidence'],
  properties: {
    tool: { type: 'string', minLength: 1 },
    class: { enum: ['ai', 'automation'] },
    kind: { enum: [...SIGNATURE_KINDS] },
    key: { type: 'string', minLength: 1 },
    email: { type: 'string', minLength: 3 },
    noreplyId: { type: 'integer', minimum: 1 },
    noreplyLogin: { type: 'string', pattern: '\\[bot\\]$' },
    namePattern: { type: 'string', minLength: 1 },
    pattern: { type: 'string', minLength: 1 },
    login: { type: 'string', minLength: 1 },
    id: { type: 'integer', minimum: 1 },
    type: { type: 'string' },
    label: { type: 'string', minLength: 1 },
    toolGroup: { type: 'integer', minimum: 1 },
    unlessTrailer: {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'pattern'],
      properties: { key: { type: 'string' }, pattern: { type: 'string' } },
    },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
  },
} as const;

export interface SignatureTable {
  version: number;
  signatures: Signature[];
}

export interface SignalHit {
  tool: string;
  class: 'ai' | 'automation';
  confidence: number;
  evidence: string;
}

interface Compiled {
  sig: Signature;
  re?: RegExp;
  nameRe?: RegExp;
  unless?: { key: string; re: RegExp };
}

interface CompiledTable {
  byKind: Map<SignatureKind, Compiled[]>;
  /** Trailer signatures by lower-case key: most trailers of a message match no signature at all. */
  trailers: Map<string, Compiled[]>;
}

/** Invalid table data: the message names the signature, so a user's own table can be fixed. */
export class SignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureError';
  }
}

// Compiling once per table (not per commit) keeps a 200-commit PR far below a millisecond per commit.
const compiledTables = new WeakMap<SignatureTable, CompiledTable>();

function compile(table: SignatureTable): CompiledTable {
  const cached = compiledTables.get(table);
  if (cached) return cached;
  const byKind = new Map<SignatureKind, Compiled[]>();
  const trailers = new Map<string, Compiled[]>();
  table.signatures.forEach((sig, index) => {
    const where = `signature ${index + 1} (${sig.tool}, ${sig.kind})`;
    if (!(SIGNATURE_KINDS as readonly string[]).includes(sig.kind))
      throw new SignatureError(`${where}: unknown kind`);
    if (!(sig.confidence >= 0 && sig.confidence <= 1))
      throw new SignatureError(`${where}: confidence must be in [0,1]`);
    const regex = (source: string | undefined, flags = ''): RegExp | undefined => {
      if (source === undefined) return undefined;
      try {
        return new RegExp(source, flags);
      } catch (error) {
        throw new SignatureError(
          `${where}: bad pattern ${JSON.stringify(source)}: ${(error as Error).message}`,
        );
      }
    };
    // Anyone can type any address into git, but only GitHub Apps own `[bot]` logins.
    if (sig.noreplyLogin !== undefined && !sig.noreplyLogin.endsWith('[bot]'))
      throw new SignatureError(`${where}: noreplyLogin is for [bot] logins only; use noreplyId`);
    const c: Compiled = {
      sig,
      re: regex(sig.pattern, sig.kind === 'message' || sig.kind === 'pr-body' ? 'm' : ''),
      nameRe: regex(sig.namePattern),
      ...(sig.unlessTrailer
        ? { unless: { key: sig.unlessTrailer.key.toLowerCase(), re: regex(sig.unlessTrailer.pattern)! } }
        : {}),
    };
    if (sig.kind === 'trailer') {
      if (!sig.key) throw new SignatureError(`${where}: a trailer signature needs a key`);
      const key = sig.key.toLowerCase();
      trailers.set(key, [...(trailers.get(key) ?? []), c]);
    }
    byKind.set(sig.kind, [...(byKind.get(sig.kind) ?? []), c]);
  });
  const out = { byKind, trailers };
  compiledTables.set(table, out);
  return out;
}

/** Checks a whole table up front (the bundled one in tests, a user's own at load time). */
export function validateTable(table: SignatureTable): void {
  compiledTables.delete(table);
  compile(table);
}

/** The bundled table plus a user's own signatures (theirs first in the list, same rules). */
export function extendTable(base: SignatureTable, extra: readonly Signature[]): SignatureTable {
  const table = { version: base.version, signatures: [...extra, ...base.signatures] };
  validateTable(table);
  return table;
}

function sameEmail(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLowerCase() === b.toLowerCase();
}

/** Every identity condition given must hold; a signature with none never matches an identity. */
function identityMatches(c: Compiled, name: string, email: string | undefined): boolean {
  const { sig } = c;
  let tested = false;
  if (sig.noreplyId !== undefined) {
    if (noreplyId(email) !== sig.noreplyId) return false;
    tested = true;
  }
  if (sig.noreplyLogin !== undefined) {
    if (noreplyLogin(email)?.toLowerCase() !== sig.noreplyLogin.toLowerCase()) return false;
    tested = true;
  }
  if (sig.email !== undefined) {
    if (!sameEmail(email, sig.email)) return false;
    tested = true;
  }
  if (c.nameRe !== undefined) {
    if (!c.nameRe.test(name)) return false;
    tested = true;
  }
  return tested;
}

function hit(c: Compiled, evidence: string, match?: RegExpExecArray | null): SignalHit {
  const fromGroup = c.sig.toolGroup !== undefined ? match?.[c.sig.toolGroup]?.trim() : undefined;
  return {
    tool: fromGroup || c.sig.tool,
    class: c.sig.class ?? 'ai',
    confidence: c.sig.confidence,
    evidence,
  };
}

function excluded(c: Compiled, trailers: readonly Trailer[]): boolean {
  const u = c.unless;
  return u !== undefined && trailers.some((t) => t.key === u.key && u.re.test(t.value));
}

export function matchCommit(commit: Commit, table: SignatureTable): SignalHit[] {
  const compiled = compile(table);
  const hits: SignalHit[] = [];
  const message = typeof commit.message === 'string' ? commit.message : '';
  const trailers = parseTrailers(message);
  for (const t of trailers) {
    for (const c of compiled.trailers.get(t.key) ?? []) {
      if (excluded(c, trailers)) continue;
      let match: RegExpExecArray | null | undefined;
      let matched: boolean;
      if (c.re !== undefined) {
        match = c.re.exec(t.value);
        matched = match !== null && (c.nameRe === undefined || c.nameRe.test(parseIdentity(t.value).name));
      } else {
        const id = parseIdentity(t.value);
        matched = identityMatches(c, id.name, id.email);
      }
      if (matched) hits.push(hit(c, `trailer ${canonicalKey(t.key)}: ${clip(t.value)}`, match));
    }
  }
  for (const kind of ['author', 'committer'] as const) {
    const who = commit[kind];
    for (const c of compiled.byKind.get(kind) ?? []) {
      if (!excluded(c, trailers) && identityMatches(c, who.name, who.email))
        hits.push(hit(c, `${kind} ${clip(who.name)} <${clip(who.email)}>`));
    }
  }
  for (const c of compiled.byKind.get('message') ?? []) {
    const m = c.re?.exec(message);
    if (m) hits.push(hit(c, `message line "${clip(m[0].trim())}"`, m));
  }
  const subject = subjectOf(message);
  for (const c of compiled.byKind.get('subject') ?? []) {
    const m = c.re?.exec(subject);
    if (m) hits.push(hit(c, `subject "${clip(subject)}"`, m));
  }
  return hits;
}

export function matchPullRequest(meta: PullRequestMeta, table: SignatureTable): SignalHit[] {
  const compiled = compile(table);
  const hits: SignalHit[] = [];
  const a = meta.author;
  if (a) {
    for (const c of compiled.byKind.get('pr-author') ?? []) {
      const { sig } = c;
      // The id is what GitHub cannot reassign; the login only where no id is known.
      const byId = sig.id !== undefined && a.id === sig.id;
      const byLogin =
        (sig.id === undefined || a.id === undefined) &&
        sig.login !== undefined &&
        a.login.toLowerCase() === sig.login.toLowerCase();
      const typeOk = sig.type === undefined || a.type === sig.type;
      if ((byId || byLogin) && typeOk) hits.push(hit(c, `PR opened by ${a.login}`));
    }
  }
  if (meta.body) {
    for (const c of compiled.byKind.get('pr-body') ?? []) {
      const m = c.re?.exec(meta.body);
      if (m) hits.push(hit(c, `PR body "${clip(m[0].trim())}"`, m));
    }
  }
  const labels = (meta.labels ?? []).map((l) => l.trim().toLowerCase());
  for (const c of compiled.byKind.get('pr-label') ?? []) {
    const label = c.sig.label?.toLowerCase();
    if (label !== undefined && labels.includes(label)) hits.push(hit(c, `PR label "${c.sig.label}"`));
  }
  if (meta.headRef) {
    for (const c of compiled.byKind.get('pr-branch') ?? []) {
      const m = c.re?.exec(meta.headRef);
      if (m) hits.push(hit(c, `PR branch ${meta.headRef}`, m));
    }
  }
  return hits;
}

function canonicalKey(key: string): string {
  return key.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}

/** Evidence goes into reports: a hostile commit message must not flood them. */
function clip(text: string, max = 160): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
