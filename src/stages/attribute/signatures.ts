/**
 * The signature table (src/data/ai-signatures.json) as types, and the matching of one commit or
 * one PR against it. Matching is exact on e-mails and ids and anchored on patterns: names like
 * "Claude" or words like "cursor" in prose must never count.
 */
import type { Commit, PullRequestMeta } from '../../core/types.js';
import { noreplyId, parseIdentity, parseTrailers } from './trailers.js';

export interface Signature {
  tool: string;
  class?: 'ai' | 'automation';
  kind: 'trailer' | 'author' | 'committer' | 'message' | 'pr-author' | 'pr-body';
  key?: string;
  email?: string;
  noreplyId?: number;
  name?: string;
  namePattern?: string;
  pattern?: string;
  login?: string;
  id?: number;
  type?: string;
  confidence: number;
}

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

function sameEmail(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLowerCase() === b.toLowerCase();
}

function identityMatches(sig: Signature, name: string, email: string | undefined): boolean {
  if (sig.noreplyId !== undefined) return noreplyId(email) === sig.noreplyId;
  if (sig.email !== undefined) return sameEmail(email, sig.email);
  if (sig.name !== undefined) return name === sig.name;
  if (sig.namePattern !== undefined) return new RegExp(sig.namePattern).test(name);
  return false;
}

function hit(sig: Signature, evidence: string): SignalHit {
  return { tool: sig.tool, class: sig.class ?? 'ai', confidence: sig.confidence, evidence };
}

export function matchCommit(commit: Commit, table: SignatureTable): SignalHit[] {
  const hits: SignalHit[] = [];
  const trailers = parseTrailers(commit.message);
  for (const sig of table.signatures) {
    switch (sig.kind) {
      case 'trailer':
        for (const t of trailers) {
          if (t.key !== sig.key) continue;
          const matched =
            sig.pattern !== undefined
              ? new RegExp(sig.pattern).test(t.value)
              : identityMatches(sig, parseIdentity(t.value).name, parseIdentity(t.value).email);
          if (matched) hits.push(hit(sig, `trailer ${canonicalKey(t.key)}: ${t.value}`));
        }
        break;
      case 'author':
      case 'committer': {
        const who = sig.kind === 'author' ? commit.author : commit.committer;
        if (identityMatches(sig, who.name, who.email))
          hits.push(hit(sig, `${sig.kind} ${who.name} <${who.email}>`));
        break;
      }
      case 'message': {
        const re = new RegExp(sig.pattern ?? '(?!)', 'm');
        const m = re.exec(commit.message);
        if (m) hits.push(hit(sig, `message line "${m[0].trim()}"`));
        break;
      }
      default:
        break;
    }
  }
  return hits;
}

export function matchPullRequest(meta: PullRequestMeta, table: SignatureTable): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const sig of table.signatures) {
    if (sig.kind === 'pr-author' && meta.author) {
      const a = meta.author;
      const byId = sig.id !== undefined && a.id === sig.id;
      const byLogin = sig.id === undefined && sig.login !== undefined && a.login === sig.login;
      const typeOk = sig.type === undefined || a.type === sig.type;
      if ((byId || byLogin) && typeOk) hits.push(hit(sig, `PR opened by ${a.login}`));
    } else if (sig.kind === 'pr-body' && meta.body && sig.pattern) {
      const m = new RegExp(sig.pattern, 'm').exec(meta.body);
      if (m) hits.push(hit(sig, `PR body "${m[0]}"`));
    }
  }
  return hits;
}

function canonicalKey(key: string): string {
  return key.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
}
