/**
 * SARIF 2.1.0 from any tool (CodeQL, Semgrep, Bandit, ESLint ...) as engine findings. Pure: the
 * caller gives the log's text, the checkout root it describes and the analysed files' texts.
 *
 * Decisions:
 * - A result is kept only for a file of the analysed set (the changed files): the rest of a
 *   whole-repository log is outside the review, and is counted in one note, never silently lost.
 * - The snippet and the context of the fingerprint come from the file's own text, not from the
 *   log's line numbers or its `snippet`, so a finding keeps its identity when lines move and
 *   matches the same weakness found on the other side of the diff.
 * - StaticConf comes from the rule's `precision` (DESIGN.md); a result without one counts as
 *   medium. Low-precision ("audit") results are kept: they only rank low.
 * - A result the tool reports suppressed stays, marked suppressed. One whose line is past the end
 *   of the analysed text is dropped and counted: the log describes another version of that file.
 * - The JSON is validated by hand, field by field: a malformed log or run is an error diagnostic,
 *   and the good results around a bad one still count.
 */
import type { SourceFile } from '../../core/adapters.js';
import type {
  Diagnostic,
  EngineFinding,
  FlowStep,
  Region,
  RuleMeta,
  Side,
  Suppression,
} from '../../core/types.js';
import { severityForCwes } from '../../core/severity.js';
import { enclosingContext } from '../builtin/context.js';
import type { ParsedFile, ParserService } from '../../parsing/parser.js';

export type Precision = RuleMeta['precision'];

/** DESIGN.md "Scores, precisely": CodeQL results use their precision. */
export const PRECISION_CONFIDENCE: Record<Precision, number> = {
  'very-high': 0.95,
  high: 0.85,
  medium: 0.6,
  low: 0.3,
};

export interface IngestOptions {
  /** Absolute path of the checkout the log describes (POSIX separators). */
  root: string;
  /** The analysed files: results elsewhere are dropped. */
  files: SourceFile[];
  /** The side of the diff the log describes. Default head. */
  side?: Side;
  /** Names the log in diagnostics (its path). */
  source?: string;
  /** Gives findings the name of their enclosing function; without it the context is ''. */
  parser?: ParserService;
}

export interface IngestedTool {
  /** The engine name findings carry: `codeql`, or the driver's name lower-cased. */
  engine: string;
  version: string;
  results: number;
}

export interface IngestResult {
  findings: EngineFinding[];
  rules: RuleMeta[];
  diagnostics: Diagnostic[];
  tools: IngestedTool[];
  /** Results left out: outside the checkout, or in a file that is not analysed. */
  dropped: { outside: number; notAnalysed: number; unlocated: number; stale: number };
}

const DIAG_SOURCE = 'analyze/sarif';

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function engineNameOf(driverName: string | undefined): string {
  const name = (driverName ?? 'sarif').trim().toLowerCase();
  if (name === 'codeql') return 'codeql';
  const clean = name.replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  // The built-in engine's name is taken: a foreign tool calling itself that must not pass for it.
  return !clean || clean === 'builtin' || clean === 'aigis' ? `sarif-${clean || 'tool'}` : clean;
}

/** `external/cwe/cwe-079`, `cwe-79`, `CWE-89: Improper Neutralization ...` (Semgrep) -> the number. */
export function cwesOf(props: Json | undefined): number[] {
  const out = new Set<number>();
  const take = (v: unknown) => {
    const s = typeof v === 'number' ? `cwe-${v}` : str(v);
    const m = s ? /^(?:external\/cwe\/)?cwe[-_ ]?0*(\d+)\b/i.exec(s.trim()) : null;
    if (m && Number(m[1]) > 0) out.add(Number(m[1]));
  };
  for (const t of arr(props?.tags)) take(t);
  for (const key of ['cwe', 'cwes', 'CWE']) {
    const v = props?.[key];
    if (Array.isArray(v)) v.forEach(take);
    else if (typeof v === 'number') take(v);
    else if (typeof v === 'string') v.split(',').forEach(take);
  }
  return [...out].sort((a, b) => a - b);
}

