import { SCRIPT_INPUTS, usesWithoutRef } from './script-inputs.js';

/**
 * What a CI step does, so that every rule grades a masked failure by the same yardstick: hiding a
 * failing test suite is worse than hiding a failed Slack notification.
 *
 * Everything below is table-driven. Teaching the classifier a tool is one line in COMMANDS, an
 * action one line in ACTIONS, and a word of script, target or step-name vocabulary one line in WORDS.
 */
export type StepKind = 'test' | 'build' | 'lint' | 'deploy' | 'setup' | 'cleanup' | 'telemetry' | 'unknown';

export const KIND_LABEL: Record<StepKind, string> = {
  test: 'test',
  build: 'build',
  lint: 'lint/type-check',
  deploy: 'deploy/publish',
  setup: 'setup/install',
  cleanup: 'cleanup',
  telemetry: 'telemetry/upload/notify',
  unknown: 'unclassified',
};

/**
 * Most severe first. 'unknown' sits above setup: a step we cannot read may well be the one that
 * runs the tests, whereas a known setup, cleanup or reporting step cannot hide a wrong verdict.
 */
export const KIND_SEVERITY_ORDER: readonly StepKind[] = ['test', 'build', 'lint', 'deploy', 'unknown', 'setup', 'cleanup', 'telemetry'];

export function mostSevereKind(kinds: Iterable<StepKind>): StepKind {
  let best: StepKind = 'unknown';
  let bestRank = Infinity;
  for (const kind of kinds) {
    const rank = KIND_SEVERITY_ORDER.indexOf(kind);
    if (rank < bestRank) [best, bestRank] = [kind, rank];
  }
  return best;
}

/** A command's kind, or null when the command says nothing about what the step is for. */
type Verdict = StepKind | null;
/** Classifies a command from the words after its name. */
type CommandRule = (args: readonly string[]) => Verdict;
type Rule = Verdict | CommandRule;
/** The options of a command that take the following word as their value. */
type ValueOptions = readonly string[] | RegExp;

/** A long list of options or names, written space-separated so that it stays readable. */
function list(...lines: string[]): readonly string[] {
  return lines.join(' ').split(' ');
}

function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function apply(rule: Rule, args: readonly string[]): Verdict {
  return typeof rule === 'function' ? rule(args) : rule;
}

function isOption(word: string): boolean {
  return word.length > 1 && word.startsWith('-');
}

function takesValue(option: string, values: ValueOptions): boolean {
  return values instanceof RegExp ? values.test(option) : values.includes(option);
}

/** Index of the first word after the leading options and `skip` positional words; `--` ends the options. */
function commandStart(args: readonly string[], values: ValueOptions = [], skip = 0): number {
  let remaining = skip;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === '--') return Math.min(i + 1 + remaining, args.length);
    if (isOption(word)) {
      if (takesValue(word, values)) i++;
    } else if (remaining-- === 0) {
      return i;
    }
  }
  return args.length;
}

function positionals(args: readonly string[], values: ValueOptions = []): string[] {
  const found: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word === '--') return [...found, ...args.slice(i + 1)];
    if (!isOption(word)) found.push(word);
    else if (takesValue(word, values)) i++;
  }
  return found;
}

/** Words after any of `flags` up to the next option, split on commas: `tox -e py,lint`, `nox -s lint tests`. */
function optionValues(args: readonly string[], flags: readonly string[]): string[] {
  const values: string[] = [];
  let collecting = false;
  for (const word of args) {
    if (isOption(word)) collecting = flags.includes(word);
    // A loop, not push(...): a word with 200,000 commas would overflow the stack as arguments.
    else if (collecting) for (const value of word.split(',')) if (value) values.push(value);
  }
  return values;
}

interface SubcommandOptions {
  /** Options before the subcommand that take a value (`git -C dir`, `pnpm --filter pkg`). */
  values?: ValueOptions;
  /** Rule for a subcommand missing from the table, given the words from that subcommand on. */
  otherwise?: Rule;
  /** Rule when there is no subcommand at all, given all the arguments. */
  bare?: Rule;
}

/** A command whose first positional word picks what it does: `cargo test`, `docker push`. */
function sub(table: Record<string, Rule>, { values = [], otherwise = 'unknown', bare = 'unknown' }: SubcommandOptions = {}): CommandRule {
  return (args) => {
    const i = commandStart(args, values);
    if (i >= args.length) return apply(bare, args);
    const rule = own(table, args[i]!.toLowerCase());
    return rule === undefined ? apply(otherwise, args.slice(i)) : apply(rule, args.slice(i + 1));
  };
}

interface RunnerSpec {
  values?: ValueOptions;
  /** Options whose value is inline code we cannot see into (`bash -c`, `python -c`, `node -e`). */
  inline?: RegExp;
  /** Positional words before the command: `timeout DURATION`, `docker exec CONTAINER`. */
  skip?: number;
  /** The command is a script file or module handed to an interpreter, never a shell builtin. */
  script?: boolean;
  /** Verdict when nothing is run: a bare interpreter reads a script we cannot see. */
  bare?: Verdict;
}

/** A wrapper or interpreter: what it runs decides (`sudo pytest`, `bash ci/test.sh`, `python -m pytest`). */
function runner({ values = [], inline, skip = 0, script = false, bare = null }: RunnerSpec = {}): CommandRule {
  return (args) => {
    const start = commandStart(args, values, skip);
    if (inline && args.slice(0, start).some((word) => inline.test(word))) return 'unknown';
    return start < args.length ? classifyArgv(args.slice(start), script) : bare;
  };
}

/** Several targets or tasks in one command (`make lint test`, `gradle clean build`): the most severe counts. */
function targets(classify: (target: string) => StepKind, values: ValueOptions = [], bare: StepKind = 'unknown'): CommandRule {
  return (args) => {
    // `VAR=value` overrides and the bare numbers of `make -j 8` are not targets.
    const kinds = positionals(args, values)
      .filter((word) => !word.includes('=') && !/^\d+$/.test(word))
      .map(classify);
    return kinds.length > 0 ? mostSevereKind(kinds) : bare;
  };
}

function whenFlag(flags: readonly string[], kind: StepKind, otherwise: Verdict = 'unknown'): CommandRule {
  const matches = (arg: string) => flags.some((flag) => arg === flag || (flag.startsWith('--') && arg.startsWith(`${flag}=`)));
  return (args) => (args.some(matches) ? kind : otherwise);
}

/** Tools driven by inline code (`julia -e 'Pkg.test()'`, `Rscript -e 'devtools::test()'`): the first matching pattern decides. */
function codePatterns(patterns: ReadonlyArray<readonly [RegExp, StepKind]>): CommandRule {
  return (args) => {
    const code = args.join(' ');
    return patterns.find(([pattern]) => pattern.test(code))?.[1] ?? 'unknown';
  };
}

/**
 * Copies into a bucket are uploads — in CI overwhelmingly artifacts, logs and reports, so they
 * count as telemetry; a static site pushed this way is indistinguishable and is graded the same.
 * Copies out of a bucket are downloads, i.e. setup.
 */
