/**
 * Every documented marker and every trap, as real commits in a real repository, through collect and
 * attribute: the labelled set of `npm run bench`, held to exact answers here.
 */
import signatureData from '../../src/data/ai-signatures.json' with { type: 'json' };
import { attribute } from '../../src/stages/attribute/index.js';
import { Ajv } from 'ajv';
import type { Commit } from '../../src/core/types.js';
import {
  SIGNATURE_SCHEMA,
  SignatureError,
  extendTable,
  matchCommit,
  validateTable,
  type SignatureTable,
} from '../../src/stages/attribute/signatures.js';
import type { GitRepo } from '../helpers/git-repo.js';
import {
  LABELLED_COMMITS,
  LABELLED_PRS,
  buildCorpusRepo,
  collectCorpus,
  meets,
  type LabelledCommit,
} from './corpus.js';

const table = signatureData as SignatureTable;

describe('the signature table', () => {
  it('is valid, versioned and covers at least 12 AI tools', () => {
    expect(() => validateTable(table)).not.toThrow();
    expect(table.version).toBeGreaterThanOrEqual(2);
    const tools = new Set(table.signatures.filter((s) => s.class !== 'automation').map((s) => s.tool));
    expect(tools.size).toBeGreaterThanOrEqual(12);
  });

  it('never matches a bare name: every identity signature has an address, an id or a marker pattern', () => {
    for (const s of table.signatures) {
      if (s.kind !== 'author' && s.kind !== 'committer') continue;
      const strong = s.email ?? s.noreplyId ?? s.noreplyLogin;
      // The only name pattern allowed is a marker a tool appends, never a name on its own.
      if (strong === undefined) expect(s.namePattern).toBe(' \\(aider\\)$');
    }
  });
});

describe('user signatures', () => {
  const commit = (message: string): Commit => ({
    sha: 'c',
    parents: [],
    author: { name: 'Ada', email: 'ada@example.org' },
    committer: { name: 'Ada', email: 'ada@example.org' },
    message,
  });

  it('every bundled signature fits the schema a config file is checked against', () => {
    const validate = new Ajv({ allErrors: true }).compile(SIGNATURE_SCHEMA);
    for (const s of table.signatures)
      expect([s.tool, validate(s), validate.errors]).toEqual([s.tool, true, null]);
  });

  it("adds a team's own marker to the bundled table", () => {
    const mine = extendTable(table, [
      { tool: 'Windsurf', kind: 'trailer', key: 'X-AI-Tool', pattern: '^Windsurf$', confidence: 0.9 },
    ]);
    expect(matchCommit(commit('Add x\n\nX-AI-Tool: Windsurf\n'), mine)).toEqual([
      { tool: 'Windsurf', class: 'ai', confidence: 0.9, evidence: 'trailer X-Ai-Tool: Windsurf' },
    ]);
    expect(
      matchCommit(commit('Add x\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n'), mine)[0]!.tool,
    ).toBe('Cursor');
  });

  it.each([
    [{ tool: 'X', kind: 'trailer', pattern: 'a', confidence: 0.5 }, /needs a key/],
    [{ tool: 'X', kind: 'message', pattern: '(', confidence: 0.5 }, /bad pattern/],
    [{ tool: 'X', kind: 'author', noreplyLogin: 'someone', confidence: 0.5 }, /\[bot\] logins only/],
    [{ tool: 'X', kind: 'author', email: 'a@b', confidence: 2 }, /confidence/],
  ] as const)('refuses a broken signature: %j', (sig, message) => {
    expect(() => extendTable(table, [sig])).toThrow(SignatureError);
    expect(() => extendTable(table, [sig])).toThrow(message);
  });
});

describe('labelled commits in a real repository', () => {
  let repo: GitRepo;
  let files: string[];
  let result: ReturnType<typeof attribute>;
  let shas: Record<string, string>;

  beforeAll(async () => {
    ({ repo, files } = await buildCorpusRepo(LABELLED_COMMITS));
    const pr = await collectCorpus(repo);
    result = attribute(pr, table);
    shas = {};
    files.forEach((file, i) => {
      shas[LABELLED_COMMITS[i]!.name] = pr.lineCommits[file]![1]!;
    });
  });
  afterAll(() => repo.cleanup());

  const markers = LABELLED_COMMITS.filter((c) => c.expect.ai);
  const traps = LABELLED_COMMITS.filter((c) => !c.expect.ai);

  it('holds at least 12 distinct tools', () => {
    expect(new Set(markers.map((c) => (c.expect.ai ? c.expect.tool : ''))).size).toBeGreaterThanOrEqual(12);
  });

  it.each(markers.map((c) => [c.name, c] as [string, LabelledCommit]))('%s', (_name, c) => {
    const i = LABELLED_COMMITS.indexOf(c);
    const a = result.commits[shas[c.name]!]!;
    expect(a).toMatchObject({ ai: true, tool: (c.expect as { tool: string }).tool });
    expect(a.confidence).toBeGreaterThanOrEqual(0.8);
    expect(a.evidence.length).toBeGreaterThan(0);
    // The lines follow their commit.
    expect(result.lines[files[i]!]![2]).toEqual(a);
  });

  it.each(traps.map((c) => [c.name, c] as [string, LabelledCommit]))('%s', (_name, c) => {
    const a = result.commits[shas[c.name]!]!;
    expect(meets(c.expect, a)).toBe(true);
    expect(a.ai).toBe(false);
    expect(a.confidence).toBe(0);
  });

  it('writes the evidence that fired, as the commit has it', () => {
    const a = result.commits[shas[LABELLED_COMMITS[0]!.name]!]!;
    expect(a.evidence).toEqual([
      'trailer Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>',
      'message line "🤖 Generated with [Claude Code](https://claude.ai/code)"',
    ]);
    expect(a.confidence).toBe(0.99);
  });

  it('sums it up in one sentence, never calling the rest "human"', () => {
    expect(result.summary).toMatch(/^\d+% of \d+ added lines attributed to AI: /);
    expect(result.summary).not.toMatch(/human/i);
  });
});

describe('PR-level signals', () => {
  let repo: GitRepo;

  beforeAll(async () => {
    ({ repo } = await buildCorpusRepo([
      { name: 'plain', expect: { ai: false }, message: 'Implement the feature' },
      {
        name: 'own evidence',
        expect: { ai: true, tool: 'Cursor' },
        message: 'Polish\n\nCo-authored-by: Cursor <cursoragent@cursor.com>\n',
      },
      {
        name: 'dependabot',
        expect: { ai: false },
        author: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
        message: 'Bump x',
      },
    ]));
  });
  afterAll(() => repo.cleanup());

  it.each(LABELLED_PRS.map((p) => [p.name, p] as const))('%s', async (_name, p) => {
    const pr = await collectCorpus(repo, p.meta);
    const [plain, cursor, bot] = pr.commits;
    const result = attribute(pr, table);
    const a = result.commits[plain!.sha]!;
    expect(meets(p.expect, a)).toBe(true);
    if (p.expect.ai) {
      // Weakened: a PR-level signal says less about each commit than the commit's own markers.
      expect(a.confidence).toBeLessThan(0.8);
      expect(a.evidence.every((e) => e.endsWith('(PR-level)'))).toBe(true);
    }
    // A commit with its own evidence keeps it; a bot's commit stays the bot's.
    expect(result.commits[cursor!.sha]).toMatchObject({ ai: true, tool: 'Cursor' });
    expect(result.commits[bot!.sha]).toMatchObject({ ai: false, automation: true, tool: 'dependabot' });
  });
});
