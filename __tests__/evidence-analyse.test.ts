import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../src/config.js';
import { audit } from '../src/engine.js';
import type { EvidenceSource } from '../src/engine.js';
import { analyseEvidence } from '../src/evidence/analyse.js';
import type { ApiJob, RunObservation } from '../src/evidence/types.js';
import { makeRepo, yaml } from './helpers.js';

/** One completed run: its conclusion, its jobs (name, conclusion, failed step names), annotations and logs by job name. */
interface RunSpec {
  conclusion?: string;
  jobs: Array<{ name: string; conclusion: string; failedSteps?: string[]; steps?: string[] }>;
  annotations?: Record<string, string[]>;
  logs?: Record<string, string>;
}

function observation(spec: RunSpec, index: number): RunObservation {
  const jobs: ApiJob[] = spec.jobs.map((job, j) => ({
    id: index * 100 + j,
    run_id: index,
    name: job.name,
    status: 'completed',
    conclusion: job.conclusion,
    steps: (job.steps ?? []).map((name, number) => ({
      name,
      number: number + 2,
      status: 'completed',
      conclusion: job.failedSteps?.includes(name) ? 'failure' : 'success',
    })),
  }));
  const idOf = (name: string): number => jobs.find((job) => job.name === name)!.id;
  return {
    run: {
      id: index,
      html_url: `https://github.com/o/r/actions/runs/${index}`,
      conclusion: spec.conclusion ?? 'success',
      created_at: `2026-02-${String(10 + index).padStart(2, '0')}T00:00:00Z`,
    },
    jobs,
    annotations: new Map(
      Object.entries(spec.annotations ?? {}).map(([name, messages]) => [
        idOf(name),
        messages.map((message) => ({ annotation_level: 'failure', message })),
      ]),
    ),
    logs: new Map(Object.entries(spec.logs ?? {}).map(([name, log]) => [idOf(name), log])),
  };
}

const runs =
  (...specs: RunSpec[]): EvidenceSource =>
  async ({ findings, layouts }) => ({
    analysis: analyseEvidence(
      layouts,
      findings,
      layouts.map((layout) => ({ file: layout.file, runs: specs.map(observation) })),
      'main',
    ),
    summary: {
      repository: 'o/r',
      branch: 'main',
      runsPerWorkflow: specs.length,
      workflows: 1,
      requests: 0,
      maxRequests: 300,
      partial: false,
      reason: null,
      notices: [],
    },
  });

async function withRuns(workflow: string, source: EvidenceSource, files: Record<string, string> = {}) {
  const repo = makeRepo({ '.github/workflows/ci.yml': workflow, ...files });
  const config = files['.github/silent-failure-audit.yml'] ? loadConfig(path.join(repo, '.github/silent-failure-audit.yml')) : null;
  return (await audit([repo], { evidence: source, config })).findings;
}

const section = (header: string, ...output: string[]): string =>
  [`2026-02-01T00:00:00.0000000Z ##[group]Run ${header}`, '##[endgroup]', ...output].join('\n');

describe('evidence on static findings', () => {
  const jobLevel = yaml`
    on: push
    jobs:
      test:
        continue-on-error: true
        runs-on: ubuntu-latest
        steps:
          - run: pytest
      publish:
        needs: test
        runs-on: ubuntu-latest
        steps:
          - run: echo done
  `;

  it('job-level continue-on-error: failed when the job failed in a run that passed; not in a run that failed', async () => {
    const findings = await withRuns(
      jobLevel,
      runs(
        { jobs: [{ name: 'test', conclusion: 'failure' }] },
        { conclusion: 'failure', jobs: [{ name: 'test', conclusion: 'failure' }] },
        { jobs: [{ name: 'test', conclusion: 'success' }] },
        { jobs: [{ name: 'test', conclusion: 'skipped' }] },
      ),
    );
    const finding = findings.find((candidate) => candidate.ruleId === 'continue-on-error')!;
    expect(finding.evidence).toEqual({
      runs: 3,
      failures: 1,
      lastFailure: { url: 'https://github.com/o/r/actions/runs/0', at: '2026-02-10T00:00:00Z' },
    });
    expect(finding.severity).toBe('high');
    expect(finding.severityReasons.at(-1)).toBe('failed silently in 1 of 3 run(s) on main');
    expect(findings.filter((candidate) => candidate.ruleId === 'observed-masked-failure')).toEqual([]);
  });

  it('a soft-fail that never failed keeps its severity and says so', async () => {
    const workflow = yaml`
      on: schedule
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - continue-on-error: true
              run: pytest
    `;
    const findings = await withRuns(
      workflow,
      runs(...[0, 1].map(() => ({ jobs: [{ name: 'test', conclusion: 'success', steps: ['Run pytest'] }] }))),
    );
    const finding = findings.find((candidate) => candidate.ruleId === 'continue-on-error')!;
    expect(finding.severity).toBe('medium');
    expect(finding.evidence).toEqual({ runs: 2, failures: 0, lastFailure: null });
    expect(finding.severityReasons.at(-1)).toBe('did not fail in the last 2 run(s) on main');
  });

  it('a check that failed silently is high, unless the config set the rule’s severity', async () => {
    const workflow = yaml`
      on: schedule
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - continue-on-error: true
              run: pytest
    `;
    const failing = runs({ jobs: [{ name: 'test', conclusion: 'success', steps: ['Run pytest'], failedSteps: ['Run pytest'] }] });
    expect((await withRuns(workflow, failing)).find((finding) => finding.ruleId === 'continue-on-error')!.severity).toBe('high');
    const configured = await withRuns(workflow, failing, { '.github/silent-failure-audit.yml': 'rules:\n  continue-on-error: low\n' });
    expect(configured.find((finding) => finding.ruleId === 'continue-on-error')).toMatchObject({
      severity: 'low',
      evidence: { failures: 1 },
    });
  });

  it('a || true after a test runner: failed when the step’s log shows the runner’s failure summary', async () => {
    const workflow = yaml`
      on: push
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: cargo test || true
            - run: cargo build
    `;
    const findings = await withRuns(
      workflow,
      runs(
        {
          jobs: [{ name: 'test', conclusion: 'success' }],
          logs: { test: `${section('cargo test || true', 'test result: FAILED. 1 passed; 1 failed')}\n${section('cargo build')}` },
        },
        { jobs: [{ name: 'test', conclusion: 'success' }], logs: { test: section('cargo test || true', 'test result: ok. 2 passed') } },
        // No log read: not examined for what only the log shows.
        { jobs: [{ name: 'test', conclusion: 'success' }] },
      ),
    );
    expect(findings.find((finding) => finding.ruleId === 'or-true-swallows-failure')!.evidence).toMatchObject({ runs: 2, failures: 1 });
    expect(findings.filter((finding) => finding.ruleId === 'observed-masked-failure')).toEqual([]);
  });
});

