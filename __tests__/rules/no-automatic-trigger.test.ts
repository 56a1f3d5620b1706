import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const RULE = 'no-automatic-trigger';

/** A workflow started only by hand whose one job runs `npm test`, then the given steps. */
const manual = (steps = '', name = '.github/workflows/ci.yml'): Promise<ReturnType<typeof brief>> =>
  auditWorkflow(
    yaml`
      on: workflow_dispatch
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - run: npm test
    ` + steps,
    name,
  ).then((result) => brief(result.findings, RULE));

describe(RULE, () => {
  it.each([
    ['a test job', ''],
    ['a test job that pushes only a tag name in a message', '      - run: echo "git push is not run here"\n'],
    ['a test job that comments on a pull request', '      - run: gh pr comment 1 --body done\n'],
  ])('reports %s, at on: (medium: a listed test tool nobody runs is a disabled suite)', async (_title, steps) => {
    expect(await manual(steps)).toEqual([{ ruleId: RULE, category: 'conditional-skip', severity: 'medium', line: 1 }]);
  });

  it('is low when the checks are builds or only named like tests', async () => {
    const result = await auditWorkflow(yaml`
      on: workflow_dispatch
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - run: make all
            - name: Run the tests
              run: ./ci/go.sh
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'conditional-skip', severity: 'low', line: 1 }]);
  });

  it.each([
    ['a job pushes to the repository', '      - run: |\n          git commit -am "fix"\n          git push --force origin "$BRANCH"\n'],
    ['a job pushes with git -C', '      - run: git -C site push origin HEAD:gh-pages\n'],
    ['a job opens a pull request with gh', '      - run: gh pr create -B main -H "$BRANCH" --fill\n'],
    ['a job opens a pull request with an action', '      - uses: peter-evans/create-pull-request@v7\n'],
  ])('nothing when %s (a maintenance bot, even if it builds)', async (_title, steps) => {
    expect(await manual(steps)).toEqual([]);
  });

  it('nothing for a benchmark workflow started by hand', async () => {
    expect(await manual('', '.github/workflows/jmh-benchmarks.yml')).toEqual([]);
  });

  it('nothing for the Copilot coding agent setup workflow', async () => {
    expect(await manual('', '.github/workflows/copilot-setup-steps.yml')).toEqual([]);
  });

  it('a manual run that asks for inputs (the branch to test) is low: a suite run on demand by design', async () => {
    const result = await auditWorkflow(yaml`
      on:
        workflow_dispatch:
          inputs:
            branch:
              description: 'Branch to test on'
              required: true
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
              with:
                ref: \${{ inputs.branch }}
            - run: npm test
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'conditional-skip', severity: 'low', line: 1 }]);
    expect(result.findings[0]!.severityReasons![0]).toContain('the manual run asks for inputs (branch)');
  });
});
