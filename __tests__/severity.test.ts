import { describe, expect, it } from '@jest/globals';
import { blockingFindings } from '../src/outcome.js';
import { auditWorkflow, brief, makeRepo, yaml } from './helpers.js';
import { audit } from '../src/engine.js';
import type { Finding } from '../src/rules/types.js';

/** The severity model (src/rules/severity.ts, docs/rules/README.md "How severity is decided"), factor by factor. */

type Graded = Pick<Finding, 'ruleId' | 'category' | 'severity' | 'line' | 'confidence'> & { reasons: string[] };

function graded(findings: readonly Finding[], ruleId: string): Graded[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map(({ ruleId: id, category, severity, line, confidence, severityReasons }) => ({
      ruleId: id,
      category,
      severity,
      line,
      confidence,
      reasons: severityReasons,
    }));
}

const RULE = 'continue-on-error';

describe('severity model: what is masked and how surely', () => {
  it('a listed test command, step-level, on pull_request: high, high confidence, with its reasons', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: pytest -x
              continue-on-error: true
    `);
    expect(graded(result.findings, RULE)).toEqual([
      {
        ruleId: RULE,
        category: 'soft-fail',
        severity: 'high',
        line: 7,
        confidence: 'high',
        reasons: ['test step', 'step-level: the job reports success', 'runs on pull_request'],
      },
    ]);
  });

  it('an unknown third-party action: medium, low confidence, and it does not block at the default min-confidence', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: someone/mystery-thing@v1
              continue-on-error: true
    `);
    const [finding] = graded(result.findings, RULE);
    expect(finding).toMatchObject({ severity: 'medium', confidence: 'low', line: 7 });
    expect(blockingFindings(result.findings, 'medium')).toEqual([]);
    expect(blockingFindings(result.findings, 'medium', 'low')).toHaveLength(1);
  });

  it('a step only named like a test: medium confidence, "(by its name)"', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - name: Run tests
              run: ./ci/go.sh
              continue-on-error: true
    `);
    expect(graded(result.findings, RULE)[0]).toMatchObject({
      severity: 'high',
      confidence: 'medium',
      reasons: expect.arrayContaining(['test step (by its name)']),
    });
  });
});

describe('severity model: how silent', () => {
  const jobLevel = (dependent: string) => yaml`
    on: pull_request
    jobs:
      test:
        runs-on: ubuntu-latest
        continue-on-error: true
        steps:
          - run: npm test
    ${dependent}
  `;

  it("job-level: one level lower, the job's own check is still red", async () => {
    const result = await auditWorkflow(jobLevel(''));
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'medium', line: 5 });
    expect(graded(result.findings, RULE)[0]!.reasons[1]).toMatch(/^job-level: the job's own check is still red/);
  });

  it('job-level, but a job that needs it publishes: the hidden failure ships, so it stays high', async () => {
    const result = await auditWorkflow(
      jobLevel(`  publish:
        needs: test
        runs-on: ubuntu-latest
        steps:
          - run: npm publish`),
    );
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'high', line: 5 });
    expect(graded(result.findings, RULE)[0]!.reasons[1]).toMatch(/job "publish" that needs it publishes/);
  });
});

describe('severity model: where it runs', () => {
  it('schedule only: one level lower, step- and job-level alike', async () => {
    const result = await auditWorkflow(yaml`
      on:
        schedule: [{ cron: '0 0 * * *' }]
      jobs:
        test:
          runs-on: ubuntu-latest
          continue-on-error: true
          steps:
            - run: npm test
              continue-on-error: true
    `);
    // The step's own flag adds nothing to a job that is continue-on-error already: low, with that reason.
    expect(brief(result.findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'low', line: 6 },
      { ruleId: RULE, category: 'soft-fail', severity: 'low', line: 9 },
    ]);
  });

  it('a push on tags only is a release, and a job whose if: runs it only on schedule does not gate', async () => {
    const result = await auditWorkflow(yaml`
      on:
        push:
          tags: ['v*']
        pull_request:
      jobs:
        nightly:
          if: github.event_name == 'schedule'
          runs-on: ubuntu-latest
          steps:
            - run: npm test
              continue-on-error: true
    `);
    const [finding] = graded(result.findings, RULE);
    expect(finding).toMatchObject({ severity: 'medium', line: 11 });
    expect(finding!.reasons).toContain("the job's if: skips it on pull_request");
  });
});

describe('severity model: whether anything reads it', () => {
  it('a later step that reads its outputs and exits 1 carries the failure: one level lower', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        lint:
          runs-on: ubuntu-latest
          steps:
            - id: fmt
              run: cargo fmt --check
              continue-on-error: true
            - if: steps.fmt.outputs.changed == 'true'
              run: exit 1
    `);
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'medium', line: 8 });
  });

  it('a later upload that only reads the outcome to skip itself carries nothing', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - id: tests
              run: npm test
              continue-on-error: true
            - if: steps.tests.outcome == 'success'
              uses: actions/upload-artifact@v4
    `);
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'high', line: 8 });
  });
});

describe('severity model: parameters', () => {
  const reusable = (def: string) => yaml`
    on:
      workflow_call:
        inputs:
          continue-on-error:
            type: boolean
            default: ${def}
    jobs:
      test:
        runs-on: ubuntu-latest
        steps:
          - run: npm test
            continue-on-error: \${{ inputs.continue-on-error }}
  `;

  it('continue-on-error: ${{ inputs.x }} with a false default is low: only callers that pass true mask it', async () => {
    const result = await auditWorkflow(reusable('false'));
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'low', line: 12, confidence: 'medium' });
  });

  it('with a true default it masks for every caller that passes nothing: high', async () => {
    const result = await auditWorkflow(reusable('true'));
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'high', line: 12 });
  });
});

describe('severity model: a caller that turns it on', () => {
  it('continue-on-error: true passed to a reusable workflow is reported at the call', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        tests:
          name: Run tests
          uses: ./.github/workflows/run-tests.yml
          with:
            suite: unit
            continue-on-error: true
    `);
    expect(graded(result.findings, RULE)).toEqual([expect.objectContaining({ severity: 'high', line: 8, confidence: 'medium' })]);
  });

  it('nothing when the caller passes false', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        tests:
          uses: ./.github/workflows/run-tests.yml
          with:
            continue-on-error: false
    `);
    expect(graded(result.findings, RULE)).toEqual([]);
  });
});

describe('severity model: stated intent', () => {
  it('a comment above the line saying it must not block makes it low (by design), with the reason, never hides it', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: npm test
              # Known failures on this platform, must not block the release (tracked upstream)
              continue-on-error: true
    `);
    const [finding] = graded(result.findings, RULE);
    expect(finding).toMatchObject({ severity: 'low', line: 8 });
    expect(finding!.reasons.at(-1)).toMatch(/^stated intent: a comment says/);
  });

  it('a step named (optional) is low: an unknown step from medium to low', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - name: Mystery (optional)
              uses: someone/mystery@v1
              continue-on-error: true
    `);
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'low', line: 8 });
  });

  it('a TODO to re-enable a known-broken step is intent', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        verify:
          runs-on: ubuntu-latest
          steps:
            - name: Verify the previous version
              # TODO: We may re-enable this in the future.
              # There are some problems for now:
              # * the previous packages cannot be installed side by side
              continue-on-error: true
              run: pytest tests/previous
    `);
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'low', line: 10 });
  });

  it('a step soft-fail inside a job that is itself allowed to fail on its legs is lowered', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        cross:
          runs-on: ubuntu-latest
          continue-on-error: \${{ matrix.settings.allow-failure }}
          strategy:
            matrix:
              settings:
                - arch: riscv64
                  allow-failure: true
          steps:
            - run: make test || echo 'tests failed'
    `);
    expect(brief(result.findings, 'or-true-swallows-failure')).toEqual([
      { ruleId: 'or-true-swallows-failure', category: 'soft-fail', severity: 'low', line: 12 },
    ]);
  });

  it('"flaky" is not intent: a flaky check switched off is what the tool is for', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: npm test
              continue-on-error: true # flaky
    `);
    expect(graded(result.findings, RULE)[0]).toMatchObject({ severity: 'high' });
  });
});

