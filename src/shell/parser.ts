import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type * as TreeSitter from 'web-tree-sitter';
import treeSitter from './web-tree-sitter.cjs';

const require = createRequire(import.meta.url);

export type { SyntaxNode, SyntaxTree } from './tree.js';

let parserPromise: Promise<TreeSitter.Parser> | undefined;

/**
 * The two .wasm files sit next to the bundle (`npm run bundle` copies them) or, when running from
 * source, in node_modules.
 */
function locateWasm(fileName: string, packageSpecifier: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const besideBundle = path.join(here, fileName);
  if (existsSync(besideBundle)) return besideBundle;
  return require.resolve(packageSpecifier);
}

async function createParser(): Promise<TreeSitter.Parser> {
  const { Parser, Language } = treeSitter;
  // V8 compiles WebAssembly with Liftoff, then recompiles hot functions with TurboFan in the
  // background. For the 1.3 MB bash grammar that second compile gains nothing measurable on a whole
  // corpus, yet a short run (one pull request, one file) waits ~0.5 s for it at exit: compile the
  // grammar with Liftoff only (docs/performance.md). The flags must be set before the module
  // compiles. `--liftoff-only` alone is enough on Node 20, but set at run time it no longer stops
  // the tier-up on Node 24 (which the Action runs on): there the tier-up flags are turned off too,
  // or the push of a PyTorch-sized repository costs 2.8 s of CPU instead of 0.9 s.
  for (const flag of ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering']) setFlagsFromString(flag);
  // Emscripten's loader reads the CommonJS `__dirname`, which an ESM bundle does not have; give it
  // the bundle's directory (the .wasm files are passed in as bytes, so it locates nothing with it).
  (globalThis as { __dirname?: string }).__dirname ??= path.dirname(fileURLToPath(import.meta.url));
  const runtime = readFileSync(locateWasm('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm'));
  await Parser.init({ wasmBinary: runtime });
  const grammar = readFileSync(locateWasm('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'));
  const bash = await Language.load(grammar);
  const parser = new Parser();
  parser.setLanguage(bash);
  return parser;
}

/** Loads the bash grammar once per process. */
export function loadShellParser(): Promise<TreeSitter.Parser> {
  parserPromise ??= createParser();
  return parserPromise;
}
