import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const RULE = 'continue-on-error';

describe(RULE, () => {
  it.each([
    {
      title: 'pytest step on pull_request is high, at the continue-on-error key',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
              - name: Run tests
                continue-on-error: true
                run: pytest -v tests/
      `,
      expected: [{ severity: 'high', line: 8 }],
    },
    {
      title: 'upload-artifact step is info',
      source: yaml`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/upload-artifact@v4
                continue-on-error: true
                with:
                  name: logs
                  path: logs/
      `,
      expected: [{ severity: 'info', line: 7 }],
    },
    {
      title: 'a test job on a schedule-only workflow is one level lower',
      source: yaml`
        on:
          schedule:
            - cron: '0 0 * * *'
        jobs:
          nightly:
            runs-on: ubuntu-latest
            steps:
              - run: cargo test --all
                continue-on-error: true
      `,
      expected: [{ severity: 'medium', line: 9 }],
    },
    {
      title: "job-level continue-on-error on a test job is medium at the job key (the job's own check stays red)",
      source: yaml`
        on: [push, pull_request]
        jobs:
          unit:
            runs-on: ubuntu-latest
            continue-on-error: true
            steps:
              - uses: actions/checkout@v5
              - run: npm ci
              - run: npm test
      `,
      expected: [{ severity: 'medium', line: 5 }],
    },
    {
      title: 'matrix.experimental true on one leg only, job-level: low (its own check stays red, and the flag says experimental)',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            continue-on-error: \${{ matrix.experimental }}
            strategy:
              matrix:
                python: ['3.11', '3.12']
                experimental: [false]
                include:
                  - python: '3.14'
                    experimental: true
            steps:
              - run: python -m pytest
      `,
      expected: [{ severity: 'low', line: 5 }],
    },
    {
      title: 'matrix value false on every leg is nothing',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            continue-on-error: \${{ matrix.allow-failure }}
            strategy:
              matrix:
                os: [ubuntu-latest, macos-latest]
                allow-failure: [false]
            steps:
              - run: go test ./...
      `,
      expected: [],
    },
    {
      title: 'matrix value true on every leg is the same as true',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                include:
                  - os: linux
                    soft: true
                  - os: mac
                    soft: true
            steps:
              - run: go test ./...
                continue-on-error: \${{ matrix.soft }}
      `,
      expected: [{ severity: 'high', line: 14 }],
    },
    {
      title: 'continue-on-error: false is nothing',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: pytest
                continue-on-error: false
      `,
      expected: [],
    },
    {
      title: 'a failure carried forward through steps.<id>.outcome is not masked',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - id: tests
                run: pytest
                continue-on-error: true
              - run: ./collect-logs.sh
              - name: Fail if tests failed
                if: steps.tests.outcome == 'failure'
                run: exit 1
      `,
      expected: [],
    },
    {
      title: 'reading the outcome without failing does not carry the failure forward',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - id: tests
                run: pytest
                continue-on-error: true
              - if: steps.tests.outcome == 'failure'
                run: echo "tests failed, carrying on"
      `,
      expected: [{ severity: 'high', line: 8 }],
    },
    {
      title: 'a runtime expression is medium',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: make check
                continue-on-error: \${{ vars.LENIENT == 'true' }}
      `,
      expected: [{ severity: 'medium', line: 7 }],
    },
    {
      title: 'a flag that is on only for an event the workflow does not gate on is one level lower',
      source: yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: make check
                continue-on-error: \${{ github.event_name == 'schedule' }}
      `,
      expected: [{ severity: 'low', line: 7 }],
    },
  ])('$title', async ({ source, expected }) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE)).toEqual(expected.map((e) => ({ ruleId: RULE, category: 'soft-fail', ...e })));
  });

  it('analyses composite action steps', async () => {
    const source = yaml`
      name: run tests
      runs:
        using: composite
        steps:
          - shell: bash
            run: ctest --output-on-failure
            continue-on-error: true
    `;
    const result = await auditWorkflow(source, 'tools/action.yml');
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 7 }]);
    expect(result.findings[0]!.file).toBe('tools/action.yml');
  });

  it('treats continue-on-error on a reusable-workflow call as the error GitHub makes of it', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          uses: pytorch/test-infra/.github/workflows/linux_job_v2.yml@main
          continue-on-error: true
          with:
            script: python test/run_test.py --verbose
    `;
    const result = await auditWorkflow(source);
    expect(brief(result.findings)).toEqual([{ ruleId: 'invalid-file', category: 'invalid', severity: 'medium', line: 5 }]);
    expect(result.findings[0]!.message).toContain('"continue-on-error" is not allowed on job "test", which calls a reusable workflow');
  });

  it('passes the outcome through env and fails on it: carried forward', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - id: tests
              run: pytest
              continue-on-error: true
            - env:
                OUTCOME: \${{ steps.tests.outcome }}
              run: |
                ./collect-logs.sh
                if [ "$OUTCOME" = failure ]; then exit 1; fi
    `);
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it("treats a quoted 'false' as the boolean the runner reads", async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: pytest
              continue-on-error: 'false'
    `);
    expect(brief(result.findings, RULE)).toEqual([]);
  });
});