export function precisionOf(props: Json | undefined): Precision | undefined {
  const p = str(props?.precision)?.toLowerCase();
  return p === 'very-high' || p === 'high' || p === 'medium' || p === 'low' ? p : undefined;
}

/** `security-severity` is a numeric string (GitHub's scale 0-10); anything else is no value. */
export function securitySeverityOf(props: Json | undefined): number | undefined {
  const raw = props?.['security-severity'];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  return Number.isFinite(n) ? Math.min(10, Math.max(0, n)) : undefined;
}

/** For a tool that gives neither CWE nor security-severity, its level is the only signal left. */
const LEVEL_SEVERITY: Record<string, number> = { error: 7, warning: 5, note: 3, none: 1 };

interface RuleInfo {
  id: string;
  descriptor: Json | undefined;
}

interface RunContext {
  run: Json;
  engine: string;
  rules: Json[];
  rulesById: Map<string, Json>;
  baseIds: Json;
  codePoints: boolean;
}

export async function ingestSarif(text: string, opts: IngestOptions): Promise<IngestResult> {
  const out: IngestResult = {
    findings: [],
    rules: [],
    diagnostics: [],
    tools: [],
    dropped: { outside: 0, notAnalysed: 0, unlocated: 0, stale: 0 },
  };
  const name = opts.source ?? 'the SARIF log';
  const fail = (message: string) => {
    out.diagnostics.push({
      level: 'error',
      source: DIAG_SOURCE,
      message: `${name}: ${message}; it was not read`,
    });
    return out;
  };
  let log: unknown;
  try {
    log = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  const root = obj(log);
  if (!root) return fail('not a SARIF log (the top level is not an object)');
  if (root.version !== '2.1.0') {
    return fail(`SARIF version ${JSON.stringify(root.version ?? null)} is not supported (only 2.1.0)`);
  }
  if (!Array.isArray(root.runs)) return fail('not a SARIF log (no "runs" array)');

  const side = opts.side ?? 'head';
  const files = new Map(opts.files.filter((f) => f.side === side).map((f) => [f.path, f]));
  const rulesSeen = new Map<string, RuleMeta>();
  const contexts = contextFinder(opts.parser);
  const checkoutRoot = opts.root.replace(/\\/g, '/').replace(/\/+$/, '');

  for (const [runIndex, runValue] of root.runs.entries()) {
    const run = obj(runValue);
    const driver = obj(obj(obj(run?.tool)?.driver));
    if (!run || !driver) {
      out.diagnostics.push({
        level: 'error',
        source: DIAG_SOURCE,
        message: `${name}: run ${runIndex} has no tool.driver; its results were not read`,
      });
      continue;
    }
    const engine = engineNameOf(str(driver.name));
    const rules = [driver, ...arr(obj(run.tool)?.extensions).map(obj)]
      .flatMap((c) => arr(c?.rules).map(obj))
      .filter((r): r is Json => !!r);
    const ctx: RunContext = {
      run,
      engine,
      rules: arr(driver.rules).map((r) => obj(r) ?? {}),
      rulesById: new Map(rules.flatMap((r) => (str(r.id) ? [[str(r.id)!, r] as const] : []))),
      baseIds: obj(run.originalUriBaseIds) ?? {},
      codePoints: run.columnKind === 'unicodeCodePoints',
    };
    const tool: IngestedTool = {
      engine,
      version: str(driver.semanticVersion) ?? str(driver.version) ?? 'unknown',
      results: 0,
    };
    out.tools.push(tool);

    for (const resultValue of arr(run.results)) {
      const result = obj(resultValue);
      if (!result) continue;
      if (result.kind !== undefined && result.kind !== 'fail') continue;
      const rule = ruleOf(result, ctx);
      const loc = primaryLocation(result, ctx, checkoutRoot);
      if (loc.kind === 'outside') {
        out.dropped.outside++;
        continue;
      }
      if (loc.kind === 'none') {
        out.dropped.unlocated++;
        continue;
      }
      const file = files.get(loc.path);
      if (!file) {
        out.dropped.notAnalysed++;
        continue;
      }
      if (pastTheEnd(loc.region, file.text)) {
        out.dropped.stale++;
        continue;
      }
      const region = toRegion(loc.region, file.text, ctx.codePoints);
      const suppressed = suppressionOf(result);
      const props = obj(rule.descriptor?.properties);
      const cwes = cwesOf(props).length > 0 ? cwesOf(props) : cwesOf(obj(result.properties));
      const precision = precisionOf(props);
      const level = str(result.level) ?? str(obj(rule.descriptor?.defaultConfiguration)?.level) ?? 'warning';
      const severity =
        securitySeverityOf(props) ??
        securitySeverityOf(obj(result.properties)) ??
        (cwes.length === 0 ? LEVEL_SEVERITY[level] : undefined);
      const finding: EngineFinding = {
        ruleId: rule.id,
        engine,
        cwes,
        message: messageOf(result, rule.descriptor) || rule.id,
        file: file.path,
        side,
        region,
        snippet: sliceRegion(file.text, region),
        context: await contexts.of(file, region),
        staticConfidence: PRECISION_CONFIDENCE[precision ?? 'medium'],
        ...(severity !== undefined ? { severity } : {}),
        ...(suppressed ? { suppressed } : {}),
      };
      const flow = flowOf(result, ctx, checkoutRoot, files);
      if (flow.length > 0) finding.flow = flow;
      out.findings.push(finding);
      tool.results++;
      if (!rulesSeen.has(`${engine}\0${rule.id}`)) {
        rulesSeen.set(`${engine}\0${rule.id}`, ruleMeta(rule, engine, cwes, precision, severity));
      }
    }
  }
  contexts.dispose();
  out.rules = [...rulesSeen.values()];
  const { outside, notAnalysed, unlocated, stale } = out.dropped;
  if (outside + notAnalysed + unlocated + stale > 0) {
    const parts = [
      notAnalysed > 0 ? `${notAnalysed} in files this review does not analyse (not changed, or skipped)` : '',
      outside > 0 ? `${outside} outside the checkout ${checkoutRoot}` : '',
      unlocated > 0 ? `${unlocated} without a file location` : '',
      stale > 0 ? `${stale} past the end of their file (the log describes another version of it)` : '',
    ].filter(Boolean);
    out.diagnostics.push({
      level: outside + unlocated + stale > 0 ? 'warning' : 'note',
      source: DIAG_SOURCE,
      message: `${name}: ${out.findings.length} result(s) kept; left out ${parts.join(', ')}`,
    });
  }
  return out;
}

/** A line past the file's end: the log was made from another version of the file than the one analysed. */
function pastTheEnd(region: Json | undefined, text: string): boolean {
  const start = num(region?.startLine);
  if (start === undefined) return false;
  const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
  return start > Math.max(1, lines);
}

/**
 * A result the tool itself reports as suppressed (an in-source `// codeql[...]` or `# nosec`, or an
 * external dismissal) stays a finding, marked suppressed: listed, never gated, never silently gone.
 */
function suppressionOf(result: Json): Suppression | undefined {
  const s = arr(result.suppressions)
    .map(obj)
    .find((x) => x && (x.status === undefined || x.status === 'accepted'));
  if (!s) return undefined;
  const reason = str(s.justification);
  return {
    kind: s.kind === 'inSource' ? 'inline' : 'config',
    via: 'sarif',
    ...(reason ? { reason } : {}),
  };
}

function ruleOf(result: Json, ctx: RunContext): RuleInfo {
  const ref = obj(result.rule);
  const index = num(result.ruleIndex) ?? num(ref?.index);
  const byIndex = index !== undefined && !obj(ref?.toolComponent) ? ctx.rules[index] : undefined;
  const id = str(result.ruleId) ?? str(ref?.id) ?? str(byIndex?.id) ?? 'unknown-rule';
  const descriptor = byIndex && str(byIndex.id) === id ? byIndex : (ctx.rulesById.get(id) ?? byIndex);
  return { id, descriptor };
}

function messageOf(result: Json, descriptor: Json | undefined): string {
  const message = obj(result.message);
  let text = str(message?.text);
  const id = str(message?.id);
  if (text === undefined && id) {
    text = str(obj(obj(descriptor?.messageStrings)?.[id])?.text);
  }
  if (text === undefined) return '';
  const args = arr(message?.arguments).map((a) => String(a));
  return text.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
}

function ruleMeta(
  rule: RuleInfo,
  engine: string,
  cwes: number[],
  precision: Precision | undefined,
  severity: number | undefined,
): RuleMeta {
  const d = rule.descriptor;
  const short = str(obj(d?.shortDescription)?.text);
  const full = str(obj(d?.fullDescription)?.text);
  const helpUri = str(d?.helpUri);
  return {
    id: rule.id,
    name: str(d?.name) ?? rule.id,
    engine,
    cwes,
    message: short ?? rule.id,
    description: full ?? short ?? rule.id,
    severity: severity ?? severityForCwes(cwes),
    precision: precision ?? 'medium',
    ...(helpUri ? { helpUri } : {}),
  };
}

type Located =
  { kind: 'file'; path: string; region: Json | undefined } | { kind: 'outside' } | { kind: 'none' };

function primaryLocation(result: Json, ctx: RunContext, root: string): Located {
  const physical = obj(obj(arr(result.locations)[0])?.physicalLocation);
  if (!physical) return { kind: 'none' };
  return physicalToPath(physical, ctx, root);
}

function physicalToPath(physical: Json, ctx: RunContext, root: string): Located {
  let artifact = obj(physical.artifactLocation);
  const index = num(artifact?.index);
  if (artifact && str(artifact.uri) === undefined && index !== undefined) {
    artifact = obj(obj(arr(ctx.run.artifacts)[index])?.location) ?? artifact;
  }
  const uri = str(artifact?.uri);
  if (uri === undefined) return { kind: 'none' };
  const path = repoPath(uri, str(artifact?.uriBaseId), ctx.baseIds, root);
  if (path === undefined) return { kind: 'outside' };
  return { kind: 'file', path, region: obj(physical.region) };
}

/**
 * A result's URI as a path relative to the checkout, or undefined when it points outside it. A
 * relative URI with an unknown base (`%SRCROOT%` that the log does not define, as CodeQL writes
 * it) is relative to the checkout; absolute ones must lie under it.
 */
export function repoPath(
  uri: string,
  baseId: string | undefined,
  baseIds: Json,
  root: string,
  depth = 0,
): string | undefined {
  let full = uri;
  if (!isAbsoluteUri(uri) && baseId && depth < 8) {
    const base = obj(baseIds[baseId]);
    const baseUri = str(base?.uri);
    if (baseUri !== undefined) {
      const resolvedBase = repoPathOrAbsolute(baseUri, str(base?.uriBaseId), baseIds, root, depth + 1);
      if (resolvedBase === undefined) return undefined;
      full = joinUri(resolvedBase, uri);
    }
  }
  let path: string;
  try {
    path = decodeURIComponent(full.replace(/^file:\/\/(localhost)?/i, ''));
  } catch {
    return undefined;
  }
  path = path.replace(/\\/g, '/');
  // file:///C:/x -> /C:/x
  if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
  const absolute = path.startsWith('/') || /^[A-Za-z]:\//.test(path);
  if (absolute) {
    const prefix = `${root}/`;
    if (!path.startsWith(prefix)) return undefined;
    path = path.slice(prefix.length);
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
    return undefined;
  }
  const segments: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(seg);
  }
  return segments.length > 0 ? segments.join('/') : undefined;
}

