/**
 * Renders a rule's fix template over the captured nodes into TextEdits. `{{name}}` is a capture's
 * source text (from its first node's start to its last node's end, so a quantified capture keeps its
 * separators); `{{name|transform}}` or `{{name|transform:arg}}` rewrites it with a named, syntax-aware
 * transform (transforms.ts). A fix that cannot be rendered soundly is not offered.
 */
import type { Language, TextEdit } from '../../core/types.js';
import { spanRegion, type Node } from '../../parsing/parser.js';
import type { Captures } from './constraints.js';
import { importEdits } from './fix-transforms/imports.js';
import type { FixSpec } from './rule.js';
import { NotApplicable, TRANSFORMS } from './transforms.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:\|\s*([a-z][a-z0-9-]*)(?::([^}\s]*))?\s*)?\}\}/g;

export interface FixContext {
  file: string;
  language: Language;
  /** The whole file text. */
  text: string;
  /**
   * Where a transform puts the edits it needs elsewhere in the file (the declaration a call
   * depends on); they become part of the fix.
   */
  moreEdits?: TextEdit[];
}

/** The capture names a template refers to. */
export function templateCaptures(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Transform names a template uses that do not exist, for the engine to report. */
export function unknownTransforms(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[2])
    .filter((t): t is string => !!t && !(t in TRANSFORMS));
}

export function captureText(nodes: readonly Node[], text: string): string {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return '';
  return text.slice(first.startIndex, last.endIndex);
}

/**
 * The edits the fix makes — the replacement, then any import it needs that the file lacks — or
 * undefined when the template cannot be rendered soundly for this match.
 */
export function renderFix(fix: FixSpec, captures: Captures, ctx: FixContext): TextEdit[] | undefined {
  const target = captures.get(fix.replace ?? 'match');
  if (!target || target.length === 0) return undefined;
  try {
    ctx = { ...ctx, moreEdits: [] };
    const edits: TextEdit[] = [replacement(target, fix.template, captures, ctx)];
    for (const more of fix.also ?? []) {
      const nodes = captures.get(more.replace);
      if (!nodes || nodes.length === 0) throw new NotApplicable(`capture @${more.replace} is absent`);
      edits.push(replacement(nodes, more.template, captures, ctx));
    }
    edits.push(...ctx.moreEdits!, ...importEdits(fix.imports, target[0]!.tree.rootNode, ctx));
    return edits;
  } catch (e) {
    if (e instanceof NotApplicable) return undefined;
    throw e;
  }
}

function replacement(
  nodes: readonly Node[],
  template: string,
  captures: Captures,
  ctx: FixContext,
): TextEdit {
  const text = renderTemplate(template, captures, ctx);
  return { file: ctx.file, region: spanRegion(nodes[0]!, nodes[nodes.length - 1]!), text };
}

function renderTemplate(template: string, captures: Captures, ctx: FixContext): string {
  return template.replace(PLACEHOLDER, (_all, name: string, transform?: string, arg?: string) => {
    const nodes = captures.get(name);
    if (!nodes || nodes.length === 0) throw new NotApplicable(`capture @${name} is absent`);
    if (!transform || transform === 'text') return captureText(nodes, ctx.text);
    const fn = TRANSFORMS[transform];
    if (!fn) throw new NotApplicable(`unknown transform ${transform}`);
    return fn(nodes, arg, ctx);
  });
}
