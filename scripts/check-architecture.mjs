#!/usr/bin/env node
// The architecture check of `npm run lint` (docs/architecture.md): every module of src/ imports only
// modules of its own layer or of the layers below, and no import cycle exists (type-only imports
// included, dynamic import() too). Prints each violation with the import that makes it; exit 1.
// Usage: node scripts/check-architecture.mjs [--root DIR]   (DIR defaults to the repository's src/)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(values.root ?? path.join(here, '..', 'src'));

/**
 * Bottom to top. A module belongs to the first layer with a prefix that its path (relative to src/,
 * without extension) starts with; more specific prefixes come first within the list of a layer.
 */
export const LAYERS = [
  { name: 'utilities', prefixes: ['version', 'clip', 'arrays', 'suggest', 'builtins'] },
  { name: 'scripts', prefixes: ['shell/'] },
  { name: 'workflow', prefixes: ['load/', 'model/'] },
  {
    name: 'analysis',
    prefixes: [
      'rules/',
      'inventory/',
      'suppress/',
      'evidence/analyse',
      'evidence/layout',
      'evidence/log',
      'evidence/types',
      'evidence/defaults',
    ],
  },
  { name: 'audit', prefixes: ['config', 'outcome', 'fingerprint', 'baseline', 'engine'] },
  { name: 'io', prefixes: ['report/', 'api', 'remote/', 'git', 'evidence/collect', 'runner'] },
  { name: 'entry', prefixes: ['cli', 'cli-entry', 'main', 'index'] },
];

function layerOf(module) {
  for (const [rank, layer] of LAYERS.entries())
    if (layer.prefixes.some((prefix) => module === prefix || module.startsWith(prefix.endsWith('/') ? prefix : `${prefix}`)))
      return { rank, name: layer.name };
  return undefined;
}

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(path.join(dir, entry.name))
      : /\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')
        ? [path.join(dir, entry.name)]
        : [],
  );

const files = walk(root);
const moduleOf = (file) =>
  path
    .relative(root, file)
    .split(path.sep)
    .join('/')
    .replace(/\.(ts|mts|cts)$/, '');
const known = new Set(files.map(moduleOf));
/** Every relative specifier a module imports: `import … from`, `export … from`, `import(…)`, side-effect imports. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

const graph = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const targets = [];
  for (const match of text.matchAll(SPECIFIER)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(moduleOf(file)), match[1])).replace(/\.(js|mjs|cjs|ts)$/, '');
    if (known.has(target)) targets.push(target);
  }
  graph.set(moduleOf(file), [...new Set(targets)]);
}

const problems = [];
for (const [module, targets] of graph) {
  const from = layerOf(module);
  if (!from) {
    problems.push(`${module}: in no layer; add it to LAYERS in scripts/check-architecture.mjs and docs/architecture.md`);
    continue;
  }
  for (const target of targets) {
    const to = layerOf(target);
    if (to && to.rank > from.rank) problems.push(`${module} (${from.name}) imports ${target} (${to.name}): an upward import`);
  }
}

// Import cycles: strongly connected components of more than one module, or a module importing itself.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
for (const start of graph.keys()) {
  if (index.has(start)) continue;
  // Tarjan's algorithm with an explicit stack of frames.
  const frames = [{ node: start, next: 0 }];
  index.set(start, counter);
  low.set(start, counter++);
  stack.push(start);
  onStack.add(start);
  while (frames.length > 0) {
    const frame = frames.at(-1);
    const targets = graph.get(frame.node) ?? [];
    if (frame.next < targets.length) {
      const target = targets[frame.next++];
      if (target === frame.node) problems.push(`${target} imports itself`);
      else if (!index.has(target)) {
        index.set(target, counter);
        low.set(target, counter++);
        stack.push(target);
        onStack.add(target);
        frames.push({ node: target, next: 0 });
      } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
      continue;
    }
    frames.pop();
    if (frames.length > 0) low.set(frames.at(-1).node, Math.min(low.get(frames.at(-1).node), low.get(frame.node)));
    if (low.get(frame.node) === index.get(frame.node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1) problems.push(`import cycle among: ${component.reverse().join(', ')}`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Architecture check failed (docs/architecture.md):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`Architecture: ${graph.size} modules in ${LAYERS.length} layers, no upward import, no cycle.`);
