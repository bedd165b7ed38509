/**
 * The built-in engine: every rule for a file's language, run over its tree-sitter tree. Bad input
 * never throws: a partial parse, a broken rule or a failure on one file becomes a Diagnostic and
 * the rest of the work goes on.
 */
import type { Engine, EngineOutput, SourceFile } from '../../core/adapters.js';
import { severityForCwes } from '../../core/severity.js';
import {
  LANGUAGES,
  type Diagnostic,
  type EngineFinding,
  type Language,
  type RuleMeta,
} from '../../core/types.js';
import { AIGIS_VERSION } from '../../core/version.js';
import { nodeRegion, type Node, type ParsedFile, type ParserService } from '../../parsing/parser.js';
import { recoverLeadingStringTail } from '../../parsing/recovery.js';
import { enclosingContext } from './context.js';
import { renderFix, unknownTransforms } from './fix.js';
import {
  anyPatternWords,
  compileRule,
  mayMatch,
  requiredWordsOf,
  runRule,
  type CompiledRule,
} from './matcher.js';
import { searchable, type WordSet } from './required-words.js';
import { CONFIDENCE_SCORE, type Rule } from './rule.js';
import { collectSuppressions, suppressionFor, type SuppressionForm } from './suppressions.js';
import { satisfies } from './constraints.js';
import { createFileTaint, type FileTaint, type TaintQuestion, type TaintStep } from './taint/flow.js';
import { modelsFor, type SourceKind, type TaintModel } from './taint/model.js';

export const BUILTIN_ENGINE_NAME = 'builtin';
const SOURCE = 'analyze/builtin';

export interface BuiltinEngineOptions {
  rules: readonly Rule[];
  /** Taint models (sources and sanitizers by language); rules with a taint spec use them. */
  models?: readonly TaintModel[];
  parser: ParserService;
  /** Inline suppression comment forms honoured. Default: all (aigis-ignore, nosec, nosemgrep, codeql). */
  suppressionForms?: readonly SuppressionForm[];
  /** Files larger than this (UTF-8 bytes) are skipped. Default 1 MiB. */
  maxFileBytes?: number;
  /** Files with a longer line (minified or generated) are skipped. Default 50,000 characters. */
  maxLineLength?: number;
}

export interface BuiltinEngine extends Engine {
  /** The parsed tree of a file, from this engine's cache when it was analysed before. */
  parse(file: SourceFile): Promise<ParsedFile>;
  /** Frees the cached trees (they live in wasm memory). */
  dispose(): void;
}

const PRECISION = { high: 'high', medium: 'medium', low: 'low' } as const;
/** Trees kept per (path, side): the original and a few repaired versions. */
const TREES_PER_FILE = 4;

export function ruleMeta(rule: Rule): RuleMeta {
  return {
    id: rule.id,
    name: rule.id,
    engine: BUILTIN_ENGINE_NAME,
    cwes: rule.cwe,
    message: rule.message,
    description: rule.description,
    severity: rule.severity ?? severityForCwes(rule.cwe),
    precision: PRECISION[rule.confidence],
    ...(rule.references[0] ? { helpUri: rule.references[0] } : {}),
  };
}

