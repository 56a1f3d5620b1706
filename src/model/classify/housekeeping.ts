import { commandStart, runner, sub, whenFlag } from './combinators.js';
import type { CommandRule, Rule } from './combinators.js';
import { scriptOrBinary } from './tasks.js';

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
const compilerCache: CommandRule = (args, engine) => {
  if (args.some((arg) => /^(-s|--show-stats|--show-adv-stats)$/.test(arg))) return 'telemetry';
  if (args.includes('--stop-server')) return 'cleanup';
  const i = commandStart(args, ['-M', '--max-size', '-F', '--max-files', '-o', '--set-config', '-d', '--dir']);
  return i < args.length ? engine.classifyCommand(args.slice(i)) : 'setup';
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

export const SETUP_COMMANDS: Record<string, Rule> = {
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
};

export const CLEANUP_COMMANDS: Record<string, Rule> = {
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
};

export const TELEMETRY_COMMANDS: Record<string, Rule> = {
  // Telemetry: coverage uploads, reports and notifications.
  codecov: 'telemetry',
  codecovcli: 'telemetry',
  coveralls: 'telemetry',
  'sentry-cli': 'telemetry',
  'datadog-ci': 'telemetry',
  'buildkite-agent': sub({ artifact: sub({ upload: 'telemetry', download: 'setup' }), annotate: 'telemetry' }),
};
