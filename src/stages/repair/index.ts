/**
 * repair (rule strategy): a rule's deterministic fix is proposed only after verification shows
 * that the file still parses, the target finding is gone, and no finding of any CWE appeared.
 */
import type { Engine, SourceFile } from '../../core/adapters.js';
import { applyEdits } from '../../core/text-edits.js';
import type { EngineFinding, Finding, Language, Repair } from '../../core/types.js';
import { fingerprint } from '../rank/fingerprint.js';

export interface RepairSupport {
  parses(language: Language, text: string): Promise<boolean>;
}

export interface RepairInput {
  findings: Finding[];
  engineFindings: EngineFinding[];
  sources: SourceFile[];
  engines: Engine[];
  support: RepairSupport;
}

export async function repairFindings(input: RepairInput): Promise<Finding[]> {
  const out: Finding[] = [];
  for (const finding of input.findings) {
    if (finding.status !== 'new' || finding.suppressed || !finding.prioritized) {
      out.push(finding);
      continue;
    }
    const candidate = input.engineFindings.find(
      (e) =>
        e.side === 'head' &&
        e.fix &&
        e.file === finding.file &&
        e.ruleId === finding.ruleId &&
        e.region.startLine === finding.region.startLine &&
        e.region.startColumn === finding.region.startColumn &&
        fingerprint(e) === finding.fingerprint,
    );
    const source = input.sources.find((s) => s.side === 'head' && s.path === finding.file);
    if (!candidate?.fix || !source) {
      out.push(finding);
      continue;
    }
    out.push({ ...finding, repair: await verify(finding, candidate, source, input) });
  }
  return out;
}

async function verify(
  finding: Finding,
  candidate: EngineFinding,
  source: SourceFile,
  input: RepairInput,
): Promise<Repair> {
  const fix = candidate.fix!;
  const repair: Repair = {
    findingId: finding.id,
    strategy: 'rule',
    edits: fix.edits,
    explanation: fix.description,
    reviewGuidance: fix.guidance,
    verification: { targetRemoved: false, introduced: [], parses: false },
    outcome: 'rejected',
  };
  let fixed: string;
  try {
    fixed = applyEdits(source.text, fix.edits);
  } catch (e) {
    return { ...repair, rejectedBecause: `the fix's edits do not apply: ${(e as Error).message}` };
  }
  repair.verification.parses = await input.support.parses(source.language, fixed);
  if (!repair.verification.parses) return { ...repair, rejectedBecause: 'the fixed file does not parse' };

  const before = input.engineFindings.filter((e) => e.side === 'head' && e.file === source.path);
  const after: EngineFinding[] = [];
  for (const engine of input.engines) {
    try {
      const r = await engine.analyze([{ ...source, text: fixed }]);
      after.push(...r.findings);
    } catch (e) {
      // Unverified is not proposed: that engine might have found something the fix introduced.
      const why = e instanceof Error ? e.message : String(e);
      return { ...repair, rejectedBecause: `engine ${engine.name} failed on the fixed file: ${why}` };
    }
  }
  const remaining = countBy(before.map(fingerprint));
  const introduced: EngineFinding[] = [];
  let targetLeft = 0;
  for (const f of after) {
    const fp = fingerprint(f);
    if (fp === finding.fingerprint) targetLeft++;
    const n = remaining.get(fp) ?? 0;
    if (n > 0) remaining.set(fp, n - 1);
    else introduced.push(f);
  }
  const targetBefore = before.filter((f) => fingerprint(f) === finding.fingerprint).length;
  repair.verification.targetRemoved = targetLeft < targetBefore;
  repair.verification.introduced = introduced;
  if (!repair.verification.targetRemoved)
    return { ...repair, rejectedBecause: 'the finding is still there after the fix' };
  if (introduced.length > 0) {
    const cwes = [...new Set(introduced.flatMap((f) => f.cwes))].map((c) => `CWE-${c}`).join(', ');
    return { ...repair, rejectedBecause: `the fix introduces ${introduced.length} new finding(s) (${cwes})` };
  }
  return { ...repair, outcome: 'proposed' };
}

function countBy(keys: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}
