import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, scriptWorkflow } from '../helpers.js';

const RULE = 'pwsh-native-exit-ignored';

/** A workflow whose one step runs `script` under `shell` on Windows: script line 1 is file line 8 (7 without `shell:`). */
const workflow = (script: string, shell: string | null = 'pwsh', runsOn = 'windows-latest'): string =>
  scriptWorkflow(script, { shell: shell ?? undefined, runsOn, name: null });

describe(RULE, () => {
  it.each([
    ['a test followed by another native command', 'cargo test --all\ncargo clippy -- -D warnings', 'high', 8],
    ['cmdlets in between do not reset the status, a native program does', 'pytest tests\nWrite-Host "done"\ngit status', 'high', 8],
    ['a lint followed by a test', 'npm run lint\nnpm test', 'high', 8],
    ['a test in a foreach loop', 'foreach ($project in $projects) {\n  dotnet test $project\n}', 'high', 9],
    ['a test in a ForEach-Object script block', 'Get-ChildItem tests | ForEach-Object { pytest $_.FullName }', 'high', 8],
    ['a trailing exit 0', 'pytest -x\nexit 0', 'high', 8],
    ['$LASTEXITCODE overwritten', 'ctest --output-on-failure\n$LASTEXITCODE = 0', 'high', 8],
    ['a native command that runs only sometimes', 'pytest\nif ($env:UPLOAD) { codecov -t $env:TOKEN }', 'high', 8],
    ['a test inside an if branch, followed by a command after the if', 'if ($env:FULL) {\n  pytest -m slow\n}\ngit status', 'high', 9],
    ['the && chain of PowerShell 7 skips on failure, a later || runs', 'pytest && Write-Host ok || git status', 'high', 8],
    ['a build whose output nothing later uses is medium', 'cmake --build build\nsccache --show-stats', 'medium', 8],
    [
      'pip install of requirements builds nothing of it: still medium',
      'cmake --build build\npip install -r .ci/requirements.txt',
      'medium',
      8,
    ],
    ['a publish is medium', 'dotnet nuget push out/*.nupkg\ngit tag v1', 'medium', 8],
    ['a call operator runs a native program', '& python -m pytest\ngit status', 'high', 8],
  ])('%s', async (_title, script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it('applies to the Windows default shell, where script line 1 is file line 7', async () => {
    const result = await auditWorkflow(workflow('pytest\ngit status', null));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 7 }]);
  });

  it('applies to `shell: powershell` even with $PSNativeCommandUseErrorActionPreference, which Windows PowerShell lacks', async () => {
    const script = '$PSNativeCommandUseErrorActionPreference = $true\npytest\ngit status';
    expect(brief((await auditWorkflow(workflow(script, 'powershell'))).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 },
    ]);
    expect(brief((await auditWorkflow(workflow(script, 'pwsh'))).findings, RULE)).toEqual([]);
  });

  it('is one level lower outside pull requests and pushes', async () => {
    const source = workflow('pytest\ngit status').replace('on: pull_request', 'on: schedule');
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'medium', line: 8 },
    ]);
  });

  it.each([
    ['a single command', 'pytest -x tests'],
    [
      'a build followed by pip install of the project itself, which builds on it',
      'cmake --build build\npython -m pip install --no-build-isolation . -v',
    ],
    ['the test is the last native command', 'pip install -r requirements.txt\npytest'],
    ['only cmdlets follow', 'pytest\nWrite-Host "done"\nCopy-Item report.xml out/'],
    ['$LASTEXITCODE is checked', 'pytest\nif ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }\ngit status'],
    ['$? is checked', 'pytest\nif (-not $?) { throw "tests failed" }\ngit status'],
    ['the status is carried forward', 'pytest\n$rc = $LASTEXITCODE\ngit status\nexit $rc'],
    ['|| exit', 'cargo test || exit 1\ngit status'],
    ['native failures stop the script (PowerShell 7.3+)', '$PSNativeCommandUseErrorActionPreference = $true\ncargo test\ncargo clippy'],
    ['the later native command sits in a sibling branch', 'if ($IsWindows) {\n  pytest\n} else {\n  python -m pytest\n}'],
    ['the later native command sits in a catch block', 'try {\n  pytest\n} catch {\n  git status\n}'],
    ['the commands sit in a function body', 'function Invoke-Tests {\n  pytest\n  git status\n}\nInvoke-Tests'],
    ['a function defined in the script is PowerShell, not a program', 'function test { pytest }\ntest\nWrite-Host done'],
    ['the output is captured as a value', '$tests = pytest --collect-only -q\ngit status'],
    ['a retry loop reads the status in its condition', 'do {\n  npm test\n} while ($LASTEXITCODE -ne 0 -and $tries++ -lt 3)'],
    ['the && chain skips on failure', 'cargo build && cargo test'],
    ['setup commands are forgiven', 'choco install ninja\npip install -e .\npytest'],
    ['a later command uses what the build produced', 'cmake --build build\nsccache --show-stats\nctest --test-dir build'],
    ['inside a double-quoted string', 'Write-Host "pytest; git status"\ngit status'],
    ['inside a single-quoted string', "Write-Output 'cargo test' | Out-File run.txt\ngit status"],
    ['inside a comment', '# pytest\ngit status\nnpm ci'],
    ['inside a block comment', '<#\npytest\n#>\ngit status\nnpm ci'],
    ['inside a here-string', '$notes = @"\npytest\n"@\ngit status\nnpm ci'],
    ['inside a single-quoted here-string', "$notes = @'\ncargo test\n'@\ngit status"],
    ['a cmdlet that runs tests is not a native command', 'Invoke-Pester -CI\ngit status'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing for the same text under bash or cmd', async () => {
    for (const shell of ['bash', 'cmd']) {
      const result = await auditWorkflow(workflow('pytest\ngit status', shell));
      expect(brief(result.findings, RULE)).toEqual([]);
    }
  });

  it('points at the masked command and names what overwrote it', async () => {
    const result = await auditWorkflow(workflow('Write-Host start; cargo test --all\ncargo clippy'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({
      line: 8,
      column: 29,
      endLine: 8,
      endColumn: 45,
      message: expect.stringContaining('"cargo clippy" (line 9) runs after it without a $LASTEXITCODE check'),
    });
  });
});

describe('script lines are file lines, whatever the block style', () => {
  const head = 'on: push\njobs:\n  t:\n    runs-on: windows-latest\n    steps:\n';
  it.each([
    ['literal |', `${head}      - run: |\n          echo a\n\n          pytest\n          git status\n`, 9],
    ['folded >', `${head}      - run: >\n          echo a\n\n          pytest\n\n          git status\n`, 9],
    ['indentation indicator |2-', `${head}      - run: |2-\n            echo a\n          pytest\n          git status\n`, 8],
    [
      'CRLF line ends',
      `${head}      - run: |\r\n          echo a\r\n          pytest\r\n          git status\r\n`.replace(/(?<!\r)\n/g, '\r\n'),
      8,
    ],
    ['backtick continuations', `${head}      - run: |\n          pytest \`\n            -x\n          git status\n`, 7],
  ])('%s', async (_title, source, line) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE).map((finding) => finding.line)).toEqual([line]);
  });
  it('in a step named for a check, a native program it cannot place is that check (medium confidence)', async () => {
    const named = scriptWorkflow('.\\build\\frobnicate.exe --all\ngit status', {
      shell: 'pwsh',
      runsOn: 'windows-latest',
      name: 'Verify the installer',
    });
    const result = await auditWorkflow(named);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 }]);
    expect(result.findings.find((finding) => finding.ruleId === RULE)?.confidence).toBe('medium');
    const unnamed = await auditWorkflow(
      scriptWorkflow('.\\build\\frobnicate.exe --all\ngit status', { shell: 'pwsh', runsOn: 'windows-latest', name: 'Show versions' }),
    );
    expect(brief(unnamed.findings, RULE)).toEqual([]);
  });
  it('`command bash` is Get-Command (PowerShell tries Get- in front of an unknown name), not a native program', async () => {
    const result = await auditWorkflow(
      scriptWorkflow('command bash\nbash -c "uname -a"', {
        shell: 'pwsh',
        runsOn: 'windows-latest',
        name: 'Verify that bash is Cygwin bash',
      }),
    );
    expect(brief(result.findings, RULE)).toEqual([]);
  });
});