describe('classifier fixes from the blind review', () => {
  it('pushing the CI image after testing in it is cache work (info), not a deploy', async () => {
    const result = await auditWorkflow(yaml`
      on: push
      jobs:
        docker:
          runs-on: ubuntu-latest
          steps:
            - run: docker build -t ghcr.io/acme/ci-image:latest .
            - run: docker run ghcr.io/acme/ci-image:latest make test
            - run: docker push ghcr.io/acme/ci-image:latest
              continue-on-error: true
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'info', line: 9 }]);
  });

  it('pushing an image in a release workflow is still a deploy', async () => {
    const result = await auditWorkflow(
      yaml`
        on: push
        jobs:
          docker:
            runs-on: ubuntu-latest
            steps:
              - run: docker build -t acme/app .
              - run: docker push acme/app
                continue-on-error: true
      `,
      '.github/workflows/release.yml',
    );
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'medium', line: 8 }]);
  });

  it('a step that only prints logs or waits is info', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - name: Show logs
              run: |
                ls -la build/
                tail -n 100 build/test.log
              continue-on-error: true
            - run: sleep 30
              continue-on-error: true
    `);
    expect(brief(result.findings, RULE).map((finding) => finding.severity)).toEqual(['info', 'info']);
  });

  it('a setup action named like a build is setup', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - name: Latest dev build
              uses: actions/setup-python@v5
              continue-on-error: true
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'low', line: 8 }]);
  });

  it('an automation workflow (a labeler on pull_request_target) is low at most', async () => {
    const result = await auditWorkflow(
      yaml`
        on: pull_request_target
        jobs:
          label:
            runs-on: ubuntu-latest
            steps:
              - uses: someone/pr-labeler@v5
                continue-on-error: true
      `,
      '.github/workflows/label-pr.yml',
    );
    expect(graded(result.findings, RULE)[0]).toMatchObject({
      severity: 'low',
      reasons: expect.arrayContaining([expect.stringMatching(/automation workflow/)]),
    });
  });

  it('a measurement run (cargo coverage compared later) is low; a test run with coverage is not', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        conformance:
          runs-on: ubuntu-latest
          steps:
            - run: cargo coverage --json > new.json
              continue-on-error: true
            - name: Run tests with coverage
              run: coverage run -m pytest
              continue-on-error: true
            - run: make lint
    `);
    expect(brief(result.findings, RULE).map((finding) => finding.severity)).toEqual(['low', 'high']);
  });
});

describe('second pass of the blind review', () => {
  it('a comment block above the step that opens it states intent too', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        lambdas:
          runs-on: ubuntu-latest
          steps:
            # This leg is non-blocking: a failure must not hold back the release.
            - name: Build the coverage lambda
              if: always()
              continue-on-error: true
              run: make build
    `);
    const [finding] = graded(result.findings, RULE);
    expect(finding).toMatchObject({ severity: 'low', line: 9 });
    expect(finding!.reasons.at(-1)).toMatch(/non-blocking/);
  });

  it('a build task that pushes the docker image after building in it is cache work', async () => {
    const result = await auditWorkflow(yaml`
      on: push
      jobs:
        package:
          runs-on: ubuntu-latest
          steps:
            - run: rake -C dev/tasks centos:build
            - run: rake -C dev/tasks docker:push:centos
              continue-on-error: true
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'info', line: 8 }]);
  });

  it('npm audit || true before npm audit fix is a diagnostic (info); without the fix it is a check', async () => {
    const fixer = (fix: string) => yaml`
      on: pull_request
      jobs:
        audit:
          runs-on: ubuntu-latest
          steps:
            - run: |
                npm audit || true
                ${fix}
    `;
    const withFix = await auditWorkflow(fixer('npm audit fix --force'));
    expect(brief(withFix.findings, 'or-true-swallows-failure')).toEqual([
      { ruleId: 'or-true-swallows-failure', category: 'soft-fail', severity: 'info', line: 7 },
    ]);
    const without = await auditWorkflow(fixer('npm ci'));
    expect(brief(without.findings, 'or-true-swallows-failure')).toEqual([
      { ruleId: 'or-true-swallows-failure', category: 'soft-fail', severity: 'high', line: 7 },
    ]);
  });
});

describe('warm-ups are not checks', () => {
  it.each([
    ['mypy --install-types --non-interactive', 'low'],
    ['npx vitest list', 'low'],
    ['npx jest --listTests', 'low'],
    ['mypy src', 'high'],
    ['npx vitest run', 'high'],
  ])('%s with continue-on-error: %s', async (command, severity) => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        check:
          runs-on: ubuntu-latest
          steps:
            - run: ${command}
              continue-on-error: true
    `);
    expect(brief(result.findings, RULE).map((finding) => finding.severity)).toEqual([severity]);
  });
});