/** A base URI resolved to a checkout-relative path ending in '/', or an absolute one kept as is. */
function repoPathOrAbsolute(
  uri: string,
  baseId: string | undefined,
  baseIds: Json,
  root: string,
  depth: number,
): string | undefined {
  if (isAbsoluteUri(uri) || uri.startsWith('/')) return uri.endsWith('/') ? uri : `${uri}/`;
  if (uri === '' || uri === './') return '';
  const rel = repoPath(uri, baseId, baseIds, root, depth);
  return rel === undefined ? undefined : `${rel}/`;
}

function isAbsoluteUri(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^[A-Za-z]:[\\/]/.test(uri);
}

function joinUri(base: string, rel: string): string {
  if (base === '') return rel;
  return base.endsWith('/') ? base + rel : `${base}/${rel}`;
}

/**
 * SARIF regions may omit endLine (same line) and the columns (the whole line). Columns are
 * converted to UTF-16 code units, the unit of every Region in aigis, when the run counts code points.
 */
function toRegion(r: Json | undefined, text: string, codePoints: boolean): Region {
  const lines = text.split('\n');
  const lastLine = Math.max(1, lines.length);
  const startLine = clamp(num(r?.startLine) ?? 1, 1, lastLine);
  const endLine = clamp(num(r?.endLine) ?? startLine, startLine, lastLine);
  const lineText = (l: number) => (lines[l - 1] ?? '').replace(/\r$/, '');
  const unit = (l: number, col: number) => (codePoints ? utf16Column(lineText(l), col) : col);
  const startCol = num(r?.startColumn);
  const endCol = num(r?.endColumn);
  // SARIF §3.30.5: an absent startColumn is 1, an absent endColumn the end of the line.
  const startColumn = startCol !== undefined ? unit(startLine, startCol) : 1;
  const endColumn = endCol !== undefined ? unit(endLine, endCol) : lineText(endLine).length + 1;
  return {
    startLine,
    startColumn: Math.max(1, startColumn),
    endLine,
    endColumn: Math.max(endLine === startLine ? Math.max(1, startColumn) : 1, endColumn),
  };
}

