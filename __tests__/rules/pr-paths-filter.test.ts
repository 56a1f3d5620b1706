import { describe, expect, it } from '@jest/globals';
import { compileFilter } from '../../src/inventory/path-filter.js';
import { auditWorkflow, brief, yaml } from '../helpers.js';

const RULE = 'pr-paths-filter';

const filterAdmits = (key: 'paths' | 'paths-ignore', globs: readonly string[], path: string): boolean | undefined =>
  compileFilter(key, globs)(path);

describe('GitHub path filters, matched like the runner', () => {
  it.each([
    ['src/**', 'src/a/b.ts', true],
    ['src/*', 'src/a/b.ts', false],
    ['src/*', 'src/b.ts', true],
    ['**.md', 'docs/a/readme.md', true],
    ['**/*.md', 'README.md', true],
    ['*.md', 'docs/readme.md', false],
    ['docs', 'docs/readme.md', false],
    ['ci/scripts/r_*.sh', 'ci/scripts/r_build.sh', true],
    ['ci/scripts/r_*.sh', 'ci/scripts/util_free_space.sh', false],
    ['./scripts/*.py', 'scripts/run.py', true],
    ['v[12].x/**', 'v2.x/a', true],
    ['v[12].x/**', 'v3.x/a', false],
    ['colou?r.txt', 'color.txt', true],
    ['colou?r.txt', 'colour.txt', true],
    ['lo+g.sh', 'looog.sh', true],
  ])('%s against %s is %s', (glob, path, expected) => {
    expect(filterAdmits('paths', [glob], path)).toBe(expected);
  });

  it('the last matching pattern decides, and ! takes back an earlier match', () => {
    expect(filterAdmits('paths', ['scripts/**', '!scripts/test.sh'], 'scripts/test.sh')).toBe(false);
    expect(filterAdmits('paths', ['scripts/**', '!scripts/test.sh'], 'scripts/build.sh')).toBe(true);
    expect(filterAdmits('paths-ignore', ['scripts/**', '!scripts/test.sh'], 'scripts/test.sh')).toBe(true);
    expect(filterAdmits('paths-ignore', ['scripts/**'], 'scripts/test.sh')).toBe(false);
  });

  it('claims nothing about a pattern it does not follow (braces, expressions, an unclosed set)', () => {
    expect(filterAdmits('paths', ['src/{a,b}/**'], 'tools/x.sh')).toBeUndefined();
    expect(filterAdmits('paths', ['src/[ab'], 'tools/x.sh')).toBeUndefined();
  });

  it('a filter that would fill more than its matching budget answers undefined, and claims nothing', () => {
    const admits = compileFilter(
      'paths',
      Array.from({ length: 3_000 }, (_, i) => `${'a'.repeat(900)}${i}*`),
    );
    expect(admits(`${'a'.repeat(899)}b.sh`)).toBeUndefined();
    expect(compileFilter('paths', ['src/**'])('tools/x.sh')).toBe(false);
  });

  it('a pattern of many stars takes time in proportion to pattern × path, not exponential', () => {
    const glob = `${'*a'.repeat(200)}b`;
    expect(filterAdmits('paths', [glob], 'a'.repeat(500))).toBe(false);
  });
});

describe('pr-paths-filter: what the filter provably leaves out', () => {
  it('a paths filter that leaves out the script a test step runs is low, naming the script', async () => {
    const result = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**']
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - name: Run tests
              run: bash ci/run-tests.sh --fast
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
    const [finding] = result.findings.filter((f) => f.ruleId === RULE);
    expect(finding!.message).toContain('leaves out the script ci/run-tests.sh');
    expect(finding!.severityReasons).toContain(
      'not medium: the checks run again on the next pull request inside the filter, and another workflow may run it on every pull request',
    );
    expect(finding!.severityReasons![0]).toContain('script ci/run-tests.sh (step "Run tests" of job "test" runs it, line 10)');
  });

  it('a script run by path, from the working directory, counts; one the filter covers does not', async () => {
    const omitted = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**']
      jobs:
        test:
          runs-on: ubuntu-latest
          defaults:
            run:
              working-directory: tools
          steps:
            - uses: actions/checkout@v5
            - run: ./test_all.sh
    `);
    expect(omitted.findings.find((f) => f.ruleId === RULE)!.message).toContain('script tools/test_all.sh');
    const covered = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**', 'tools/*.sh']
      jobs:
        test:
          runs-on: ubuntu-latest
          defaults:
            run:
              working-directory: tools
          steps:
            - uses: actions/checkout@v5
            - run: ./test_all.sh
    `);
    expect(brief(covered.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
  });

  it('a local action a test step uses is named; a setup step, a sourced file and a script after cd are not read', async () => {
    const action = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**']
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - name: Run the unit tests
              uses: ./.github/actions/unit-tests
    `);
    expect(brief(action.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
    expect(action.findings[0]!.message).toContain('leaves out the local action .github/actions/unit-tests/action.yml');
    const others = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**']
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - name: Set up the toolchain
              uses: ./.github/actions/setup
            - run: |
                source ci/env.sh
                cd vendor/lib && ./test.sh
                pytest
    `);
    expect(brief(others.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
  });

  it('no script is claimed after a checkout of another repository or into a sub-directory, nor from a ${{ }} word', async () => {
    for (const checkout of ['with: { repository: octo/tools }', 'with: { path: main }']) {
      const result = await auditWorkflow(yaml`
        on:
          pull_request:
            paths: ['src/**']
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
                ${checkout}
              - run: bash ci/run-tests.sh
      `);
      expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
    }
    const masked = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**']
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - run: bash \${{ inputs.dir }}/run-tests.sh
    `);
    expect(brief(masked.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
  });

  it('with an unfiltered push, merge queue or schedule the omission is low, and says what checks it later', async () => {
    const result = await auditWorkflow(yaml`
      on:
        push:
          branches: [main]
        pull_request:
          paths: ['src/**']
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - run: python tests/run_tests.py -v
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 5 }]);
    expect(result.findings.find((f) => f.ruleId === RULE)!.severityReasons).toContain(
      'pushes run it without the filter, so the change is checked after it merges',
    );
  });

  it('a called local reusable workflow left out is low: other callers may run it unfiltered', async () => {
    const result = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['src/**']
      jobs:
        test:
          uses: ./.github/workflows/_test.yml
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
    expect(result.findings.find((f) => f.ruleId === RULE)!.message).toContain(
      'leaves out the reusable workflow .github/workflows/_test.yml',
    );
  });

  it('paths-ignore that skips only what it names is low; one that ignores the test script is low and names it', async () => {
    const ignoring = (globs: string): ReturnType<typeof auditWorkflow> =>
      auditWorkflow(yaml`
        on:
          pull_request:
            paths-ignore: ${globs}
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
              - run: bash ci/run-tests.sh
      `);
    const named = await ignoring("['site/**', 'tools/docker/**']");
    expect(brief(named.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
    expect(named.findings[0]!.message).not.toContain('leaves out');
    const ignoresScript = await ignoring("['site/**', 'ci/**']");
    expect(brief(ignoresScript.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
    expect(ignoresScript.findings[0]!.message).toContain('leaves out the script ci/run-tests.sh');
  });

  it('a filter that admits the whole directory the checks run in stays low (blind reviews: scoping by design, still low)', async () => {
    const result = await auditWorkflow(yaml`
      on:
        pull_request:
          paths: ['services/api/**', '.github/workflows/ci.yml']
      defaults:
        run:
          working-directory: services/api
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - run: make test
    `);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'low', line: 3 }]);
  });
});