describe('observed-masked-failure', () => {
  const workflow = yaml`
    on: push
    jobs:
      build:
        name: Build (\${{ matrix.os }})
        strategy:
          matrix:
            os: [ubuntu-latest, windows-latest]
        runs-on: \${{ matrix.os }}
        steps:
          - run: make all
  `;

  it('a job that failed in a run that passed, with nothing in the workflow to say why: at the job, high for a build', async () => {
    const findings = await withRuns(
      workflow,
      runs(
        {
          jobs: [
            { name: 'Build (ubuntu-latest)', conclusion: 'success' },
            { name: 'Build (windows-latest)', conclusion: 'failure' },
          ],
        },
        {
          jobs: [
            { name: 'Build (ubuntu-latest)', conclusion: 'success' },
            { name: 'Build (windows-latest)', conclusion: 'success' },
          ],
        },
      ),
    );
    expect(findings.filter((finding) => finding.ruleId === 'observed-masked-failure')).toEqual([
      expect.objectContaining({
        category: 'soft-fail',
        severity: 'high',
        line: 3,
        job: 'build',
        evidence: expect.objectContaining({ runs: 2, failures: 1 }),
      }),
    ]);
  });

  it('a failure annotation in a green job with no continue-on-error step', async () => {
    const findings = await withRuns(
      workflow,
      runs({
        jobs: [{ name: 'Build (ubuntu-latest)', conclusion: 'success' }],
        annotations: { 'Build (ubuntu-latest)': ['Process completed with exit code 2.'] },
      }),
    );
    expect(findings.find((finding) => finding.ruleId === 'observed-masked-failure')?.message).toContain(
      'Process completed with exit code N.',
    );
  });

  it('Jest’s and go test’s summaries in a green step; none where the runner passed', async () => {
    const steps = yaml`
      on: push
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - run: ./ci/js.sh
            - run: ./ci/go.sh
            - run: ./ci/ok.sh
    `;
    const log = [
      section('./ci/js.sh', 'Tests:       1 failed, 9 passed, 10 total'),
      section('./ci/go.sh', '--- FAIL: TestParse (0.00s)'),
      section('./ci/ok.sh', 'ok  	example.com/x	0.01s'),
    ].join('\n');
    const findings = await withRuns(steps, runs({ jobs: [{ name: 'test', conclusion: 'success' }], logs: { test: log } }));
    expect(
      findings.filter((finding) => finding.ruleId === 'observed-masked-failure').map((finding) => [finding.line, finding.step]),
    ).toEqual([
      [6, './ci/js.sh'],
      [7, './ci/go.sh'],
    ]);
  });
});

describe('never-runs', () => {
  it('needs at least two runs; low when the condition reads the event; info where a static rule explains it', async () => {
    const workflow = yaml`
      on: push
      jobs:
        nightly:
          if: github.event_name == 'schedule'
          runs-on: ubuntu-latest
          steps:
            - run: make nightly
        docs:
          if: needs.x.outputs.docs == 'true'
          runs-on: ubuntu-latest
          steps:
            - run: make docs
        off:
          if: false
          runs-on: ubuntu-latest
          steps:
            - run: make test
    `;
    const skipped = { jobs: ['nightly', 'docs', 'off'].map((name) => ({ name, conclusion: 'skipped' })) };
    expect((await withRuns(workflow, runs(skipped))).filter((finding) => finding.ruleId === 'never-runs')).toEqual([]);
    const findings = (await withRuns(workflow, runs(skipped, skipped))).filter((finding) => finding.ruleId === 'never-runs');
    expect(findings.map((finding) => [finding.job, finding.severity, finding.line])).toEqual([
      ['nightly', 'low', 3],
      ['docs', 'medium', 8],
      ['off', 'info', 13],
    ]);
    expect(findings[0]!.evidence).toEqual({ runs: 2, failures: 0, lastFailure: null });
  });

  it('is suppressed inline like any rule', async () => {
    const workflow = yaml`
      on: push
      jobs:
        # silent-failure-audit: ignore[never-runs] runs on releases only
        docs:
          if: needs.x.outputs.docs == 'true'
          runs-on: ubuntu-latest
          steps:
            - run: make docs
    `;
    const skipped = { jobs: [{ name: 'docs', conclusion: 'skipped' }] };
    const findings = await withRuns(workflow, runs(skipped, skipped));
    expect(findings.map((finding) => [finding.ruleId, finding.suppressed])).toEqual([['never-runs', true]]);
  });
});
