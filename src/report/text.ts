/**
 * Terminal output: the verdict first, then one line per finding in a form editors and terminals
 * turn into links (`path:line:col`). Text from the PR has its control characters made visible, so
 * a hostile file name cannot move the cursor or recolour the screen.
 */
import { llmUsageSentence, outcomeSentence } from './repair-lines.js';
import { severityBand, type SeverityBand } from '../core/severity.js';
import type { EngineRun, Finding, FindingStatus, ReviewResult } from '../core/types.js';
import { stripControls as clean } from './escape.js';
import { fuzzSummary } from './fuzz.js';
import { aiShareSentence, BANDS, cmp, fmtScore, ordered, sortDiagnostics, summarize } from './summary.js';

export interface TextOptions {
  color: boolean;
}

type Paint = (code: string, s: string) => string;

const BAND_COLOR: Record<SeverityBand, string> = {
  critical: '1;31',
  high: '31',
  medium: '33',
  low: '36',
  none: '2',
};

const HEADINGS: Record<FindingStatus, string> = {
  new: 'New findings',
  existing: 'Existing findings (already in the base)',
  fixed: 'Fixed by this change (base side)',
};

export function toText(result: ReviewResult, opts: TextOptions): string {
  const paint: Paint = opts.color ? (code, s) => `\x1b[${code}m${s}\x1b[0m` : (_code, s) => s;
  const s = summarize(result);
  const v = result.verdict;
  const out: string[] = [
    v.passed
      ? paint('1;32', `✔ aigis: gate passed — ${v.reason}`)
      : paint('1;31', `✖ aigis: gate failed — ${v.reason}`),
  ];

  const findings = ordered(result.findings);
  for (const status of ['new', 'existing', 'fixed'] as const) {
    const group = findings.filter((f) => f.status === status);
    if (group.length === 0) continue;
    const quiet = group.filter((f) => f.suppressed).length;
    out.push(
      '',
      paint('1', `${HEADINGS[status]} (${group.length}${quiet > 0 ? `, ${quiet} suppressed` : ''})`),
    );
    for (const f of group) out.push(findingLine(f, paint));
  }

  if (result.skipped.length > 0) {
    out.push('', paint('1', `Skipped files (${result.skipped.length})`));
    for (const sk of [...result.skipped].sort((a, b) => cmp(a.path, b.path))) {
      out.push(`  ${clean(sk.path)}  ${sk.reason}${sk.detail ? `: ${clean(sk.detail)}` : ''}`);
    }
  }
  if (result.diagnostics.length > 0) {
    out.push('', paint('1', `Diagnostics (${result.diagnostics.length})`));
    const levelColor = { error: '31', warning: '33', note: '2' } as const;
    for (const d of sortDiagnostics(result.diagnostics)) {
      const file = d.file ? ` ${clean(d.file)}:` : '';
      // Multi-line messages (a rule file's list of errors) stay readable: one cleaned line each.
      const [first = '', ...rest] = d.message.split('\n');
      out.push(`  ${paint(levelColor[d.level], d.level)} [${clean(d.source)}]${file} ${clean(first)}`);
      for (const more of rest) out.push(`      ${clean(more.trim())}`);
    }
  }

  out.push('', paint('1', 'Totals'));
  const bands = BANDS.filter((b) => s.newByBand[b] > 0)
    .map((b) => `${s.newByBand[b]} ${b}`)
    .join(', ');
  out.push(
    `  new ${s.counts.new}${bands ? ` (${bands})` : ''}, existing ${s.counts.existing}, fixed ${s.counts.fixed}, suppressed ${s.counts.suppressed}`,
  );
  if (s.cwes.introduced.length > 0 || s.cwes.fixed.length > 0) {
    const list = (c: number[]) => (c.length > 0 ? c.map((n) => `CWE-${n}`).join(', ') : 'none');
    const d = s.cwes.severityDelta;
    out.push(
      `  CWEs introduced: ${list(s.cwes.introduced)}; fixed: ${list(s.cwes.fixed)}; net severity ${d > 0 ? '+' : ''}${d.toFixed(1)}`,
    );
  }
  const ai = aiShareSentence(s);
  if (ai) out.push(`  ${clean(ai)}`);
  if (s.repairs.proposed + s.repairs.rejected > 0) {
    out.push(`  repairs: ${s.repairs.proposed} proposed, ${s.repairs.rejected} rejected`);
  }
  if (result.repair) out.push(`  repair outcome: ${clean(outcomeSentence(result.repair.overall))}`);
  if (result.repair?.llm) out.push(`  LLM: ${clean(llmUsageSentence(result.repair.llm))}`);
  if (result.fuzz) {
    const fz = fuzzSummary(result.fuzz);
    out.push(`  fuzz: ${clean(fz.headline)}`, ...fz.details.map((d) => `    ${clean(d)}`));
  }
  if (!s.dynamicEvidence) out.push('  no dynamic evidence (no fuzz job covered these findings)');
  out.push(
    `  ${result.files.length} file${result.files.length === 1 ? '' : 's'} analysed, ${result.skipped.length} skipped`,
  );
  if (result.engines.length > 0) {
    const engines = [...result.engines].sort((a, b) => cmp(a.name, b.name)).map(engineRunText);
    out.push(`  engines: ${engines.join(', ')}`);
  }
  return out.join('\n') + '\n';
}

/** `codeql 2.21.0 via sarif (1.2 s)`: which tool, which version, and how long it took here. */
function engineRunText(e: EngineRun): string {
  const version = e.version ? ` ${clean(e.version)}` : '';
  const via = e.via ? ` via ${clean(e.via)}` : '';
  const ms = e.durationMs < 1000 ? `${Math.round(e.durationMs)} ms` : `${(e.durationMs / 1000).toFixed(1)} s`;
  return `${clean(e.name)}${version}${via} (${ms})`;
}

function findingLine(f: Finding, paint: Paint): string {
  const band = severityBand(f.severity);
  const where = `${clean(f.file)}:${f.region.startLine}:${f.region.startColumn}`;
  const sev = paint(BAND_COLOR[band], band.toUpperCase().padEnd(8));
  const cwe = (f.cwes.length > 0 ? f.cwes.map((c) => `CWE-${c}`).join(',') : '-').padEnd(7);
  const parts = [`  ${where}`, sev, cwe, clean(f.ruleId), clean(f.message)];
  const tags: string[] = [];
  const a = f.attribution;
  if (a?.ai) tags.push(paint('35', `[AI: ${clean(a.tool ?? 'unknown tool')} ${fmtScore(a.confidence)}]`));
  if (f.status !== 'fixed') tags.push(paint('2', `[score ${fmtScore(f.score)}]`));
  if (f.suppressed) {
    tags.push(
      paint(
        '2',
        `[suppressed${f.suppressed.via ? ` by ${clean(f.suppressed.via)}` : ''}${f.suppressed.reason ? `: ${clean(f.suppressed.reason)}` : ', no reason given'}]`,
      ),
    );
  }
  if (f.repair)
    tags.push(
      f.repair.outcome !== 'proposed'
        ? paint('2', '[no fix]')
        : f.repair.strategy === 'llm'
          ? paint('32', `[LLM fix proposed: ${clean(f.repair.provenance?.model ?? 'model')}]`)
          : paint('32', '[fix proposed]'),
    );
  const line = [...parts, ...tags].join('  ');
  // The evidence is what lets a reader check (or dispute) an AI attribution.
  if (!a?.ai || a.evidence.length === 0) return line;
  return `${line}\n${paint('2', `      AI evidence: ${a.evidence.map(clean).join('; ')}`)}`;
}
