import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'test-rerun-flags';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted); script line 1 is file line 8. */
const workflow = (script: string, shell?: string, on = 'pull_request'): string => scriptWorkflow(script, { shell, on });

describe(RULE, () => {
  it.each([
    ['python -m pytest tests/ -n auto --reruns 2 --reruns-delay 1', 8],
    ['pytest --reruns=3', 8],
    ['pytest --force-reruns 2', 8],
    ['pytest --force-flaky --max-runs 3', 8],
    ['cargo nextest run --workspace --retries 2', 8],
    ['npx playwright test --retries=2', 8],
    ['npx vitest run --retry 3', 8],
    ['npx mocha --retries 2 test/', 8],
    ['bazel test --flaky_test_attempts=3 //...', 8],
    ['bazel test --flaky_test_attempts=//net/.*@3,1 //...', 8],
    ['ctest --test-dir build --repeat until-pass:3', 8],
    ['ctest --repeat after-timeout:2', 8],
    ['ctest --repeat-until-pass 2', 8],
    ['mvn -B -Dsurefire.rerunFailingTestsCount=2 install', 8],
    ['./mvnw verify -Dfailsafe.rerunFailingTestsCount=1', 8],
    ['gotestsum --rerun-fails --packages ./... -- ./...', 8],
    ['gotestsum --rerun-fails=3 --packages ./...', 8],
    ['dotnet test --retry-failed-tests 3', 8],
    ['xcodebuild test -scheme App -retry-tests-on-failure -test-iterations 3', 8],
    ['echo start\npytest --reruns ${{ matrix.reruns }}', 9],
    ['pytest \\\n  -n auto \\\n  --reruns 2', 10],
    ['cd tests && uv run pytest --reruns 1 || exit 1', 8],
  ])('%j → low at line %i', async (script, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'retry-masking', severity: 'low', line }]);
  });

  it.each([
    ['inside a quoted string', 'echo "pytest --reruns 3"'],
    ['inside a comment', '# pytest --reruns 3\npytest'],
    ['inside a heredoc', "cat <<'EOF' > run.sh\npytest --reruns 3\nEOF"],
    ['a count of zero switches retries off', 'pytest --reruns 0\ncargo nextest run --retries=0\nnpx playwright test --retries 0'],
    [
      'one attempt is no retry',
      'bazel test --flaky_test_attempts=1 //...\nbazel test --flaky_test_attempts=default //...\nctest --repeat until-pass:1',
    ],
    ['stress runs fail on the first failure', 'ctest --repeat until-fail:100\ngo test -count=5 ./...\nnpx vitest run --repeats 5'],
    [
      'a test that passes only on a retry fails the run',
      'pytest --reruns 2 --fail-on-flaky\nnpx playwright test --retries 2 --fail-on-flaky-tests',
    ],
    [
      'the flag belongs to something that is not a test run',
      'pip install --retries 5 -r requirements.txt\ncurl --retry 3 -fsSLO https://example.com/x.tgz',
    ],
    ['Maven is told to skip the tests', 'mvn -B -DskipTests -Dsurefire.rerunFailingTestsCount=2 install'],
    ['a flag that only looks alike', 'pytest --reruns-delay 1\n./gradlew test --rerun-tasks'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('is the same under `shell: bash` (the shell line moves the script down one line)', async () => {
    const result = await auditWorkflow(workflow('pytest --reruns 2', 'bash'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'retry-masking', severity: 'low', line: 9 }]);
  });

  it('is info in a workflow that gates nothing (schedule only)', async () => {
    const result = await auditWorkflow(workflow('pytest --reruns 2', undefined, 'schedule'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'retry-masking', severity: 'info', line: 8 }]);
  });

  it('points at the flag and its count, and says how many re-runs', async () => {
    const result = await auditWorkflow(workflow('pytest -x --reruns 2'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({
      line: 8,
      column: 21,
      endLine: 8,
      endColumn: 31,
      message: expect.stringContaining('`--reruns 2` re-runs each failing test up to 2 times'),
    });
  });

  it('counts attempts for Bazel and CTest', async () => {
    const result = await auditWorkflow(workflow('bazel test --flaky_test_attempts=3 //...'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)?.message).toContain('gives each failing test up to 3 attempts');
  });

  it('shows a count chosen at run time as written', async () => {
    const result = await auditWorkflow(workflow('npx playwright test --retries=${{ matrix.retries }}'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)?.message).toContain(
      '`--retries=${{ matrix.retries }}` re-runs failing tests (a count chosen at run time)',
    );
  });
  it.each([
    ['npm run test:e2e -- --retries=2', 8],
    ['npx playwright test --retries 3', 8],
    ['npx jest --testRetries 2', 8],
    ['python tools/test.py --flaky-tests=dontcare parallel', 8],
  ])('reports a retry flag passed through: %s', async (script, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'retry-masking', severity: 'low', line }]);
  });

  it('nothing for --flaky-tests with another value', async () => {
    const result = await auditWorkflow(workflow('npx jest --flaky-tests=fail'));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('reports a retry action that runs a test step several times, at its attempts input', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        e2e:
          runs-on: ubuntu-latest
          steps:
            - uses: nick-fields/retry@v3
              with:
                max_attempts: 3
                timeout_minutes: 10
                command: npx playwright test
            - uses: nick-fields/retry@v3
              with:
                max_attempts: 3
                command: |
                  if (Test-Path build) { Remove-Item -Recurse build }
                shell: pwsh
            - uses: nick-fields/retry@v3
              with:
                max_attempts: 1
                command: npm test
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'retry-masking', severity: 'low', line: 8 }]);
  });
});
