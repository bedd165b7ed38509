/**
 * Files on disk for `aigis scan`: paths and directories expanded with fast-glob, each file read
 * and put through the same skip rules as a PR's changed files (size before reading, then binary,
 * UTF-8, generated, minified).
 */
import fg from 'fast-glob';
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { SourceFile } from '../core/adapters.js';
import { UsageError } from '../core/errors.js';
import type { SkippedFile } from '../core/types.js';
import { languageForPath } from '../parsing/languages.js';
import {
  decodeUtf8,
  generatedByMarker,
  generatedByPath,
  invalidUtf8,
  isBinaryContent,
  minified,
  tooLarge,
} from '../stages/collect/classify.js';

const IGNORED_DIRS = ['**/node_modules/**', '**/.git/**'];

export interface ReadSourceOptions {
  cwd: string;
  maxFileBytes: number;
  /** The configuration's paths / paths-ignore: false leaves a file out, listed as 'ignored-path'. */
  inScope?: (path: string) => boolean;
}

export async function readSourceFiles(
  paths: string[],
  opts: ReadSourceOptions,
): Promise<{ files: SourceFile[]; skipped: SkippedFile[] }> {
  const found = new Set<string>();
  for (const p of paths) {
    const abs = resolve(opts.cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or directory: ${p}`);
    if (info.isDirectory()) {
      const entries = await fg('**/*', {
        cwd: abs,
        absolute: true,
        onlyFiles: true,
        dot: false,
        ignore: IGNORED_DIRS,
      });
      entries.forEach((e) => found.add(e));
    } else {
      found.add(abs);
    }
  }

  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const abs of [...found].sort()) {
    const path = relative(opts.cwd, abs) || abs;
    const language = languageForPath(path);
    const skip = (s: { reason: SkippedFile['reason']; detail: string }) => skipped.push({ path, ...s });
    if (!language) {
      // Only files someone could expect us to analyse are worth a line in the report.
      continue;
    }
    if (opts.inScope && !opts.inScope(path)) {
      skip({ reason: 'ignored-path', detail: 'excluded by the configuration (paths / paths-ignore)' });
      continue;
    }
    const byPath = generatedByPath(path);
    if (byPath) {
      skip(byPath);
      continue;
    }
    try {
      const size = (await stat(abs)).size;
      const over = tooLarge({ head: size }, opts.maxFileBytes);
      if (over) {
        skip(over);
        continue;
      }
      const bytes = new Uint8Array(await readFile(abs));
      if (isBinaryContent(bytes)) {
        skip({ reason: 'binary', detail: 'binary content (a NUL byte in its first 8000 bytes)' });
        continue;
      }
      const decoded = decodeUtf8(bytes);
      if ('badLine' in decoded) {
        skip(invalidUtf8('head', decoded.badLine));
        continue;
      }
      const notSource = generatedByMarker(decoded.text) ?? minified(path, language, decoded.text);
      if (notSource) {
        skip(notSource);
        continue;
      }
      files.push({ path, language, text: decoded.text, side: 'head' });
    } catch (e) {
      skip({ reason: 'unreadable', detail: `could not read it: ${(e as Error).message}` });
    }
  }
  return { files, skipped };
}
