import { describe, expect, it } from '@jest/globals';
import { parseYaml } from '../src/load/parse.js';
import { buildModel } from '../src/model/build.js';
import type { Analysable, Workflow } from '../src/model/types.js';
import type { EffectiveShell } from '../src/model/types.js';
import { parseCustomShell, resolveEffectiveShell, runnerOs } from '../src/model/effective-shell.js';
import { yaml } from './helpers.js';

function model(source: string, kind: 'workflow' | 'action' = 'workflow'): Analysable {
  const { doc, lineCounter, text } = parseYaml(Buffer.from(source));
  const { model: built, problems } = buildModel(kind === 'workflow' ? 'ci.yml' : 'action.yml', kind, doc!, lineCounter, text);
  expect(problems).toEqual([]);
  return built!;
}

/** The shell of the first step of the first job (or of a composite action). */
function shellOf(source: string, kind: 'workflow' | 'action' = 'workflow'): EffectiveShell {
  const file = model(source, kind);
  if (file.kind === 'action') return resolveEffectiveShell(file.steps[0]!, undefined, file);
  const job = file.jobs[0]!;
  return resolveEffectiveShell(job.steps[0]!, job, file);
}

const pick = ({ language, errexit, pipefail }: EffectiveShell) => ({ language, errexit, pipefail });

describe('parseCustomShell reads a shell command line by its flags', () => {
  it.each<[string, EffectiveShell['language'], boolean | undefined, boolean | undefined]>([
    ['bash {0}', 'posix', false, false],
    ['bash -l {0}', 'posix', false, false],
    ['bash -el {0}', 'posix', true, false],
    ['bash -xeuo pipefail {0}', 'posix', true, true],
    ['bash -euo pipefail {0}', 'posix', true, true],
    ['bash --noprofile --norc -eo pipefail {0}', 'posix', true, true],
    ['bash -e -o pipefail {0}', 'posix', true, true],
    ['bash -o errexit {0}', 'posix', true, false],
    ['bash -O extglob -e {0}', 'posix', true, false],
    ['bash --rcfile ci.rc -eo pipefail {0}', 'posix', true, true],
    ['sh {0}', 'posix', false, false],
    ['sh -e {0}', 'posix', true, false],
    ['script -q -e -c "bash --noprofile --norc -eo pipefail {0}"', 'posix', true, true],
    ['arch -arch arm64 bash {0}', 'posix', false, false],
    ['pixi run -e dev spin run bash -e {0}', 'posix', true, false],
    ["D:\\cygwin\\bin\\bash.exe '{0}'", 'posix', false, false],
    ['C:\\tools\\cygwin\\bin\\bash.exe -o igncr -eo pipefail {0}', 'posix', true, true],
    ['msys2 {0}', 'posix', true, true],
    ['pwsh -command ". \'{0}\'"', 'pwsh', undefined, undefined],
    ['powershell -c ". \'{0}\'"', 'pwsh', undefined, undefined],
    ['python {0}', 'python', undefined, undefined],
    ['python3.11 {0}', 'python', undefined, undefined],
    ['cmd /D /E:ON /V:OFF /S /C "CALL {0}"', 'cmd', undefined, undefined],
    ['Rscript {0}', 'unknown', undefined, undefined],
    ['cpa.sh {0}', 'unknown', undefined, undefined],
  ])('%s', (commandLine, language, errexit, pipefail) => {
    const shell = parseCustomShell(commandLine, 'linux');
    expect(pick(shell)).toEqual({ language, errexit, pipefail });
    expect(shell).toMatchObject({ description: commandLine, explicit: true, os: 'linux' });
  });
});

describe('runnerOs', () => {
  const job = (runsOn: string, matrix = '') =>
    (model(`on: push\njobs:\n  j:\n    runs-on: ${runsOn}\n${matrix}    steps:\n      - run: echo\n`) as Workflow).jobs[0]!;

  it.each([
    ['ubuntu-latest', 'linux'],
    ['windows-2022', 'windows'],
    ['macos-14', 'macos'],
    ['[self-hosted, linux, x64]', 'linux'],
    ['[self-hosted, Windows, X64]', 'windows'],
    ['linux.2xlarge', 'linux'],
    ['windows.4xlarge.nonephemeral', 'windows'],
    ['${{ inputs.runner }}', 'unknown'],
    ['{ group: large-runners }', 'unknown'],
    ['{ group: large-runners, labels: [ubuntu-22.04-16core] }', 'linux'],
  ])('%s → %s', (runsOn, os) => {
    expect(runnerOs(job(runsOn))).toBe(os);
  });

  it('resolves runs-on from the matrix: the same OS on every leg is that OS', () => {
    expect(runnerOs(job('${{ matrix.os }}', '    strategy:\n      matrix:\n        os: [windows-2019, windows-2022]\n'))).toBe('windows');
  });

  it('is unknown when the legs disagree', () => {
    expect(runnerOs(job('${{ matrix.os }}', '    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n'))).toBe(
      'unknown',
    );
  });

  it('counts include legs', () => {
    const matrix = '    strategy:\n      matrix:\n        include:\n          - os: macos-13\n          - os: macos-14\n';
    expect(runnerOs(job('${{ matrix.os }}', matrix))).toBe('macos');
  });

  it('is unknown for a job without runs-on (a reusable-workflow call)', () => {
    expect(runnerOs(undefined)).toBe('unknown');
  });
});

