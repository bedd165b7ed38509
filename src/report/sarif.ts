/**
 * SARIF 2.1.0 as DESIGN.md's "Public contracts" fixes it, shaped for GitHub code scanning.
 *
 * Decisions:
 * - One run per engine group: a finding goes in the run of its primary (first) engine; the
 *   others stay listed in `aigis/engines`. The built-in engine's run is named `aigis`, always
 *   comes first and always exists, since it carries the invocation (skipped files, diagnostics)
 *   and the PR's properties. Every engine that ran gets a run even when it found nothing, so a
 *   SARIF upload closes that engine's alerts that are gone.
 * - Fixed findings describe the base revision. By default they are NOT results: GitHub does not
 *   document `kind` or `baselineState`, so a result would open (or keep open, through its
 *   fingerprint) an alert at a base-side location of a commit that no longer has the code. They
 *   are kept, complete, in `run.properties["aigis/fixed"]`. `{ fixed: 'results' }` puts them in
 *   `results` instead, as `kind: "pass"`, `level: "none"`, `baselineState: "absent"`, for SARIF
 *   consumers that understand baselines.
 * - Suppressed findings stay results, with `suppressions` (accepted): GitHub shows them dismissed.
 * - Output is deterministic: no times, no absolute paths, stable ordering.
 */
import type {
  ArtifactChange,
  CodeFlow,
  Fix,
  Invocation,
  Location,
  Log,
  Notification,
  PhysicalLocation,
  PropertyBag,
  Region as SarifRegion,
  ReportingDescriptor,
  Result,
  Run,
  Suppression as SarifSuppression,
} from 'sarif';
import { cweTag, severityBand } from '../core/severity.js';
import type {
  Finding,
  Region,
  ReviewResult,
  RuleMeta,
  SkipReason,
  SkippedFile,
  Diagnostic,
} from '../core/types.js';
import { cmp, ordered, sortDiagnostics, summarize } from './summary.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The project's home page, shown by SARIF viewers for the `aigis` tool. */
export const AIGIS_INFORMATION_URI = 'https://github.com/aigis-dev/aigis';
/** Where the `aigis/v1` fingerprint comes from: bump when the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'aigis/v1';
export const BUILTIN_ENGINE = 'builtin';
export const SRCROOT = '%SRCROOT%';

const ENGINE_URIS: Record<string, string> = {
  codeql: 'https://codeql.github.com',
  aflpp: 'https://aflplus.plus',
};

export interface SarifOptions {
  /** Where fixed findings go; see the module comment. Default `properties`. */
  fixed?: 'properties' | 'results';
}

export function toSarif(result: ReviewResult, opts: SarifOptions = {}): Log {
  const fixedAsResults = opts.fixed === 'results';
  const findings = ordered(result.findings);
  const groups = new Map<string, Finding[]>();
  const engineNames = new Set<string>([BUILTIN_ENGINE, ...result.engines.map((e) => e.name)]);
  for (const f of findings) engineNames.add(primaryEngine(f));
  for (const name of engineNames) groups.set(name, []);
  for (const f of findings) groups.get(primaryEngine(f))!.push(f);

  const engines = [...engineNames].sort((a, b) =>
    a === BUILTIN_ENGINE ? -1 : b === BUILTIN_ENGINE ? 1 : cmp(a, b),
  );
  const runs = engines.map((engine) =>
    buildRun(result, engine, groups.get(engine) ?? [], fixedAsResults, engineNames),
  );
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
}

function primaryEngine(f: Finding): string {
  return f.engines[0] ?? BUILTIN_ENGINE;
}

