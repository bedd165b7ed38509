/**
 * A PR of realistic size on a real repository: every file collected and every added line blamed
 * to the right commit. Speed targets belong to the benchmark, not to this test.
 */
import { createLocalGit } from '../../src/adapters/git.js';
import { collect } from '../../src/stages/collect/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { languageForPath, recordingLogger } from './support.js';

const FILES = 300;
const LINES = 200;

function source(k: number, edit: number): string {
  return Array.from({ length: LINES }, (_, i) =>
    i % 50 >= 1 && i % 50 <= edit
      ? `value_${i} = edited_${i % 50}(${k})`
      : `value_${i} = compute(${k}, ${i})`,
  ).join('\n');
}

describe('collect at scale', () => {
  let repo: GitRepo;
  afterAll(async () => {
    await repo.cleanup();
  });

  it(`collects ${FILES} changed files over 3 commits`, async () => {
    repo = await GitRepo.create();
    for (let k = 0; k < FILES; k++) await repo.write(`pkg${k % 10}/mod_${k}.py`, source(k, 0) + '\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    for (const edit of [1, 2, 3]) {
      for (let k = 0; k < FILES; k++) await repo.write(`pkg${k % 10}/mod_${k}.py`, source(k, edit) + '\n');
      await repo.commit(`edit ${edit}`);
    }

    const pr = await collect(
      { base: 'main', head: 'feature', languageForPath },
      createLocalGit(repo.dir),
      recordingLogger(),
    );

    expect(pr.files).toHaveLength(FILES);
    expect(pr.skipped).toEqual([]);
    expect(pr.commits).toHaveLength(3);
    const [c1, c2, c3] = pr.commits.map((c) => c.sha);
    // in each block of 50 lines, the 2nd, 3rd and 4th were written by commits 1, 2 and 3
    expect(pr.lineCommits['pkg0/mod_0.py']).toEqual({
      52: c1,
      53: c2,
      54: c3,
      102: c1,
      103: c2,
      104: c3,
      152: c1,
      153: c2,
      154: c3,
      2: c1,
      3: c2,
      4: c3,
    });
  });
});
