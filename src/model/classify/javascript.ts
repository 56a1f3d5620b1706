import { commandStart, list, runner, sub, targets, whenFlag } from './combinators.js';
import type { CommandRule, Rule } from './combinators.js';
import { packageScript, scriptOrBinary, taskKind } from './tasks.js';

const tsc = whenFlag(['--noEmit'], 'lint', 'build');
export const npmExec = runner({ values: ['-p', '--package'], inline: /^(-c|--call)$/ });
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
    workspace: (args, engine) => yarn(args.slice(commandStart(args, [], 1)), engine),
    workspaces: sub({
      run: yarnScript,
      foreach: (args, engine) =>
        yarn(args.slice(commandStart(args, ['--from', '--include', '--exclude', '-j', '--jobs', '--since'])), engine),
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
    recursive: (args, engine) => pnpm(args, engine),
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

export const JAVASCRIPT_COMMANDS: Record<string, Rule> = {
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
};
