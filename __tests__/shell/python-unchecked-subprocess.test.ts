import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, scriptWorkflow } from '../helpers.js';

const RULE = 'python-unchecked-subprocess';

/** A workflow whose one step runs `script` under `shell`: script line 1 is file line 8. */
const workflow = (script: string, shell = 'python'): string => scriptWorkflow(script, { shell, name: null });

describe(RULE, () => {
  it.each([
    ['subprocess.run without check', 'import subprocess\nsubprocess.run(["pytest", "-x"])', 'high', 9],
    ['subprocess.call with a command string', 'import subprocess\nsubprocess.call("make test", shell=True)', 'high', 9],
    ['os.system', 'import os\nos.system("ruff check .")', 'high', 9],
    ['a module alias and sys.executable', 'import sys\nimport subprocess as sp\nsp.run([sys.executable, "-m", "pytest"])', 'high', 10],
    ['a name imported from subprocess', 'from subprocess import run as sh\nsh(["cargo", "test"], cwd="crates")', 'high', 9],
    ['Popen(...).wait()', 'import subprocess\nsubprocess.Popen(["npm", "test"]).wait()', 'high', 9],
    ['shlex.split', 'import shlex, subprocess\nsubprocess.run(shlex.split("tox -e lint"))', 'high', 9],
    ['a call spread over lines', 'import subprocess\nsubprocess.run(\n    ["pytest", "tests/"],\n    cwd="pkg",\n)', 'high', 9],
    ['a call in a loop body', 'import subprocess\nfor suite in ("unit", "e2e"):\n    subprocess.run(["pytest", suite])', 'high', 10],
    [
      'a build is medium: the next command usually fails in its place',
      'import subprocess\nsubprocess.run(["cargo", "build"])',
      'medium',
      9,
    ],
    ['a command that cannot be read is medium', 'import subprocess\nsubprocess.run(cmd)', 'medium', 9],
    ['setup is low', 'import subprocess\nsubprocess.run(["pip", "install", "-e", "."])', 'low', 9],
  ])('%s', async (_title, script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it('applies to custom python shells', async () => {
    const result = await auditWorkflow(workflow('import subprocess\nsubprocess.call(["pytest"])', 'python3 -u {0}'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 }]);
  });

  it.each([
    ['check=True', 'import subprocess\nsubprocess.run(["pytest"], check=True)'],
    ['the result is kept', 'import subprocess\nresult = subprocess.run(["pytest"])\nsys.exit(result.returncode)'],
    ['check_call', 'import subprocess\nsubprocess.check_call(["pytest"])'],
    ['the status is the exit code', 'import subprocess, sys\nsys.exit(subprocess.call(["pytest"]))'],
    ['the status is asserted', 'import subprocess\nassert subprocess.call(["pytest"]) == 0'],
    ['the status is tested', 'import os, sys\nif os.system("pytest") != 0:\n    sys.exit(1)'],
    ['options may carry check', 'import subprocess\nsubprocess.run(["pytest"], **options)'],
    ['check_returncode() is called', 'import subprocess\nsubprocess.run(["pytest"]).check_returncode()'],
    ['the command carries no signal', 'import os\nos.system("echo hello")'],
    [
      'a later command uses what the build produced',
      'import subprocess\nsubprocess.run(["cargo", "build"])\nsubprocess.check_call(["cargo", "test"])',
    ],
    ['a run() that is not subprocess.run', 'import asyncio\nasyncio.run(main())'],
    ['inside a string', 'print("subprocess.run([\'pytest\'])")'],
    ['inside a triple-quoted string', 'import subprocess\nNOTES = """\nsubprocess.run(["pytest"])\n"""'],
    ['inside an f-string', 'import os\nprint(f"os.system(\'pytest {1}\')")'],
    ['inside a comment', 'import subprocess\n# subprocess.run(["pytest"])'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing for the same text under bash', async () => {
    const result = await auditWorkflow(workflow('python -c \'import subprocess; subprocess.run(["pytest"])\'', 'bash'));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('points at the call', async () => {
    const result = await auditWorkflow(workflow('import subprocess\nif True: pass\nsubprocess.call(["pytest"])'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({
      line: 10,
      column: 11,
      endLine: 10,
      endColumn: 38,
      message: expect.stringContaining('subprocess.call returns the exit status and nothing reads it'),
    });
  });
});

describe('script lines are file lines, whatever the block style', () => {
  const head = 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: python\n';
  it.each([
    ['literal |', `${head}        run: |\n          import os\n\n          os.system("pytest")\n`, 10],
    ['CRLF line ends', `${head}        run: |\n          import os\n          os.system("pytest")\n`.replace(/\n/g, '\r\n'), 9],
  ])('%s', async (_title, source, line) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE).map((finding) => finding.line)).toEqual([line]);
  });
});
