import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'pipe-without-pipefail';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted). */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each([
    ['the runner default bash -e', 'pytest -x tests/ | tee pytest.log', undefined, 'high', 8],
    ['stderr too, on a later line', 'echo start\nmake test 2>&1 | tee build.log', undefined, 'high', 9],
    ['|&', 'cargo build --release |& tee cargo.log', undefined, 'high', 8],
    ['a fallback that only sees tee', 'go test ./... | tee results.txt || exit 1', undefined, 'high', 8],
    ['a group piped into a log', '{ npm test; echo "exit: done"; } | tee test.log', undefined, 'high', 8],
    ['xargs runs the check in the middle', 'go list ./... | xargs go test | tee results.txt', undefined, 'high', 8],
    ['a lint', 'ruff check . | tee ruff.txt', undefined, 'high', 8],
    ['a publish', 'npm publish --access public | tee publish.log', undefined, 'medium', 8],
    ['shell: sh', 'pytest | tee log', 'sh', 'high', 9],
    ['a custom shell without pipefail', 'pytest | tee log', 'bash -e {0}', 'high', 9],
    ['pipefail switched off again', 'set -euo pipefail\nmake lint\nset +o pipefail\nmake test | tee test.log', undefined, 'high', 11],
    ['a three-part pipeline with a fallback', 'pytest -x | tee log | grep -v Warning || exit 1', undefined, 'high', 8],
    [
      'the log is only counted',
      'pytest | tee pytest.log\necho "passed: $(grep -c PASSED pytest.log)"\ngrep FAILED pytest.log || true',
      undefined,
      'high',
      8,
    ],
    ['PIPESTATUS read only for a later pipeline', 'pytest | tee a.log\nmypy . | tee b.log\nexit ${PIPESTATUS[0]}', undefined, 'high', 8],
  ])('%s: %j (shell %s) → %s at line %i', async (_title, script, shell, severity, line) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it.each([
    ['shell: bash has pipefail', 'pytest | tee log', 'bash'],
    ['a custom shell with pipefail', 'pytest | tee log', 'bash -xeuo pipefail {0}'],
    ['set -o pipefail first', 'set -o pipefail\npytest | tee log', undefined],
    ['set -euo pipefail first', 'set -euo pipefail\nmake test 2>&1 | tee build.log', undefined],
    ['the check is the last command', 'cat tests.txt | xargs pytest\nfind . -name "*.py" | pytest -', undefined],
    ['PIPESTATUS in the next statement', 'pytest | tee log\nexit ${PIPESTATUS[0]}', undefined],
    ['PIPESTATUS in the same statement', 'pytest | tee log; test "${PIPESTATUS[0]}" -eq 0', undefined],
    [
      'PIPESTATUS saved and checked later',
      'set +e\nmake test | tee log\nstatus=("${PIPESTATUS[@]}")\nset -e\nexit "${status[0]}"',
      undefined,
    ],
    ['inside $( )', 'summary=$(pytest -q | tail -n 1)\necho "$summary"', undefined],
    ['inside a quoted string', 'echo "run: pytest | tee log"', undefined],
    ['inside a comment', '# pytest | tee log\npytest', undefined],
    ['inside a heredoc', "cat <<'EOF' > run.sh\npytest | tee log\nEOF\nbash run.sh", undefined],
    [
      'a listing, not a verdict',
      'pytest --collect-only -q | grep -c "::"\ngo test -list . ./... | wc -l\nmake -n install | grep cp',
      undefined,
    ],
    [
      'a compiler asked for information',
      'gcc -dumpspecs | sed -e s/x/y/\n"${CC}" -dM -E - < /dev/null | sort\nxcodebuild -sdk -version | grep Path',
      undefined,
    ],
    [
      'setup, downloads and unclassified scripts',
      'pip install -r requirements.txt | tee pip.log\ncurl -sSL https://example.com/install.sh | sh\n./scripts/do-something.sh | tee out.log',
      undefined,
    ],
    ['a filter in the middle reads data', 'printf "%s" "$PLAN" | python build_plan.py | jq . || exit 1', undefined],
    [
      'go-junit-report -set-exit-code carries the verdict',
      'go test -v ./... 2>&1 | go-junit-report -set-exit-code > report.xml',
      undefined,
    ],
    [
      'the output is searched for the verdict',
      'swift test 2>&1 | tee test.log \\\n  | grep -qE "Test run with [0-9]+ tests passed" \\\n  || exit 1',
      undefined,
    ],
    [
      'the verdict is read back from the log',
      'swift build 2>&1 | tee build.log && swift test 2>&1 | tee test.log && grep -c "All tests passed" test.log\n' +
        'pytest | tee -a "$LOG"\nif grep -q FAILED "$LOG"; then exit 1; fi',
      undefined,
    ],
    [
      'the failure is forgiven on purpose',
      'npx playwright test 2>&1 | tee e2e.log || echo "Playwright not configured"\npytest | tee a.log | tail -n 5 || true',
      undefined,
    ],
    ['a git query', 'git diff --name-only | grep "\\.py$"', undefined],
    ['PowerShell is not a POSIX script', 'pytest | Out-File pytest.log', 'pwsh'],
  ])('nothing when %s', async (_title, script, shell) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('the job container default sh -e has no pipefail', async () => {
    const source = yaml`
      on: push
      jobs:
        test:
          runs-on: ubuntu-latest
          container: python:3.12
          steps:
            - run: |
                pip install -e .
                pytest | tee pytest.log
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 },
    ]);
  });

  it('is one level lower in a workflow that runs neither on pull requests nor on pushes', async () => {
    const source = workflow('pytest | tee log').replace('on: pull_request', 'on:\n  schedule:\n    - cron: "0 3 * * *"');
    expect(brief((await auditWorkflow(source)).findings, RULE).map((finding) => [finding.severity, finding.line])).toEqual([
      ['medium', 10],
    ]);
  });

  it('applies to composite-action steps under their declared shell', async () => {
    const action = yaml`
      name: test
      runs:
        using: composite
        steps:
          - shell: sh
            run: |
              npm test | tee test.log
          - shell: bash
            run: |
              npm test | tee test.log
    `;
    const result = await auditWorkflow(action, 'action.yml');
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 7 }]);
  });

  it('points at the | after the masked command and names it', async () => {
    const result = await auditWorkflow(
      'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          pytest -x | tee log\n',
    );
    const [finding] = result.findings.filter((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({ line: 7, column: 21, endLine: 7, endColumn: 30 });
    expect(finding!.message).toContain('"pytest -x"');
    expect(finding!.message).toContain('`shell: bash`');
    expect(finding!.message).toContain('`set -o pipefail`');
  });

  it('reports one finding per pipeline', async () => {
    const result = await auditWorkflow(workflow('make build | make test | tee log'));
    expect(brief(result.findings, RULE)).toHaveLength(1);
  });
});
