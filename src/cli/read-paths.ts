/** The files `scan` and `fix` work on: the paths given, within the configured paths and size limit. */
import { readSourceFiles } from '../adapters/source-files.js';
import { UsageError } from '../core/errors.js';
import { pathFilter } from '../core/path-filter.js';
import type { PipelineOptions } from '../pipeline/options.js';

export async function readPaths(
  paths: string[],
  cwd: string,
  opts: Pick<PipelineOptions, 'maxFileBytes' | 'paths' | 'pathsIgnore'>,
): Promise<Awaited<ReturnType<typeof readSourceFiles>>> {
  const input = await readSourceFiles(paths, {
    cwd,
    maxFileBytes: opts.maxFileBytes,
    ...(opts.paths || opts.pathsIgnore ? { inScope: pathFilter(opts.paths, opts.pathsIgnore) } : {}),
  });
  if (input.files.length === 0 && input.skipped.length === 0) {
    throw new UsageError(`no files found under ${paths.join(', ')}`);
  }
  return input;
}
