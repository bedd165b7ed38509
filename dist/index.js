// GitHub Action entry point (action.yml runs.main).
import { runAction } from './aigis.js';

await runAction();
