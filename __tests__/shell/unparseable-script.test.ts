import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'unparseable-script';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted); script line 1 is file line 8. */
const workflow = (script: string, shell?: string, runsOn = 'ubuntu-latest'): string => scriptWorkflow(script, { shell, runsOn });

describe(RULE, () => {
  it.each([
    // bash pairs the quotes differently from what the author meant and, like tree-sitter, ends inside a string.
    ['echo "the commands:""\necho "dir: $DIR"\npython run.py', 'low', 9],
    ['echo start\necho $(date', 'low', 9],
    ['echo `date', 'low', 8],
    ['echo "a\necho b', 'info', 8],
    ['retry () { "$@" || (sleep 1 && "$@") }\nretry make test', 'info', 8],
    ["echo start\nBODY=\"${BODY//$'\\n'/$'\\n'> }\"", 'info', 9],
  ])('%j → %s at line %i', async (script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'invalid', severity, line }]);
  });

  it.each([
    ['quotes and escapes tree-sitter-bash does handle', 'echo "${a//\\"/\\\\\\"}" "$(echo ")")" ${x%\\"} $"msg"\necho "a" # "'],
    ['a heredoc with a stray quote in it', "cat <<'EOF' > notes.txt\nit's \"quoted\nEOF\necho done"],
    ['an expression whose text has a quote in it', "echo \"${{ format('{0}\"', github.sha) }}\"\necho '${{ matrix.name }}'"],
    ['a PowerShell script on a Windows runner', '$ErrorActionPreference = "Stop"\nif (Test-Path "x") { Remove-Item x }'],
  ])('nothing for %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script, undefined, _title.includes('Windows') ? 'windows-latest' : 'ubuntu-latest'));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('says nothing about a script on a runner whose OS is unknown, whose default shell may be PowerShell', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          strategy:
            matrix:
              os: [ubuntu-latest, windows-latest]
          runs-on: \${{ matrix.os }}
          steps:
            - if: runner.os == 'Windows'
              run: |
                $state = Get-Service -Name "docker"
                if ($state.Status -ne "Running") { Start-Service docker }
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
  });

  it('checks a script whose shell is written out, whatever the runner', async () => {
    const result = await auditWorkflow(workflow('echo $(date', 'bash', '${{ inputs.os }}'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'invalid', severity: 'low', line: 9 }]);
  });

  it('says nothing for explicit non-POSIX shells', async () => {
    const result = await auditWorkflow(workflow('if ($x) { Write-Host "a" }', 'pwsh'));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('points at the construct left open and quotes its line', async () => {
    const result = await auditWorkflow(workflow('echo start\necho $(date'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({
      line: 9,
      column: 16,
      message: expect.stringContaining('the parenthesis opened here ("echo $(date") is never closed'),
    });
  });
});
