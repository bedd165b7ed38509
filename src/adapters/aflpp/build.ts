/**
 * Compiles a fuzz job twice: with afl-clang-fast and AddressSanitizer for fuzzing and crash
 * replay, and with clang's source-based coverage for line coverage of the corpus. Each source is
 * compiled to its own object so C and C++ files can be mixed; the link uses C++ when any is C++.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FuzzJob } from '../../analyzers/aflpp/types.js';
import { cleanEnv, runProcess } from './process.js';
import type { Toolchain } from './toolchain.js';

export type BuildKind = 'fuzz' | 'coverage';

export interface Build {
  ok: boolean;
  binary: string;
  /** The compiler's words when it failed (cut), empty otherwise. */
  log: string;
}

const COMPILE_TIMEOUT_MS = 120_000;
const CPP = /\.(cc|cpp|cxx|c\+\+)$/i;

/** The coverage build's stand-in for AFL++'s driver: runs LLVMFuzzerTestOneInput on each file argument. */
const REPLAY_DRIVER = `#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);
int main(int argc, char **argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) continue;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
    size_t got = fread(buf, 1, n > 0 ? (size_t)n : 0, f);
    fclose(f);
    LLVMFuzzerTestOneInput(buf, got);
    free(buf);
  }
  return 0;
}
`;

export async function buildJob(
  tools: Toolchain,
  job: FuzzJob,
  root: string,
  outDir: string,
  kind: BuildKind,
  ubsan: boolean,
): Promise<Build> {
  const dir = join(outDir, kind);
  await mkdir(dir, { recursive: true });
  const binary = join(dir, job.name);
  const fuzz = kind === 'fuzz';
  const cc = fuzz ? tools.aflCc : tools.clang;
  const cxx = fuzz ? tools.aflCxx : tools.clangxx;
  const sanitizers = fuzz
    ? [
        '-O1',
        `-fsanitize=address${ubsan ? ',undefined' : ''}`,
        ...(ubsan ? ['-fno-sanitize-recover=undefined'] : []),
      ]
    : ['-O0', '-fprofile-instr-generate', '-fcoverage-mapping'];
  const libfuzzer = job.mode === 'libfuzzer';
  // afl-cc links its own libFuzzer-compatible driver (persistent mode) for -fsanitize=fuzzer.
  const entry = fuzz && libfuzzer ? ['-fsanitize=fuzzer'] : [];
  const files = [job.harness, ...job.sources].map((p) => join(root, p));
  if (!fuzz && libfuzzer) {
    const driver = join(dir, 'aigis_replay_driver.c');
    await writeFile(driver, REPLAY_DRIVER);
    files.push(driver);
  }
  const includes = [...new Set([root, join(root, 'include'), ...files.map((f) => dirname(f))])].flatMap(
    (d) => ['-I', d],
  );
  const env = cleanEnv(
    dir,
    fuzz ? { AFL_QUIET: '1', AFL_USE_ASAN: '1', ...(ubsan ? { AFL_USE_UBSAN: '1' } : {}) } : {},
  );
  const objects: string[] = [];
  for (const [i, file] of files.entries()) {
    const object = join(dir, `${i}.o`);
    const compiler = CPP.test(file) ? cxx : cc;
    const r = await runProcess(
      [compiler, '-g', '-w', ...sanitizers, ...entry, ...includes, '-c', file, '-o', object],
      {
        cwd: root,
        env,
        timeoutMs: COMPILE_TIMEOUT_MS,
      },
    );
    if (r.code !== 0) return { ok: false, binary, log: failure(r.output, r.timedOut, r.spawnError) };
    objects.push(object);
  }
  const linker = files.some((f) => CPP.test(f)) ? cxx : cc;
  const r = await runProcess([linker, '-g', ...sanitizers, ...entry, ...objects, '-o', binary], {
    cwd: root,
    env,
    timeoutMs: COMPILE_TIMEOUT_MS,
  });
  if (r.code !== 0) return { ok: false, binary, log: failure(r.output, r.timedOut, r.spawnError) };
  return { ok: true, binary, log: '' };
}

function failure(output: string, timedOut: boolean, spawnError: string | undefined): string {
  if (spawnError) return spawnError;
  if (timedOut) return `the compiler ran longer than ${COMPILE_TIMEOUT_MS / 1000} s`;
  const lines = output.trim().split('\n');
  return lines.slice(-20).join('\n');
}
