/**
 * Where aigis looks for the CodeQL CLI, in order: the path given, PATH, the runner's tool cache
 * (newest bundle first); and what it says when none works. The executables are the fake of
 * fake-codeql.ts: the real CLI cannot be installed here (no network beyond npm and Debian).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverCodeql } from '../../src/adapters/codeql/discover.js';
import { createFake } from './fake-codeql.js';

let dir: string;
const arch = process.arch === 'arm64' ? 'arm64' : 'x64';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigis-codeql-find-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Only the directories the test makes: no real codeql of this machine can answer. */
function env(over: { PATH?: string; RUNNER_TOOL_CACHE?: string }): NodeJS.ProcessEnv {
  return {
    PATH: `${over.PATH ? `${over.PATH}:` : ''}${join(dir, 'empty')}`,
    ...(over.RUNNER_TOOL_CACHE ? { RUNNER_TOOL_CACHE: over.RUNNER_TOOL_CACHE } : {}),
    HOME: dir,
  };
}

async function toolCache(versions: string[]): Promise<string> {
  const cache = join(dir, 'toolcache');
  for (const v of versions)
    await createFake(join(cache, 'CodeQL', v, arch, 'codeql'), { version: v.replace(/-.*/, '') });
  return cache;
}

// The fake is a Node script: PATH must still lead to node for its #! line.
const nodeDir = join(process.execPath, '..');

describe('discovering the CodeQL CLI', () => {
  it('takes the path given over PATH and the tool cache, and checks its version', async () => {
    const given = await createFake(join(dir, 'given'), { version: '2.19.4' });
    const onPath = await createFake(join(dir, 'bin'), { version: '2.20.0' });
    const cache = await toolCache(['2.21.0']);
    const found = await discoverCodeql({
      path: given.path,
      env: env({ PATH: `${join(dir, 'bin')}:${nodeDir}`, RUNNER_TOOL_CACHE: cache }),
    });
    expect(found).toMatchObject({ found: true, how: `given path ${given.path}` });
    expect(found.found && found.cli.version).toBe('2.19.4');
    expect((await given.calls()).map((c) => c.args)).toEqual([['version', '--format=json']]);
    expect(await onPath.calls()).toEqual([]);
  });

  it('takes codeql on PATH over the tool cache', async () => {
    await createFake(join(dir, 'bin'), { version: '2.20.0' });
    const cache = await toolCache(['2.21.0']);
    const found = await discoverCodeql({
      env: env({ PATH: `${join(dir, 'bin')}:${nodeDir}`, RUNNER_TOOL_CACHE: cache }),
    });
    expect(found.found && [found.cli.version, found.how]).toEqual([
      '2.20.0',
      `PATH (${join(dir, 'bin', 'codeql')})`,
    ]);
  });

  it("takes the newest bundle of the runner's tool cache when PATH has none", async () => {
    const cache = await toolCache(['2.9.0', '2.21.0', '2.20.7']);
    const found = await discoverCodeql({ env: env({ PATH: nodeDir, RUNNER_TOOL_CACHE: cache }) });
    const expected = join(cache, 'CodeQL', '2.21.0', arch, 'codeql', 'codeql');
    expect(found.found && [found.cli.version, found.cli.path, found.how]).toEqual([
      '2.21.0',
      expected,
      `tool cache (${expected})`,
    ]);
  });

  it('goes past a broken codeql on PATH to the tool cache', async () => {
    await createFake(join(dir, 'bin'), { versionFails: true });
    const cache = await toolCache(['2.21.0']);
    const found = await discoverCodeql({
      env: env({ PATH: `${join(dir, 'bin')}:${nodeDir}`, RUNNER_TOOL_CACHE: cache }),
    });
    expect(found.found && found.cli.version).toBe('2.21.0');
  });

  it('says where it looked when there is none', async () => {
    const cache = join(dir, 'toolcache');
    const found = await discoverCodeql({ env: env({ PATH: nodeDir, RUNNER_TOOL_CACHE: cache }) });
    expect(found).toEqual({
      found: false,
      given: false,
      reason: `the CodeQL CLI was not found (not on PATH nor in ${join(cache, 'CodeQL')})`,
    });
  });

  it("stops at a given path that does not work, with the reason in CodeQL's words", async () => {
    const broken = await createFake(join(dir, 'given'), { versionFails: true });
    await createFake(join(dir, 'bin'), { version: '2.20.0' });
    const found = await discoverCodeql({
      path: broken.path,
      env: env({ PATH: `${join(dir, 'bin')}:${nodeDir}` }),
    });
    expect(found).toEqual({
      found: false,
      given: true,
      reason: `the CodeQL CLI at ${broken.path} does not work: exit 2: A fatal error occurred: could not start the JVM`,
    });
    const missing = await discoverCodeql({ path: join(dir, 'nope', 'codeql'), env: env({ PATH: nodeDir }) });
    expect(missing.found === false && missing.reason).toMatch(
      /nope\/codeql does not work: could not run: .*nope\/codeql: no such file/,
    );
  });
});
