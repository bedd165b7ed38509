/**
 * The `aigis` command line: a thin shell that turns flags into a pipeline request, runs it with
 * Node adapters, renders the report and maps the verdict to an exit code (0 ok, 1 gate failed,
 * 2 usage or configuration error).
 */
import { Command, CommanderError, Option } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createLocalGit } from '../adapters/git.js';
import { readPaths } from './read-paths.js';
import { createNodeEngines } from '../composition.js';
import type { ReviewResult } from '../core/types.js';
import { AIGIS_VERSION } from '../core/version.js';
import { review } from '../pipeline/review.js';
import { scan } from '../pipeline/scan.js';
import { render } from '../report/index.js';
import { UsageError } from '../core/errors.js';
import { readConfigFile } from '../adapters/config-file.js';
import { DEFAULT_CONFIG_PATH } from '../config/config.js';
import {
  CLI_LABELS,
  enginesOf,
  FORMATS,
  parseFormat,
  REPAIR_MODES,
  toPipelineOptions,
  type RawOptions,
} from '../pipeline/raw-options.js';
import { createTerminalLogger } from './terminal-logger.js';
import { createLlmFor, llmKeyFrom } from '../adapters/llm/from-options.js';
import type { LlmPort } from '../core/llm-port.js';
import { registerFix } from './fix.js';
import { registerFuzzCommands } from './fuzz-commands.js';
import { createAflppAdapter } from '../adapters/aflpp/index.js';
import { codeqlSettingsOf, sarifPathsOf } from '../pipeline/engine-options.js';