describe('inventory signal follows the severity model', () => {
  it('a suggestion bot whose every working step is continue-on-error is Cosmetic and its findings low', async () => {
    const repo = makeRepo({
      '.github/workflows/format.yml': yaml`
        on: pull_request
        jobs:
          autoformat:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
              - run: npx prettier --write .
                continue-on-error: true
              - id: diff
                run: git diff --exit-code
                continue-on-error: true
              - uses: someone/suggest-changes@v1
                continue-on-error: true
      `,
    });
    const result = await audit([repo]);
    expect(result.inventory[0]!.signal).toBe('Cosmetic');
    expect(result.findings.filter((finding) => finding.ruleId === RULE).every((finding) => finding.severity === 'low')).toBe(true);
  });

  it('a soft-failed monitoring step leaves the workflow Strong', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': yaml`
        on: pull_request
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - name: Upload utilization stats
                uses: actions/upload-artifact@v4
                continue-on-error: true
              - run: make
      `,
    });
    const result = await audit([repo]);
    expect(result.inventory[0]!.signal).toBe('Strong');
  });
});

describe('severity model: patterns from the third blind review', () => {
  it('a continue-on-error that is on only for manual dispatch masks no gating run: one level lower, with the reason', async () => {
    const result = await auditWorkflow(yaml`
      on: [pull_request, workflow_dispatch]
      jobs:
        docs:
          runs-on: ubuntu-latest
          strategy:
            matrix:
              target: [html, doctest]
          steps:
            - name: Make docs
              continue-on-error: \${{ matrix.target == 'doctest' && github.event_name == 'workflow_dispatch' }}
              run: make \${{ matrix.target }}
    `);
    const [finding] = graded(result.findings, RULE);
    expect(finding).toMatchObject({ severity: 'low', line: 10 });
    expect(finding!.reasons).toContain('the flag is off on pull_request: it masks only runs that gate no change');
  });

  it('the same flag on for pull requests stays at the matrix cap', async () => {
    const result = await auditWorkflow(yaml`
      on: [pull_request, workflow_dispatch]
      jobs:
        docs:
          runs-on: ubuntu-latest
          strategy:
            matrix:
              target: [html, doctest]
          steps:
            - name: Make docs
              continue-on-error: \${{ matrix.target == 'doctest' && github.event_name == 'pull_request' }}
              run: make \${{ matrix.target }}
    `);
    expect(graded(result.findings, RULE)).toMatchObject([{ severity: 'medium', line: 10 }]);
  });

  it('a pull-request trigger that only tries out the workflow itself gates nothing: paths filter info, soft-fail lower', async () => {
    const result = await auditWorkflow(
      yaml`
        on:
          schedule:
            - cron: '0 0 * * *'
          pull_request:
            paths:
              - .github/workflows/nightly.yml
              - .github/scripts/nightly.py
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: pytest
                continue-on-error: true
      `,
      '.github/workflows/nightly.yml',
    );
    expect(graded(result.findings, 'pr-paths-filter')).toMatchObject([{ severity: 'info', line: 5 }]);
    const [soft] = graded(result.findings, RULE);
    expect(soft).toMatchObject({ severity: 'medium', line: 13 });
    expect(soft!.reasons).toContain('its pull_request trigger runs only when the workflow itself changes: it gates no other change');
  });

  it('a paths filter that names the workflow among code paths still gates', async () => {
    const result = await auditWorkflow(
      yaml`
        on:
          schedule:
            - cron: '0 0 * * *'
          pull_request:
            paths:
              - .github/workflows/nightly.yml
              - src/**
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: pytest
                continue-on-error: true
      `,
      '.github/workflows/nightly.yml',
    );
    expect(graded(result.findings, 'pr-paths-filter')).toMatchObject([{ severity: 'low', line: 5 }]);
    expect(graded(result.findings, RULE)).toMatchObject([{ severity: 'high', line: 13 }]);
  });

  it('paths-ignore of repository metadata (.gitignore, CREDITS, LICENSE) is documentation-only: info', async () => {
    const result = await auditWorkflow(yaml`
      on:
        pull_request:
          paths-ignore:
            - 'docs/**'
            - '**/*.md'
            - .gitignore
            - CREDITS
            - LICENSE
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: pytest
    `);
    expect(graded(result.findings, 'pr-paths-filter')).toMatchObject([{ severity: 'info', line: 3 }]);
  });

  it('a step named warning-only states intent', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        lint:
          runs-on: ubuntu-latest
          steps:
            - name: 'zizmor (auditor, warning-only)'
              run: zizmor --persona auditor .github/workflows/*.yml || true
    `);
    const [finding] = graded(result.findings, 'or-true-swallows-failure');
    expect(finding).toMatchObject({ severity: 'low', line: 7 });
    expect(finding!.reasons).toContain('stated intent: the step is named "zizmor (auditor, warning-only)"');
  });

  it('a TODO that points at a tracked issue states intent; a bare TODO does not', async () => {
    const tracked = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            # TODO: remove once GH-47207 is resolved
            - run: pytest
              continue-on-error: true
    `);
    expect(graded(tracked.findings, RULE)).toMatchObject([{ severity: 'low', line: 8 }]);
    const bare = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            # TODO: look at this
            - run: pytest
              continue-on-error: true
    `);
    expect(graded(bare.findings, RULE)).toMatchObject([{ severity: 'high', line: 8 }]);
  });

  it('a flag the matrix turns on for chosen legs (an include entry) is an allowed-to-fail leg, even beside run-time values', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        docker:
          runs-on: \${{ matrix.runs-on }}
          strategy:
            matrix:
              include:
                - image: alpine
                  runs-on: "runs-on=\${{ github.run_id }}/family=x8"
                - image: debian
                  runs-on: ubuntu-latest
                  continue-on-error: true
          steps:
            - name: Execute Docker Build
              continue-on-error: \${{ matrix.continue-on-error || false }}
              run: make build
    `);
    const [finding] = graded(result.findings, RULE);
    expect(finding).toMatchObject({ severity: 'low', line: 15 });
    expect(finding!.reasons).toContain('stated intent: the matrix turns it on only for the legs chosen to be allowed to fail');
  });

  it('an actions/github-script step that asserts is a test; one that calls the API is not', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        check:
          runs-on: ubuntu-latest
          steps:
            - name: Toolcache holds the bundle
              continue-on-error: true
              uses: actions/github-script@v8
              with:
                script: |
                  const found = require('@actions/tool-cache').findAllVersions('CodeQL');
                  if (found.length === 0) throw new Error('not in the toolcache');
            - name: Label it
              continue-on-error: true
              uses: actions/github-script@v8
              with:
                script: |
                  const { data } = await github.rest.issues.get(context.issue);
                  if (!data) throw new Error('no issue');
            - run: npm test
    `);
    expect(graded(result.findings, RULE)).toMatchObject([
      { severity: 'high', confidence: 'medium', line: 7 },
      { severity: 'medium', confidence: 'low', line: 14 },
    ]);
  });
});

