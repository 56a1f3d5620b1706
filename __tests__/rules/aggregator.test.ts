import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const jobs = yaml`
  on: pull_request
  jobs:
    lint:
      runs-on: ubuntu-latest
      steps:
        - run: npm run lint
    test:
      runs-on: ubuntu-latest
      steps:
        - run: npm test
`;

describe('aggregator rules', () => {
  it.each([
    {
      title: 'always() without reading results goes green when a dependency fails',
      gate: yaml`
        all-green:
          needs: [lint, test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - run: echo "all done"
      `,
      expected: [{ ruleId: 'aggregator-ignores-results', category: 'soft-fail', severity: 'high', line: 13 }],
    },
    {
      title: 'no condition: skipped when a dependency fails, which passes a required check',
      gate: yaml`
        ci-success:
          needs: [lint, test]
          runs-on: ubuntu-latest
          steps:
            - run: echo ok
      `,
      expected: [{ ruleId: 'aggregator-skipped-on-failure', category: 'conditional-skip', severity: 'high', line: 12 }],
    },
    {
      title: '!cancelled() && !failure() is still skipped on failure',
      gate: yaml`
        gate:
          needs: [lint, test]
          if: \${{ !cancelled() && !failure() }}
          runs-on: ubuntu-latest
          steps:
            - run: echo ok
      `,
      expected: [{ ruleId: 'aggregator-skipped-on-failure', category: 'conditional-skip', severity: 'high', line: 13 }],
    },
    {
      title: 'always() && !contains(needs.*.result, failure) is skipped on failure, evaluated not pattern-matched',
      gate: yaml`
        all-green:
          needs: [lint, test]
          if: always() && !contains(needs.*.result, 'failure')
          runs-on: ubuntu-latest
          steps:
            - run: echo ok
      `,
      expected: [{ ruleId: 'aggregator-skipped-on-failure', category: 'conditional-skip', severity: 'high', line: 13 }],
    },
    {
      title: 'an if: cancelled() job never runs when all passed, so it is not a gate',
      gate: yaml`
        all-green:
          needs: [lint, test]
          if: cancelled()
          runs-on: ubuntu-latest
          steps:
            - run: echo cancelled
      `,
      expected: [],
    },
    {
      title: '!cancelled() runs after a failure, so it must read the results',
      gate: yaml`
        all-green:
          needs: [lint, test]
          if: \${{ !cancelled() }}
          runs-on: ubuntu-latest
          steps:
            - run: echo ok
      `,
      expected: [{ ruleId: 'aggregator-ignores-results', category: 'soft-fail', severity: 'high', line: 13 }],
    },
    {
      title: 'always() + needs.*.result is the correct form',
      gate: yaml`
        all-green:
          needs: [lint, test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - if: contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled')
              run: exit 1
      `,
      expected: [],
    },
    {
      title: 'always() + toJSON(needs) to alls-green is the correct form',
      gate: yaml`
        check:
          needs: [lint, test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - uses: re-actors/alls-green@release/v1
              with:
                jobs: \${{ toJSON(needs) }}
      `,
      expected: [],
    },
    {
      title: 'a job that needs others but does real work is not an aggregator',
      gate: yaml`
        deploy:
          needs: [lint, test]
          runs-on: ubuntu-latest
          steps:
            - run: ./deploy.sh
      `,
      expected: [],
    },
    {
      title: 'always() reading only one of two checks: the other passes through the gate',
      gate: yaml`
        ci-ok:
          needs: [lint, test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - if: needs.lint.result != 'success'
              run: exit 1
            - run: exit 0
      `,
      expected: [{ ruleId: 'aggregator-ignores-results', category: 'soft-fail', severity: 'high', line: 13 }],
    },
    {
      title: 'always() reading the check it summarises and only the outputs of change detection: nothing',
      gate: yaml`
        changes:
          runs-on: ubuntu-latest
          outputs:
            any: \${{ steps.diff.outputs.any }}
          steps:
            - id: diff
              run: echo "any=true" >> "$GITHUB_OUTPUT"
        ci-ok:
          needs: [changes, test]
          if: always() && needs.changes.outputs.any == 'true'
          runs-on: ubuntu-latest
          steps:
            - if: needs.test.result != 'success'
              run: exit 1
      `,
      expected: [],
    },
  ])('$title', async ({ gate, expected }) => {
    const source = `${jobs}${gate
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n')}`;
    const result = await auditWorkflow(source);
    expect(brief(result.findings).filter((f) => f.ruleId.startsWith('aggregator'))).toEqual(expected);
  });
});

