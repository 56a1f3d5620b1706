import { own } from './combinators.js';
import type { StepKind } from './kinds.js';

// Vocabulary of script names, make/tox/rake targets, action names and step names.

/**
 * Words that say what a script, target or step is for. A word that is also a tool name in
 * COMMANDS (pytest, eslint, codecov) counts too when the tool alone decides its kind.
 */
export const WORDS: Record<string, StepKind> = {
  test: 'test',
  tests: 'test',
  testing: 'test',
  spec: 'test',
  specs: 'test',
  e2e: 'test',
  unit: 'test',
  unittest: 'test',
  unittests: 'test',
  integration: 'test',
  smoke: 'test',
  runtests: 'test',
  // "Verify the release candidate" checks it; it does not publish it.
  verify: 'test',
  verification: 'test',
  build: 'build',
  builds: 'build',
  compile: 'build',
  dist: 'build',
  package: 'build',
  pack: 'build',
  wheel: 'build',
  wheels: 'build',
  sdist: 'build',
  docs: 'build',
  doc: 'build',
  lint: 'lint',
  lints: 'lint',
  linter: 'lint',
  // "check" alone says too little ("Check that the docker daemon is running"); `make check` is handled by makeTarget.
  typecheck: 'lint',
  type: 'lint',
  types: 'lint',
  typing: 'lint',
  tsc: 'lint',
  style: 'lint',
  audit: 'lint',
  analyze: 'lint',
  analyse: 'lint',
  clippy: 'lint',
  deploy: 'deploy',
  publish: 'deploy',
  release: 'deploy',
  push: 'deploy',
  ship: 'deploy',
  setup: 'setup',
  install: 'setup',
  bootstrap: 'setup',
  deps: 'setup',
  dependency: 'setup',
  dependencies: 'setup',
  checkout: 'setup',
  cache: 'setup',
  download: 'setup',
  fetch: 'setup',
  restore: 'setup',
  init: 'setup',
  // In names, configure means credentials or tools ("Configure AWS credentials"); `./configure` itself is a build (COMMANDS).
  configure: 'setup',
  provision: 'setup',
  login: 'setup',
  auth: 'setup',
  clean: 'cleanup',
  cleanup: 'cleanup',
  teardown: 'cleanup',
  purge: 'cleanup',
  prune: 'cleanup',
  // "Stop MCP Gateway", "Stop containers", `stop_server.sh`: a service started for the job is taken down.
  stop: 'cleanup',
  shutdown: 'cleanup',
  upload: 'telemetry',
  notify: 'telemetry',
  notification: 'telemetry',
  report: 'telemetry',
  reports: 'telemetry',
  comment: 'telemetry',
  slack: 'telemetry',
  stats: 'telemetry',
  summary: 'telemetry',
  summarize: 'telemetry',
  collect: 'telemetry',
  summarise: 'telemetry',
  coverage: 'telemetry',
  // Diagnostics: printing what happened ("Show test logs", "Dump logs").
  log: 'telemetry',
  logs: 'telemetry',
  print: 'telemetry',
  show: 'telemetry',
  dump: 'telemetry',
  display: 'telemetry',
  // Saving a cache or stash for the next run: a failure costs a miss later, not a wrong result now.
  save: 'telemetry',
  stash: 'setup',
  ccache: 'setup',
  sccache: 'setup',
  telemetry: 'telemetry',
  metrics: 'telemetry',
  // Benchmarks measure; they do not assert correctness (the audit's "informational-only").
  bench: 'telemetry',
  benchmark: 'telemetry',
  benchmarks: 'telemetry',
};

/** Two-word spellings of one word in step names ("Set up Python", "Check out code"). */
const PHRASES: Record<string, string> = {
  'set up': 'setup',
  'clean up': 'cleanup',
  'tear down': 'teardown',
  'check out': 'checkout',
  'type check': 'typecheck',
};

/**
 * Kinds that describe something done *to* what follows: upload-test-results uploads, it does not
 * test, and setup-test-env prepares. When such a word leads, it wins over the words after it.
 */
export const PERIPHERAL_KINDS: ReadonlySet<StepKind> = new Set(['setup', 'cleanup', 'telemetry', 'deploy']);

export function words(text: string): string[] {
  const split = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const merged: string[] = [];
  for (const word of split) {
    const phrase = merged.length > 0 ? own(PHRASES, `${merged.at(-1)} ${word}`) : undefined;
    if (phrase === undefined) merged.push(word);
    else merged[merged.length - 1] = phrase;
  }
  return merged;
}