function buildRun(
  result: ReviewResult,
  engine: string,
  findings: Finding[],
  fixedAsResults: boolean,
  runEngines: ReadonlySet<string>,
): Run {
  const builtin = engine === BUILTIN_ENGINE;
  const inResults = findings.filter((f) => fixedAsResults || f.status !== 'fixed');
  const fixed = findings.filter((f) => f.status === 'fixed');

  const rules = rulesFor(result, engine, findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const engineRun = result.engines.find((e) => e.name === engine);
  const version = builtin ? result.tool.version : engineRun?.version;

  const run: Run = {
    tool: {
      driver: {
        name: builtin ? 'aigis' : engine,
        ...(version ? { version } : {}),
        ...(builtin && isSemver(version) ? { semanticVersion: version } : {}),
        ...(builtin
          ? { informationUri: AIGIS_INFORMATION_URI }
          : ENGINE_URIS[engine]
            ? { informationUri: ENGINE_URIS[engine] }
            : {}),
        rules: rules.map(toDescriptor),
      },
    },
    automationDetails: {
      id: builtin ? 'aigis/' : `aigis/${engine}/`,
      description: {
        text: builtin ? `aigis ${result.mode}` : `aigis ${result.mode}: findings of the ${engine} engine`,
      },
    },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The root of the repository under review.' } },
    },
    invocations: [invocationFor(result, engine, runEngines)],
    results: inResults.map((f) => toResult(f, ruleIndex, result.mode === 'review')),
    properties: runProperties(result, engine, fixedAsResults ? [] : fixed),
  };
  return run;
}

/** This engine's rules, plus a stand-in for any rule a finding names but no engine described. */
function rulesFor(result: ReviewResult, engine: string, findings: Finding[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const r of result.rules) if (r.engine === engine && !byId.has(r.id)) byId.set(r.id, r);
  for (const f of findings) {
    if (byId.has(f.ruleId)) continue;
    byId.set(f.ruleId, result.rules.find((r) => r.id === f.ruleId) ?? standInRule(f, engine));
  }
  return [...byId.values()].sort((a, b) => cmp(a.id, b.id));
}

function standInRule(f: Finding, engine: string): RuleMeta {
  return {
    id: f.ruleId,
    name: f.ruleId,
    engine,
    cwes: f.cwes,
    message: f.message,
    description: f.message,
    severity: f.severity,
    precision: precisionOf(f.staticConfidence),
  };
}

function precisionOf(confidence: number): RuleMeta['precision'] {
  if (confidence >= 0.9) return 'very-high';
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}

export function sarifLevel(severity: number): 'error' | 'warning' | 'note' {
  if (severity >= 7) return 'error';
  if (severity >= 4) return 'warning';
  return 'note';
}

export function cweUri(cwe: number): string {
  return `https://cwe.mitre.org/data/definitions/${cwe}.html`;
}

