import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, scriptWorkflow } from '../helpers.js';

const RULE = 'cmd-exit-code-ignored';

/** A workflow whose one step runs `script` under `shell` on Windows: script line 1 is file line 8. */
const workflow = (script: string, shell = 'cmd'): string => scriptWorkflow(script, { shell, runsOn: 'windows-latest', name: null });

describe(RULE, () => {
  it.each([
    ['a test followed by a program', 'pytest tests\npip list', 'high', 8],
    ['cd clears ERRORLEVEL when it succeeds', 'ctest --output-on-failure\ncd ..\necho done', 'high', 8],
    ['set clears ERRORLEVEL in a .cmd file', 'pytest\nset RESULT=done', 'high', 8],
    ['a called batch file sets it too', 'call npm test\ncall npm run lint', 'high', 8],
    ['a later command on the same line', 'pytest & git status', 'high', 8],
    ['|| echo only prints, and a later command overwrites the status', 'pytest || echo tests failed\ngit status', 'high', 8],
    ['a test in a for loop', 'for %%t in (unit integration) do pytest tests\\%%t', 'high', 8],
    ['a trailing exit /b 0', 'pytest\nexit /b 0', 'high', 8],
    [
      '%errorlevel% inside the same block is expanded before the test runs',
      'if "%FULL%"=="1" (\n  pytest\n  if %errorlevel% neq 0 exit /b 1\n)\ngit status',
      'high',
      9,
    ],
    ['a command continued with ^', 'ctest ^\n  --output-on-failure\ngit status', 'high', 8],
    ['a build whose output nothing later uses is medium', 'cmake --build build\nccache -s', 'medium', 8],
  ])('%s', async (_title, script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it('is one level lower outside pull requests and pushes', async () => {
    const source = workflow('pytest\ngit status').replace('on: pull_request', 'on: workflow_dispatch');
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'medium', line: 8 },
    ]);
  });

  it.each([
    ['a single command', 'pytest -x tests'],
    ['the test is the last command', 'pip install -r requirements.txt\npytest'],
    ['only commands that keep ERRORLEVEL follow', 'pytest\necho done\nrem finished\ntitle done'],
    ['if errorlevel checks it', 'pytest\nif errorlevel 1 exit /b 1\ngit status'],
    ['%errorlevel% on a later line checks it', 'pytest\nif %errorlevel% neq 0 exit /b %errorlevel%\ngit status'],
    [
      '!errorlevel! checks it at run time',
      'setlocal enabledelayedexpansion\nif "%FULL%"=="1" (\n  pytest\n  if !errorlevel! neq 0 exit /b 1\n)\ngit status',
    ],
    ['|| exit /b', 'pytest || exit /b 1\ngit status'],
    ['|| goto an error handler', 'pytest || goto :failed\ngit status\ngoto :eof\n:failed\nexit /b 1'],
    ['the status is carried forward', 'pytest\nset RC=%ERRORLEVEL%\ngit status\nexit /b %RC%'],
    ['&& runs the next command only on success', 'pytest && git status'],
    ['the later command is in the other branch', 'if "%X%"=="1" (\n  pytest\n) else (\n  python -m pytest\n)'],
    ['a batch file run without call never returns (cmd-batch-without-call)', 'npm test\ngit status'],
    ['setup is forgiven', 'pip install -e .\nchoco install ninja\npytest'],
    ['a later command uses what the build produced', 'cmake --build build\ncd build\ncall bin\\example.exe'],
    ['inside a rem comment', 'rem pytest\ngit status\npip list'],
    ['inside a :: comment', ':: pytest\ngit status\npip list'],
    ['inside a quoted echo', 'echo "pytest & git status"\ngit status'],
    ['escaped by ^', 'echo pytest ^& git status\npip list'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing for the same text under bash or pwsh', async () => {
    for (const shell of ['bash', 'pwsh']) {
      const result = await auditWorkflow(workflow('pytest & git status', shell));
      expect(brief(result.findings, RULE)).toEqual([]);
    }
  });

  it('points at the masked command and names what overwrote it', async () => {
    const result = await auditWorkflow(workflow('echo start & ctest -C Release\ndir'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({
      line: 8,
      column: 24,
      endLine: 8,
      endColumn: 40,
      message: expect.stringContaining('"dir" (line 9) runs after it and sets ERRORLEVEL again'),
    });
  });

  it('reads custom cmd shells the same way', async () => {
    const result = await auditWorkflow(workflow('pytest\ngit status', 'cmd /C call {0}'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 8 }]);
  });
});

describe('script lines are file lines, whatever the block style', () => {
  const head = 'on: push\njobs:\n  t:\n    runs-on: windows-latest\n    steps:\n      - shell: cmd\n';
  it.each([
    ['literal |', `${head}        run: |\n          echo a\n\n          pytest\n          git status\n`, 10],
    ['folded >', `${head}        run: >\n          echo a\n\n          pytest\n\n          git status\n`, 10],
    ['indentation indicator |2-', `${head}        run: |2-\n            echo a\n          pytest\n          git status\n`, 9],
    ['CRLF line ends', `${head}        run: |\n          echo a\n          pytest\n          git status\n`.replace(/\n/g, '\r\n'), 9],
  ])('%s', async (_title, source, line) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE).map((finding) => finding.line)).toEqual([line]);
  });
  it('in a step named for a check, a native program it cannot place is that check (medium confidence)', async () => {
    const named = scriptWorkflow('.\\build\\frobnicate.exe --all\ngit status', {
      shell: 'cmd',
      runsOn: 'windows-latest',
      name: 'Verify the installer',
    });
    const result = await auditWorkflow(named);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 }]);
    expect(result.findings.find((finding) => finding.ruleId === RULE)?.confidence).toBe('medium');
    const unnamed = await auditWorkflow(
      scriptWorkflow('.\\build\\frobnicate.exe --all\ngit status', { shell: 'cmd', runsOn: 'windows-latest', name: 'Show versions' }),
    );
    expect(brief(unnamed.findings, RULE)).toEqual([]);
  });
  it('calling vcvarsall.bat in a step named Test sets up the compiler; it is not the test', async () => {
    const script = 'call "C:\\Program Files\\VC\\Auxiliary\\Build\\vcvarsall.bat" x64\nset TZDIR=C:\\tz\nctest --output-on-failure';
    const result = await auditWorkflow(scriptWorkflow(script, { shell: 'cmd', runsOn: 'windows-latest', name: 'Test' }));
    expect(brief(result.findings, RULE)).toEqual([]);
  });
});
