import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../src/config.js';
import { audit } from '../src/engine.js';
import { closest } from '../src/suggest.js';
import { makeRepo, yaml } from './helpers.js';

const CONFIG = '.github/silent-failure-audit.yml';

/** The problems loadConfig reports for a config text, each `file:line:column: message`. */
function problemsOf(text: string): string[] {
  const repo = makeRepo({ [CONFIG]: text });
  try {
    loadConfig(path.join(repo, CONFIG));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Strip the temporary directory so that the messages read as a user would see them from the repo.
    return error.problems.map((problem) => problem.slice(problem.indexOf(CONFIG)));
  }
  return [];
}

const twoJobs = yaml`
  name: CI
  on: pull_request
  jobs:
    autoformat:
      runs-on: ubuntu-latest
      steps:
        - name: Suggest formatting
          run: npm run format:check
          continue-on-error: true
    test:
      runs-on: ubuntu-latest
      steps:
        - name: Run tests
          run: npm test
          continue-on-error: true
`;

describe('closest', () => {
  it.each([
    ['hihg', ['info', 'low', 'medium', 'high', 'none'], 'high'],
    ['fail_on', ['fail-on', 'paths'], 'fail-on'],
    ['Medium', ['medium'], 'medium'],
    ['contineu-on-error', ['continue-on-error', 'constant-false-condition'], 'continue-on-error'],
    ['banana', ['fail-on', 'paths', 'ignore', 'rules', 'allow'], undefined],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});

describe('config validation', () => {
  it('reads a complete config', () => {
    const repo = makeRepo({
      [CONFIG]: yaml`
        fail-on: medium
        paths: ['.github/**']
        ignore: .github/workflows/experimental-*.yml
        rules:
          shell-without-errexit: off
          continue-on-error: low
        allow:
          - rule: continue-on-error
            path: .github/workflows/autoformat.yml
            job: autoformat
            step: Suggest formatting
            reason: the autoformat job only suggests changes
      `,
    });
    const config = loadConfig(path.join(repo, CONFIG));
    expect(config.failOn).toBe('medium');
    expect(config.paths).toEqual(['.github/**']);
    expect(config.ignore).toEqual(['.github/workflows/experimental-*.yml']);
    expect([...config.rules]).toEqual([
      ['shell-without-errexit', 'off'],
      ['continue-on-error', 'low'],
    ]);
    expect(config.allow).toEqual([
      {
        rule: 'continue-on-error',
        path: '.github/workflows/autoformat.yml',
        job: 'autoformat',
        step: 'Suggest formatting',
        reason: 'the autoformat job only suggests changes',
        line: 8,
        column: 5,
      },
    ]);
  });

  it('accepts an empty file', () => {
    expect(problemsOf('')).toEqual([]);
    expect(problemsOf('# nothing configured yet\n')).toEqual([]);
  });

  it.each([
    [
      'fail_on: high\n',
      [`${CONFIG}:1:1: unknown key "fail_on" in the config — did you mean "fail-on"? Known keys: fail-on, paths, ignore, rules, allow.`],
    ],
    [
      'fail-on: hihg\n',
      [`${CONFIG}:1:10: fail-on: "hihg" is not a severity — did you mean "high"? Use one of: info, low, medium, high, none.`],
    ],
    ['fail-on: [high]\n', [`${CONFIG}:1:10: fail-on: "" is not a severity. Use one of: info, low, medium, high, none.`]],
    ['paths: 3\n', [`${CONFIG}:1:8: paths must be a non-empty string`]],
    ['ignore: {a: b}\n', [`${CONFIG}:1:9: ignore must be a glob or a list of globs`]],
    ['rules:\n  continue-on-eror: off\n', [`${CONFIG}:2:3: rules: unknown rule "continue-on-eror" — did you mean "continue-on-error"?`]],
    [
      'rules:\n  continue-on-error: hgh\n',
      [
        `${CONFIG}:2:22: rules.continue-on-error: "hgh" is not a severity or off — did you mean "high"? Use one of: off, info, low, medium, high.`,
      ],
    ],
    ['rules: [continue-on-error]\n', [`${CONFIG}:1:8: rules must be a mapping`]],
    [
      'allow:\n  - rule: continue-on-error\n',
      [`${CONFIG}:2:5: an allow entry needs a reason: write down why this failure may stay silent`],
    ],
    ['allow:\n  - path: a.yml\n    reason: x\n', [`${CONFIG}:2:5: an allow entry needs a rule or a category`]],
    [
      'allow:\n  - rule: continue-on-error\n    resaon: x\n',
      [
        `${CONFIG}:3:5: unknown key "resaon" in an allow entry — did you mean "reason"? Known keys: rule, category, path, job, step, reason.`,
        `${CONFIG}:2:5: an allow entry needs a reason: write down why this failure may stay silent`,
      ],
    ],
    [
      'allow:\n  - category: soft-fial\n    reason: x\n',
      [
        `${CONFIG}:2:15: allow category: "soft-fial" is not a category — did you mean "soft-fail"? Use one of: soft-fail, conditional-skip, retry-masking, scope-gap, informational-only, invalid.`,
      ],
    ],
    ['allow:\n  - rule: continue-on-error\n    reason: ""\n', [`${CONFIG}:3:13: allow reason must be a non-empty string`]],
    ['allow: yes\n', [`${CONFIG}:1:8: allow must be a list of entries (rule or category, path, job, step, reason)`]],
    ['- fail-on\n', [`${CONFIG}:1:1: the config must be a mapping`]],
    ['fail-on: high\nfail-on: low\n', [`${CONFIG}:2:1: YAML error: Map keys must be unique`]],
  ])('%j is refused with file, line and key', (text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });
});

describe('config applied by the engine', () => {
  it('an allow entry silences one job and not its neighbour, and keeps the finding with its reason', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': twoJobs,
      [CONFIG]: yaml`
        allow:
          - rule: continue-on-error
            path: .github/workflows/*.yml
            job: autoformat
            reason: the autoformat job only suggests changes
      `,
    });
    const result = await audit([repo]);
    expect(
      result.findings.map(({ ruleId, job, line, suppressed, suppression }) => ({ ruleId, job, line, suppressed, suppression })),
    ).toEqual([
      {
        ruleId: 'continue-on-error',
        job: 'autoformat',
        line: 9,
        suppressed: true,
        suppression: { kind: 'config', reason: 'the autoformat job only suggests changes' },
      },
      { ruleId: 'continue-on-error', job: 'test', line: 15, suppressed: false, suppression: null },
    ]);
    expect(result.configs.map((config) => config.failOn)).toEqual([undefined]);
  });

  it('an allow entry by step name and category', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': twoJobs,
      [CONFIG]: 'allow:\n  - category: soft-fail\n    step: Run tests\n    reason: known flaky\n',
    });
    const result = await audit([repo]);
    expect(result.findings.map((f) => [f.job, f.suppressed])).toEqual([
      ['autoformat', false],
      ['test', true],
    ]);
  });

  it('reports an allow entry that matches nothing at its line in the config', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': twoJobs,
      [CONFIG]: 'allow:\n  - rule: continue-on-error\n    job: lint\n    reason: gone\n',
    });
    const result = await audit([repo]);
    const unused = result.findings.find((f) => f.ruleId === 'unused-suppression');
    expect(unused).toMatchObject({ file: CONFIG, line: 2, column: 5, severity: 'info', category: 'invalid' });
    expect(unused?.message).toMatch(/allow entry \(continue-on-error \/ lint\) matches no finding/);
  });

  it('rules: off drops a rule, a level overrides its severity', async () => {
    const repo = makeRepo({
      '.github/workflows/ci.yml': yaml`
        on: pull_request
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - run: npm test || true
              - run: npm test
                continue-on-error: true
      `,
      [CONFIG]: 'rules:\n  or-true-swallows-failure: off\n  continue-on-error: low\n',
    });
    const result = await audit([repo]);
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['continue-on-error', 'low']]);
  });

  it('paths and ignore choose the files audited', async () => {
    const bad = 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: npm test\n        continue-on-error: true\n';
    const repo = makeRepo({
      '.github/workflows/a.yml': bad,
      '.github/workflows/experimental-b.yml': bad,
      'vendor/tool/action.yml': 'runs:\n  using: composite\n  steps:\n    - run: make test || true\n      shell: bash\n',
      [CONFIG]: "paths: ['.github/**']\nignore: ['.github/workflows/experimental-*']\n",
    });
    const result = await audit([repo]);
    expect(result.filesScanned).toBe(1);
    expect([...new Set(result.findings.map((f) => f.file))]).toEqual(['.github/workflows/a.yml']);
  });

  it('an explicit config replaces the PATH’s own, and null means none', async () => {
    const repo = makeRepo({ '.github/workflows/ci.yml': twoJobs, [CONFIG]: 'rules:\n  continue-on-error: off\n' });
    expect((await audit([repo])).findings).toEqual([]);
    expect((await audit([repo], { config: null })).findings).toHaveLength(2);
  });

  it('an invalid config is a ConfigError, not a crash', async () => {
    const repo = makeRepo({ '.github/workflows/ci.yml': twoJobs, [CONFIG]: 'fail-on: hihg\n' });
    await expect(audit([repo])).rejects.toBeInstanceOf(ConfigError);
  });
});
