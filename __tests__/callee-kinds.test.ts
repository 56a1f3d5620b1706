import { describe, expect, it } from '@jest/globals';
import { audit } from '../src/engine.js';
import { discoverFiles } from '../src/load/discover.js';
import { calleeKinds, workflowsNeededByCallers } from '../src/model/callers.js';
import { brief, makeRepo, yaml } from './helpers.js';

const caller = yaml`
  on: pull_request
  jobs:
    lint:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v5
        - run: npm run lint
    performance-gate:
      uses: ./.github/workflows/ci-gate.yml
    ci-ok:
      needs: [lint, performance-gate]
      if: always()
      runs-on: ubuntu-latest
      steps:
        - run: |
            if [ "\${{ needs.lint.result }}" != "success" ]; then exit 1; fi
`;

const gate = (steps: string): string => yaml`
  on: workflow_call
  jobs:
    measure:
      runs-on: ubuntu-latest
      steps:
        - uses: actions/checkout@v5
${steps}
`;

describe('a reusable-workflow call named for nothing is what the called file does', () => {
  it('a gate that never reads a call whose workflow runs tests is high', async () => {
    const result = await audit([
      makeRepo({
        '.github/workflows/on-pr.yml': caller,
        '.github/workflows/ci-gate.yml': gate('        - run: go test ./...'),
      }),
    ]);
    expect(brief(result.findings, 'aggregator-ignores-results')).toEqual([
      { ruleId: 'aggregator-ignores-results', category: 'soft-fail', severity: 'high', line: 12 },
    ]);
  });

  it('without the called file (or when it does nothing the classifier knows) the call stays unknown: medium', async () => {
    const repos: Array<Record<string, string>> = [
      { '.github/workflows/on-pr.yml': caller },
      { '.github/workflows/on-pr.yml': caller, '.github/workflows/ci-gate.yml': gate('        - run: ./measure --out result.json') },
    ];
    for (const files of repos) {
      const result = await audit([makeRepo(files)]);
      expect(brief(result.findings, 'aggregator-ignores-results')).toEqual([
        { ruleId: 'aggregator-ignores-results', category: 'soft-fail', severity: 'medium', line: 12 },
      ]);
    }
  });

  it("the called file is looked up in the caller's own repository folder", async () => {
    const result = await audit([
      makeRepo({
        'a/.github/workflows/on-pr.yml': caller,
        'b/.github/workflows/ci-gate.yml': gate('        - run: go test ./...'),
      }),
    ]);
    expect(brief(result.findings, 'aggregator-ignores-results')).toEqual([
      { ruleId: 'aggregator-ignores-results', category: 'soft-fail', severity: 'medium', line: 12 },
    ]);
  });

  it('in this thread the callee is parsed once: the look-ahead keeps its parse for the audit', async () => {
    const { files } = discoverFiles(
      makeRepo({ '.github/workflows/on-pr.yml': caller, '.github/workflows/ci-gate.yml': gate('        - run: go test ./...') }),
    );
    const kept = workflowsNeededByCallers(files, { keep: true });
    const kinds = await calleeKinds(kept);
    expect(kinds.get('.github/workflows/ci-gate.yml')).toEqual({ kind: 'test', basis: 'known' });
    const callee = [...kept.read].find(([file]) => file.relative === '.github/workflows/ci-gate.yml')![1];
    expect(callee.parsed?.doc).toBeDefined();
    // Audited in workers, nothing is kept: each worker reads and parses its own files.
    const apart = workflowsNeededByCallers(files, { keep: false });
    await calleeKinds(apart);
    expect(apart.read.size).toBe(0);
  });
});
