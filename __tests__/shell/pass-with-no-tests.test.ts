import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, scriptWorkflow } from '../helpers.js';

const RULE = 'pass-with-no-tests';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted); script line 1 is file line 8. */
const workflow = (script: string, shell?: string, on = 'pull_request'): string => scriptWorkflow(script, { shell, on });

describe(RULE, () => {
  it.each([
    ['npx jest --ci --passWithNoTests', 'medium', 8],
    ['npm test -- --passWithNoTests', 'medium', 8],
    ['yarn jest --passWithNoTests=true', 'medium', 8],
    ['npx vitest run --passWithNoTests', 'medium', 8],
    ['npx playwright test --pass-with-no-tests', 'medium', 8],
    ['cargo nextest run --no-tests=pass', 'medium', 8],
    ['cargo nextest run --no-tests warn', 'medium', 8],
    ['ctest --test-dir build --no-tests=ignore', 'medium', 8],
    ['pytest --suppress-no-test-exit-code tests/', 'medium', 8],
    ['pytest tests/ || [ $? -eq 5 ]', 'medium', 8],
    ['python -m pytest -m slow || test "$?" -eq 5', 'medium', 8],
    ['pytest -k smoke || [[ $? == 5 ]]', 'medium', 8],
    ['python -m unittest discover -s tests || (( $? == 5 ))', 'medium', 8],
    ['pytest || { [ "$?" = 5 ]; }', 'medium', 8],
    ['echo start\n\npytest tests/ || [ $? -eq 5 ]', 'medium', 10],
    ['npx jest \\\n  --ci \\\n  --passWithNoTests', 'medium', 10],
    ['npx jest --findRelatedTests src/a.ts --passWithNoTests', 'low', 8],
  ])('%j → %s at line %i', async (script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity, line }]);
  });

  it.each([
    ['inside a quoted string', 'echo "run jest --passWithNoTests or pytest || [ $? -eq 5 ]"'],
    ['inside a comment', '# npx jest --passWithNoTests\n# pytest || [ $? -eq 5 ]\nnpx jest'],
    ['inside a heredoc', "cat <<'EOF' > ci.sh\nnpx jest --passWithNoTests\npytest || [ $? -eq 5 ]\nEOF"],
    ['the flag is switched off', 'npx jest --passWithNoTests=false\nnpx vitest run --passWithNoTests false'],
    ['the runner is told to fail on an empty selection', 'cargo nextest run --no-tests=fail\nctest --no-tests=error'],
    ['exit status 5 means something else for other tools', 'make test || [ $? -eq 5 ]\n./run_tests.sh || [ $? -eq 5 ]'],
    ['another status is accepted', 'pytest || [ $? -eq 4 ]\npytest || [ $? -ne 5 ]'],
    ['without pipefail, $? is the status of tee, not of pytest', 'pytest | tee log.txt || [ $? -eq 5 ]'],
    ['the flag is on a command that is not a test run', 'echo --passWithNoTests\nnode build.js --passWithNoTests'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('sees pytest through a pipe under `shell: bash`, where pipefail makes $? its status', async () => {
    const result = await auditWorkflow(workflow('pytest | tee log.txt || [ $? -eq 5 ]', 'bash'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'medium', line: 9 }]);
  });

  it('is low in a workflow that gates nothing (schedule only)', async () => {
    const result = await auditWorkflow(workflow('npx jest --passWithNoTests', undefined, 'schedule'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 8 }]);
  });

  it('points at the flag, or at the || and the status test', async () => {
    const flag = await auditWorkflow(workflow('npx jest --passWithNoTests'));
    expect(flag.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({ line: 8, column: 20, endLine: 8, endColumn: 37 });
    const exitFive = await auditWorkflow(workflow('pytest || [ $? -eq 5 ]'));
    expect(exitFive.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({
      line: 8,
      column: 18,
      endLine: 8,
      endColumn: 33,
      message: expect.stringContaining('accepts exit status 5, "no tests collected", as success'),
    });
  });
});
