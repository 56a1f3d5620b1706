import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const RULE = 'fail-open-change-detection';

const changes = (script: string, outputs = true) => yaml`
  on: pull_request
  jobs:
    changes:
      runs-on: ubuntu-latest
      ${outputs ? 'outputs:\n        packages: ${{ steps.affected.outputs.packages }}' : 'env: {}'}
      steps:
        - id: affected
          run: |
            ${script.replace(/\n/g, '\n            ')}
`;

describe(RULE, () => {
  it.each([
    ['packages=$(npx nx show projects --affected --json || echo \'[]\')\necho "packages=$packages" >> "$GITHUB_OUTPUT"', 10],
    ['echo "packages=$(./ci/changed-packages.sh || printf \'{}\')" >> $GITHUB_OUTPUT', 10],
  ])('reports %j at the ||', async (script, line) => {
    const result = await auditWorkflow(changes(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'medium', line }]);
  });

  it.each([
    ['a fallback that selects everything', 'packages=$(./changed.sh || echo \'["all"]\')\necho "packages=$packages" >> "$GITHUB_OUTPUT"'],
    ['a fallback outside a substitution', './changed.sh > list.json || echo \'[]\'\necho "packages=$(cat list.json)" >> "$GITHUB_OUTPUT"'],
    ['no fallback', 'packages=$(./changed.sh)\necho "packages=$packages" >> "$GITHUB_OUTPUT"'],
  ])('nothing for %s', async (_title, script) => {
    const result = await auditWorkflow(changes(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing when no step or job output reads it', async () => {
    const result = await auditWorkflow(
      changes('packages=$(./changed.sh || echo \'[]\')\necho "packages=$packages" >> "$GITHUB_OUTPUT"', false),
    );
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('high when the selection decides which test jobs run, with the jobs named', async () => {
    const result = await auditWorkflow(yaml`
      on: pull_request
      jobs:
        changes:
          runs-on: ubuntu-latest
          outputs:
            packages: \${{ steps.affected.outputs.packages }}
          steps:
            - id: affected
              run: |
                packages=$(npx nx show projects --affected --json || echo '[]')
                echo "packages=$packages" >> "$GITHUB_OUTPUT"
        unit:
          needs: [changes]
          if: \${{ contains(fromJson(needs.changes.outputs.packages), 'core') }}
          runs-on: ubuntu-latest
          steps:
            - run: npx jest
    `);
    const [finding] = result.findings.filter((found) => found.ruleId === RULE);
    expect(finding).toMatchObject({ severity: 'high', category: 'scope-gap', line: 10 });
    expect(finding!.severityReasons).toContain('it selects what check jobs run ("unit"): they are skipped and count as passing');
  });
});
