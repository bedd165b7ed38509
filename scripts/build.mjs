#!/usr/bin/env node
// Builds dist/: one ncc bundle (dist/aigis.js) shared by the Action (dist/index.js) and the CLI
// (dist/cli.js), plus what the bundle loads at run time and ncc must not touch:
//  - web-tree-sitter, kept external because ncc corrupts its runtime .wasm in ESM mode;
//  - the grammar .wasm files and the rule files, read from disk next to the bundle.
// The output must be byte-for-byte reproducible: CI rebuilds and fails on any difference.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const tmp = join(root, 'build', 'ncc');

const GRAMMAR_PACKAGES = [
  'tree-sitter-python',
  'tree-sitter-javascript',
  'tree-sitter-typescript',
  'tree-sitter-java',
  'tree-sitter-go',
  'tree-sitter-c',
  'tree-sitter-cpp',
];
// Only what web-tree-sitter's ESM entry needs at run time.
const WEB_TREE_SITTER_FILES = ['package.json', 'LICENSE', 'web-tree-sitter.js', 'web-tree-sitter.wasm'];

// webpack's module ids hash each module's path relative to the project: through a symlinked
// node_modules those paths leave the project and every id changes, so check-dist would fail in CI.
if (lstatSync(join(root, 'node_modules')).isSymbolicLink()) {
  console.error('build: node_modules is a symlink; run `npm ci` here so that dist/ is reproducible.');
  process.exit(1);
}

rmSync(tmp, { recursive: true, force: true });

execFileSync(
  process.execPath,
  [
    join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
    'build',
    join(root, 'src', 'bundle.ts'),
    '-o',
    tmp,
    '-e',
    'web-tree-sitter',
    '--license',
    'licenses.txt',
    '-q',
  ],
  { stdio: 'inherit', cwd: root },
);
// Only a successful bundle replaces dist/: a failed build leaves the previous one usable.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const entry of readdirSync(tmp)) {
  const target = entry === 'index.js' ? 'aigis.js' : entry;
  renameSync(join(tmp, entry), join(dist, target));
}

writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
writeFileSync(
  join(dist, 'index.js'),
  "// GitHub Action entry point (action.yml runs.main).\nimport { runAction } from './aigis.js';\n\nawait runAction();\n",
);
writeFileSync(
  join(dist, 'cli.js'),
  "#!/usr/bin/env node\n// CLI entry point (package.json bin).\nimport { runCli } from './aigis.js';\n\nprocess.exitCode = await runCli(process.argv.slice(2));\n",
  { mode: 0o755 },
);

const wts = join(root, 'node_modules', 'web-tree-sitter');
mkdirSync(join(dist, 'node_modules', 'web-tree-sitter'), { recursive: true });
for (const f of WEB_TREE_SITTER_FILES) cpSync(join(wts, f), join(dist, 'node_modules', 'web-tree-sitter', f));

mkdirSync(join(dist, 'grammars'), { recursive: true });
for (const pkg of GRAMMAR_PACKAGES) {
  const dir = join(root, 'node_modules', pkg);
  for (const f of readdirSync(dir)) if (f.endsWith('.wasm')) cpSync(join(dir, f), join(dist, 'grammars', f));
}

// Rules are data: ship the rule files (not their fixtures) beside the bundle.
const rulesSrc = join(root, 'rules');
const copyRules = (dir) => {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) copyRules(p);
    else if (f.endsWith('.yml')) {
      const out = join(dist, 'rules', relative(rulesSrc, p));
      mkdirSync(dirname(out), { recursive: true });
      cpSync(p, out);
    }
  }
};
if (existsSync(rulesSrc)) copyRules(rulesSrc);
rmSync(tmp, { recursive: true, force: true });
console.log('dist/ built');
