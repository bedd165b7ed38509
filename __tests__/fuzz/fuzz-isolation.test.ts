/**
 * The PR's code runs only inside fuzz jobs, and there without secrets and without network: a
 * harness that looks for the token in its environment, and tries to reach a server on this
 * machine, finds neither.
 */
import { createServer, type Server } from 'node:net';
import { createAflppAdapter } from '../../src/adapters/aflpp/index.js';
import { GitRepo } from '../helpers/git-repo.js';
import { createEngines, runReview } from '../pipeline/support.js';
import { describeWithAfl } from './support.js';

const FUZZ_TEST_MS = 120_000;

const snoop = (port: number) => `#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

/* Crashes (NULL write) when it finds a secret or reaches the network: a crash is a leak. */
static void leak(void) { *(volatile int *)0 = 1; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  (void)data; (void)size;
  if (getenv("GITHUB_TOKEN") || getenv("INPUT_TOKEN") || getenv("AIGIS_LLM_API_KEY")) leak();
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_port = htons(${port});
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) == 0) leak();
  if (s >= 0) close(s);
  return 0;
}
`;

describeWithAfl('fuzz job isolation', () => {
  let server: Server;
  let connections = 0;
  let repo: GitRepo;
  const saved = { ...process.env };

  beforeAll(async () => {
    server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });
  afterAll(async () => {
    process.env = saved;
    await new Promise((done) => server.close(done));
    await repo?.cleanup();
  });

  test(
    'no token, no key and no network inside the job (while the review itself has them)',
    async () => {
      const port = (server.address() as { port: number }).port;
      repo = await GitRepo.create();
      await repo.write('README.md', 'x\n');
      await repo.commit('base');
      repo.checkoutNew('pr');
      await repo.write('fuzz/snoop.c', snoop(port));
      await repo.commit('PR');
      process.env.GITHUB_TOKEN = 'ghs_secret';
      process.env.INPUT_TOKEN = 'ghs_secret';
      process.env.AIGIS_LLM_API_KEY = 'sk-secret';
      const setup = await createEngines(process.cwd());
      const result = await runReview(
        repo,
        setup,
        { base: 'main', head: 'pr', fuzz: { seconds: 3 } },
        { fuzz: createAflppAdapter(repo.dir) },
      );
      expect(result.fuzz!.networkIsolated).toBe(true);
      expect(result.fuzz!.jobs).toEqual([
        expect.objectContaining({ name: 'snoop', outcome: 'ran', crashes: 0 }),
      ]);
      expect(result.fuzz!.crashes).toEqual([]);
      expect(connections).toBe(0);
    },
    FUZZ_TEST_MS,
  );
});
