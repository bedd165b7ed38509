/**
 * AI provenance through the whole review, as the reports show it: the PR-level sentence with its
 * evidence, the findings on AI lines, "no AI signal" (never "human"), and notes from the event's PR.
 */
import type { EngineSetup } from '../../src/composition.js';
import { render } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { createEngines, runReview } from '../pipeline/support.js';

const CLAUDE = 'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>';

let setup: EngineSetup;
let repo: GitRepo;
beforeAll(async () => {
  setup = await createEngines(process.cwd());
});
beforeEach(async () => {
  repo = await GitRepo.create();
  await repo.write('app.py', 'import os\n');
  await repo.commit('base');
  repo.checkoutNew('feature');
});
afterEach(() => repo.cleanup());

describe('AI provenance in the reports', () => {
  it('states the share, the tool and the evidence, and marks the finding on AI lines', async () => {
    await repo.write('app.py', 'import os\n\n\ndef backup(name):\n    os.system("tar czf /b/" + name)\n');
    await repo.commit('Add backup', { trailers: [CLAUDE] });
    await repo.write('util.py', 'def add(a, b):\n    return a + b\n');
    await repo.commit('Add util');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const sentence = `67% of 6 added lines attributed to Claude Code (trailer ${CLAUDE} in 1 of 2 commits)`;
    expect(result.provenance!.summary).toBe(sentence);
    const finding = result.findings.find((f) => f.file === 'app.py');
    expect(finding?.attribution).toMatchObject({ ai: true, tool: 'Claude Code' });

    const markdown = render(result, 'markdown');
    expect(markdown).toContain('**AI provenance:** 67% of 6 added lines attributed to Claude Code');
    expect(markdown).toContain('in 1 of 2 commits\\)');
    expect(render(result, 'text')).toContain(sentence);
  });

  it('says "no AI signal", never "human", when nothing fired', async () => {
    await repo.write('util.py', 'def add(a, b):\n    return a + b\n');
    await repo.commit('Add util', { author: { name: 'Claude Monet', email: 'claude@example.org' } });
    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    expect(result.provenance!.summary).toBe('no AI signal on the 2 added lines');
    for (const format of ['markdown', 'text'] as const) {
      const report = render(result, format);
      expect(report).toContain('no AI signal on the 2 added lines');
      expect(report).not.toMatch(/\bhuman\b/i);
    }
  });

  it('uses PR-level signals from the event and git notes from the repository', async () => {
    await repo.write('util.py', 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n');
    const sha = await repo.commit('Add util');
    repo.git('notes', '--ref=ai', 'add', '-m', '{"tool": "Amp", "files": {"util.py": [[1, 2]]}}', sha);
    const result = await runReview(repo, setup, {
      base: 'main',
      head: 'feature',
      meta: { author: { login: 'Copilot', id: 198982749, type: 'Bot' } },
    });
    const lines = result.provenance!.lines['util.py']!;
    expect(lines[1]).toMatchObject({ ai: true, tool: 'Amp', confidence: 0.97 });
    expect(lines[5]).toMatchObject({ ai: true, tool: 'GitHub Copilot coding agent' });
    expect(lines[5]!.confidence).toBeLessThan(0.8);
    expect(result.provenance!.tools).toEqual({ 'GitHub Copilot coding agent': 4, Amp: 2 });
    expect(result.diagnostics.filter((d) => d.source === 'attribute')).toEqual([]);
  });
});
