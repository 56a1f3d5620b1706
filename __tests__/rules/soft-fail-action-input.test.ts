import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const RULE = 'soft-fail-action-input';

describe(RULE, () => {
  it.each([
    {
      title: 'retry action with continue_on_error around tests is high retry-masking, at the input',
      step: yaml`
        - uses: nick-fields/retry@v3
          with:
            timeout_minutes: 30
            max_attempts: 3
            continue_on_error: true
            command: npm test
      `,
      expected: [{ severity: 'high', line: 10, category: 'retry-masking' }],
    },
    {
      title: 'a string "false" for fail_ci_if_error masks a coverage upload (info)',
      step: yaml`
        - uses: codecov/codecov-action@v5
          with:
            fail_ci_if_error: 'false'
      `,
      expected: [{ severity: 'info', line: 8 }],
    },
    {
      title: 'fail_ci_if_error: true is nothing',
      step: yaml`
        - uses: codecov/codecov-action@v5
          with:
            fail_ci_if_error: true
      `,
      expected: [],
    },
    {
      title: 'continue_on_error: false is nothing',
      step: yaml`
        - uses: nick-fields/retry@v3
          with:
            continue_on_error: false
            command: npm test
      `,
      expected: [],
    },
    {
      title: 'fail_ci_if_error that is true on the upstream repository is nothing (forks only are softened)',
      step: yaml`
        - uses: codecov/codecov-action@v5
          with:
            fail_ci_if_error: \${{ secrets.CODECOV_TOKEN != '' || github.repository_owner == 'micropython' }}
      `,
      expected: [],
    },
    {
      title: 'fail_ci_if_error guarded by github.repository is nothing',
      step: yaml`
        - uses: codecov/codecov-action@v5
          with:
            fail_ci_if_error: \${{ github.repository == 'org/app' }}
      `,
      expected: [],
    },
    {
      title: 'continue_on_error only off the upstream repository is nothing',
      step: yaml`
        - uses: nick-fields/retry@v3
          with:
            continue_on_error: \${{ github.repository_owner != 'org' }}
            command: npm test
      `,
      expected: [],
    },
    {
      title: 'continue_on_error that is still a run-time value upstream is medium',
      step: yaml`
        - uses: nick-fields/retry@v3
          with:
            continue_on_error: \${{ github.event_name == 'pull_request' && github.repository_owner == 'org' }}
            command: npm test
      `,
      expected: [{ severity: 'medium', line: 8, category: 'retry-masking' }],
    },
    {
      title: 'continue_on_error from an input is medium, not high',
      step: yaml`
        - uses: nick-fields/retry@v3
          with:
            continue_on_error: \${{ inputs.soft }}
            command: npm test
      `,
      expected: [{ severity: 'medium', line: 8, category: 'retry-masking' }],
    },
  ])('$title', async ({ step, expected }) => {
    const source =
      yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
    ` +
      step
        .split('\n')
        .map((line) => (line ? `      ${line}` : line))
        .join('\n');
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE)).toEqual(expected.map((e) => ({ ruleId: RULE, category: 'soft-fail', ...e })));
  });

  it('says "on some runs" for a run-time value', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: codecov/codecov-action@v5
              with:
                fail_ci_if_error: \${{ inputs.strict }}
    `);
    const [finding] = result.findings.filter((f) => f.ruleId === RULE);
    expect(finding?.message).toBe(
      'fail_ci_if_error: ${{ inputs.strict }} depends on the matrix or run-time values on a telemetry/upload/notify step "codecov/codecov-action@v5": on some runs a failed coverage upload is ignored.',
    );
    expect(finding?.severity).toBe('info');
  });
});