function utf16Column(line: string, codePointColumn: number): number {
  let units = 0;
  let points = 1;
  for (const ch of line) {
    if (points >= codePointColumn) break;
    units += ch.length;
    points++;
  }
  return units + 1 + Math.max(0, codePointColumn - points);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.floor(n)));
}

/** The text a region covers (end column exclusive, as in SARIF). */
export function sliceRegion(text: string, r: Region): string {
  const lines = text.split('\n');
  const picked = lines.slice(r.startLine - 1, r.endLine).map((l) => l.replace(/\r$/, ''));
  if (picked.length === 0) return '';
  if (picked.length === 1) return picked[0]!.slice(r.startColumn - 1, r.endColumn - 1);
  picked[0] = picked[0]!.slice(r.startColumn - 1);
  picked[picked.length - 1] = picked[picked.length - 1]!.slice(0, r.endColumn - 1);
  return picked.join('\n');
}

/** Enclosing function names, each file parsed once however many results it has. */
function contextFinder(parser: ParserService | undefined) {
  const trees = new Map<SourceFile, Promise<ParsedFile | undefined>>();
  return {
    async of(file: SourceFile, region: Region): Promise<string> {
      if (!parser) return '';
      let parsed = trees.get(file);
      if (!parsed) {
        parsed = parser.parse(file.language, file.text).catch(() => undefined);
        trees.set(file, parsed);
      }
      const tree = (await parsed)?.tree;
      const node = tree?.rootNode.descendantForPosition({
        row: region.startLine - 1,
        column: region.startColumn - 1,
      });
      return node ? enclosingContext(node) : '';
    },
    dispose(): void {
      for (const p of trees.values()) void p.then((f) => f?.tree.delete());
      trees.clear();
    },
  };
}

