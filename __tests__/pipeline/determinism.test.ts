/** The same PR reviewed twice gives the same report, byte for byte, apart from how long it took. */
import type { EngineSetup } from '../../src/composition.js';
import type { ReviewResult } from '../../src/core/types.js';
import { render } from '../../src/report/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { CLAUDE_CODE_TRAILERS, CURSOR_CO_AUTHOR, createEngines, runReview } from './support.js';

/** The JSON report without what a clock measured. */
function timeless(result: ReviewResult): string {
  const report = JSON.parse(render(result, 'json')) as Record<string, unknown> & {
    engines: Record<string, unknown>[];
  };
  delete report.timings;
  for (const engine of report.engines) delete engine.durationMs;
  return JSON.stringify(report, null, 2);
}

describe('review: determinism', () => {
  let setup: EngineSetup;
  let repo: GitRepo;
  beforeAll(async () => {
    setup = await createEngines(process.cwd());
    repo = await GitRepo.create();
    await repo.write('app/tools.py', 'import os\n\n\ndef backup(n):\n    os.system("tar " + n)\n');
    await repo.write('web/a.js', 'const x = 1;\nmodule.exports = { x };\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write(
      'web/a.js',
      "const { exec } = require('child_process');\nconst x = 1;\nfunction run(n) {\n  exec(`ls ${n}`);\n  exec(`ls ${n}`);\n}\nmodule.exports = { x, run };\n",
    );
    await repo.write(
      'native/l.c',
      '#include <string.h>\nvoid f(const char *s) {\n    char b[8];\n    strcpy(b, s);\n}\n',
    );
    await repo.write('blob.py', new Uint8Array([0, 1, 2, 0x0a]));
    await repo.commit('AI work', { trailers: CLAUDE_CODE_TRAILERS });
    await repo.write(
      'app/tools.py',
      'import subprocess\n\n\ndef backup(n):\n    subprocess.run(["tar", n])\n',
    );
    await repo.commit('fix', { trailers: [CURSOR_CO_AUTHOR] });
  });
  afterAll(async () => {
    await repo.cleanup();
  });

  it('gives identical JSON on two runs', async () => {
    const first = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const second = await runReview(repo, setup, { base: 'main', head: 'feature' });
    // Something to compare: new, fixed, a skip, a repair, the same code twice in one function (ordinal ids).
    expect(new Set(first.findings.map((f) => f.status))).toEqual(new Set(['new', 'fixed']));
    expect(first.skipped.map((s) => s.reason)).toEqual(['binary']);
    expect(first.findings.some((f) => f.repair?.outcome === 'proposed')).toBe(true);
    expect(first.findings.map((f) => f.id)).toEqual(expect.arrayContaining([expect.stringMatching(/-2$/)]));
    expect(timeless(second)).toBe(timeless(first));
    expect(render(second, 'sarif')).toBe(render(first, 'sarif'));
  });
});
