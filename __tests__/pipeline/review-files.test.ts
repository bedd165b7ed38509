/** Whole files that appear or disappear: their findings are all new, or all fixed. */
import type { EngineSetup } from '../../src/composition.js';
import { GitRepo } from '../helpers/git-repo.js';
import { CLAUDE_CODE_TRAILERS, createEngines, onlyFinding, runReview } from './support.js';

const SHELL = 'import os\n\n\ndef backup(name):\n    os.system("tar czf /b/" + name)\n';
const SEARCH = [
  'import java.sql.*;',
  '',
  'class Search {',
  '    ResultSet find(Connection c, String name) throws SQLException {',
  '        Statement st = c.createStatement();',
  '        return st.executeQuery("SELECT * FROM t WHERE name = \'" + name + "\'");',
  '    }',
  '}',
  '',
].join('\n');

describe('review: added and deleted files', () => {
  let setup: EngineSetup;
  let repo: GitRepo;
  beforeAll(async () => {
    setup = await createEngines(process.cwd());
  });
  beforeEach(async () => {
    repo = await GitRepo.create();
  });
  afterEach(async () => {
    await repo.cleanup();
  });

  it('reports the weakness of a deleted file as fixed', async () => {
    await repo.write('app/tools.py', SHELL);
    await repo.write('app/keep.py', 'x = 1\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.remove('app/tools.py');
    await repo.commit('drop the shell tool');

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    expect(result.files).toEqual([{ path: 'app/tools.py', language: 'python', status: 'deleted' }]);
    const f = onlyFinding(result, 'app/tools.py', 'python-shell-injection');
    expect(f.status).toBe('fixed');
    expect(f.region.startLine).toBe(5);
    expect(result.findings).toHaveLength(1);
    expect(result.verdict.passed).toBe(true);
  });

  it('reports the weaknesses of an added file as new, attributed to the commit that added it', async () => {
    await repo.write('README.md', '# x\n');
    await repo.commit('base');
    repo.checkoutNew('feature');
    await repo.write('app/tools.py', SHELL);
    await repo.write('src/Search.java', SEARCH);
    await repo.commit('add tools and search', { trailers: CLAUDE_CODE_TRAILERS });

    const result = await runReview(repo, setup, { base: 'main', head: 'feature' });
    const py = onlyFinding(result, 'app/tools.py', 'python-shell-injection');
    const java = onlyFinding(result, 'src/Search.java', 'java-sql-injection');
    for (const f of [py, java]) {
      expect(f.status).toBe('new');
      expect(f.attribution?.tool).toBe('Claude Code');
    }
    expect(result.findings.map((f) => f.status)).toEqual(['new', 'new']);
    expect(result.provenance?.aiShare).toBe(1);
    expect(result.verdict.passed).toBe(false);
  });
});
