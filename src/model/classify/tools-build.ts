import { list, optionValues, own, runner, sub, targets, whenFlag } from './combinators.js';
import type { CommandRule, Engine, Rule } from './combinators.js';
import { mostSevereKind } from './kinds.js';
import type { StepKind } from './kinds.js';
import { makeTarget, packageScript, scriptOrBinary, taskKind } from './tasks.js';

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

function mavenGoal(goal: string, engine: Engine): StepKind {
  return own(MAVEN_PHASES, goal) ?? (goal.includes(':') ? engine.scriptKind(goal) : null) ?? 'unknown';
}

const MAKE_VALUES = ['-C', '--directory', '-f', '--file', '--makefile', '-I', '--include-dir', '-o', '--old-file', '-W', '--what-if'];
const GRADLE_VALUES = list(
  '-x --exclude-task -p --project-dir --tests -b --build-file -c --settings-file -g --gradle-user-home -I',
  '--init-script --console --warning-mode --max-workers',
);
const MAVEN_VALUES = list(
  '-pl --projects -f --file -s --settings -gs --global-settings -P --activate-profiles -T --threads -rf',
  '--resume-from -l --log-file -t --toolchains',
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
    hack: (args, engine) => cargo(args, engine),
    publish: 'deploy',
    fetch: 'setup',
    install: 'setup',
    binstall: 'setup',
    clean: 'cleanup',
  },
  { values: ['-Z', '--config', '-C', '--color'] },
);
/** `cargo +nightly test`: the toolchain selector is not the subcommand. */
const cargoWithToolchain: CommandRule = (args, engine) =>
  cargo(
    args.filter((arg) => !arg.startsWith('+')),
    engine,
  );
const make = targets(makeTarget, MAKE_VALUES, 'build');
const gradle = targets(gradleTask, GRADLE_VALUES, 'build');
const mavenGoals = targets(mavenGoal, MAVEN_VALUES);
/** `-DskipTests` turns a test phase into a plain build. */
const maven: CommandRule = (args, engine) => {
  const kind = mavenGoals(args, engine);
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
const cmake: CommandRule = (args, engine) => {
  // `cmake -E` is cmake's portable coreutils (copy, make_directory, echo, rm…).
  if (args[0] === '-E') return /^(rm|remove|remove_directory)$/.test(args[1] ?? '') ? 'cleanup' : null;
  const kinds = optionValues(args, ['--target', '-t']).map((target) => makeTarget(target, engine));
  return kinds.length > 0 ? mostSevereKind(kinds) : 'build';
};
/** `xcodebuild` takes actions as bare words among its `-option value` pairs. */
const xcodebuild: CommandRule = (args) => {
  if (args.includes('test') || args.includes('test-without-building')) return 'test';
  return args.includes('analyze') ? 'lint' : 'build';
};

export const BUILD_COMMANDS: Record<string, Rule> = {
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
  sbt: targets((task, engine) => engine.scriptKind(task) ?? 'build', [], 'build'),
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
};
