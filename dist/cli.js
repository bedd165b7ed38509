#!/usr/bin/env node
// CLI entry point (package.json bin).
import { runCli } from './aigis.js';

process.exitCode = await runCli(process.argv.slice(2));
