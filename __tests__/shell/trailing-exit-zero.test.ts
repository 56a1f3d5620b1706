import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'trailing-exit-zero';

/** A workflow whose one step runs `script` under `shell`: script line 1 is file line 8, or 9 with a shell. */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each<[string, string, string | undefined, string, number]>([
    ['exit 0 under bash {0}', 'pytest tests/\nexit 0', 'bash {0}', 'high', 10],
    ['true under bash -l {0}', 'conda activate test\nmake test\ntrue', 'bash -l {0}', 'high', 11],
    [': under sh {0}', 'cargo clippy -- -D warnings\n:', 'sh {0}', 'high', 10],
    ['exit 0 after set +e', 'set +e\nnpm test\nexit 0', undefined, 'high', 10],
    ['exit 0 after set +e under shell: bash', 'echo start\nset +o errexit\ngo test ./...\nexit 0', 'bash', 'high', 12],
    ['a check at the end of an if branch', 'if [ -f pyproject.toml ]; then\n  pytest\nfi\nexit 0', 'bash {0}', 'high', 12],
    ['a build on the right of &&', 'cd build && make -j4\nexit 0', 'bash {0}', 'high', 10],
    ['a redirected exit 0', 'pytest > log.txt\nexit 0 # always green', 'bash {0}', 'high', 10],
  ])('%s', async (_title, script, shell, severity, line) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it('says why errexit is off', async () => {
    const custom = await auditWorkflow(workflow('pytest\nexit 0', 'bash -l {0}'));
    expect(custom.findings.find((finding) => finding.ruleId === RULE)?.message).toContain('"bash -l {0}" runs the script without errexit');
    const toggled = await auditWorkflow(workflow('set +e\npytest\nexit 0'));
    expect(toggled.findings.find((finding) => finding.ruleId === RULE)?.message).toContain('errexit is off since "set +e" (line 8)');
  });

  it('is one level lower outside pull requests and pushes', async () => {
    const result = await auditWorkflow(workflow('pytest\nexit 0', 'bash {0}').replace('on: pull_request', 'on: workflow_dispatch'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'medium', line: 10 }]);
  });

  it.each<[string, string | undefined, string]>([
    ['errexit is on (the runner default bash -e): a failing check never reaches exit 0', undefined, 'pytest\nexit 0'],
    ['errexit is on (shell: bash)', 'bash', 'make test\ntrue'],
    ['errexit is back on before the end', undefined, 'set +e\nrm -rf build\nset -e\npytest\nexit 0'],
    ['set +e only inside a subshell', undefined, '(set +e; rm -rf build)\npytest\nexit 0'],
    ['a bare exit, which exits with the status of the command before it', 'bash {0}', 'pytest\nexit'],
    ['exit with a status', 'bash {0}', 'pytest\nexit 1'],
    ['exit with the carried status', 'bash {0}', 'pytest\nrc=$?\necho "rc=$rc"\nexit $rc'],
    ['the check is checked before the exit', 'bash {0}', 'pytest || exit 1\nexit 0'],
    ['the check is a condition', 'bash {0}', 'if ! npm test; then\n  exit 1\nfi\nexit 0'],
    ['the status is read before the exit', 'bash {0}', 'pytest\necho "rc=$?" >> "$GITHUB_OUTPUT"\nexit 0'],
    ['no check before it', 'bash {0}', 'pip install -r requirements.txt\nrm -rf build\nexit 0'],
    ['the check is not the last statement before it (shell-without-errexit reports that)', 'bash {0}', 'pytest\necho done\nexit 0'],
    ['the exit is inside a branch, not at the end', 'bash {0}', 'if [ -z "$RUN" ]; then\n  exit 0\nfi\npytest'],
    ['inside a quoted string', 'bash {0}', 'echo "pytest"\necho "exit 0"'],
    ['inside a comment', 'bash {0}', 'echo pytest\n# exit 0'],
    ['inside a heredoc', 'bash {0}', "cat <<'EOF' > run.sh\npytest\nexit 0\nEOF"],
  ])('nothing when %s', async (_title, shell, script) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it("reports a retry action's command, which runs under bash without -e", async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: nick-fields/retry@v3
              with:
                timeout_minutes: 10
                max_attempts: 3
                command: |
                  npm test
                  exit 0
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 12 },
    ]);
  });
});
