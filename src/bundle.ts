// The single bundle behind dist/index.js (the Action) and dist/cli.js (the CLI).
export { runAction } from './action/main.js';
export { runCli } from './cli/main.js';
