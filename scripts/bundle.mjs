#!/usr/bin/env node
// Builds the committed bundles: dist/index.js (the Action) and dist/cli/index.js (the CLI), each
// with the two tree-sitter .wasm files beside it. With --check, builds into a temporary directory
// and fails when the committed dist/ differs, so a stale bundle never ships.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// The rule pages go into the bundle for SARIF's help.markdown.
await import('./rule-help.mjs');
const ncc = require('@vercel/ncc');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
// --out DIR builds a private copy (for trying a change on the corpus without touching dist/).
const outIndex = process.argv.indexOf('--out');
const out =
  outIndex !== -1
    ? path.resolve(process.argv[outIndex + 1])
    : check
      ? mkdtempSync(path.join(tmpdir(), 'sfa-dist-'))
      : path.join(root, 'dist');

const WASM = [require.resolve('web-tree-sitter/web-tree-sitter.wasm'), require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')];
const ENTRIES = [
  { entry: 'src/index.ts', dir: '.' },
  { entry: 'src/cli-entry.ts', dir: 'cli' },
];

if (!check && outIndex === -1) rmSync(out, { recursive: true, force: true });
for (const { entry, dir } of ENTRIES) {
  const { code, assets } = await ncc(path.join(root, entry), {
    minify: false,
    sourceMap: false,
    quiet: true,
    transpileOnly: false,
    license: 'licenses.txt',
  });
  const target = path.join(out, dir);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    if (name.endsWith('.wasm')) continue; // copied below from the packages themselves
    mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
    writeFileSync(path.join(target, name), asset.source);
  }
  for (const wasm of WASM) cpSync(wasm, path.join(target, path.basename(wasm)));
}

if (check) {
  const committed = path.join(root, 'dist');
  const files = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      : [];
  const stale = [];
  for (const file of new Set([...files(out), ...files(committed)])) {
    const built = path.join(out, file);
    const kept = path.join(committed, file);
    if (!existsSync(built) || !existsSync(kept) || !readFileSync(built).equals(readFileSync(kept))) stale.push(file);
  }
  rmSync(out, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.sort().join(', ')}): run "npm run bundle" and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date.');
}
