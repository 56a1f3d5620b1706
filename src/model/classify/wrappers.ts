import { codePatterns, commandStart, list, runner, sub, whenFlag } from './combinators.js';
import type { CommandRule, Rule } from './combinators.js';
import { npmExec } from './javascript.js';
import { packageScript } from './tasks.js';

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
const node: CommandRule = (args, engine) =>
  args.slice(0, commandStart(args, NODE_VALUES)).includes('--test') ? 'test' : nodeScript(args, engine);
/** `find … -delete` cleans up; `find … -exec CMD {} ;` is CMD; a plain find only lists files. */
const find: CommandRule = (args, engine) => {
  if (args.includes('-delete')) return 'cleanup';
  const exec = args.findIndex((arg) => arg === '-exec' || arg === '-execdir');
  if (exec < 0) return null;
  const end = args.findIndex((arg, i) => i > exec && (arg === ';' || arg === '\\;' || arg === '+'));
  return engine.classifyCommand(args.slice(exec + 1, end < 0 ? undefined : end));
};
/** `command -v tool` only looks a tool up. */
const command: CommandRule = (args, engine) =>
  args.slice(0, commandStart(args)).some((arg) => arg === '-v' || arg === '-V') ? null : runner()(args, engine);
/** `nix develop -c CMD` runs CMD; without a command it only enters the environment. */
const nixShell: CommandRule = (args, engine) => {
  const i = args.findIndex((arg) => arg === '-c' || arg === '--command');
  return i < 0 ? 'setup' : runner()(args.slice(i + 1), engine);
};

export const WRAPPER_COMMANDS: Record<string, Rule> = {
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
};

export const INTERPRETER_COMMANDS: Record<string, Rule> = {
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
};
