/**
 * `npm run bench:fuzz` (also part of `npm run bench`): time to first crash of AFL++ on each
 * known-bug target of __tests__/fixtures/fuzz, through the same adapter and triage as a review
 * (build with ASan, seeds, afl-fuzz until the first crash, replay). Printed, not asserted.
 *
 * For each target and run: time to first crash as AFL++ stamps it on the crash (ms since the
 * fuzzer started), the job's wall time (build, fuzzing, replay, coverage), exec/s, edges, and the
 * crash's kind and CWEs. `--runs <n>` repeats each target (default 3): the fuzzer is random, so
 * the median says more than one run. `--seconds <s>` is the time box (default 60).
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAflppAdapter } from '../src/adapters/aflpp/index.js';
import { discoverJobs } from '../src/analyzers/aflpp/harness.js';
import { toFuzzCrash, triageRun } from '../src/analyzers/aflpp/triage.js';
import { GitRepo } from '../__tests__/helpers/git-repo.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const runs = flag('--runs', 3);
const seconds = flag('--seconds', 60);
const fixtures = fileURLToPath(new URL('../__tests__/fixtures/fuzz/', import.meta.url));
const TARGETS = [
  { name: 'stack', bug: 'stack buffer overflow (memcpy, length byte)' },
  { name: 'heap', bug: 'heap buffer overflow (copy loop)' },
  { name: 'uaf', bug: 'use after free (close then read)' },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)]!;
}

async function main(): Promise<void> {
  const repo = await GitRepo.create();
  const fuzz = createAflppAdapter(repo.dir);
  const probe = await fuzz.probe();
  if (!probe.ok) {
    console.log(`fuzz bench skipped: ${probe.missing}`);
    await repo.cleanup();
    return;
  }
  console.log(
    `== AFL++ time to first crash (${probe.version}, ${runs} run(s) per target, ${seconds} s box, network ${probe.isolated ? 'isolated' : 'NOT isolated'})`,
  );
  try {
    for (const t of TARGETS) {
      await cp(join(fixtures, t.name), join(repo.dir, t.name), {
        recursive: true,
        filter: (src) => !src.endsWith('.base.c'),
      });
    }
    await repo.write('README.md', 'bench\n');
    await repo.commit('targets');
    const tree = await fuzz.open('HEAD');
    try {
      const jobs = discoverJobs(tree.files);
      for (const t of TARGETS) {
        // Each target directory is its own library: its harness with its own sources only.
        const job = jobs.find((j) => j.harness.startsWith(`${t.name}/`))!;
        const own = { ...job, sources: job.sources.filter((s) => s.startsWith(`${t.name}/`)) };
        const firstCrash: number[] = [];
        const wall: number[] = [];
        const rates: number[] = [];
        let last = '';
        for (let i = 0; i < runs; i++) {
          const raw = await tree.run({ job: own, seconds, stopOnCrash: true, memoryMb: 2048, ubsan: false });
          const triaged = triageRun(own, raw, seconds);
          const crash = triaged.crashes[0];
          wall.push(raw.durationMs);
          rates.push(triaged.job.execsPerSec);
          if (crash?.timeToCrashMs !== undefined) firstCrash.push(crash.timeToCrashMs);
          if (crash) {
            const c = toFuzzCrash(crash, 'new');
            last = `${c.kind} (${c.cwes.map((n) => `CWE-${n}`).join(', ')}) at ${c.location?.file}:${c.location?.line}`;
          } else last = raw.error ?? 'no crash within the time box';
        }
        console.log(
          `${t.name.padEnd(6)} ${t.bug.padEnd(44)} first crash: median ${median(firstCrash)} ms ` +
            `[${firstCrash.join(', ')}] in ${firstCrash.length}/${runs} runs; job wall time median ${(median(wall) / 1000).toFixed(1)} s; ` +
            `${Math.round(median(rates)).toLocaleString('en-US')} exec/s; ${last}`,
        );
      }
    } finally {
      await tree.dispose();
    }
  } finally {
    await repo.cleanup();
  }
}

await main();
