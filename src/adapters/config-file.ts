/** Finds and reads the configuration file: the one named, else `.github/aigis.yml` when the repository has one. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, parseConfig, type LoadedConfig } from '../config/config.js';
import { UsageError } from '../core/errors.js';

export function readConfigFile(named: string | undefined, rootDir: string): LoadedConfig | undefined {
  if (named) {
    const path = resolve(rootDir, named);
    if (!existsSync(path)) throw new UsageError(`configuration file ${named} not found (looked at ${path})`);
    return parseConfig(named, readFileSync(path, 'utf8'));
  }
  const path = join(rootDir, DEFAULT_CONFIG_PATH);
  return existsSync(path) ? parseConfig(DEFAULT_CONFIG_PATH, readFileSync(path, 'utf8')) : undefined;
}