describe('aggregators outside pull requests and pushes', () => {
  const scheduled = (gate: string): string =>
    `${jobs.replace('on: pull_request', "on:\n  schedule:\n    - cron: '0 3 * * *'")}${gate
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n')}`;

  it('a gate that never reads its needs on a schedule is low: it stands for no required check', async () => {
    const result = await auditWorkflow(
      scheduled(yaml`
        all-green:
          needs: [lint, test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - run: echo "all done"
      `),
    );
    expect(brief(result.findings, 'aggregator-ignores-results')).toEqual([
      { ruleId: 'aggregator-ignores-results', category: 'soft-fail', severity: 'low', line: 15 },
    ]);
  });

  it('a job that needs the gate keeps it medium: it runs on the verdict of the gate', async () => {
    const result = await auditWorkflow(
      scheduled(yaml`
        all-green:
          needs: [lint, test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - run: echo "all done"
        publish:
          needs: all-green
          runs-on: ubuntu-latest
          steps:
            - run: npm publish
      `),
    );
    const [finding] = result.findings.filter((f) => f.ruleId === 'aggregator-ignores-results');
    expect(finding).toMatchObject({ severity: 'medium', line: 15 });
    expect(finding!.severityReasons).toContain(
      'runs only outside pull requests and pushes, but job "publish" needs it and runs on its verdict',
    );
  });

  it('a gate skipped on failure on a schedule is low', async () => {
    const result = await auditWorkflow(
      scheduled(yaml`
        ci-success:
          needs: [lint, test]
          runs-on: ubuntu-latest
          steps:
            - run: echo ok
      `),
    );
    expect(brief(result.findings, 'aggregator-skipped-on-failure')).toEqual([
      { ruleId: 'aggregator-skipped-on-failure', category: 'conditional-skip', severity: 'low', line: 14 },
    ]);
  });
});

describe('what is not an aggregator', () => {
  it.each([
    {
      title: 'a job that computes outputs for later jobs',
      job: yaml`
        check-enabled:
          needs: [lint, test]
          runs-on: ubuntu-latest
          outputs:
            enabled: \${{ steps.decide.outputs.enabled }}
          steps:
            - id: decide
              run: echo "enabled=true" >> "$GITHUB_OUTPUT"
      `,
    },
    {
      title: 'a job that fails by itself on something other than its dependencies',
      job: yaml`
        blocked:
          needs: [lint, test]
          if: always() && contains(github.event.pull_request.labels.*.name, 'blocked')
          runs-on: ubuntu-latest
          steps:
            - run: exit 1
      `,
    },
    {
      title: "a gate whose condition reads dependencies' outputs (unknown, so given the benefit of the doubt) and checks results",
      job: yaml`
        check-all:
          needs: [lint, test]
          if: always() && needs.lint.outputs.changed == 'true'
          runs-on: ubuntu-latest
          steps:
            - run: |
                if [[ "\${{ needs.test.result }}" != "success" ]]; then exit 1; fi
      `,
    },
  ])('$title', async ({ job }) => {
    const source = `${jobs}${job
      .split('\n')
      .map((line) => (line ? `  ${line}` : line))
      .join('\n')}`;
    const result = await auditWorkflow(source);
    expect(brief(result.findings)).toEqual([]);
  });
});

describe('gates and notifiers', () => {
  it('does not treat an if: failure() notifier as a gate', async () => {
    const source = `${jobs}  notify:
    needs: [lint, test]
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "something failed"
`;
    const result = await auditWorkflow(source);
    expect(brief(result.findings)).toEqual([]);
  });
});
