import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

describe('constant-false-condition', () => {
  const RULE = 'constant-false-condition';
  it.each([
    {
      title: 'if: false on a job is high at the if key',
      source: yaml`
        on: pull_request
        jobs:
          build:
            if: false
            runs-on: ubuntu-latest
            steps:
              - run: make
      `,
      expected: [{ severity: 'high', line: 4 }],
    },
    {
      title: 'false && repository guard (the PyTorch scorecards form) is constant false',
      source: yaml`
        on: push
        jobs:
          analysis:
            runs-on: ubuntu-latest
            if: false && github.repository == 'pytorch/pytorch'  # don't run on forks
            steps:
              - uses: ossf/scorecard-action@v2
      `,
      expected: [{ severity: 'high', line: 5 }],
    },
    {
      title: 'wrapped ${{ false }} on a test step is the test gone: high',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - name: Integration tests
                if: \${{ false }}
                run: pytest tests/integration
      `,
      expected: [{ severity: 'high', line: 7 }],
    },
    {
      title: 'a step disabled on every matrix leg is constant false',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: \${{ matrix.os }}
            strategy:
              matrix:
                os: [ubuntu-latest, macos-latest]
            steps:
              - if: matrix.os == 'windows-latest'
                run: pytest
      `,
      expected: [{ severity: 'high', line: 9 }],
    },
    {
      title: 'a build step disabled on every matrix leg was written for a leg that is gone: not reported (dead configuration)',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                python: ['3.12', '3.13']
            steps:
              - name: Latest dev build
                if: \${{ endsWith(matrix.python, '-dev') }}
                run: ./configure && make -j4
              - run: pytest
      `,
      expected: [],
    },
    {
      title: 'a build step that is always false is medium',
      source: yaml`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - if: false
                run: make -j4
      `,
      expected: [{ severity: 'medium', line: 6 }],
    },
    {
      title: 'a step that runs on some legs is not reported',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: \${{ matrix.os }}
            strategy:
              matrix:
                os: [ubuntu-latest, windows-latest]
            steps:
              - if: matrix.os == 'windows-latest'
                run: pytest
      `,
      expected: [],
    },
    {
      title: 'a repository guard is fork hygiene, not a skip',
      source: yaml`
        on: pull_request
        jobs:
          test:
            if: github.repository == 'org/repo'
            runs-on: ubuntu-latest
            steps:
              - run: pytest
      `,
      expected: [],
    },
    {
      title: "a quoted 'false' string literal is truthy and not reported",
      source: yaml`
        on: pull_request
        jobs:
          test:
            if: \${{ 'false' }}
            runs-on: ubuntu-latest
            steps:
              - run: pytest
      `,
      expected: [],
    },
  ])('$title', async ({ source, expected }) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE)).toEqual(expected.map((e) => ({ ruleId: RULE, category: 'conditional-skip', ...e })));
  });
});

describe('skipped-by-needs', () => {
  const RULE = 'skipped-by-needs';
  it('reports jobs skipped transitively through needs, at the needs entry', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        build:
          if: false
          runs-on: ubuntu-latest
          steps:
            - run: make
        test:
          needs: build
          runs-on: ubuntu-latest
          steps:
            - run: make test
        report:
          needs: [test]
          runs-on: ubuntu-latest
          steps:
            - run: ./upload-results.sh
        always-runs:
          needs: [test]
          if: always()
          runs-on: ubuntu-latest
          steps:
            - run: pytest
    `);
    expect(brief(result.findings, RULE)).toEqual([
      { ruleId: RULE, category: 'conditional-skip', severity: 'medium', line: 9 },
      // Severity follows what the skipped job does: an upload is info.
      { ruleId: RULE, category: 'conditional-skip', severity: 'info', line: 14 },
    ]);
    expect(result.findings.find((f) => f.ruleId === RULE)!.job).toBe('test');
  });
});

describe('skipped-by-needs through status functions', () => {
  it('follows a failure() job, which is skipped too when its dependency is skipped', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        build:
          if: false
          runs-on: ubuntu-latest
          steps:
            - run: make
        on-failure:
          needs: build
          if: failure()
          runs-on: ubuntu-latest
          steps:
            - run: ./triage.sh
        after:
          needs: on-failure
          runs-on: ubuntu-latest
          steps:
            - run: make test
    `);
    expect(brief(result.findings, 'skipped-by-needs').map((f) => f.line)).toEqual([9, 15]);
  });

  it('stops at a job that runs after a skipped dependency (!cancelled())', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        build:
          if: false
          runs-on: ubuntu-latest
          steps:
            - run: make
        report:
          needs: build
          if: \${{ !cancelled() }}
          runs-on: ubuntu-latest
          steps:
            - run: make test
    `);
    expect(brief(result.findings, 'skipped-by-needs')).toEqual([]);
  });

  it('reports an if: whose expression does not parse as invalid', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          if: github.event_name == 'push' &&
          runs-on: ubuntu-latest
          steps:
            - run: pytest
    `);
    expect(brief(result.findings)).toEqual([{ ruleId: 'invalid-file', category: 'invalid', severity: 'medium', line: 4 }]);
  });
});

describe('skipped-by-needs with several dependencies', () => {
  it('gives the benefit of the doubt when the condition reads another dependency', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        build:
          if: false
          runs-on: ubuntu-latest
          steps:
            - run: make
        other:
          runs-on: ubuntu-latest
          steps:
            - run: make lint
        test:
          needs: [build, other]
          if: always() && needs.other.result == 'success'
          runs-on: ubuntu-latest
          steps:
            - run: make test
        plain:
          needs: [build, other]
          runs-on: ubuntu-latest
          steps:
            - run: make test
    `);
    expect(brief(result.findings, 'skipped-by-needs')).toEqual([
      { ruleId: 'skipped-by-needs', category: 'conditional-skip', severity: 'medium', line: 19 },
    ]);
  });
});