export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  cwd: string;
  /** Where the LLM key is read from (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

export interface CommonFlags {
  config?: string;
  format?: string;
  output?: string;
  failOn?: string;
  engines?: string;
  codeql?: string;
  codeqlSuite?: string;
  codeqlTimeout?: string;
  codeqlBase?: boolean;
  codeqlAutobuild?: boolean;
  codeqlBuildCommand?: string;
  fuzz?: string;
  sarif?: string[];
  rules?: string[];
  repair?: string;
  llmBaseUrl?: string;
  llmModel?: string;
  scoreWeightStatic?: string;
  scoreWeightDynamic?: string;
  scoreThreshold?: string;
  maxFileSize?: string;
  color?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

function addCommon(cmd: Command): Command {
  // Options the config file can also set have no commander default: "not given" must stay visible
  // so that the config applies (flag > config > default).
  // --sarif is repeated, not variadic: a variadic option would swallow `scan`'s paths after it.
  return cmd
    .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file (a text summary still goes to stdout)')
    .option('-c, --config <file>', `configuration file (default: ${DEFAULT_CONFIG_PATH} when present)`)
    .addOption(
      new Option('--fail-on <policy>', 'gate policy (default: new-high)').choices([
        'none',
        'new',
        'new-high',
        'score',
      ]),
    )
    .option(
      '--engines <list>',
      'comma-separated engines: builtin, codeql, sarif (default: builtin, plus codeql when its CLI is found, plus sarif when --sarif is given)',
    )
    .option('--codeql <path>', 'the CodeQL CLI (default: codeql on PATH, then the runner tool cache)')
    .option('--codeql-suite <suite>', 'CodeQL query suite (default: security-extended)')
    .option('--codeql-timeout <seconds>', 'time limit of each CodeQL command (default: 900)')
    .option('--codeql-base', 'also run CodeQL on the base revision (costly; default: status by fingerprint)')
    .option('--codeql-autobuild', 'let CodeQL build Go and C/C++ code (runs the PR build scripts)')
    .option('--codeql-build-command <cmd>', 'build command CodeQL traces for Go and C/C++ (runs PR code)')
    .option(
      '--sarif <file>',
      'a SARIF log (file or directory) from another tool to read as findings; repeat for more',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--rules <dir...>', 'extra rules directories, added to the built-in rules')
    .addOption(
      new Option(
        '--repair <mode>',
        "repair strategy, every candidate verified: the rules' fixes, an LLM's, or auto (rule, else LLM) (default: rule)",
      ).choices([...REPAIR_MODES]),
    )
    .option('--llm-base-url <url>', 'OpenAI-compatible endpoint for --repair llm|auto (default: OpenAI)')
    .option('--llm-model <model>', 'model for --repair llm|auto (key: AIGIS_LLM_API_KEY or OPENAI_API_KEY)')
    .option('--score-weight-static <w>', 'weight of static confidence in the score (default: 0.7)')
    .option('--score-weight-dynamic <w>', 'weight of dynamic coverage in the score (default: 0.3)')
    .option('--score-threshold <t>', 'findings scoring at least this are prioritised (default: 0.5)')
    .option('--max-file-size <bytes>', 'skip files larger than this (default: 1048576)')
    .option('--no-color', 'no ANSI colours in the text report')
    .option('-v, --verbose', 'log every stage')
    .option('-q, --quiet', 'only warnings and errors on stderr');
}

type ReviewFlags = CommonFlags & { base?: string; head?: string; repo: string; fuzzJob?: string[] };

export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('aigis')
    .description('Security gate for pull requests that contain AI-generated code.')
    .version(AIGIS_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  addCommon(
    program
      .command('review')
      .description('review the changes base...head of a local git repository (the whole pipeline)')
      .option('--base <rev>', 'base revision (default: merge base with the default branch)')
      .option('--head <rev>', 'head revision', 'HEAD')
      .option('-C, --repo <dir>', 'the repository', '.')
      .option('--fuzz <seconds>', 'AFL++ jobs on the C/C++ harnesses the changes touch, this long each')
      .option('--fuzz-job <name...>', 'only these fuzz jobs (one entry of the `aigis plan` matrix)'),
  ).action(async (flags: ReviewFlags) => {
    const repoDir = resolve(io.cwd, flags.repo);
    const { log, opts, setup } = await prepare(flags, io, repoDir);
    if (flags.fuzzJob && !opts.fuzz) throw new UsageError('--fuzz-job needs --fuzz <seconds>');
    const fuzz = opts.fuzz && flags.fuzzJob ? { ...opts.fuzz, only: flags.fuzzJob } : opts.fuzz;
    const result = await review(
      { ...opts, base: flags.base, head: flags.head, ...(fuzz ? { fuzz } : {}) },
      {
        git: createLocalGit(repoDir),
        engines: setup.engines,
        log,
        repair: setup.repair,
        ...llmOf(setup),
        ...(fuzz ? { fuzz: createAflppAdapter(repoDir) } : {}),
      },
    );
    result.diagnostics.unshift(...setup.diagnostics);
    exitCode = emit(result, flags, io);
  });

  addCommon(
    program
      .command('scan')
      .description('analyze files and directories as they are (no diff: every finding is in scope)')
      .argument('<path...>', 'files or directories'),
  ).action(async (paths: string[], flags: CommonFlags) => {
    const { log, opts, setup } = await prepare(flags, io, io.cwd, 'scan');
    const input = await readPaths(paths, io.cwd, opts);
    const result = await scan(input, opts, {
      engines: setup.engines,
      log,
      repair: setup.repair,
      ...llmOf(setup),
    });
    result.diagnostics.unshift(...setup.diagnostics);
    exitCode = emit(result, flags, io);
  });

  registerFix(program, { io, addCommon, prepare, emit, exit: (code) => (exitCode = code) });
  registerFuzzCommands(program, { io, addCommon, prepare, emit, exit: (code) => (exitCode = code) });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, successfully.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`aigis: ${e.message}\n(run with --help for usage)\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`aigis: ${message}\n`);
    return 2;
  }
}

async function prepare(flags: CommonFlags, io: CliIo, rootDir: string, mode: 'review' | 'scan' = 'review') {
  const log = createTerminalLogger({ stream: io.stderr, verbose: !!flags.verbose, quiet: !!flags.quiet });
  parseFormat(flags.format);
  const loaded = readConfigFile(flags.config, flags.config ? io.cwd : rootDir);
  if (loaded) log.debug(`configuration: ${loaded.path}`);
  const config = loaded?.config ?? {};
  const raw: RawOptions = {
    failOn: flags.failOn,
    repair: flags.repair,
    llmBaseUrl: flags.llmBaseUrl,
    llmModel: flags.llmModel,
    weightStatic: flags.scoreWeightStatic,
    weightDynamic: flags.scoreWeightDynamic,
    threshold: flags.scoreThreshold,
    maxFileSize: flags.maxFileSize,
    engines: flags.engines,
    codeql: flags.codeql,
    codeqlSuite: flags.codeqlSuite,
    codeqlTimeout: flags.codeqlTimeout,
    codeqlBase: flags.codeqlBase ? 'true' : undefined,
    codeqlAutobuild: flags.codeqlAutobuild ? 'true' : undefined,
    codeqlBuildCommand: flags.codeqlBuildCommand,
    fuzz: flags.fuzz,
  };
  const opts = toPipelineOptions(raw, CLI_LABELS, config);
  const setup = await createNodeEngines({
    engines: enginesOf(raw, CLI_LABELS, config),
    rulesDirs: [
      ...(flags.rules ?? []).map((d) => resolve(io.cwd, d)),
      ...(config['rules-dirs'] ?? []).map((d) => resolve(rootDir, d)),
    ],
    rootDir,
    ...(config['suppression-comments'] ? { suppressionComments: config['suppression-comments'] } : {}),
    codeql: codeqlSettingsOf(raw, CLI_LABELS, config, { given: io.cwd, config: rootDir }),
    sarif: sarifPathsOf(flags.sarif ?? [], io.cwd, config.sarif ?? [], rootDir),
    // scan's paths are relative to the directory it runs in; review's to the repository's top.
    ...(mode === 'scan' ? { checkoutRoot: io.cwd } : {}),
  });
  // Notes (CodeQL found or not) are in the report; on the terminal only with --verbose.
  for (const d of setup.diagnostics)
    log[d.level === 'error' ? 'error' : d.level === 'note' ? 'debug' : 'warning'](d.message);
  const llm = createLlmFor(opts, llmKeyFrom(io.env ?? process.env));
  return { log, opts, setup: { ...setup, ...(llm ? { llm } : {}) } };
}

function llmOf(setup: { llm?: LlmPort }): { llm?: LlmPort } {
  return setup.llm ? { llm: setup.llm } : {};
}

function emit(result: ReviewResult, flags: CommonFlags, io: CliIo): number {
  const format = parseFormat(flags.format);
  const color = flags.color !== false && io.stdout.isTTY === true;
  if (flags.output) {
    const path = resolve(io.cwd, flags.output);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, render(result, format, { color: false }));
    if (format !== 'text') io.stdout.write(render(result, 'text', { color }));
    io.stderr.write(`aigis: ${format} report written to ${flags.output}\n`);
  } else {
    io.stdout.write(render(result, format, { color }));
  }
  return result.verdict.passed ? 0 : 1;
}

function defaultIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}
