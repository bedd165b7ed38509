/**
 * `npm run bench`: AI attribution quality and speed, printed (not asserted).
 *
 * 1. Precision and recall over the labelled set (__tests__/attribute/corpus.ts: commits with each
 *    tool's documented markers, PR-level signals, and traps), at commit level. A positive is a commit
 *    attributed to AI; it is a true positive only when the label is AI *and* the tool is right.
 * 2. Time to collect and attribute a PR of 200 commits and 5,000 added lines in a real repository
 *    (built with git fast-import), median of a few runs; and the attribute stage alone.
 */
import { createLocalGit } from '../src/adapters/git.js';
import type { Attribution } from '../src/core/types.js';
import signatureData from '../src/data/ai-signatures.json' with { type: 'json' };
import { languageForPath } from '../src/parsing/languages.js';
import { attribute } from '../src/stages/attribute/index.js';
import type { SignatureTable } from '../src/stages/attribute/signatures.js';
import { collect } from '../src/stages/collect/index.js';
import {
  LABELLED_COMMITS,
  LABELLED_PRS,
  buildCorpusRepo,
  collectCorpus,
  quietLog,
  type Expectation,
} from '../__tests__/attribute/corpus.js';
import { GitRepo } from '../__tests__/helpers/git-repo.js';

const table = signatureData as SignatureTable;
const COMMITS = 200;
const FILES = 50;
const LINES_PER_COMMIT = 25;
const RUNS = 3;

interface Score {
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  misses: string[];
}

function score(s: Score, name: string, expect: Expectation, got: Attribution): void {
  if (expect.ai) s.positives++;
  else s.negatives++;
  if (expect.ai) {
    if (got.ai && got.tool === expect.tool) s.tp++;
    else {
      s.fn++;
      if (got.ai) s.fp++;
      s.misses.push(`missed: ${name} (got ${got.ai ? got.tool : 'no AI signal'})`);
    }
  } else if (got.ai) {
    s.fp++;
    s.misses.push(`false positive: ${name} (got ${got.tool})`);
  } else s.tn++;
}

async function quality(): Promise<Score> {
  const s: Score = { positives: 0, negatives: 0, tp: 0, fp: 0, fn: 0, tn: 0, misses: [] };
  const { repo, files } = await buildCorpusRepo(LABELLED_COMMITS);
  try {
    const pr = await collectCorpus(repo);
    const p = attribute(pr, table);
    LABELLED_COMMITS.forEach((c, i) => {
      const sha = pr.lineCommits[files[i]!]![1]!;
      score(s, c.name, c.expect, p.commits[sha]!);
    });
  } finally {
    await repo.cleanup();
  }
  const plain = await buildCorpusRepo([{ name: 'plain', expect: { ai: false }, message: 'Implement it' }]);
  try {
    for (const labelled of LABELLED_PRS) {
      const pr = await collectCorpus(plain.repo, labelled.meta);
      const p = attribute(pr, table);
      score(s, `PR: ${labelled.name}`, labelled.expect, p.commits[pr.commits[0]!.sha]!);
    }
  } finally {
    await plain.repo.cleanup();
  }
  return s;
}

/** A repository with FILES files on main and COMMITS commits on feature, each adding lines to one file. */
async function bigRepo(): Promise<GitRepo> {
  const repo = await GitRepo.create();
  const chunks: Buffer[] = [];
  const data = (text: string): void => {
    const bytes = Buffer.from(text, 'utf8');
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
  };
  const contents: string[] = Array.from({ length: FILES }, (_, f) => `"""Module ${f}."""\n\nimport os\n`);
  const when = 1_700_000_000;
  chunks.push(
    Buffer.from(`commit refs/heads/main\nmark :1\ncommitter Ada <ada@example.org> ${when} +0000\n`),
  );
  data('base');
  contents.forEach((text, f) => {
    chunks.push(Buffer.from(`M 100644 inline src/mod${f}.py\n`));
    data(text);
  });
  // The labelled set's markers, in turn: a realistic mix of AI tools, bots and plain commits.
  for (let i = 0; i < COMMITS; i++) {
    const label = LABELLED_COMMITS[i % LABELLED_COMMITS.length]!;
    const author = label.author ?? { name: 'Ada Lovelace', email: 'ada@example.org' };
    const f = i % FILES;
    const added = Array.from(
      { length: LINES_PER_COMMIT },
      (_, k) => `v_${i}_${k} = os.environ.get("K_${i}_${k}", "${k}")\n`,
    ).join('');
    contents[f] += added;
    chunks.push(
      Buffer.from(
        `commit refs/heads/feature\nmark :${i + 2}\nauthor ${author.name} <${author.email}> ${when + i + 1} +0000\n` +
          `committer ${author.name} <${author.email}> ${when + i + 1} +0000\n`,
      ),
    );
    data(label.message);
    chunks.push(Buffer.from(`from :${i + 1}\nM 100644 inline src/mod${f}.py\n`));
    data(contents[f]!);
  }
  repo.runBytes('git', ['fast-import', '--quiet'], { input: Buffer.concat(chunks) });
  return repo;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function speed(): Promise<{
  total: number[];
  attributeOnly: number[];
  lines: number;
  commits: number;
}> {
  const repo = await bigRepo();
  const total: number[] = [];
  const attributeOnly: number[] = [];
  let lines = 0;
  let commits = 0;
  try {
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const pr = await collect(
        { base: 'main', head: 'feature', languageForPath },
        createLocalGit(repo.dir),
        quietLog,
      );
      const t1 = performance.now();
      const p = attribute(pr, table);
      const t2 = performance.now();
      total.push(t2 - t0);
      attributeOnly.push(t2 - t1);
      lines = p.addedLines;
      commits = pr.commits.length;
    }
  } finally {
    await repo.cleanup();
  }
  return { total, attributeOnly, lines, commits };
}

const out = (line = ''): boolean => process.stdout.write(`${line}\n`);

const q = await quality();
const precision = q.tp / Math.max(1, q.tp + q.fp);
const recall = q.tp / Math.max(1, q.tp + q.fn);
out('AI attribution benchmark');
out(`signature table v${table.version}: ${table.signatures.length} signatures`);
out();
out(
  `labelled set: ${q.positives} commits with a documented marker, ${q.negatives} traps (commit and PR level)`,
);
out(`  true positives ${q.tp}, false positives ${q.fp}, false negatives ${q.fn}, true negatives ${q.tn}`);
out(`  precision ${precision.toFixed(3)} (target >= 0.99)   recall ${recall.toFixed(3)} (target >= 0.95)`);
for (const m of q.misses) out(`  ${m}`);
out();
const s = await speed();
out(
  `PR of ${s.commits} commits and ${s.lines} added lines (collect with git blame + attribute), ${RUNS} runs:`,
);
out(
  `  collect + attribute: median ${(median(s.total) / 1000).toFixed(2)} s (runs: ${s.total.map((t) => (t / 1000).toFixed(2)).join(', ')} s; target < 5 s)`,
);
out(`  attribute alone:     median ${median(s.attributeOnly).toFixed(1)} ms`);
