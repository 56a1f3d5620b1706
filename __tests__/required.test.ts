import { describe, expect, it } from '@jest/globals';
import { audit } from '../src/engine.js';
import { applyRequiredChecks, contextsFromBranch, contextsFromRules } from '../src/inventory/required.js';
import { makeRepo, yaml } from './helpers.js';

describe('required status checks from the API', () => {
  it('reads contexts from rulesets and from classic protection', () => {
    expect(
      contextsFromRules([
        { type: 'deletion' },
        {
          type: 'required_status_checks',
          parameters: { required_status_checks: [{ context: 'build' }, { context: 'test', integration_id: 1 }] },
        },
      ]),
    ).toEqual(['build', 'test']);
    expect(contextsFromRules({ message: 'Not Found' })).toEqual([]);
    expect(
      contextsFromBranch({
        protection: { required_status_checks: { contexts: ['lint'], checks: [{ context: 'lint' }, { context: 'e2e' }] } },
      }),
    ).toEqual(['lint', 'e2e']);
    expect(contextsFromBranch({ name: 'main', protected: false })).toEqual([]);
  });

  it('matches a reusable workflow’s jobs through the caller’s `caller / job` check name', async () => {
    const repo = makeRepo({
      '.github/workflows/_tests.yml': yaml`
        on: workflow_call
        jobs:
          unit:
            name: Unit (${'${{ inputs.os }}'})
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
              - run: pytest
                continue-on-error: true
          slow:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
              - run: pytest -m slow
                continue-on-error: true
      `,
      '.github/workflows/ci.yml': yaml`
        on: pull_request
        jobs:
          tests:
            name: Tests
            uses: ./.github/workflows/_tests.yml
      `,
    });
    const result = await audit([repo]);
    applyRequiredChecks(result.inventory, result.findings, { branch: 'main', contexts: ['Tests / Unit (linux)'], sources: ['rulesets'] });
    const callee = result.inventory.find((entry) => entry.file === '.github/workflows/_tests.yml')!;
    expect(callee.jobs.map((job) => [job.id, job.required])).toEqual([
      ['unit', true],
      ['slow', false],
    ]);
    expect(result.inventory.find((entry) => entry.file === '.github/workflows/ci.yml')!.jobs[0]!.required).toBe(true);
    // Already high: stays high; the unrequired one goes down a level.
    expect(result.findings.map((f) => `${f.job}:${f.severity}`)).toEqual(['unit:high', 'slow:medium']);
  });

  it('changes nothing when the branch requires no check', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml':
        'on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n        continue-on-error: true\n',
    });
    const result = await audit([repo]);
    applyRequiredChecks(result.inventory, result.findings, { branch: 'main', contexts: [], sources: ['rulesets'] });
    expect(result.findings.map((f) => f.severity)).toEqual(['high']);
    expect(result.inventory[0]!.jobs[0]!.required).toBeNull();
  });
});
