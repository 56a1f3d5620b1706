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
});