function transfer(scheme: string, values: ValueOptions = []): CommandRule {
  return (args) => {
    const [source, destination] = positionals(args, values);
    return source?.startsWith(scheme) && !destination?.startsWith(scheme) ? 'setup' : 'telemetry';
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary of script names, make/tox/rake targets, action names and step names.

/**
 * Words that say what a script, target or step is for. A word that is also a tool name in
 * COMMANDS (pytest, eslint, codecov) counts too when the tool alone decides its kind.
 */
const WORDS: Record<string, StepKind> = {
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
const PERIPHERAL_KINDS: ReadonlySet<StepKind> = new Set(['setup', 'cleanup', 'telemetry', 'deploy']);

function words(text: string): string[] {
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

function wordKind(word: string): Verdict {
  const listed = own(WORDS, word);
  if (listed !== undefined) return listed;
  const rule = ruleFor(word);
  // Only tools whose name alone decides: `make` or `black` without arguments say too little.
  return typeof rule === 'string' && rule !== 'unknown' ? rule : null;
}

/** Kind of a name made of words: `test:unit`, `run_tests.sh`, `setup-linux`, "Build wheels". */
function scriptKind(text: string): Verdict {
  const kinds = words(text)
    .map(wordKind)
    .filter((kind): kind is StepKind => kind !== null);
  const [first] = kinds;
  if (first === undefined) return null;
  if (PERIPHERAL_KINDS.has(first)) return first;
  // Reporting words describe what is done with the tests' output wherever they stand:
  // "Merge integration test coverage", "Test summary".
  return kinds.includes('telemetry') ? 'telemetry' : mostSevereKind(kinds);
}

/** A package script or task named "check" (`npm run check`, `format:check`) is a lint; in step names the word says too little. */
function taskKind(task: string): StepKind {
  return scriptKind(task) ?? (words(task).some((word) => word === 'check' || word === 'checks') ? 'lint' : 'unknown');
}

/** Words of make targets that prepare the tree rather than build it: `make patch_duckdb`, `make deps`, `make fetch-data`. */
const PREPARATION_TARGET_WORDS: ReadonlySet<string> = new Set(
  list('patch patches apply deps dependencies fetch download setup configure prepare bootstrap'),
);

/**
 * `make check` is the autotools test target and `make install` still compiles, so make's own
 * conventions come first; a target named for preparation (`patch_duckdb`, `install-deps`) is setup.
 */
function makeTarget(target: string): StepKind {
  if (/test|check/i.test(target)) return 'test';
  if (words(target).some((word) => PREPARATION_TARGET_WORDS.has(word))) return 'setup';
  if (/^install/i.test(target)) return 'build';
  return scriptKind(target) ?? 'build';
}

const GRADLE_TASKS: ReadonlyArray<readonly [RegExp, StepKind]> = [
  [/lint|detekt|ktlint|spotless|checkstyle|pmd|spotbugs|apicheck/i, 'lint'],
  [/test|check/i, 'test'],
  [/^publishToMavenLocal$/i, 'build'],
  [/^(publish|upload|deploy)/i, 'deploy'],
  [/^clean/i, 'cleanup'],
];

function gradleTask(task: string): StepKind {
  const name = task.split(':').pop()!;
  return GRADLE_TASKS.find(([pattern]) => pattern.test(name))?.[1] ?? 'build';
}

/** `install` and `verify` run the tests too, but follow the phases people name when they mean a build or a test run. */
const MAVEN_PHASES: Record<string, StepKind> = {
  clean: 'cleanup',
  validate: 'lint',
  compile: 'build',
  'test-compile': 'build',
  test: 'test',
  package: 'build',
  'integration-test': 'test',
  verify: 'test',
  install: 'build',
  deploy: 'deploy',
  site: 'build',
};

function mavenGoal(goal: string): StepKind {
  return own(MAVEN_PHASES, goal) ?? (goal.includes(':') ? scriptKind(goal) : null) ?? 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Rules shared by several commands.

const MAKE_VALUES = ['-C', '--directory', '-f', '--file', '--makefile', '-I', '--include-dir', '-o', '--old-file', '-W', '--what-if'];
const GRADLE_VALUES = list(
  '-x --exclude-task -p --project-dir --tests -b --build-file -c --settings-file -g --gradle-user-home -I',
  '--init-script --console --warning-mode --max-workers',
);
const MAVEN_VALUES = list(
  '-pl --projects -f --file -s --settings -gs --global-settings -P --activate-profiles -T --threads -rf',
  '--resume-from -l --log-file -t --toolchains',
);
const DOCKER_RUN_VALUES = list(
  '-e --env --env-file -v --volume --mount -w --workdir -u --user --name --network --net -p --publish',
  '--entrypoint --platform -m --memory --cpus --gpus --shm-size --ipc --pid --cap-add --cap-drop --device -l',
  '--label -h --hostname --add-host --security-opt --ulimit --pull --runtime --cidfile --log-driver --log-opt',
  '--tmpfs --dns --group-add --restart --userns --stop-signal --stop-timeout -a --attach',
);
const S3_COPY_VALUES = list('--acl --exclude --include --content-type --cache-control --storage-class --metadata --expires --sse');
const DOCKER_EXEC_VALUES = ['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys'];

// `-m` needs no special case: it is a flag, and the module after it is classified like a script (`-m pytest`, `-m test`).
const python = runner({ values: ['-W', '-X', '--check-hash-based-pycs'], inline: /^-c/, script: true, bare: 'unknown' });
const shell = runner({
  values: /^(-[a-zA-Z]*o|-O|--rcfile|--init-file)$/,
  inline: /^-[a-zA-Z]*c[a-zA-Z]*$/,
  script: true,
  bare: 'unknown',
});
const powershell = runner({
  values: /^-(executionpolicy|ep|workingdirectory|wd|configurationname|settingsfile|outputformat|of|inputformat|if)$/i,
  inline: /^-(c|command|e|ec|encodedcommand)$/i,
  script: true,
  bare: 'unknown',
});
const NODE_VALUES = ['-r', '--require', '--import', '--loader', '--experimental-loader', '-C', '--conditions'];
const nodeScript = runner({ values: NODE_VALUES, inline: /^(-e|--eval|-p|--print)$/, script: true, bare: 'unknown' });
/** `node --test` is Node's built-in test runner. */
const node: CommandRule = (args) => (args.slice(0, commandStart(args, NODE_VALUES)).includes('--test') ? 'test' : nodeScript(args));

/** `npm run NAME` only ever runs a package.json script, so its name is all there is to go on. */
function packageScript(values: ValueOptions = []): CommandRule {
  return (args) => {
    const i = commandStart(args, values);
    return i < args.length ? taskKind(args[i]!) : null;
  };
}

/**
 * `yarn NAME`, `pnpm NAME`, `hatch run NAME`: a script when its name says what it is, else a tool
 * from node_modules/.bin or the environment.
 */
function scriptOrBinary(values: ValueOptions = []): CommandRule {
  return (args) => {
    const i = commandStart(args, values);
    return i < args.length ? (scriptKind(args[i]!) ?? classifyCommand(args.slice(i))) : null;
  };
}

const pip = sub(
  {
    install: 'setup',
    download: 'setup',
    wheel: 'build',
    uninstall: 'cleanup',
    freeze: null,
    list: null,
    show: null,
    debug: null,
    inspect: null,
  },
  { otherwise: 'setup' },
);
/** Installing a pinned tool (`go install x/cmd@v1`) is setup; installing the module being built is the build. */
const goInstall: CommandRule = (args) => (args.some((arg) => arg.includes('@')) ? 'setup' : 'build');
const cargo: CommandRule = sub(
  {
    test: 'test',
    t: 'test',
    nextest: 'test',
    bench: 'test',
    miri: sub({ test: 'test', setup: 'setup' }),
    'llvm-cov': 'test',
    tarpaulin: 'test',
    build: 'build',
    b: 'build',
    check: 'build',
    c: 'build',
    doc: 'build',
    clippy: 'lint',
    fmt: whenFlag(['--check'], 'lint'),
    deny: 'lint',
    audit: 'lint',
    machete: 'lint',
    udeps: 'lint',
    'semver-checks': 'lint',
    hack: (args) => cargo(args),
    publish: 'deploy',
    fetch: 'setup',
    install: 'setup',
    binstall: 'setup',
    clean: 'cleanup',
  },
  { values: ['-Z', '--config', '-C', '--color'] },
);
/** `cargo +nightly test`: the toolchain selector is not the subcommand. */
const cargoWithToolchain: CommandRule = (args) => cargo(args.filter((arg) => !arg.startsWith('+')));
const packageManager = sub(
  {
    remove: 'cleanup',
    purge: 'cleanup',
    autoremove: 'cleanup',
    autoclean: 'cleanup',
    clean: 'cleanup',
    cleanup: 'cleanup',
    uninstall: 'cleanup',
    erase: 'cleanup',
    del: 'cleanup',
  },
  { values: ['-o', '--option', '-c', '--config-file', '-t', '--target-release'], otherwise: 'setup', bare: 'setup' },
);
const conda = sub(
  {
    run: runner({ values: ['-n', '--name', '-p', '--prefix', '--cwd'] }),
    clean: 'cleanup',
    remove: 'cleanup',
    uninstall: 'cleanup',
    build: 'build',
  },
  { otherwise: 'setup', bare: 'setup' },
);
const tsc = whenFlag(['--noEmit'], 'lint', 'build');
/** `docker run IMAGE CMD` runs CMD; without CMD, the image's entrypoint runs and we cannot tell what it does. */
const dockerRun = runner({ values: DOCKER_RUN_VALUES, skip: 1, bare: 'unknown' });
const dockerExec = runner({ values: DOCKER_EXEC_VALUES, skip: 1, bare: 'unknown' });
const compose = sub(
  {
    build: 'build',
    pull: 'setup',
    create: 'setup',
    run: dockerRun,
    exec: dockerExec,
    down: 'cleanup',
    rm: 'cleanup',
    stop: 'cleanup',
    kill: 'cleanup',
    logs: null,
    ps: null,
  },
  { values: ['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory'] },
);
const docker = sub(
  {
    build: 'build',
    buildx: sub({ build: 'build', bake: 'build', create: 'setup', use: 'setup', inspect: null, rm: 'cleanup', prune: 'cleanup' }),
    image: sub({ build: 'build', push: 'deploy', pull: 'setup', rm: 'cleanup', prune: 'cleanup', ls: null, inspect: null }),
    container: sub({
      run: dockerRun,
      exec: dockerExec,
      rm: 'cleanup',
      stop: 'cleanup',
      kill: 'cleanup',
      prune: 'cleanup',
      ls: null,
      logs: null,
      inspect: null,
    }),
    system: sub({ prune: 'cleanup', df: null, info: null }),
    volume: sub({ create: 'setup', rm: 'cleanup', prune: 'cleanup' }),
    network: sub({ create: 'setup', rm: 'cleanup', prune: 'cleanup' }),
    builder: sub({ prune: 'cleanup' }),
    manifest: sub({ create: 'build', push: 'deploy' }),
    compose,
    run: dockerRun,
    exec: dockerExec,
    push: 'deploy',
    pull: 'setup',
    login: 'setup',
    load: 'setup',
    // A tag names an image for the push that follows; it builds nothing.
    tag: 'setup',
    logout: 'cleanup',
    rm: 'cleanup',
    rmi: 'cleanup',
    stop: 'cleanup',
    kill: 'cleanup',
    ps: null,
    images: null,
    info: null,
    logs: null,
    inspect: null,
  },
  { values: ['-H', '--host', '-c', '--context', '--config', '-l', '--log-level'] },
);
const terraform = sub({
  init: 'setup',
  workspace: 'setup',
  get: 'setup',
  providers: 'setup',
  // A plan is a dry run that fails on invalid configuration: a check, not a change.
  plan: 'lint',
  validate: 'lint',
  fmt: whenFlag(['-check', '--check'], 'lint'),
  apply: 'deploy',
  import: 'deploy',
  destroy: 'cleanup',
});
const make = targets(makeTarget, MAKE_VALUES, 'build');
const gradle = targets(gradleTask, GRADLE_VALUES, 'build');
const mavenGoals = targets(mavenGoal, MAVEN_VALUES);
/** `-DskipTests` turns a test phase into a plain build. */
const maven: CommandRule = (args) => {
  const kind = mavenGoals(args);
  return kind === 'test' && args.some((arg) => /^-D(skipTests|maven\.test\.skip)(=true)?$/.test(arg)) ? 'build' : kind;
};
const bazel = sub({
  test: 'test',
  coverage: 'test',
  build: 'build',
  fetch: 'setup',
  sync: 'setup',
  clean: 'cleanup',
  query: null,
  cquery: null,
  aquery: null,
  info: null,
});
const cmake: CommandRule = (args) => {
  // `cmake -E` is cmake's portable coreutils (copy, make_directory, echo, rm…).
  if (args[0] === '-E') return /^(rm|remove|remove_directory)$/.test(args[1] ?? '') ? 'cleanup' : null;
  const kinds = optionValues(args, ['--target', '-t']).map(makeTarget);
  return kinds.length > 0 ? mostSevereKind(kinds) : 'build';
};
const npmExec = runner({ values: ['-p', '--package'], inline: /^(-c|--call)$/ });
const npmScript = packageScript();
const npm = sub(
  {
    test: 'test',
    t: 'test',
    tst: 'test',
    it: 'test',
    cit: 'test',
    'install-test': 'test',
    'install-ci-test': 'test',
    run: npmScript,
    'run-script': npmScript,
    ci: 'setup',
    'clean-install': 'setup',
    install: 'setup',
    i: 'setup',
    add: 'setup',
    update: 'setup',
    link: 'setup',
    rebuild: 'build',
    pack: 'build',
    // `npm audit fix` rewrites the lockfile to remove what the audit found: a remediation, not a check.
    audit: sub({ fix: 'setup' }, { otherwise: 'lint', bare: 'lint' }),
    publish: 'deploy',
    exec: npmExec,
    x: npmExec,
    uninstall: 'cleanup',
    prune: 'cleanup',
  },
  { values: ['--prefix', '-w', '--workspace'] },
);
const yarnScript = scriptOrBinary();
const yarn: CommandRule = sub(
  {
    install: 'setup',
    add: 'setup',
    up: 'setup',
    upgrade: 'setup',
    set: 'setup',
    config: 'setup',
    plugin: 'setup',
    run: yarnScript,
    test: 'test',
    pack: 'build',
    publish: 'deploy',
    npm: sub({ publish: 'deploy', login: 'setup', audit: 'lint' }),
    dlx: runner({ values: ['-p', '--package'] }),
    exec: runner(),
    remove: 'cleanup',
    // `yarn workspace NAME <command>` and `yarn workspaces foreach [options] <command>` run a yarn command again.
    workspace: (args) => yarn(args.slice(commandStart(args, [], 1))),
    workspaces: sub({
      run: yarnScript,
      foreach: (args) => yarn(args.slice(commandStart(args, ['--from', '--include', '--exclude', '-j', '--jobs', '--since']))),
    }),
  },
  { values: ['--cwd'], otherwise: yarnScript, bare: 'setup' },
);
const PNPM_VALUES = list(
  '--filter -F --filter-prod -C --dir --workspace-concurrency --reporter --test-pattern',
  '--changed-files-ignore-pattern',
);
const pnpm: CommandRule = sub(
  {
    test: 'test',
    t: 'test',
    run: packageScript(PNPM_VALUES),
    'run-script': packageScript(PNPM_VALUES),
    recursive: (args) => pnpm(args),
    exec: runner(),
    dlx: runner({ values: ['--package'] }),
    install: 'setup',
    i: 'setup',
    add: 'setup',
    update: 'setup',
    up: 'setup',
    fetch: 'setup',
    setup: 'setup',
    env: 'setup',
    pack: 'build',
    publish: 'deploy',
    remove: 'cleanup',
    prune: 'cleanup',
  },
  { values: PNPM_VALUES, otherwise: scriptOrBinary() },
);
const bun = sub(
  {
    test: 'test',
    run: scriptOrBinary(),
    x: runner(),
    install: 'setup',
    i: 'setup',
    add: 'setup',
    update: 'setup',
    link: 'setup',
    build: 'build',
    publish: 'deploy',
    remove: 'cleanup',
  },
  { otherwise: scriptOrBinary() },
);
const uvRun = runner({
  values: list(
    '--with --with-editable --with-requirements --python -p --extra --group --only-group --no-group --package',
    '--directory --project --env-file --index --index-url --extra-index-url --from',
  ),
});
const uvx = runner({
  values: ['--from', '--with', '--with-editable', '--with-requirements', '--python', '-p', '--index', '--index-url', '--extra-index-url'],
});
const setupPy = sub({
  build: 'build',
  build_ext: 'build',
  build_py: 'build',
  bdist: 'build',
  bdist_wheel: 'build',
  sdist: 'build',
  egg_info: 'build',
  // Both compile extensions and fail like a build does; the install is a side effect.
  develop: 'build',
  install: 'build',
  test: 'test',
  check: 'lint',
  flake8: 'lint',
  upload: 'deploy',
  register: 'deploy',
  clean: 'cleanup',
});
/** `xcodebuild` takes actions as bare words among its `-option value` pairs. */
const xcodebuild: CommandRule = (args) => {
  if (args.includes('test') || args.includes('test-without-building')) return 'test';
  return args.includes('analyze') ? 'lint' : 'build';
};
/** `tox -e lint`, `nox -s docs`: the environment or session names say what runs; plain tox runs the test environments. */
function sessions(flags: readonly string[]): CommandRule {
  return (args) => {
    const kinds = optionValues(args, flags).map((name) => scriptKind(name) ?? 'test');
    return kinds.length > 0 ? mostSevereKind(kinds) : 'test';
  };
}
const compilerCache: CommandRule = (args) => {
  if (args.some((arg) => /^(-s|--show-stats|--show-adv-stats)$/.test(arg))) return 'telemetry';
  if (args.includes('--stop-server')) return 'cleanup';
  const i = commandStart(args, ['-M', '--max-size', '-F', '--max-files', '-o', '--set-config', '-d', '--dir']);
  return i < args.length ? classifyCommand(args.slice(i)) : 'setup';
};
/** `find … -delete` cleans up; `find … -exec CMD {} ;` is CMD; a plain find only lists files. */
const find: CommandRule = (args) => {
  if (args.includes('-delete')) return 'cleanup';
  const exec = args.findIndex((arg) => arg === '-exec' || arg === '-execdir');
  if (exec < 0) return null;
  const end = args.findIndex((arg, i) => i > exec && (arg === ';' || arg === '\\;' || arg === '+'));
  return classifyCommand(args.slice(exec + 1, end < 0 ? undefined : end));
};
/** `command -v tool` only looks a tool up. */
const command: CommandRule = (args) =>
  args.slice(0, commandStart(args)).some((arg) => arg === '-v' || arg === '-V') ? null : runner()(args);
/** `nix develop -c CMD` runs CMD; without a command it only enters the environment. */
const nixShell: CommandRule = (args) => {
  const i = args.findIndex((arg) => arg === '-c' || arg === '--command');
  return i < 0 ? 'setup' : runner()(args.slice(i + 1));
};
/**
 * curl and wget mostly fetch tools and data (setup). A curl that sends a body or a file is
 * posting a notification or uploading a report (`curl -d … https://hooks.slack.com/…`).
 */
const curl = whenFlag(
  ['-T', '--upload-file', '-F', '--form', '-d', '--data', '--data-binary', '--data-raw', '--data-urlencode', '--json'],
  'telemetry',
  'setup',
);
const goreleaserRelease = whenFlag(['--snapshot', '--skip=publish', '--skip-publish'], 'build', 'deploy');

// ---------------------------------------------------------------------------------------------
// The command table, by basename (lower-cased, without .exe/.cmd/.bat and a trailing version).

const COMMANDS: Record<string, Rule> = {
  // Wrappers: what they run decides.
  sudo: runner({
    values: list(
      '-u --user -g --group -C --close-from -D --chdir -h --host -p --prompt -r --role -t --type -U --other-user -T',
      '--command-timeout',
    ),
  }),
  doas: runner({ values: ['-u', '-C'] }),
  env: runner({ values: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'] }),
  time: runner({ values: ['-f', '--format', '-o', '--output'] }),
  timeout: runner({ values: ['-s', '--signal', '-k', '--kill-after'], skip: 1 }),
  nice: runner({ values: ['-n', '--adjustment'] }),
  nohup: runner(),
  'xvfb-run': runner({
    values: list('-n --server-num -s --server-args -f --auth-file -e --error-file -p --xauth-protocol -w --wait'),
  }),
  stdbuf: runner({ values: ['-i', '-o', '-e'] }),
  catchsegv: runner(),
  eatmydata: runner(),
  unbuffer: runner(),
  exec: runner({ values: ['-a'] }),
  builtin: runner(),
  command,
  call: runner(),
  xargs: runner({ values: ['-n', '--max-args', '-I', '-P', '--max-procs', '-L', '-d', '--delimiter', '-E', '-s', '-a', '--arg-file'] }),
  nbqa: runner(),
  find,
  npx: npmExec,
  bunx: runner({ values: ['-p', '--package'] }),
  nix: sub({ develop: nixShell, shell: nixShell, build: 'build', flake: sub({ check: 'test' }) }),

  // Interpreters: the script or module they run decides.
  python,
  py: python,
  pypy: python,
  bash: shell,
  sh: shell,
  zsh: shell,
  dash: shell,
  ksh: shell,
  pwsh: powershell,
  powershell,
  node,
  ruby: runner({ values: ['-I', '-r', '-C'], inline: /^-[a-z]*e$/, script: true, bare: 'unknown' }),
  perl: runner({ values: ['-I', '-M'], inline: /^-[a-z]*e$/i, script: true, bare: 'unknown' }),
  php: runner({ values: ['-c', '-d'], inline: /^-r$/, script: true, bare: 'unknown' }),
  deno: sub({
    test: 'test',
    bench: 'test',
    lint: 'lint',
    check: 'lint',
    fmt: whenFlag(['--check'], 'lint'),
    compile: 'build',
    bundle: 'build',
    run: runner({ values: ['-c', '--config', '--import-map', '--lock', '--location', '--seed', '--cert'], script: true, bare: 'unknown' }),
    task: packageScript(),
    install: 'setup',
    cache: 'setup',
    add: 'setup',
    publish: 'deploy',
  }),
  julia: codePatterns([
    [/Pkg\.test|runtests/, 'test'],
    [/Pkg\.build/, 'build'],
    [/Pkg\.(instantiate|add|develop|resolve|update)/, 'setup'],
  ]),
  rscript: codePatterns([
    [/\blint/, 'lint'],
    // A call such as devtools::test() or rcmdcheck(), not install.packages('testthat').
    [/(test|check)\w*\s*\(/, 'test'],
    [/install|deps/, 'setup'],
    [/build|document/, 'build'],
  ]),
  r: sub({ cmd: sub({ check: 'test', build: 'build', install: 'build' }) }),

  // Python project and environment managers.
  pip,
  uv: sub(
    {
      pip,
      run: uvRun,
      tool: sub({ run: uvx, install: 'setup', upgrade: 'setup' }, { otherwise: 'setup' }),
      build: 'build',
      publish: 'deploy',
      cache: sub({ clean: 'cleanup', prune: 'cleanup' }, { otherwise: null }),
    },
    { otherwise: 'setup' },
  ),
  uvx,
  pipx: sub({ run: runner({ values: ['--spec', '--python'] }) }, { otherwise: 'setup' }),
  poetry: sub({ run: runner(), build: 'build', publish: 'deploy', check: 'lint', shell: 'unknown' }, { otherwise: 'setup' }),
  pipenv: sub({ run: runner(), check: 'lint' }, { otherwise: 'setup', bare: 'setup' }),
  hatch: sub(
    { run: scriptOrBinary(), test: 'test', build: 'build', publish: 'deploy', fmt: 'lint', env: 'setup', clean: 'cleanup' },
    { values: ['-e', '--env'] },
  ),
  pdm: sub(
    {
      run: scriptOrBinary(),
      install: 'setup',
      sync: 'setup',
      lock: 'setup',
      add: 'setup',
      update: 'setup',
      use: 'setup',
      venv: 'setup',
      build: 'build',
      publish: 'deploy',
    },
    { otherwise: scriptOrBinary() },
  ),
  pixi: sub({ run: scriptOrBinary(['-e', '--environment', '--manifest-path']), exec: runner() }, { otherwise: 'setup' }),
  conda,
  mamba: conda,
  micromamba: conda,
  venv: 'setup',
  virtualenv: 'setup',
  ensurepip: 'setup',
  coverage: sub({
    run: runner({
      values: ['--rcfile', '--source', '--include', '--omit', '--data-file', '--concurrency', '--context', '--debug'],
      script: true,
      bare: 'unknown',
    }),
    // A --fail-under threshold gates the build on coverage; otherwise it is a report.
    report: whenFlag(['--fail-under'], 'test', 'telemetry'),
    xml: 'telemetry',
    html: 'telemetry',
    json: 'telemetry',
    lcov: 'telemetry',
    combine: 'telemetry',
    annotate: 'telemetry',
    erase: 'cleanup',
  }),
  'setup.py': setupPy,
  'manage.py': sub({ test: 'test', check: 'lint', migrate: 'setup', collectstatic: 'build' }),
  twine: sub({ upload: 'deploy', register: 'deploy', check: 'lint' }),
  maturin: sub({ build: 'build', develop: 'build', sdist: 'build', publish: 'deploy', upload: 'deploy' }),
  tox: sessions(['-e', '--env']),
  nox: sessions(['-s', '-e', '--session', '--sessions']),

  // JavaScript package managers, runners and build tools.
  npm,
  yarn,
  pnpm,
  bun,
  corepack: 'setup',
  nvm: 'setup',
  tsc,
  'vue-tsc': tsc,
  playwright: sub({ test: 'test', install: 'setup', 'install-deps': 'setup' }),
  cypress: sub({ run: 'test', install: 'setup', verify: 'setup' }),
  vite: sub({ build: 'build' }),
  next: sub({ build: 'build', lint: 'lint' }),
  ng: sub({ test: 'test', e2e: 'test', build: 'build', lint: 'lint' }),
  nyc: sub({ report: 'telemetry', 'check-coverage': 'test' }, { otherwise: runner() }),
  c8: sub({ report: 'telemetry', 'check-coverage': 'test' }, { otherwise: runner() }),
  turbo: targets(taskKind),
  nx: targets(taskKind),
  lerna: targets(taskKind),
  biome: sub({ check: 'lint', lint: 'lint', ci: 'lint', format: 'lint' }),
  dprint: sub({ check: 'lint' }),
  prettier: whenFlag(['--check', '-c', '--list-different', '-l'], 'lint'),
  vercel: sub({ deploy: 'deploy', build: 'build', pull: 'setup', link: 'setup', env: 'setup' }, { otherwise: 'deploy', bare: 'deploy' }),
  netlify: sub({ deploy: 'deploy', build: 'build' }),
  wrangler: sub({ deploy: 'deploy', publish: 'deploy', pages: sub({ deploy: 'deploy', publish: 'deploy' }) }),
  firebase: sub({ deploy: 'deploy' }),

  // Test runners whose name alone says it.
  pytest: 'test',
  'py.test': 'test',
  unittest: 'test',
  nose2: 'test',
  nosetests: 'test',
  stestr: 'test',
  trial: 'test',
  behave: 'test',
  // `jest --listTests` and `vitest list` only enumerate; `--cache`-only warm-ups are not the run.
  jest: whenFlag(['--listTests', '--showConfig'], 'setup', 'test'),
  vitest: sub({ list: 'setup', run: 'test', bench: 'telemetry', related: 'test', watch: 'test' }, { otherwise: 'test', bare: 'test' }),
  mocha: 'test',
  jasmine: 'test',
  ava: 'test',
  tap: 'test',
  karma: 'test',
  wdio: 'test',
  testcafe: 'test',
  'cucumber-js': 'test',
  cucumber: 'test',
  gotestsum: 'test',
  ginkgo: 'test',
  ctest: 'test',
  lit: 'test',
  rspec: 'test',
  phpunit: 'test',
  pest: 'test',
  prove: 'test',
  busted: 'test',

  // Linters, formatters in check mode and type checkers.
  ruff: sub({ format: whenFlag(['--check', '--diff'], 'lint') }, { otherwise: 'lint', bare: 'lint' }),
  flake8: 'lint',
  pylint: 'lint',
  // `mypy --install-types --non-interactive` is how CI installs missing stub packages before the real run.
  mypy: whenFlag(['--install-types'], 'setup', 'lint'),
  pyright: 'lint',
  basedpyright: 'lint',
  pytype: 'lint',
  bandit: 'lint',
  vulture: 'lint',
  pydocstyle: 'lint',
  pycodestyle: 'lint',
  pyflakes: 'lint',
  // A formatter in write mode checks nothing by itself (a later `git diff --exit-code` might): only its check mode is lint.
  black: whenFlag(['--check', '--diff'], 'lint'),
  isort: whenFlag(['--check', '--check-only', '-c', '--diff'], 'lint'),
  eslint: 'lint',
  tslint: 'lint',
  stylelint: 'lint',
  oxlint: 'lint',
  xo: 'lint',
  'svelte-check': 'lint',
  commitlint: 'lint',
  rustfmt: whenFlag(['--check'], 'lint'),
  'golangci-lint': 'lint',
  staticcheck: 'lint',
  govulncheck: 'lint',
  revive: 'lint',
  gofmt: whenFlag(['-l', '-d'], 'lint'),
  shellcheck: 'lint',
  shfmt: whenFlag(['-d', '-l'], 'lint'),
  actionlint: 'lint',
  zizmor: 'lint',
  hadolint: 'lint',
  yamllint: 'lint',
  markdownlint: 'lint',
  'markdownlint-cli2': 'lint',
  codespell: 'lint',
  typos: 'lint',
  vale: 'lint',
  lychee: 'lint',
  'pre-commit': sub({ install: 'setup', 'install-hooks': 'setup', autoupdate: 'setup' }, { otherwise: 'lint', bare: 'lint' }),
  lintrunner: sub({ init: 'setup' }, { otherwise: 'lint', bare: 'lint' }),
  'clang-tidy': 'lint',
  'run-clang-tidy': 'lint',
  'clang-format': whenFlag(['--dry-run', '-n'], 'lint'),
  cpplint: 'lint',
  cppcheck: 'lint',
  rubocop: 'lint',
  ktlint: 'lint',
  swiftlint: 'lint',
  semgrep: 'lint',
  checkov: 'lint',
  tflint: 'lint',
  'ansible-lint': 'lint',
  sqlfluff: 'lint',
  'check-manifest': 'lint',
  'editorconfig-checker': 'lint',
  buf: sub({ lint: 'lint', breaking: 'lint', generate: 'build', build: 'build', push: 'deploy' }),

  // Builds.
  make,
  gmake: make,
  nmake: make,
  'mingw32-make': make,
  ninja: targets(makeTarget, ['-C', '-f', '-j', '-k', '-l', '-t', '-d', '-w'], 'build'),
  cmake,
  meson: sub(
    { test: 'test', compile: 'build', setup: 'build', configure: 'build', install: 'build', dist: 'build' },
    { otherwise: 'build' },
  ),
  configure: 'build',
  autoreconf: 'build',
  scons: targets(makeTarget, [], 'build'),
  go: sub({
    test: 'test',
    vet: 'lint',
    build: 'build',
    install: goInstall,
    generate: 'build',
    mod: sub({ verify: 'lint' }, { otherwise: 'setup' }),
    get: 'setup',
    work: 'setup',
    clean: 'cleanup',
    env: null,
    list: null,
  }),
  cargo: cargoWithToolchain,
  cross: cargoWithToolchain,
  'wasm-pack': sub({ test: 'test', build: 'build', publish: 'deploy' }),
  rustup: 'setup',
  gradle,
  gradlew: gradle,
  mvn: maven,
  mvnw: maven,
  mvnd: maven,
  ant: targets(taskKind, ['-f', '-buildfile', '-lib'], 'build'),
  sbt: targets((task) => scriptKind(task) ?? 'build', [], 'build'),
  bazel,
  bazelisk: bazel,
  buck2: sub({ test: 'test', build: 'build', clean: 'cleanup' }),
  buck: sub({ test: 'test', build: 'build', clean: 'cleanup' }),
  pants: targets(taskKind),
  dotnet: sub({
    test: 'test',
    vstest: 'test',
    build: 'build',
    msbuild: 'build',
    // `dotnet publish` lays the app out in a local folder; `dotnet nuget push` is the release.
    publish: 'build',
    pack: 'build',
    restore: 'setup',
    workload: 'setup',
    'dev-certs': 'setup',
    tool: sub({ run: runner() }, { otherwise: 'setup' }),
    format: whenFlag(['--verify-no-changes'], 'lint'),
    nuget: sub({ push: 'deploy' }),
    clean: 'cleanup',
  }),
  msbuild: 'build',
  xcodebuild,
  swift: sub({ test: 'test', build: 'build', package: sub({ resolve: 'setup', update: 'setup', clean: 'cleanup' }) }),
  mix: sub({
    test: 'test',
    compile: 'build',
    'deps.get': 'setup',
    'deps.compile': 'build',
    format: whenFlag(['--check-formatted'], 'lint'),
    credo: 'lint',
    dialyzer: 'lint',
    'hex.publish': 'deploy',
    'local.hex': 'setup',
    'local.rebar': 'setup',
  }),
  flutter: sub({
    test: 'test',
    drive: 'test',
    build: 'build',
    analyze: 'lint',
    format: whenFlag(['--set-exit-if-changed'], 'lint'),
    pub: sub({ get: 'setup', upgrade: 'setup', publish: 'deploy' }),
    precache: 'setup',
    config: 'setup',
  }),
  dart: sub({
    test: 'test',
    analyze: 'lint',
    format: whenFlag(['--set-exit-if-changed'], 'lint'),
    compile: 'build',
    pub: sub({ get: 'setup', upgrade: 'setup', publish: 'deploy' }),
  }),
  bundle: sub({ exec: runner(), install: 'setup', update: 'setup', config: 'setup', lock: 'setup', add: 'setup' }, { bare: 'setup' }),
  rake: targets(taskKind),
  gem: sub({ install: 'setup', build: 'build', push: 'deploy' }),
  composer: sub(
    {
      install: 'setup',
      update: 'setup',
      require: 'setup',
      config: 'setup',
      global: 'setup',
      test: 'test',
      run: packageScript(),
      'run-script': packageScript(),
    },
    { otherwise: scriptOrBinary(), bare: 'setup' },
  ),
  artisan: sub({ test: 'test', migrate: 'setup' }),
  just: targets(taskKind),
  task: targets(taskKind),
  invoke: targets(taskKind),
  inv: targets(taskKind),
  grunt: targets(taskKind),
  gulp: targets(taskKind),
  webpack: 'build',
  rollup: 'build',
  esbuild: 'build',
  parcel: 'build',
  'electron-builder': 'build',
  build: 'build',
  'pyproject-build': 'build',
  cibuildwheel: 'build',
  pyinstaller: 'build',
  'sphinx-build': 'build',
  mkdocs: sub({ build: 'build', 'gh-deploy': 'deploy' }),
  hugo: sub({ deploy: 'deploy' }, { otherwise: 'build', bare: 'build' }),
  jekyll: sub({ build: 'build' }),
  gcc: 'build',
  'g++': 'build',
  cc: 'build',
  'c++': 'build',
  clang: 'build',
  'clang++': 'build',
  cl: 'build',
  nvcc: 'build',
  rustc: 'build',
  javac: 'build',
  conan: sub({ install: 'setup', profile: 'setup', remote: 'setup', create: 'build', build: 'build', upload: 'deploy' }),
  vcpkg: 'setup',

  // Containers: the subcommand decides (build, push, run, rm…).
  docker,
  podman: docker,
  'docker-compose': compose,

  // Deploy and publish.
  gh: sub(
    {
      release: sub({ create: 'deploy', upload: 'deploy', edit: 'deploy', delete: 'cleanup', download: 'setup', view: null, list: null }),
      pr: sub({ comment: 'telemetry', review: 'telemetry', edit: 'telemetry', view: null, list: null }),
      issue: sub({ comment: 'telemetry', create: 'telemetry', edit: 'telemetry', view: null, list: null }),
      run: sub({ download: 'setup', view: null, list: null }),
      cache: sub({ delete: 'cleanup' }),
      auth: 'setup',
      extension: 'setup',
    },
    { values: ['-R', '--repo'] },
  ),
  goreleaser: sub({ release: goreleaserRelease, build: 'build', check: 'lint' }, { bare: goreleaserRelease }),
  'semantic-release': 'deploy',
  'ghp-import': 'deploy',
  'gh-pages': 'deploy',
  kubectl: sub(
    {
      apply: 'deploy',
      create: 'deploy',
      replace: 'deploy',
      patch: 'deploy',
      rollout: 'deploy',
      set: 'deploy',
      scale: 'deploy',
      delete: 'cleanup',
      config: 'setup',
      exec: runner({ values: ['-c', '--container', '-n', '--namespace'], skip: 1, bare: 'unknown' }),
      get: null,
      describe: null,
      logs: null,
    },
    { values: ['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server'] },
  ),
  helm: sub(
    {
      upgrade: 'deploy',
      install: 'deploy',
      rollback: 'deploy',
      push: 'deploy',
      uninstall: 'cleanup',
      delete: 'cleanup',
      repo: 'setup',
      dependency: 'setup',
      dep: 'setup',
      registry: 'setup',
      plugin: 'setup',
      lint: 'lint',
      test: 'test',
      package: 'build',
      template: 'build',
    },
    { values: ['-n', '--namespace', '--kube-context', '--kubeconfig'] },
  ),
  terraform,
  // `packer build` creates and registers a machine image in a cloud account: it ships, like `terraform apply`.
  packer: sub({ build: 'deploy', init: 'setup', validate: 'lint', fmt: whenFlag(['-check'], 'lint') }),
  tofu: terraform,
  terragrunt: terraform,
  serverless: sub({ deploy: 'deploy', package: 'build', remove: 'cleanup' }),
  sls: sub({ deploy: 'deploy', package: 'build', remove: 'cleanup' }),
  fly: sub({ deploy: 'deploy' }),
  flyctl: sub({ deploy: 'deploy' }),
  'ansible-playbook': 'deploy',
  aws: sub(
    {
      s3: sub({
        cp: transfer('s3://', S3_COPY_VALUES),
        sync: transfer('s3://', S3_COPY_VALUES),
        mv: transfer('s3://'),
        rm: 'cleanup',
        rb: 'cleanup',
        mb: 'setup',
        ls: null,
      }),
      ecr: sub({ 'get-login-password': 'setup', 'get-login': 'setup' }),
      configure: 'setup',
      cloudformation: sub({ deploy: 'deploy', 'create-stack': 'deploy', 'update-stack': 'deploy', 'delete-stack': 'cleanup' }),
      sts: null,
    },
    { values: ['--region', '--profile', '--endpoint-url', '--output', '--query'] },
  ),
  gsutil: sub(
    { cp: transfer('gs://', ['-z', '-j', '-a']), rsync: transfer('gs://'), mv: transfer('gs://'), rm: 'cleanup', ls: null, cat: null },
    { values: ['-o', '-h', '-u'] },
  ),
  gcloud: sub(
    {
      storage: sub({ cp: transfer('gs://'), rsync: transfer('gs://'), rm: 'cleanup', ls: null }),
      auth: 'setup',
      config: 'setup',
      components: 'setup',
    },
    // `gcloud app deploy`, `gcloud run deploy`, `gcloud functions deploy`, …
    { otherwise: (args) => (args.includes('deploy') ? 'deploy' : 'unknown') },
  ),

  // Setup.
  'apt-get': packageManager,
  apt: packageManager,
  aptitude: packageManager,
  yum: packageManager,
  dnf: packageManager,
  microdnf: packageManager,
  zypper: packageManager,
  pacman: packageManager,
  apk: packageManager,
  brew: packageManager,
  port: packageManager,
  choco: packageManager,
  scoop: packageManager,
  winget: packageManager,
  snap: packageManager,
  'add-apt-repository': 'setup',
  // Visual Studio's and oneAPI's environment scripts (`call vcvarsall.bat x64`) set up the compiler.
  vcvarsall: 'setup',
  vcvars64: 'setup',
  vcvars32: 'setup',
  vsdevcmd: 'setup',
  setvars: 'setup',
  dpkg: 'setup',
  pyenv: 'setup',
  rbenv: 'setup',
  asdf: 'setup',
  mise: sub({ run: scriptOrBinary(), exec: runner(), x: runner() }, { otherwise: 'setup', bare: 'setup' }),
  sdkmanager: 'setup',
  'ssh-keyscan': 'setup',
  'ssh-add': 'setup',
  unzip: 'setup',
  curl,
  wget: 'setup',
  sccache: compilerCache,
  ccache: compilerCache,
  git: sub(
    {
      clone: 'setup',
      fetch: 'setup',
      pull: 'setup',
      checkout: 'setup',
      switch: 'setup',
      submodule: 'setup',
      'sparse-checkout': 'setup',
      config: 'setup',
      remote: 'setup',
      init: 'setup',
      lfs: 'setup',
      worktree: 'setup',
      reset: 'setup',
      apply: 'setup',
      am: 'setup',
      'cherry-pick': 'setup',
      clean: 'cleanup',
      push: 'deploy',
      // `git diff --exit-code` is how CI checks that generated files are up to date.
      diff: whenFlag(['--exit-code', '--quiet'], 'lint', null),
      status: null,
      log: null,
      show: null,
      'rev-parse': null,
      describe: null,
      branch: null,
      'ls-files': null,
      'rev-list': null,
      'merge-base': null,
    },
    { values: ['-C', '-c', '--git-dir', '--work-tree', '--namespace'] },
  ),

  // Cleanup.
  rm: 'cleanup',
  rmdir: 'cleanup',
  unlink: 'cleanup',
  del: 'cleanup',
  rd: 'cleanup',
  'remove-item': 'cleanup',
  kill: 'cleanup',
  pkill: 'cleanup',
  killall: 'cleanup',
  taskkill: 'cleanup',
  umount: 'cleanup',

  // Telemetry: coverage uploads, reports and notifications.
  codecov: 'telemetry',
  codecovcli: 'telemetry',
  coveralls: 'telemetry',
  'sentry-cli': 'telemetry',
  'datadog-ci': 'telemetry',
  'buildkite-agent': sub({ artifact: sub({ upload: 'telemetry', download: 'setup' }), annotate: 'telemetry' }),
};

/**
 * Commands that say nothing about what a step is for: shell bookkeeping, file shuffling and
 * printing. A step made only of these is still classified (see classifyStep).
 */
const NO_SIGNAL: ReadonlySet<string> = new Set(
  list(
    'echo printf cd pushd popd dirs export unset set shopt source . true false : exit return alias read declare',
    'local typeset readonly shift trap ulimit umask hash type mkdir md ls dir tree cat head tail wc tee pwd which',
    'where sleep wait test [ [[ cp mv ln touch chmod chown basename dirname realpath readlink stat date printenv',
    'whoami hostname uname id df du free nproc lscpu nvidia-smi write-host write-output file',
    // PowerShell cmdlets that only print, navigate or load modules.
    'get-childitem get-content get-location get-command get-process get-item write-verbose write-information',
    'set-location push-location pop-location import-module out-host format-table format-list select-object',
    // `Test-Path` asks whether a path exists; it tests nothing of the project.
    'test-path',
  ),
);

/** Commands that only print diagnostics or wait (not `echo`, which often writes $GITHUB_ENV or a file). */
const PRINT_ONLY: ReadonlySet<string> = new Set(
  list(
    'cat head tail ls dir tree wc du df free nproc lscpu nvidia-smi rocm-smi uname whoami hostname pwd which where',
    'stat date printenv env sleep file ps top uptime vmstat iostat dmesg journalctl lsblk lsof ulimit id',
    'get-childitem get-content get-location get-command get-process get-item write-verbose write-information format-table',
    'format-list out-host',
  ),
);

function printsOnly(argv: readonly string[]): boolean {
  const first = argv.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
  return first !== undefined && PRINT_ONLY.has(commandName(first));
}

/** Lone arguments that only print the tool's version or help (`python --version`, `go version`). */
const PROBES: ReadonlySet<string> = new Set(['--version', '-version', 'version', '-V', '--help', '-h', 'help']);

function commandName(word: string): string {
  return word
    .split(/[\\/]/)
    .pop()!
    .toLowerCase()
    .replace(/(?<=.)@.*$/, '')
    .replace(/\.(exe|cmd|bat|com)$/, '');
}

/** A rule by exact name, else without a trailing version (`python3.12`, `pip3`, `clang-tidy-17`). */
function ruleFor(name: string): Rule | undefined {
  return own(COMMANDS, name) ?? own(COMMANDS, name.replace(/[-_.]?\d+(\.\d+)*$/, ''));
}

/** A whole word that is a variable expansion, or a `${{ }}` expression masked before parsing. */
const RUNTIME_WORD = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|_x*_)$/;

function classifyArgv(argv: readonly string[], script: boolean): Verdict {
  const start = argv.findIndex((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
  if (start < 0) return null;
  const word = argv[start]!;
  const args = argv.slice(start + 1);
  if (args.length === 1 && PROBES.has(args[0]!)) return null;
  // `${CONDA_RUN} pytest`, `$SUDO make test`, `${{ matrix.runner }} npm test` (masked to `_xxx_`):
  // a command word chosen at run time is a wrapper, so what follows it says what runs.
  if (RUNTIME_WORD.test(word) && args.length > 0) return classifyArgv(args, script);
  const name = commandName(word);
  // `./test` or `bash test` is a project script, not the `test` builtin.
  if (!script && !/[\\/]/.test(word) && NO_SIGNAL.has(name)) return null;
  const rule = ruleFor(name);
  if (rule !== undefined) return apply(rule, args);
  // Project scripts and tools we do not list usually name their purpose: run_tests.sh, upload-coverage.
  return scriptKind(word.split(/[\\/]/).pop()!) ?? 'unknown';
}

/**
 * Classify one simple shell command given as its words (argv[0] is the command, already unquoted),
 * e.g. ['python', '-m', 'pytest', '-x'] → 'test'. Returns null for commands that carry no signal
 * (echo, cd, export, mkdir, cat, test/[ …); 'unknown' for a command we cannot place.
 */
export function classifyCommand(argv: readonly string[]): StepKind | null {
  return classifyArgv(argv, false);
}

/** Actions by `owner/repo` or `owner/repo/path`, lower-cased. Anything else is classified by the words of its last path segment. */
const ACTIONS: Record<string, StepKind> = {
  'actions/checkout': 'setup',
  'actions/cache': 'setup',
  'actions/cache/restore': 'setup',
  // Saving a cache uploads state for the next run: a failure costs a cache miss later, never a wrong result now.
  'actions/cache/save': 'telemetry',
  'actions/download-artifact': 'setup',
  'actions/upload-artifact': 'telemetry',
  // The payload of a Pages deployment: if it is missing, the site silently stays stale.
  'actions/upload-pages-artifact': 'deploy',
  'actions/deploy-pages': 'deploy',
  'actions/configure-pages': 'setup',
  'actions/create-release': 'deploy',
  'actions/upload-release-asset': 'deploy',
  'softprops/action-gh-release': 'deploy',
  'ncipollo/release-action': 'deploy',
  'peaceiris/actions-gh-pages': 'deploy',
  'jamesives/github-pages-deploy-action': 'deploy',
  'pypa/gh-action-pypi-publish': 'deploy',
  'goreleaser/goreleaser-action': 'deploy',
  'docker/build-push-action': 'build',
  'docker/bake-action': 'build',
  'pypa/cibuildwheel': 'build',
  'github/codeql-action/autobuild': 'build',
  'github/codeql-action/analyze': 'lint',
  'pre-commit/action': 'lint',
  'golangci/golangci-lint-action': 'lint',
  'github/super-linter': 'lint',
  'super-linter/super-linter': 'lint',
  'cypress-io/github-action': 'test',
  'docker/login-action': 'setup',
  'docker/metadata-action': 'setup',
  'aws-actions/configure-aws-credentials': 'setup',
  'aws-actions/amazon-ecr-login': 'setup',
  'azure/login': 'setup',
  'google-github-actions/auth': 'setup',
  'dtolnay/rust-toolchain': 'setup',
  'swatinem/rust-cache': 'setup',
  'actions-rs/toolchain': 'setup',
  'mamba-org/provision-with-micromamba': 'setup',
  'ilammy/msvc-dev-cmd': 'setup',
  'step-security/harden-runner': 'setup',
  'github/codeql-action/init': 'setup',
  'jlumbroso/free-disk-space': 'cleanup',
  'codecov/codecov-action': 'telemetry',
  'codecov/test-results-action': 'telemetry',
  'coverallsapp/github-action': 'telemetry',
  'slackapi/slack-github-action': 'telemetry',
  '8398a7/action-slack': 'telemetry',
  'rtcamp/action-slack-notify': 'telemetry',
  'github/codeql-action/upload-sarif': 'telemetry',
  'enricomi/publish-unit-test-result-action': 'telemetry',
  // Reporters publish a check run from results the test step already produced.
  'dorny/test-reporter': 'telemetry',
  'mikepenz/action-junit-report': 'telemetry',
  'marocchino/sticky-pull-request-comment': 'telemetry',
};

/**
 * Classify a `uses:` reference ('actions/upload-artifact@v4', './.github/actions/setup-linux',
 * 'docker://alpine'). The `@ref` and case are ignored.
 */
export function classifyUses(uses: string): StepKind {
  const reference = uses.trim().toLowerCase();
  if (reference.startsWith('docker://')) {
    // docker://rhysd/actionlint:1.7 runs actionlint.
    const image = reference
      .slice('docker://'.length)
      .split('/')
      .pop()!
      .replace(/[:@].*$/, '');
    return scriptKind(image) ?? 'unknown';
  }
  const path = usesWithoutRef(reference).replace(/\/+$/, '');
  const segments = path.split('/');
  const listed = own(ACTIONS, path) ?? own(ACTIONS, segments.slice(0, 2).join('/'));
  if (listed !== undefined) return listed;
  // An action that runs a script we were not shown could be running anything.
  if (SCRIPT_INPUTS.some((entry) => entry.uses === path)) return 'unknown';
  return actionNameKind(segments.pop()!) ?? 'unknown';
}

/**
 * Action directories are usually named noun-first (pytest-cache-download, diskspace-cleanup,
 * ecr-login), so a peripheral word anywhere in the name says what the action does.
 */
function actionNameKind(name: string): Verdict {
  const kinds = words(name)
    .map(wordKind)
    .filter((kind): kind is StepKind => kind !== null);
  return kinds.find((kind) => PERIPHERAL_KINDS.has(kind)) ?? (kinds.length > 0 ? mostSevereKind(kinds) : null);
}

/** Fallback from a step's or job's display name ('Run unit tests' → test, 'Upload coverage' → telemetry); null if nothing matches. */
export function classifyName(name: string): StepKind | null {
  return scriptKind(name);
}

/**
 * How a kind was found, which is how far a finding built on it can be trusted: `known` from a
 * listed tool or action (pytest, actions/upload-artifact), `named` from words in a name (a script
 * called run_tests.sh, a step called "Run tests", an action called setup-foo), `unknown` when
 * nothing said what the step does.
 */
export type KindBasis = 'known' | 'named' | 'unknown';

export interface Classification {
  kind: StepKind;
  basis: KindBasis;
}

/** A word that names a script file: `./ci/run_tests.sh`, `tools/test.py`, `"$DIR/audit.sh"`. */
const SCRIPT_FILE = /[\\/]|\.(sh|bash|py|js|mjs|cjs|ts|ps1|rb|pl|cmd|bat)$/i;

/**
 * Whether a command's kind comes from the COMMANDS table (the tool is listed), not from its name's
 * words: `bash ci/run_tests.sh` is listed only as far as `bash` goes; what it runs is named.
 */
function listedCommand(argv: readonly string[], kind: StepKind): boolean {
  const words = argv.filter((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) && !RUNTIME_WORD.test(word));
  const first = words[0];
  if (first === undefined || ruleFor(commandName(first)) === undefined) return false;
  if (!INTERPRETERS.has(commandName(first))) return true;
  // An interpreter is listed, but what it runs is the script it is given: named by its file name.
  const script = words.slice(1).find((word) => !word.startsWith('-'));
  return !(script !== undefined && SCRIPT_FILE.test(script) && scriptKind(script.split(/[\\/]/).pop()!) === kind);
}

/** Programs that run a script file given as their first argument. */
const INTERPRETERS: ReadonlySet<string> = new Set(
  list('bash sh zsh dash ksh fish python python3 py node deno bun ruby perl php pwsh powershell cmd source .'),
);

/** How surely a command's kind is known: a listed tool, a script's name, or nothing. */
export function commandBasis(argv: readonly string[]): KindBasis {
  const kind = classifyCommand(argv);
  if (kind === null || kind === 'unknown') return kind === null ? 'known' : 'unknown';
  return listedCommand(argv, kind) ? 'known' : 'named';
}

/** The kind of a `uses:` reference, and whether it was listed or guessed from the action's name. */
function classifyUsesWithBasis(uses: string): Classification {
  const kind = classifyUses(uses);
  const path = usesWithoutRef(uses.trim().toLowerCase()).replace(/\/+$/, '');
  const listed = own(ACTIONS, path) ?? own(ACTIONS, path.split('/').slice(0, 2).join('/'));
  return { kind, basis: listed !== undefined ? 'known' : kind === 'unknown' ? 'unknown' : 'named' };
}

/**
 * A step's kind: from its `uses` if any — except that a well-known action that runs a script
 * (SCRIPT_INPUTS) is classified by that script when its commands are given — else from its
 * commands, the most severe non-null one. A script made only of no-signal commands (echo, mkdir,
 * export, `cat log`) is 'setup': it can only prepare or print, and its name is not consulted,
 * because "Show test logs" would otherwise make `cat test.log` a test. The name is the fallback
 * only when uses/commands give 'unknown' or there is nothing else.
 */
export function classifyStepWithBasis(input: {
  uses?: string;
  commands?: ReadonlyArray<readonly string[]>;
  name?: string;
}): Classification {
  const { uses, commands = [], name } = input;
  const runsGivenScript = uses !== undefined && commands.length > 0 && SCRIPT_INPUTS.some((entry) => entry.uses === usesWithoutRef(uses));
  let found: Classification = { kind: 'unknown', basis: 'unknown' };
  let onlyNoSignal = false;
  if (uses !== undefined && !runsGivenScript) {
    found = classifyUsesWithBasis(uses);
  } else if (commands.length > 0) {
    const verdicts = commands.map((argv) => ({ argv, kind: classifyCommand(argv) }));
    const kinds = verdicts.flatMap(({ kind }) => (kind !== null ? [kind] : []));
    onlyNoSignal = kinds.length === 0;
    // `cat test.log`, `ls build/`, `df -h`, `sleep 30`: a step that only prints or waits hides nothing when it fails.
    if (onlyNoSignal) found = { kind: commands.every(printsOnly) ? 'telemetry' : 'setup', basis: 'known' };
    else {
      const kind = mostSevereKind(kinds);
      const listed = verdicts.some((verdict) => verdict.kind === kind && listedCommand(verdict.argv, kind));
      found = { kind, basis: kind === 'unknown' ? 'unknown' : listed ? 'known' : 'named' };
    }
  }
  if (name === undefined || onlyNoSignal) return found;
  const named = classifyName(name);
  // A step called "Run tests" that only installs is still the check its author meant: in a
  // compatibility job, `pip install -e .` succeeding *is* the test. An action that sets up
  // (actions/setup-python named "Latest dev build") is not: its name describes what follows.
  const upgrades = found.kind === 'unknown' || (found.kind === 'setup' && uses === undefined);
  if (isCheckKind(named) && upgrades) return { kind: named, basis: 'named' };
  return found.kind === 'unknown' && named !== null ? { kind: named, basis: 'named' } : found;
}

export function classifyStep(input: { uses?: string; commands?: ReadonlyArray<readonly string[]>; name?: string }): StepKind {
  return classifyStepWithBasis(input).kind;
}

/** The kinds whose failure is a verdict on the change: a test, a build, a lint or type check. */
export const isCheckKind = (kind: StepKind | null | undefined): kind is 'test' | 'build' | 'lint' =>
  kind === 'test' || kind === 'build' || kind === 'lint';
