import { list, runner, sub, whenFlag } from './combinators.js';
import type { Rule } from './combinators.js';
import { scriptOrBinary, sessions } from './tasks.js';

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

export const PYTHON_COMMANDS: Record<string, Rule> = {
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
};
