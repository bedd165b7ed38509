/**
 * `aigis fix <path>...`: repairs in place — rule fixes, and an LLM's when configured — each one
 * verified, and each file's repairs verified together before it is written. `--dry-run` prints
 * the unified diff instead. Exit codes as everywhere: 0 when what is left passes the gate, 1 when
 * it does not, 2 for usage or configuration errors.
 */
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readPaths } from './read-paths.js';
import { createTestRunner } from '../adapters/test-command.js';
import type { Engine } from '../core/adapters.js';
import { UsageError } from '../core/errors.js';
import type { LlmPort } from '../core/llm-port.js';
import type { Logger } from '../core/logger.js';
import type { Diagnostic, ReviewResult } from '../core/types.js';
import { fix } from '../pipeline/fix.js';
import type { PipelineOptions } from '../pipeline/options.js';
import type { RepairSupport } from '../stages/repair/index.js';
import { fixSummary, unifiedDiff } from './fix-output.js';
import type { CliIo, CommonFlags } from './main.js';

/** A test command gets this long per candidate. */
const TEST_TIMEOUT_MS = 10 * 60 * 1000;

/** What the CLI's main module shares with its verbs. */
export interface CliShell {
  io: CliIo;
  addCommon(cmd: Command): Command;
  prepare(
    flags: CommonFlags,
    io: CliIo,
    rootDir: string,
  ): Promise<{
    log: Logger;
    opts: PipelineOptions;
    setup: { engines: Engine[]; repair: RepairSupport; diagnostics: Diagnostic[]; llm?: LlmPort };
  }>;
  emit(result: ReviewResult, flags: CommonFlags, io: CliIo): number;
  exit(code: number): void;
}

export function registerFix(program: Command, shell: CliShell): void {
  const { io } = shell;
  shell
    .addCommon(
      program
        .command('fix')
        .description('repair files in place with verified fixes (rule fixes; LLM ones when configured)')
        .argument('<path...>', 'files or directories')
        .option('--dry-run', 'print the unified diff instead of writing the files'),
    )
    .action(async (paths: string[], flags: CommonFlags & { dryRun?: boolean }) => {
      const { log, opts, setup } = await shell.prepare(flags, io, io.cwd);
      if (opts.repair === 'off')
        throw new UsageError('aigis fix needs a repair strategy: --repair rule, llm or auto');
      const input = await readPaths(paths, io.cwd, opts);
      if (opts.repairTestCommand) {
        log.warning(
          `repair-test-command runs "${opts.repairTestCommand}" on a copy of ${io.cwd} for every candidate: it executes this code, without tokens or keys in its environment`,
        );
      }
      const tests = opts.repairTestCommand
        ? createTestRunner({
            command: opts.repairTestCommand,
            rootDir: io.cwd,
            timeoutMs: TEST_TIMEOUT_MS,
            env: io.env ?? process.env,
          })
        : undefined;
      const { result, files } = await fix(input, opts, {
        engines: setup.engines,
        log,
        repair: setup.repair,
        ...(setup.llm ? { llm: setup.llm } : {}),
        ...(tests ? { tests } : {}),
      });
      result.diagnostics.unshift(...setup.diagnostics);
      if (flags.dryRun) {
        io.stdout.write(files.map((f) => unifiedDiff(f.path, f.before, f.after)).join(''));
        io.stderr.write(fixSummary(result, files, true));
        shell.exit(result.verdict.passed ? 0 : 1);
        return;
      }
      for (const f of files) await writeFile(resolve(io.cwd, f.path), f.after);
      shell.exit(shell.emit(result, flags, io));
      io.stderr.write(fixSummary(result, files, false));
    });
}