function toDescriptor(rule: RuleMeta): ReportingDescriptor {
  const cwes = [...rule.cwes].sort((a, b) => a - b);
  const cweList = cwes.map((c) => `CWE-${c}`).join(', ');
  const helpText = [
    rule.description,
    cwes.length > 0 ? `Weakness: ${cweList}.` : '',
    `Severity ${rule.severity.toFixed(1)} (${severityBand(rule.severity)}), precision ${rule.precision}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  const helpMarkdown = [
    rule.description,
    cwes.length > 0 ? `**Weakness:** ${cwes.map((c) => `[CWE-${c}](${cweUri(c)})`).join(', ')}` : '',
    `**Severity:** ${rule.severity.toFixed(1)} (${severityBand(rule.severity)}) · **Precision:** ${rule.precision}`,
    rule.helpUri ? `[More information](${rule.helpUri})` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const helpUri = rule.helpUri ?? (cwes[0] !== undefined ? cweUri(cwes[0]) : undefined);
  return {
    id: rule.id,
    ...(rule.name && rule.name !== rule.id ? { name: rule.name } : {}),
    shortDescription: { text: rule.message },
    fullDescription: { text: rule.description },
    help: { text: helpText, markdown: helpMarkdown },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags: ['security', ...cwes.map(cweTag)],
      'security-severity': rule.severity.toFixed(1),
      precision: rule.precision,
      'problem.severity': sarifLevel(rule.severity) === 'note' ? 'recommendation' : sarifLevel(rule.severity),
    },
  };
}

/** `scan` compares against nothing, so its results carry no baselineState at all. */
function toResult(f: Finding, ruleIndex: Map<string, number>, hasBaseline: boolean): Result {
  const fixed = f.status === 'fixed';
  const index = ruleIndex.get(f.ruleId);
  const repair = f.repair?.outcome === 'proposed' ? f.repair : undefined;
  const flows = f.flow && f.flow.length > 0 ? f.flow : undefined;
  return {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    ...(fixed ? { kind: 'pass' as const, level: 'none' as const } : { level: sarifLevel(f.severity) }),
    message: { text: f.message },
    locations: [location(f.file, f.region, f.snippet)],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(hasBaseline
      ? { baselineState: f.status === 'new' ? 'new' : f.status === 'existing' ? 'unchanged' : 'absent' }
      : {}),
    ...(flows
      ? {
          codeFlows: [
            {
              threadFlows: [
                {
                  locations: flows.map((step) => ({
                    location: { ...location(step.file, step.region), message: { text: step.message } },
                  })),
                },
              ],
            } satisfies CodeFlow,
          ],
        }
      : {}),
    ...(f.suppressed ? { suppressions: [suppression(f)] } : {}),
    ...(repair && !fixed ? { fixes: [fix(repair.explanation, repair.edits)] } : {}),
    properties: resultProperties(f),
  };
}

function resultProperties(f: Finding): PropertyBag {
  const a = f.attribution;
  const props: PropertyBag = {
    'aigis/id': f.id,
    'aigis/status': f.status,
    'aigis/severity': f.severity,
    'aigis/staticConfidence': f.staticConfidence,
    // null, not absent: the key is part of the contract, and null says "no dynamic job covered it".
    'aigis/dynamicCoverage': f.dynamicCoverage ?? null,
    'aigis/dynamicEvidence': f.dynamicCoverage !== undefined,
    'aigis/score': f.score,
    'aigis/prioritized': f.prioritized,
    'aigis/ai': a?.ai ?? false,
    'aigis/aiTool': a?.tool ?? null,
    'aigis/aiConfidence': a?.confidence ?? 0,
    'aigis/aiEvidence': a?.evidence ?? [],
    'aigis/engines': f.engines,
    'aigis/cwes': f.cwes,
  };
  if (f.repair) {
    props['aigis/repair'] = {
      outcome: f.repair.outcome,
      strategy: f.repair.strategy,
      reviewGuidance: f.repair.reviewGuidance,
      ...(f.repair.rejectedBecause ? { rejectedBecause: f.repair.rejectedBecause } : {}),
      ...(f.repair.provenance ? { provenance: f.repair.provenance } : {}),
    };
  }
  return props;
}

function suppression(f: Finding): SarifSuppression {
  const s = f.suppressed!;
  return {
    kind: s.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    ...(s.reason ? { justification: s.reason } : {}),
    properties: {
      'aigis/reasonGiven': Boolean(s.reason),
      ...(s.via ? { 'aigis/suppressedBy': s.via } : {}),
      ...(s.expires ? { 'aigis/expires': s.expires } : {}),
    },
  };
}

function fix(explanation: string, edits: { file: string; region: Region; text: string }[]): Fix {
  const byFile = new Map<string, ArtifactChange>();
  for (const e of edits) {
    let change = byFile.get(e.file);
    if (!change) {
      change = { artifactLocation: { uri: toUri(e.file), uriBaseId: SRCROOT }, replacements: [] };
      byFile.set(e.file, change);
    }
    change.replacements.push({ deletedRegion: region(e.region), insertedContent: { text: e.text } });
  }
  return {
    description: { text: explanation },
    artifactChanges: [...byFile.entries()].sort((a, b) => cmp(a[0], b[0])).map(([, c]) => c),
  };
}

function location(file: string, r?: Region, snippet?: string): Location {
  const physical: PhysicalLocation = { artifactLocation: { uri: toUri(file), uriBaseId: SRCROOT } };
  if (r) {
    const reg = region(r);
    if (snippet) reg.snippet = { text: snippet };
    physical.region = reg;
  }
  return { physicalLocation: physical };
}

/** SARIF lines and columns are 1-based; anything else is dropped rather than made invalid. */
function region(r: Region): SarifRegion {
  const out: SarifRegion = { startLine: Math.max(1, r.startLine) };
  if (r.startColumn >= 1) out.startColumn = r.startColumn;
  if (r.endLine >= out.startLine!) {
    out.endLine = r.endLine;
    const sameLine = r.endLine === out.startLine;
    if (r.endColumn >= 1 && (!sameLine || r.endColumn >= (out.startColumn ?? 1))) out.endColumn = r.endColumn;
  }
  return out;
}

/**
 * A repository-relative path as a relative URI reference: each segment percent-encoded, so spaces,
 * `#`, `?`, `%` and a `:` that would read as a scheme cannot change what it points to.
 */
export function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

const SKIP_LEVEL: Record<SkipReason, 'warning' | 'note'> = {
  binary: 'note',
  submodule: 'note',
  symlink: 'note',
  'too-large': 'warning',
  generated: 'note',
  minified: 'note',
  'invalid-utf8': 'warning',
  'unsupported-language': 'note',
  'malformed-diff': 'warning',
  unreadable: 'warning',
  'ignored-path': 'note',
};

function engineOfDiagnostic(d: Diagnostic): string | undefined {
  const m = /^analyze\/(.+)$/.exec(d.source);
  return m?.[1];
}

/** Skipped files and diagnostics, so nothing the run met is lost; each lands in exactly one run. */
function invocationFor(result: ReviewResult, engine: string, runEngines: ReadonlySet<string>): Invocation {
  const builtin = engine === BUILTIN_ENGINE;
  const mine = sortDiagnostics(result.diagnostics).filter((d) => {
    const e = engineOfDiagnostic(d);
    return (e !== undefined && runEngines.has(e) ? e : BUILTIN_ENGINE) === engine;
  });
  const notifications: Notification[] = [];
  if (builtin) {
    const skipped = [...result.skipped].sort((a, b) => cmp(a.path, b.path) || cmp(a.reason, b.reason));
    notifications.push(...skipped.map(skipNotification));
  }
  notifications.push(
    ...mine.map((d): Notification => ({
      level: d.level,
      message: { text: d.message },
      descriptor: { id: `aigis/diagnostic/${d.source}` },
      ...(d.file ? { locations: [location(d.file)] } : {}),
      properties: { 'aigis/source': d.source },
    })),
  );
  return {
    executionSuccessful: !mine.some((d) => d.level === 'error'),
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
}

function skipNotification(s: SkippedFile): Notification {
  return {
    level: SKIP_LEVEL[s.reason],
    message: { text: `Skipped ${s.path}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}.` },
    descriptor: { id: `aigis/skipped/${s.reason}` },
    locations: [location(s.path)],
    properties: { 'aigis/skipReason': s.reason, 'aigis/skipDetail': s.detail },
  };
}

function runProperties(result: ReviewResult, engine: string, fixed: Finding[]): PropertyBag {
  const props: PropertyBag = { 'aigis/engine': engine };
  if (fixed.length > 0) {
    props['aigis/fixed'] = fixed.map((f) => ({
      id: f.id,
      ruleId: f.ruleId,
      cwes: f.cwes,
      message: f.message,
      file: f.file,
      region: f.region,
      severity: f.severity,
      fingerprint: f.fingerprint,
      engines: f.engines,
      baselineState: 'absent',
    }));
  }
  if (engine !== BUILTIN_ENGINE) return props;

  const summary = summarize(result);
  const meta = result.meta;
  const engineRuns = [...result.engines]
    .sort((a, b) => cmp(a.name, b.name))
    .map((e) => ({
      name: e.name,
      version: e.version,
      filesAnalyzed: e.filesAnalyzed,
      ...(e.via ? { via: e.via } : {}),
    }));
  return {
    ...props,
    'aigis/mode': result.mode,
    ...(result.base ? { 'aigis/base': result.base } : {}),
    ...(result.head ? { 'aigis/head': result.head } : {}),
    ...(meta?.number !== undefined ? { 'aigis/pullRequest': meta.number } : {}),
    ...(meta?.baseRef ? { 'aigis/baseRef': meta.baseRef } : {}),
    ...(meta?.headRef ? { 'aigis/headRef': meta.headRef } : {}),
    'aigis/verdict': summary.verdict,
    'aigis/counts': summary.counts,
    'aigis/newBySeverity': summary.newByBand,
    'aigis/cweLedger': summary.cwes,
    'aigis/weights': result.weights,
    'aigis/engines': engineRuns,
    'aigis/dynamicEvidence': summary.dynamicEvidence,
    ...(summary.ai
      ? {
          'aigis/aiShare': summary.ai.share,
          'aigis/addedLines': summary.ai.addedLines,
          'aigis/aiTools': Object.fromEntries(summary.ai.tools.map((t) => [t.tool, t.lines])),
        }
      : {}),
    'aigis/filesAnalyzed': result.files.length,
    'aigis/filesSkipped': result.skipped.length,
  };
}

function isSemver(v: string | undefined): v is string {
  return v !== undefined && /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(v);
}
