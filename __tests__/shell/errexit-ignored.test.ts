import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'errexit-ignored';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted). */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  // The tests take their row as a rest parameter, so that jest does not take the optional shell for a `done` callback.
  it.each([
    ['a check before && that is not the last statement', 'pytest -x && echo "tests passed"\necho done', 8],
    ['the build of a build-and-install chain', 'mkdir -p build\ncd build && cmake .. && make -j4\n./smoke-test.sh', 9],
    ['a check later in the chain', 'cd app && npm run lint && npm test\necho done', 8],
    ['a redirected check', 'pytest > pytest.log 2>&1 && echo ok\necho done', 8],
    ['a negated check', '! cargo build --features broken\necho "checked that it does not build"', 8],
    ['in an if body that is not the script end', 'if [ -n "$CI" ]; then\n  pytest && echo ok\nfi\necho done', 9],
    ['not last in a branch, even at the script end', 'if [ -n "$CI" ]; then\n  make test && echo ok\n  echo more\nfi', 9],
    ['in a loop body', 'for pkg in a b; do\n  (cd "$pkg" && npm test) && echo "$pkg ok"\ndone\necho done', 9],
    ['not last in a function', 'run_tests() {\n  pytest && echo ok\n  echo finished\n}\nrun_tests', 9],
    ['not last in a { } group', '{\n  go test ./... && echo ok\n  echo more\n}\necho done', 9],
    ['under set -e in a custom shell', 'set -e\npytest && echo ok\necho done', 10, 'bash {0}'],
  ] as Array<[string, string, number, string?]>)('%s: %j → line %i', async (...[, script, line, shell]) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line }]);
  });

  it.each([
    ['the check is the last command of the list', '[ -f setup.cfg ] && pytest\necho done'],
    ['the list is the script end', 'cd app && pytest && echo ok'],
    ['a list at the end of an if that ends the script', 'if [ -n "$CI" ]; then\n  pytest && echo ok\nfi'],
    ['a list at the end of a loop that ends the script', 'for d in a b; do\n  make -C "$d" test && echo ok\ndone'],
    ['a negation that ends the script', 'echo "expecting a failure"\n! cargo build --features broken'],
    ['the fallback exits', 'pytest && echo ok || exit 1\necho done'],
    ['a masking fallback is or-true-swallows-failure', 'pytest && echo ok || true\necho done'],
    ['a condition', 'if pytest && make lint; then echo ok; fi\nwhile make test && false; do sleep 1; done\necho done'],
    ['a negated condition', 'if ! pytest; then exit 1; fi\necho done'],
    ['errexit is off (set +e)', 'set +e\npytest && echo ok\n! make test\necho done'],
    ['a custom shell without -e', 'pytest && echo ok\necho done', 'bash {0}'],
    ['the end of a function: the call fails', 'run_tests() { pytest && echo ok; }\nrun_tests\necho done'],
    ['the end of a subshell: the subshell fails', '(cd app && pytest && echo ok)\necho done'],
    ['the status is read next', 'pytest && echo ok\nrc=$?\necho done\nexit $rc'],
    ['the result is recorded and checked later', 'pytest && passed=1\necho done\n[ "$passed" = 1 ] || exit 1'],
    ['a retry loop branches on it', 'for i in 1 2 3; do\n  make test && break\n  sleep 5\ndone\necho done'],
    ['a background job', 'pytest && echo ok &\nwait\necho done'],
    ['inside $( )', 'out=$(pytest -q && echo ok)\necho "$out"'],
    ['a git question', 'git diff --exit-code && echo clean\necho done'],
    ['not a check', 'pip install -e . && echo installed\n! grep -q TODO README.md\necho done'],
    ['inside a quoted string', 'echo "pytest && echo ok"\necho done'],
    ['inside a comment', '# pytest && echo ok\necho done'],
    ['inside a heredoc', "cat <<'EOF' > run.sh\npytest && echo ok\nEOF\necho done"],
  ] as Array<[string, string, string?]>)('nothing when %s', async (...[, script, shell]) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('under shell: bash a negated pipeline counts every command', async () => {
    const result = await auditWorkflow(workflow('! pytest | tee log\necho done', 'bash'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 }]);
    const withoutPipefail = await auditWorkflow(workflow('! pytest | tee log\necho done'));
    expect(brief(withoutPipefail.findings, RULE)).toEqual([]);
  });

  it('accepts a result written to $GITHUB_OUTPUT when a later step reads the outputs', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - id: tests
              run: |
                pytest && echo "passed=true" >> "$GITHUB_OUTPUT"
                echo done
            - if: steps.tests.outputs.passed != 'true'
              run: exit 1
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
    const unread = source.replace(/ {4}- if: steps[\s\S]*$/, '');
    expect(brief((await auditWorkflow(unread)).findings, RULE)).toHaveLength(1);
  });

  it('is one level lower in a workflow that runs neither on pull requests nor on pushes', async () => {
    const source = workflow('pytest && echo ok\necho done').replace('on: pull_request', 'on: workflow_dispatch');
    expect(brief((await auditWorkflow(source)).findings, RULE).map((finding) => finding.severity)).toEqual(['medium']);
  });

  it('points at the check inside the list and names it', async () => {
    const result = await auditWorkflow(
      'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cd app && make test && echo ok\n          echo done\n',
    );
    const [finding] = result.findings.filter((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({ line: 7, column: 21, endLine: 7, endColumn: 30 });
    expect(finding!.message).toContain('"make test"');
  });

  it('points at the ! of a negation', async () => {
    const result = await auditWorkflow(
      'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          ! make test\n          echo done\n',
    );
    expect(result.findings.filter((f) => f.ruleId === RULE)).toMatchObject([{ line: 7, column: 11 }]);
  });
});