export function createBuiltinEngine(options: BuiltinEngineOptions): BuiltinEngine {
  const { parser } = options;
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
  const maxLineLength = options.maxLineLength ?? 50_000;
  const compiled = new Map<string, Promise<CompiledRule | Error>>();
  const trees = new Map<string, { text: string; parsed: ParsedFile }[]>();

  function compiledFor(rule: Rule, language: Language): Promise<CompiledRule | Error> {
    const key = `${rule.id}\0${language}`;
    let c = compiled.get(key);
    if (!c) {
      c = compileRule(rule, language, parser).then(
        (r) => {
          const templates = rule.fix
            ? [rule.fix.template, ...(rule.fix.also ?? []).map((a) => a.template)]
            : [];
          const unknown = templates.flatMap(unknownTransforms);
          if (unknown.length > 0)
            return new Error(
              `rule ${rule.id} (${rule.source}): unknown fix transform(s) ${unknown.join(', ')}`,
            );
          return r;
        },
        (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
      );
      compiled.set(key, c);
    }
    return c;
  }

  const words = new Map<string, WordSet[][]>();
  /**
   * The words a file must hold for the rule to report in it. A rule that reports only tainted
   * matches also needs the words of one of its sources: without a source there is no finding.
   */
  function wordsOf(rule: Rule, language: Language): WordSet[][] {
    const key = `${rule.id}\0${language}`;
    let w = words.get(key);
    if (!w) {
      w = requiredWordsOf(rule, language);
      const sources = rule.taint?.required
        ? anyPatternWords(
            sourcesOf(rule, language).map((s) => s.text),
            language,
          )
        : undefined;
      if (sources) w = w.map((sets) => [...sets, sources]);
      words.set(key, w);
    }
    return w;
  }

  /** The sources a taint rule asks about in one language: the models' of its kinds, then its own. */
  function sourcesOf(rule: Rule, language: Language): { text: string; description: string; where: string }[] {
    const spec = rule.taint!;
    const kinds = spec.sources.filter((s): s is SourceKind => typeof s === 'string');
    const out: { text: string; description: string; where: string }[] = [];
    for (const m of modelsFor(options.models ?? [], language))
      for (const s of m.sources)
        if (kinds.includes(s.kind))
          out.push({
            text: s.query,
            description: s.description,
            where: `taint model source ${s.id} (${m.source})`,
          });
    for (const s of spec.sources)
      if (typeof s !== 'string')
        out.push({
          text: s.query,
          description: s.description ?? 'a source this rule names',
          where: `rule ${rule.id} (${rule.source}) taint.sources`,
        });
    return out;
  }

  const questions = new Map<string, Promise<{ question: TaintQuestion; key: string } | Error>>();

  /** A taint rule's sources and sanitizers for one language, compiled: the models' and its own. */
  function questionFor(
    rule: Rule,
    language: Language,
  ): Promise<{ question: TaintQuestion; key: string } | Error> {
    const id = `${rule.id}\0${language}`;
    let q = questions.get(id);
    if (!q) {
      q = compileQuestion(rule, language).catch((e: unknown) =>
        e instanceof Error ? e : new Error(String(e)),
      );
      questions.set(id, q);
    }
    return q;
  }

  async function compileQuestion(
    rule: Rule,
    language: Language,
  ): Promise<{ question: TaintQuestion; key: string }> {
    const spec = rule.taint!;
    const models = modelsFor(options.models ?? [], language);
    const compile = async (source: string, where: string) => {
      try {
        return await parser.query(language, source);
      } catch (e) {
        throw new Error(`the ${language} query of ${where} does not compile: ${(e as Error).message}`, {
          cause: e,
        });
      }
    };
    // Each part is compiled alone first, so that an error names the model entry or the rule; then
    // the sources are joined into one query, the models' sanitizers into another (shared by every
    // rule that uses them) and the rule's own into a third: one walk of the tree each.
    const sources = sourcesOf(rule, language);
    for (const s of sources) await compile(s.text, s.where);
    const modelSanitizers: string[] = [];
    if (spec['model-sanitizers'] !== false)
      for (const m of models)
        for (const s of m.sanitizers) {
          await compile(s.query, `taint model sanitizer ${s.id} (${m.source})`);
          modelSanitizers.push(s.query);
        }
    const ownSanitizers: string[] = [];
    for (const s of spec.sanitizers ?? []) {
      await compile(s.query, `rule ${rule.id} (${rule.source}) taint.sanitizers`);
      ownSanitizers.push(s.query);
    }
    const question: TaintQuestion = {};
    if (sources.length > 0) {
      const descriptions: string[] = [];
      for (const s of sources) {
        const count = (await parser.query(language, s.text)).patternCount();
        for (let i = 0; i < count; i++) descriptions.push(s.description);
      }
      question.sources = {
        query: await parser.query(language, sources.map((s) => s.text).join('\n')),
        descriptions,
      };
    }
    const sanitizers = [];
    for (const part of [modelSanitizers, ownSanitizers])
      if (part.length > 0) sanitizers.push(await parser.query(language, part.join('\n')));
    if (sanitizers.length > 0) question.sanitizers = sanitizers;
    // Rules that ask the same question share one memo per file.
    const key = JSON.stringify([
      spec.sources.filter((s) => typeof s === 'string').sort(),
      spec.sources.filter((s) => typeof s !== 'string').map((s) => s.query),
      (spec.sanitizers ?? []).map((s) => s.query),
      spec['model-sanitizers'] !== false,
    ]);
    return { question, key };
  }

  /** A tree read a second time from a later line (src/parsing/recovery.ts): the first reading. */
  const firstReading = new WeakMap<ParsedFile, { original: ParsedFile; fromLine: number; end: number }>();
  const deleteTree = (parsed: ParsedFile) => {
    parsed.tree.delete();
    firstReading.get(parsed)?.original.tree.delete();
  };

  async function parse(file: SourceFile): Promise<ParsedFile> {
    const key = `${file.side}\0${file.path}`;
    const list = trees.get(key) ?? [];
    const hit = list.find((e) => e.text === file.text);
    if (hit && hit.parsed.language === file.language) return hit.parsed;
    let parsed = await parser.parse(file.language, file.text);
    const recovered = await recoverLeadingStringTail(parser, file.language, parsed);
    if (recovered) {
      const original = parsed;
      parsed = recovered.parsed;
      firstReading.set(parsed, { original, fromLine: recovered.fromLine, end: recovered.end });
    }
    list.unshift({ text: file.text, parsed });
    while (list.length > TREES_PER_FILE) {
      const evicted = list.pop();
      if (evicted) deleteTree(evicted.parsed);
    }
    trees.set(key, list);
    return parsed;
  }

  interface PreparedRule {
    rule: Rule;
    compiled: CompiledRule;
    question?: { question: TaintQuestion; key: string };
  }

  /** The rules for a language, compiled, with the broken ones reported (once) and left out. */
  async function prepare(
    rules: Rule[],
    language: Language,
    diagnostics: Diagnostic[],
    broken: Set<string>,
  ): Promise<PreparedRule[]> {
    const out: PreparedRule[] = [];
    for (const rule of rules) {
      const c = await compiledFor(rule, language);
      const q = rule.taint && !(c instanceof Error) ? await questionFor(rule, language) : undefined;
      if (c instanceof Error || q instanceof Error) {
        if (!broken.has(`${rule.id}\0${language}`)) {
          broken.add(`${rule.id}\0${language}`);
          const error = c instanceof Error ? c : (q as Error);
          diagnostics.push({
            level: 'error',
            source: SOURCE,
            file: rule.source,
            message: `${error.message}; the rule was skipped`,
          });
        }
        continue;
      }
      out.push(q ? { rule, compiled: c, question: q } : { rule, compiled: c });
    }
    return out;
  }

  async function analyzeFile(
    file: SourceFile,
    rules: Rule[],
    diagnostics: Diagnostic[],
    broken: Set<string>,
  ): Promise<EngineFinding[]> {
    const skip = tooBig(file, maxFileBytes, maxLineLength);
    if (skip) {
      diagnostics.push({
        level: 'warning',
        source: SOURCE,
        file: file.path,
        message: `${file.path} (${file.side}) not analysed: ${skip}`,
      });
      return [];
    }
    if (!LANGUAGES.includes(file.language)) throw new Error(`no grammar for the language "${file.language}"`);
    // A rule is compiled, and walks a file, only when the file contains the words its query and
    // constraints require; a file that no rule could match is not even parsed (what code search
    // engines do before parsing).
    const text = searchable(file.text);
    const wanted = rules.filter((r) => mayMatch(wordsOf(r, file.language), text));
    if (wanted.length === 0) return [];
    const candidates = await prepare(wanted, file.language, diagnostics, broken);
    if (candidates.length === 0) return [];
    const parsed = await parse(file);
    const first = firstReading.get(parsed);
    if (first) {
      diagnostics.push({
        level: 'note',
        source: SOURCE,
        file: file.path,
        message: `${file.path} (${file.side}) starts inside a string (the end of a docstring): it was also analysed as code from line ${first.fromLine} on`,
      });
    }
    if (parsed.hasError) {
      diagnostics.push({
        level: 'note',
        source: SOURCE,
        file: file.path,
        message: `${file.path} (${file.side}) has syntax errors${firstErrorLine(parsed.tree.rootNode)}; tree-sitter recovered and the rest of the file was analysed, but findings in the broken part may be missing`,
      });
    }
    const findings = findingsIn(candidates, file, parsed);
    // What the second reading blanked is read as tree-sitter first read it.
    if (first)
      findings.push(...findingsIn(candidates, file, first.original, (node) => node.startIndex < first.end));
    return findings;
  }

  function findingsIn(
    candidates: readonly PreparedRule[],
    file: SourceFile,
    parsed: ParsedFile,
    keep: (node: Node) => boolean = () => true,
  ): EngineFinding[] {
    let suppressions: ReturnType<typeof collectSuppressions> | undefined;
    const findings: EngineFinding[] = [];
    let taint: FileTaint | undefined;
    for (const { rule, compiled, question } of candidates) {
      for (const m of runRule(compiled, parsed.tree)) {
        if (!keep(m.node)) continue;
        let trace: TaintStep[] | undefined;
        if (rule.taint && question) {
          taint ??= createFileTaint(parsed.tree.rootNode);
          for (const sink of rule.taint.sinks.flatMap((name) => m.captures.get(name) ?? [])) {
            const path = taint.trace(sink, question.question, question.key);
            if (path) {
              // The path is shared with the taint memo: extend a copy.
              trace = [...path, { node: sink, message: 'reaches this sink' }];
              break;
            }
          }
          if (!trace && rule.taint.required) continue;
        }
        suppressions ??= collectSuppressions(parsed.tree.rootNode, options.suppressionForms);
        findings.push(toFinding(rule, file, m.node, m.captures, suppressions, trace));
      }
    }
    return findings;
  }

  function toFinding(
    rule: Rule,
    file: SourceFile,
    node: Node,
    captures: Parameters<typeof satisfies>[1],
    suppressions: ReturnType<typeof collectSuppressions>,
    trace?: TaintStep[],
  ): EngineFinding {
    const region = nodeRegion(node);
    const source = trace?.[0];
    const finding: EngineFinding = {
      ruleId: rule.id,
      engine: BUILTIN_ENGINE_NAME,
      cwes: [...rule.cwe],
      message: source?.source
        ? `${rule.message} Here the value comes from ${source.source} (line ${source.node.startPosition.row + 1}).`
        : rule.message,
      file: file.path,
      side: file.side,
      region,
      snippet: file.text.slice(node.startIndex, node.endIndex),
      context: enclosingContext(node),
      staticConfidence: CONFIDENCE_SCORE[trace ? (rule.taint?.confidence ?? 'high') : rule.confidence],
    };
    if (trace)
      finding.flow = trace.map((step) => ({
        file: file.path,
        region: nodeRegion(step.node),
        message: step.message,
      }));
    if (rule.severity !== undefined) finding.severity = rule.severity;
    if (rule.fix && satisfies(rule.fix.where, captures)) {
      const edits = renderFix(rule.fix, captures, {
        file: file.path,
        language: file.language,
        text: file.text,
      });
      if (edits) finding.fix = { edits, description: rule.fix.description, guidance: rule.fix.guidance };
    }
    const suppressed = suppressionFor(suppressions, region.startLine, rule.id, rule.cwe);
    if (suppressed) finding.suppressed = suppressed;
    return finding;
  }

  return {
    name: BUILTIN_ENGINE_NAME,
    version: AIGIS_VERSION,
    parse,
    dispose() {
      for (const list of trees.values()) for (const e of list) deleteTree(e.parsed);
      trees.clear();
    },
    async analyze(files, onProgress): Promise<EngineOutput> {
      const diagnostics: Diagnostic[] = [];
      const findings: EngineFinding[] = [];
      const runnable: Rule[] = [];
      for (const rule of options.rules) if (rule.match) runnable.push(rule);
      const broken = new Set<string>();
      let done = 0;
      for (const file of files) {
        try {
          const rules = runnable.filter((r) => r.languages.includes(file.language));
          findings.push(...(await analyzeFile(file, rules, diagnostics, broken)));
        } catch (e) {
          diagnostics.push({
            level: 'error',
            source: SOURCE,
            file: file.path,
            message: `${file.path} (${file.side}) could not be analysed: ${e instanceof Error ? e.message : String(e)}`,
          });
        }
        onProgress?.(++done, files.length);
      }
      const brokenIds = new Set([...broken].map((k) => k.split('\0')[0]));
      const rules = runnable.filter((r) => !brokenIds.has(r.id)).map(ruleMeta);
      return { findings, rules, diagnostics };
    },
  };
}

function tooBig(file: SourceFile, maxBytes: number, maxLine: number): string | undefined {
  const bytes = Buffer.byteLength(file.text, 'utf8');
  if (bytes > maxBytes) return `it is ${bytes} bytes, over the ${maxBytes}-byte limit`;
  let start = 0;
  let line = 1;
  while (start <= file.text.length) {
    let end = file.text.indexOf('\n', start);
    if (end < 0) end = file.text.length;
    if (end - start > maxLine)
      return `line ${line} is ${end - start} characters long (limit ${maxLine}): minified or generated code`;
    start = end + 1;
    line++;
  }
  return undefined;
}

function firstErrorLine(root: Node): string {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.isError || n.isMissing) return ` (first at line ${n.startPosition.row + 1})`;
    if (!n.hasError) continue;
    const children = n.children.filter((c): c is Node => !!c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return '';
}