/** The first thread flow of the first code flow: source to sink, as the tool walked it. */
function flowOf(result: Json, ctx: RunContext, root: string, files: Map<string, SourceFile>): FlowStep[] {
  const thread = obj(arr(obj(arr(result.codeFlows)[0])?.threadFlows)[0]);
  const steps: FlowStep[] = [];
  for (const step of arr(thread?.locations)) {
    const location = obj(obj(step)?.location);
    const physical = obj(location?.physicalLocation);
    if (!physical) continue;
    const loc = physicalToPath(physical, ctx, root);
    if (loc.kind !== 'file') continue;
    const file = files.get(loc.path);
    const region = file ? toRegion(loc.region, file.text, ctx.codePoints) : rawRegion(loc.region);
    steps.push({ file: loc.path, region, message: str(obj(location?.message)?.text) ?? '' });
  }
  return steps;
}

function rawRegion(r: Json | undefined): Region {
  const startLine = Math.max(1, num(r?.startLine) ?? 1);
  const startColumn = Math.max(1, num(r?.startColumn) ?? 1);
  return {
    startLine,
    startColumn,
    endLine: Math.max(startLine, num(r?.endLine) ?? startLine),
    endColumn: Math.max(1, num(r?.endColumn) ?? startColumn),
  };
}
