/**
 * `aigis plan` and `aigis merge`: fuzzing scaled out over the runner fleet GitHub Actions already
 * is. `plan` prints the job matrix of the fuzz jobs a PR needs (no toolchain needed to plan);
 * each matrix entry runs `aigis review --fuzz <s> --fuzz-job <job> --format json`; `merge` unites
 * their JSON results into one report and one verdict.
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readRevisionTree } from '../adapters/aflpp/index.js';
import { createLocalGit } from '../adapters/git.js';
import { readConfigFile } from '../adapters/config-file.js';
import { discoverJobs, fuzzMatrix, jobsForChange } from '../analyzers/aflpp/harness.js';
import { UsageError } from '../core/errors.js';
import type { GatePolicy, ReviewResult } from '../core/types.js';
import { GATE_POLICIES } from '../stages/gate/index.js';
import { mergeResults } from '../stages/dynamic/merge.js';
import type { CliShell } from './fix.js';
import type { CommonFlags } from './main.js';

export function registerFuzzCommands(program: Command, shell: CliShell): void {
  const { io } = shell;
  program
    .command('plan')
    .description('print the GitHub Actions matrix of the fuzz jobs the changes base...head need (JSON)')
    .option('--base <rev>', 'base revision (default: merge base with the default branch)')
    .option('--head <rev>', 'head revision', 'HEAD')
    .option('-C, --repo <dir>', 'the repository', '.')
    .option('-c, --config <file>', 'configuration file (its fuzz.harnesses are planned too)')
    .action(async (flags: { base?: string; head: string; repo: string; config?: string }) => {
      const repoDir = resolve(io.cwd, flags.repo);
      const config = readConfigFile(flags.config, flags.config ? io.cwd : repoDir)?.config ?? {};
      const git = createLocalGit(repoDir);
      const base = flags.base ?? (await git.defaultBranch());
      if (!base) throw new UsageError('no --base given and no default branch found: pass --base <rev>');
      const head = await git.resolve(flags.head);
      const changed = (await git.diffEntries(await git.mergeBase(base, head), head))
        .filter((e) => e.status !== 'D')
        .map((e) => e.path);
      const jobs = jobsForChange(
        discoverJobs(await readRevisionTree(repoDir, head), config.fuzz?.harnesses),
        changed,
      );
      io.stdout.write(`${JSON.stringify(fuzzMatrix(jobs))}\n`);
      io.stderr.write(`aigis: ${jobs.length} fuzz job(s) for ${changed.length} changed file(s)\n`);
    });

  shell
    .addCommon(
      program
        .command('merge')
        .description(
          'unite the JSON results of a fuzz matrix (aigis review --fuzz-job ... --format json) into one',
        )
        .argument('<result...>', 'JSON results of the matrix jobs'),
    )
    .action(async (paths: string[], flags: CommonFlags) => {
      const results: ReviewResult[] = [];
      for (const p of paths) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(await readFile(resolve(io.cwd, p), 'utf8'));
        } catch (e) {
          throw new UsageError(`${p}: not a JSON result of aigis review (${(e as Error).message})`);
        }
        if (!isResult(parsed)) throw new UsageError(`${p}: not a JSON result of aigis review --format json`);
        // The JSON report's own additions are computed again from the merged result.
        const {
          schemaVersion: _version,
          summary: _summary,
          ...result
        } = parsed as ReviewResult & {
          schemaVersion?: number;
          summary?: unknown;
        };
        results.push(result);
      }
      if (flags.failOn && !(GATE_POLICIES as readonly string[]).includes(flags.failOn)) {
        throw new UsageError(`--fail-on: must be one of ${GATE_POLICIES.join(', ')}`);
      }
      let merged: ReviewResult;
      try {
        merged = mergeResults(results, flags.failOn as GatePolicy | undefined);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      shell.exit(shell.emit(merged, flags, io));
    });
}

function isResult(x: unknown): x is ReviewResult {
  const r = x as Partial<ReviewResult> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.findings) && !!r.verdict && !!r.weights && !!r.tool;
}
