import { commandStart, list, optionValues } from './combinators.js';
import type { CommandRule, Engine, ValueOptions } from './combinators.js';
import { mostSevereKind } from './kinds.js';
import type { StepKind } from './kinds.js';
import { words } from './words.js';

// Names of package scripts, make targets, tasks and sessions, shared by the tools that run them.

/** A package script or task named "check" (`npm run check`, `format:check`) is a lint; in step names the word says too little. */
export function taskKind(task: string, engine: Engine): StepKind {
  return engine.scriptKind(task) ?? (words(task).some((word) => word === 'check' || word === 'checks') ? 'lint' : 'unknown');
}

/** Words of make targets that prepare the tree rather than build it: `make patch_duckdb`, `make deps`, `make fetch-data`. */
const PREPARATION_TARGET_WORDS: ReadonlySet<string> = new Set(
  list('patch patches apply deps dependencies fetch download setup configure prepare bootstrap'),
);

/**
 * `make check` is the autotools test target and `make install` still compiles, so make's own
 * conventions come first; a target named for preparation (`patch_duckdb`, `install-deps`) is setup.
 */
export function makeTarget(target: string, engine: Engine): StepKind {
  if (/test|check/i.test(target)) return 'test';
  if (words(target).some((word) => PREPARATION_TARGET_WORDS.has(word))) return 'setup';
  if (/^install/i.test(target)) return 'build';
  return engine.scriptKind(target) ?? 'build';
}

/** `npm run NAME` only ever runs a package.json script, so its name is all there is to go on. */
export function packageScript(values: ValueOptions = []): CommandRule {
  return (args, engine) => {
    const i = commandStart(args, values);
    return i < args.length ? taskKind(args[i]!, engine) : null;
  };
}

/**
 * `yarn NAME`, `pnpm NAME`, `hatch run NAME`: a script when its name says what it is, else a tool
 * from node_modules/.bin or the environment.
 */
export function scriptOrBinary(values: ValueOptions = []): CommandRule {
  return (args, engine) => {
    const i = commandStart(args, values);
    return i < args.length ? (engine.scriptKind(args[i]!) ?? engine.classifyCommand(args.slice(i))) : null;
  };
}

/** `tox -e lint`, `nox -s docs`: the environment or session names say what runs; plain tox runs the test environments. */
export function sessions(flags: readonly string[]): CommandRule {
  return (args, engine) => {
    const kinds = optionValues(args, flags).map((name) => engine.scriptKind(name) ?? 'test');
    return kinds.length > 0 ? mostSevereKind(kinds) : 'test';
  };
}
