/**
 * attribute: who wrote each added line — an AI tool (which one, how sure, on what evidence) or
 * no AI signal. Absence of a marker is "no AI signal", never "human".
 */
import type { Attribution, HunkAttribution, Provenance, PullRequest } from '../../core/types.js';
import { matchCommit, matchPullRequest, type SignalHit, type SignatureTable } from './signatures.js';

/** One strong signal should not make us certain: forged and stripped markers both exist. */
const MAX_CONFIDENCE = 0.99;
/** PR-level signals say less about each commit than the commit's own markers. */
const PR_SIGNAL_WEIGHT = 0.8;

export const NO_AI_SIGNAL: Attribution = Object.freeze({
  ai: false,
  confidence: 0,
  evidence: [],
}) as Attribution;

export function combineHits(hits: SignalHit[]): Attribution {
  const automation = hits.filter((h) => h.class === 'automation');
  if (automation.length > 0) {
    return {
      ai: false,
      confidence: 0,
      tool: automation[0]!.tool,
      evidence: automation.map((h) => h.evidence),
    };
  }
  const ai = hits.filter((h) => h.class === 'ai');
  if (ai.length === 0) return { ...NO_AI_SIGNAL, evidence: [] };
  // Noisy-OR: independent signals each leave a chance of being wrong; together they leave the product.
  const doubt = ai.reduce((acc, h) => acc * (1 - h.confidence), 1);
  const strongest = ai.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  return {
    ai: true,
    confidence: Math.min(MAX_CONFIDENCE, round(1 - doubt)),
    tool: strongest.tool,
    evidence: [...new Set(ai.map((h) => h.evidence))],
  };
}

export function attributeCommits(pr: PullRequest, table: SignatureTable): Record<string, Attribution> {
  const prHits = pr.meta ? matchPullRequest(pr.meta, table) : [];
  const weakened = prHits.map((h) => ({ ...h, confidence: h.confidence * PR_SIGNAL_WEIGHT }));
  const out: Record<string, Attribution> = {};
  for (const commit of pr.commits) {
    const own = matchCommit(commit, table);
    // PR-level signals carry over only to commits with no evidence of their own.
    out[commit.sha] = combineHits(own.length > 0 ? own : weakened);
  }
  return out;
}

export function attribute(pr: PullRequest, table: SignatureTable): Provenance {
  const commits = attributeCommits(pr, table);
  const lines: Provenance['lines'] = {};
  const hunks: HunkAttribution[] = [];
  const tools: Record<string, number> = {};
  let addedLines = 0;
  let aiLines = 0;

  for (const file of pr.files) {
    const blame = pr.lineCommits[file.path] ?? {};
    const fileLines: Record<number, Attribution> = {};
    for (const hunk of file.hunks) {
      if (hunk.added.length === 0) continue;
      let hunkAi = 0;
      let confidenceSum = 0;
      const hunkTools = new Map<string, number>();
      const evidence = new Set<string>();
      for (const line of hunk.added) {
        const sha = blame[line];
        const a = (sha !== undefined ? commits[sha] : undefined) ?? NO_AI_SIGNAL;
        fileLines[line] = a;
        addedLines++;
        if (!a.ai) continue;
        aiLines++;
        hunkAi++;
        confidenceSum += a.confidence;
        const tool = a.tool ?? 'unknown AI tool';
        tools[tool] = (tools[tool] ?? 0) + 1;
        hunkTools.set(tool, (hunkTools.get(tool) ?? 0) + 1);
        a.evidence.forEach((e) => evidence.add(e));
      }
      const topTool = [...hunkTools.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
      hunks.push({
        file: file.path,
        newStart: hunk.newStart,
        newLines: hunk.newLines,
        aiShare: round(hunkAi / hunk.added.length),
        ai: hunkAi > 0,
        confidence: hunkAi > 0 ? round(confidenceSum / hunkAi) : 0,
        ...(topTool !== undefined ? { tool: topTool } : {}),
        evidence: [...evidence],
      });
    }
    lines[file.path] = fileLines;
  }

  return {
    commits,
    lines,
    hunks,
    aiShare: addedLines > 0 ? round(aiLines / addedLines) : 0,
    addedLines,
    tools,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
