import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'shell-without-errexit';

/** A workflow whose one step runs `script` under `shell`: the shell is file line 7 and script line 1 is file line 9. */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each([
    ['bash {0}', 'pytest tests/\necho "done"', 'high'],
    ['bash -l {0}', 'make\necho built', 'high'],
    ['bash {0}', 'npm run build\nnpm run lint', 'high'],
    ['bash -l {0}', 'make\nmake install', 'low'],
    ['bash --noprofile --norc {0}', 'npm test\nnpm run lint', 'high'],
    ['sh {0}', 'go vet ./...\ngo test ./...', 'high'],
    ['arch -arch arm64 bash {0}', 'cmake --build build\nctest --test-dir build', 'low'],
    ['bash {0}', 'docker build -t ghcr.io/org/app:ci .\ndocker push ghcr.io/org/app:ci', 'low'],
    ['bash -l {0}', 'cd build && ctest\necho finished', 'high'],
    ['bash -l {0}', 'for t in unit e2e; do\n  npm run "test:$t"\ndone\necho finished', 'high'],
    ['bash {0}', 'npm publish --access public\necho "published"', 'medium'],
    ['bash -l {0}', './scripts/prepare-fixtures.sh\npytest', 'low'],
  ])('shell: %s, %j → %s at the shell: line', async (shell, script, severity) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line: 7 }]);
  });

  it('is one finding per step, naming the first masked check and its line', async () => {
    const result = await auditWorkflow(workflow('pip install -e .\npytest tests/unit\npytest tests/e2e\necho done', 'bash -l {0}'));
    const findings = result.findings.filter((finding) => finding.ruleId === RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('"pytest tests/unit" (line 10)');
    expect(findings[0]!.message).toContain('1 other command is unchecked too');
  });

  it('reports a job default shell at the first masked check, since the defaults line is not in the step', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          defaults:
            run:
              shell: bash -l {0}
          steps:
            - run: |
                conda activate test
                pytest -x
                python scripts/summary.py
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 11 },
    ]);
  });

  it('reports a workflow default shell the same way', async () => {
    const source = yaml`
      on: push
      defaults:
        run:
          shell: bash {0}
      jobs:
        build:
          runs-on: ubuntu-latest
          steps:
            - run: |
                cargo clippy -- -D warnings
                cargo test
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 10 },
    ]);
  });

  it("reports a retry action's command, which runs under bash without -e, at the masked check", async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: nick-fields/retry@v3
              with:
                timeout_minutes: 10
                max_attempts: 3
                command: |
                  npm ci
                  npm test
                  npm run coverage-report
    `;
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 12 }]);
    expect(result.findings.find((finding) => finding.ruleId === RULE)?.message).toContain('start the script with "set -e"');
  });

  it("reports run-on-arch's run, which runs under sh without -e", async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - uses: uraimo/run-on-arch-action@v3
              with:
                arch: aarch64
                distro: ubuntu22.04
                run: |
                  make check
                  echo "done"
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 11 },
    ]);
  });

  it('is one level lower outside pull requests and pushes', async () => {
    const result = await auditWorkflow(workflow('pytest\necho done', 'bash {0}').replace('on: pull_request', 'on: schedule'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'medium', line: 7 }]);
  });

  it('reports set +e under a shell that never had errexit', async () => {
    const result = await auditWorkflow(workflow('set +e\npytest\necho done', 'bash {0}'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 7 }]);
  });

  it.each([
    ['a one-statement script', 'bash {0}', 'pytest -x tests/'],
    ['the script starts with set -e', 'bash -l {0}', 'set -e\npytest\necho done'],
    ['the script starts with set -euxo pipefail', 'bash {0}', 'set -euxo pipefail\nmake\nmake test'],
    ['errexit comes on before the checks', 'bash {0}', 'echo "::group::setup"\nset -eo pipefail\nnpm test\necho done'],
    ['the check is the final statement', 'bash -l {0}', 'conda activate test\npip install -e .\npytest'],
    ['the check is final but for a trailing exit 0 (trailing-exit-zero reports that)', 'bash {0}', 'echo start\npytest\nexit 0'],
    ['the check is checked with || exit 1', 'bash -l {0}', 'pytest || exit 1\necho done'],
    ['the check is an if condition', 'bash -l {0}', 'if ! npm test; then\n  echo "::error::tests failed"\n  exit 1\nfi\necho done'],
    ['the status is read next', 'bash {0}', 'pytest\nrc=$?\necho "rc=$rc"\nexit $rc'],
    ['only setup and cleanup are masked', 'bash -l {0}', 'conda install -y numpy\nrm -rf build\npytest'],
    ['inside quoted strings', 'bash {0}', 'echo "pytest"\necho "make test; echo done"'],
    ['inside comments', 'bash {0}', '# pytest\n# make test\necho a\necho b'],
    ['inside a heredoc', 'bash {0}', "cat <<'EOF' > run.sh\npytest\necho done\nEOF\necho written"],
    ['a shell with -e', 'bash -el {0}', 'pytest\necho done'],
    ['shell: bash', 'bash', 'pytest\necho done'],
    ['shell: sh', 'sh', 'pytest\necho done'],
    ['msys2, whose wrapper runs bash -leo pipefail', 'msys2 {0}', 'pytest\necho done'],
    ['the runner default shell', undefined, 'pytest\necho done'],
    [
      'only a docker tag (setup for the push that follows) is masked',
      'bash {0}',
      'docker tag app:ci ghcr.io/org/app:ci\ndocker push ghcr.io/org/app:ci',
    ],
    ['only a listing pipeline is masked', 'bash {0}', 'find bld -type f | grep -z app | xargs -0 file --\n./bld/app --version'],
    ['only a listing pipeline is masked under pipefail', 'bash {0}', 'set -o pipefail\nls -la dist | grep whl | sort | head -n 5\npytest'],
    ['only file, stat, du and find print', 'bash {0}', 'file bld/app\nstat bld/app\ndu -sh bld\nfind bld -name "*.so"\npytest'],
  ])('nothing when %s', async (_title, shell, script) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing when only an unclassified command is masked in a setup step', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - name: Install
              shell: bash -l {0}
              run: |
                ./scripts/prepare.sh
                pip install -e .
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
    const inTestStep = source.replace('name: Install', 'name: Unit tests');
    expect(brief((await auditWorkflow(inTestStep)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'low', line: 7 },
    ]);
  });

  it('nothing in a composite action whose step declares bash -e', async () => {
    const action = yaml`
      name: t
      runs:
        using: composite
        steps:
          - shell: bash -e {0}
            run: |
              go test ./...
              echo done
    `;
    expect(brief((await auditWorkflow(action, 'action.yml')).findings, RULE)).toEqual([]);
  });

  it('reports in a composite action, at its shell: line', async () => {
    const action = yaml`
      name: t
      runs:
        using: composite
        steps:
          - shell: bash {0}
            run: |
              go test ./...
              echo done
    `;
    expect(brief((await auditWorkflow(action, 'action.yml')).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 5 },
    ]);
  });
});
