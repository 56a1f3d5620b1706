import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const RULE = 'informational-job';

describe(RULE, () => {
  it('nothing for a job named "Test <script>" that runs that script, even when the script is named like a report', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test_collect_env:
          name: Test collect_env
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - name: Run collect_env.py
              run: python3 torch/utils/collect_env.py
    `);
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing for a job whose step is named as a test of a reporting action (a dry run)', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        upload-dry-run:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - name: Test upload the benchmark results
              uses: ./.github/actions/upload-benchmark-results
              with:
                dry-run: true
    `);
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('still reports, low, a job named like a check that only uploads', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        e2e-tests:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/upload-artifact@v4
              with:
                name: report
                path: report
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'informational-only', severity: 'low', line: 3 }]);
  });

  it('still reports, info, a reporting job that runs a reporting script', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        stats:
          name: Collect stats
          runs-on: ubuntu-latest
          steps:
            - run: python3 scripts/collect_stats.py
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'informational-only', severity: 'info', line: 3 }]);
  });

  it("nothing for a guardian job that prints its dependency's result and exits 1 when it failed; a notifier that only prints it stays info", async () => {
    const guardian = (name: string, failing: string): Promise<Awaited<ReturnType<typeof auditWorkflow>>> =>
      auditWorkflow(yaml`
        on: pull_request
        jobs:
          install-pkg:
            runs-on: ubuntu-latest
            steps:
              - run: pytest
          install-pkg-guardian:
            runs-on: ubuntu-latest
            needs: install-pkg
            if: always()
            steps:
              - run: echo "\${{ needs.install-pkg.result }}"
              - name: ${name}
                if: needs.install-pkg.result == 'failure'
                run: ${failing}
              - name: cancelled or skipped...
                if: contains(fromJSON('["cancelled", "skipped"]'), needs.install-pkg.result)
                timeout-minutes: 1
                run: sleep 90
      `);
    expect(brief((await guardian('failing...', 'exit 1')).findings, RULE)).toEqual([]);
    expect(brief((await guardian('Print the result', 'echo "it failed"')).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'informational-only', severity: 'info', line: 7 },
    ]);
  });
});