describe('resolveEffectiveShell', () => {
  it('uses the runner default bash -e, without pipefail, on Linux', () => {
    const shell = shellOf('on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n');
    expect(shell).toMatchObject({ language: 'posix', errexit: true, pipefail: false, explicit: false, os: 'linux' });
  });

  it('uses PowerShell on a Windows runner', () => {
    const shell = shellOf('on: push\njobs:\n  j:\n    runs-on: windows-latest\n    steps:\n      - run: pytest\n');
    expect(shell).toMatchObject({ language: 'pwsh', explicit: false, os: 'windows' });
  });

  it('uses PowerShell when every matrix leg is Windows', () => {
    const shell = shellOf(yaml`
      on: push
      jobs:
        j:
          runs-on: \${{ matrix.os }}
          strategy:
            matrix:
              os: [windows-2022, windows-2025]
          steps:
            - run: pytest
    `);
    expect(shell).toMatchObject({ language: 'pwsh', os: 'windows' });
  });

  it('uses sh -e in a job container', () => {
    const shell = shellOf(
      'on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    container: python:3.12\n    steps:\n      - run: pytest\n',
    );
    expect(shell).toMatchObject({ language: 'posix', errexit: true, pipefail: false, description: 'sh -e (job container default)' });
  });

  it.each([
    ['bash', true, true],
    ['sh', true, false],
    ['bash -l {0}', false, false],
  ])('shell: %s', (name, errexit, pipefail) => {
    const shell = shellOf(`on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: ${name}\n        run: pytest\n`);
    expect(shell).toMatchObject({ language: 'posix', errexit, pipefail, explicit: true });
  });

  it.each([
    ['pwsh', 'pwsh'],
    ['powershell', 'pwsh'],
    ['cmd', 'cmd'],
    ['python', 'python'],
  ])('shell: %s is %s', (name, language) => {
    const shell = shellOf(`on: push\njobs:\n  j:\n    runs-on: windows-latest\n    steps:\n      - shell: ${name}\n        run: x\n`);
    expect(shell.language).toBe(language);
  });

  it('is unknown when the shell is an expression', () => {
    const shell = shellOf(
      'on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: ${{ inputs.shell }}\n        run: x\n',
    );
    expect(pick(shell)).toEqual({ language: 'unknown', errexit: undefined, pipefail: undefined });
  });

  /** A workflow with a shell declared (or not: '') on the step, the job and the workflow. */
  const layered = (step: string, job: string, workflow: string): string =>
    [
      'on: push',
      ...(workflow ? ['defaults:', '  run:', `    shell: ${workflow}`] : []),
      'jobs:',
      '  j:',
      '    runs-on: ubuntu-latest',
      ...(job ? ['    defaults:', '      run:', `        shell: ${job}`] : []),
      '    steps:',
      '      - run: pytest',
      ...(step ? [`        shell: ${step}`] : []),
      '',
    ].join('\n');

  it.each([
    ['the step shell over both defaults', layered('sh', 'bash -l {0}', 'bash {0}'), 'sh (-e)'],
    ['the job default over the workflow default', layered('', 'bash -l {0}', 'bash {0}'), 'bash -l {0}'],
    ['the workflow default when the job has none', layered('', '', 'bash {0}'), 'bash {0}'],
    ['the runner default when nothing is declared', layered('', '', ''), 'bash -e (runner default, no pipefail)'],
  ])('takes %s', (_title, source, description) => {
    expect(shellOf(source).description).toBe(description);
  });

  it('a job default wins over a job container', () => {
    const source =
      'on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    container: node:22\n    defaults:\n      run:\n        shell: bash\n    steps:\n      - run: npm test\n';
    expect(shellOf(source)).toMatchObject({ errexit: true, pipefail: true });
  });

  it('composite-action steps use their own shell (an action has no defaults to inherit)', () => {
    const source = 'name: a\nruns:\n  using: composite\n  steps:\n    - shell: bash -l {0}\n      run: pytest\n';
    expect(shellOf(source, 'action')).toMatchObject({ language: 'posix', errexit: false, description: 'bash -l {0}' });
  });
});
