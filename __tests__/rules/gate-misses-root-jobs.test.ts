import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const RULE = 'gate-misses-root-jobs';

const graph = yaml`
  on: pull_request
  jobs:
    changes:
      runs-on: ubuntu-latest
      steps:
        - run: ./detect-changes.sh
    test:
      needs: changes
      runs-on: ubuntu-latest
      steps:
        - run: npm test
`;

describe(RULE, () => {
  it.each([
    {
      title: 'a gate that only fails on failure/cancelled and does not need the change detection',
      gate: yaml`
        all-green:
          needs: [test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - if: contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled')
              run: exit 1
      `,
      expected: [{ ruleId: RULE, category: 'conditional-skip', severity: 'medium', line: 13 }],
    },
    {
      title: 'a gate that lists skipped as acceptable',
      gate: yaml`
        required-checks-passed:
          needs: [test]
          if: '!cancelled()'
          runs-on: ubuntu-latest
          steps:
            - if: needs.test.result != 'success' && needs.test.result != 'skipped'
              run: exit 1
      `,
      expected: [{ ruleId: RULE, category: 'conditional-skip', severity: 'medium', line: 13 }],
    },
    {
      title: 'alls-green told which jobs may be skipped',
      gate: yaml`
        all-done:
          needs: [test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - uses: re-actors/alls-green@release/v1
              with:
                allowed-skips: test
                jobs: \${{ toJSON(needs) }}
      `,
      expected: [{ ruleId: RULE, category: 'conditional-skip', severity: 'medium', line: 13 }],
    },
  ])('reports $title, at its needs', async ({ gate, expected }) => {
    const result = await auditWorkflow(`${graph}  ${gate.replace(/\n/g, '\n  ')}\n`);
    expect(brief(result.findings, RULE)).toEqual(expected);
  });

  it.each([
    {
      title: 'the gate needs the root too',
      gate: yaml`
        all-green:
          needs: [changes, test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - if: contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled')
              run: exit 1
      `,
    },
    {
      title: 'the gate demands success of every job (a skipped job fails it)',
      gate: yaml`
        all-green:
          needs: [test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - if: needs.test.result != 'success'
              run: exit 1
      `,
    },
    {
      title: 'alls-green without allowed-skips (it fails on skipped)',
      gate: yaml`
        all-green:
          needs: [test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - uses: re-actors/alls-green@release/v1
              with:
                jobs: \${{ toJSON(needs) }}
      `,
    },
  ])('nothing when $title', async ({ gate }) => {
    const result = await auditWorkflow(`${graph}  ${gate.replace(/\n/g, '\n  ')}\n`);
    expect(brief(result.findings, RULE)).toEqual([]);
  });
});