describe('severity model: fourth blind review', () => {
  it('a comment that says the step is disabled on purpose states intent for constant-false-condition', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        check:
          runs-on: ubuntu-latest
          steps:
            - run: exit 1
              continue-on-error: true
            - uses: ./analyze
              # In a real workflow this step would not run; we manually disable it.
              if: false
            - run: npm test
    `);
    const [finding] = graded(result.findings, 'constant-false-condition');
    expect(finding).toMatchObject({ severity: 'low', line: 10 });
    expect(finding!.reasons.at(-1)).toMatch(/^stated intent: a comment says/);
  });

  it('a paths filter that also names another workflow tests that workflow: it gates, low', async () => {
    const result = await auditWorkflow(
      yaml`
        on:
          workflow_dispatch:
          pull_request:
            paths:
              - .github/workflows/test_linux_job.yml
              - .github/workflows/linux_job.yml
        jobs:
          test:
            uses: ./.github/workflows/linux_job.yml
            with:
              script: pytest
      `,
      '.github/workflows/test_linux_job.yml',
    );
    expect(graded(result.findings, 'pr-paths-filter')).toMatchObject([{ severity: 'low', line: 4 }]);
  });

  it('a script in a folder under .github/workflows/ is not another workflow: still a self-test', async () => {
    const result = await auditWorkflow(
      yaml`
        on:
          schedule:
            - cron: '0 0 * * *'
          pull_request:
            paths:
              - .github/workflows/update-versions.yml
              - .github/workflows/update-versions/update.py
        jobs:
          update:
            runs-on: ubuntu-latest
            steps:
              - run: pytest .github/workflows/update-versions
      `,
      '.github/workflows/update-versions.yml',
    );
    expect(graded(result.findings, 'pr-paths-filter')).toMatchObject([{ severity: 'info', line: 5 }]);
  });
});

describe('severity model: fifth blind review', () => {
  it('a paths filter on pull_request beside an unfiltered merge_group stays low, and says a required merge queue closes the gap', async () => {
    const result = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**']
        merge_group:
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: pytest
    `);
    const [finding] = graded(result.findings, 'pr-paths-filter');
    expect(finding).toMatchObject({ severity: 'low', line: 3 });
    expect(finding!.reasons).toEqual([
      'pull requests outside the filter get none of its checks',
      'the merge_group trigger has no paths filter: a required merge queue runs every check before a change merges',
    ]);
  });

  it('a lint suite of a listed action that only runs by hand is medium, like a test suite', async () => {
    const result = await auditWorkflow(yaml`
      on: workflow_dispatch
      jobs:
        typos:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - uses: crate-ci/typos@v1
    `);
    expect(graded(result.findings, 'no-automatic-trigger')).toMatchObject([{ severity: 'medium', line: 1 }]);
  });

  it('job-level continue-on-error in a reusable workflow keeps its severity when a caller needs the calling job', async () => {
    const callee = yaml`
      on: workflow_call
      jobs:
        retrieve:
          runs-on: ubuntu-latest
          continue-on-error: true
          steps:
            - run: python retrieve.py
    `;
    const caller = (needed: boolean) => yaml`
      on: push
      jobs:
        retrieval:
          uses: ./.github/workflows/retrieval.yml
        determine:
          ${needed ? 'needs: retrieval' : 'needs: []'}
          runs-on: ubuntu-latest
          steps:
            - run: python determine.py
    `;
    const severityWith = async (needed: boolean) => {
      const repo = makeRepo({ '.github/workflows/retrieval.yml': callee, '.github/workflows/trunk.yml': caller(needed) });
      const result = await audit([repo]);
      return graded(result.findings, RULE).map(({ severity, line, reasons }) => ({ severity, line, last: reasons[1] }));
    };
    expect(await severityWith(true)).toEqual([
      {
        severity: 'medium',
        line: 5,
        last: 'job-level, and a workflow that calls this one has a job that needs the calling job: it runs as if this had passed',
      },
    ]);
    expect(await severityWith(false)).toMatchObject([{ severity: 'low', line: 5 }]);
  });
});
