import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'set-plus-e-unchecked';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted): script line 1 is file line 8, or 9 with a shell. */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each<[string, string, string | undefined, Array<[string, number]>]>([
    ['a test between set +e and the end', 'set +e\npytest tests/\necho "done"', undefined, [['high', 9]]],
    [
      'a check whose output is redirected to a log nobody reads',
      'set +e\npytest tests/ > pytest.log 2>&1\necho "done"',
      undefined,
      [['high', 9]],
    ],
    ['npm test with &> and the log printed', 'set +e\nnpm test &> test.log\ncat test.log', undefined, [['high', 9]]],
    ['set +o errexit', 'set +o errexit\nmake test\necho done', undefined, [['high', 9]]],
    ['combined flags', 'set +ex\ncargo clippy -- -D warnings\nrm -rf target', undefined, [['high', 9]]],
    [
      'under shell: bash',
      'set +e\nnpm test\nnpm run lint\necho finished',
      'bash',
      [
        ['high', 10],
        ['high', 11],
      ],
    ],
    ['a build, redirected', 'echo start\nset +e\nmake -j4 > build.log 2>&1\ncat build.log', undefined, [['high', 10]]],
    [
      'a build that a later command uses: its failure resurfaces there (low)',
      'set +e\nmake -j4\nmake install\necho done',
      undefined,
      [
        ['low', 9],
        ['high', 10],
      ],
    ],
    ['both sides of an && list', 'set +e\ncd build && ctest --output-on-failure\necho done', undefined, [['high', 9]]],
    ['inside a loop body', 'set +e\nfor t in unit integration; do\n  pytest "tests/$t"\ndone\necho done', undefined, [['high', 10]]],
    ['inside an if body that is not last', 'set +e\nif [ -f setup.py ]; then\n  pytest\nfi\necho done', undefined, [['high', 10]]],
    [
      'inside an if branch, before its last statement',
      'set +e\nif [ -f setup.py ]; then\n  pytest\n  echo "tests ran"\nfi',
      undefined,
      [['high', 10]],
    ],
    [
      'in both branches of an if that is not last',
      'set +e\nif [ -n "$FAST" ]; then\n  make test-fast\nelse\n  make test\nfi\necho done',
      undefined,
      [
        ['high', 10],
        ['high', 12],
      ],
    ],
    [
      'in the items of a case that is not last',
      'set +e\ncase "$SUITE" in\n  unit) pytest tests/unit ;;\n  *) pytest ;;\nesac\necho done',
      undefined,
      [
        ['high', 10],
        ['high', 11],
      ],
    ],
    ['with pipefail, the test before tee', 'set -o pipefail\nset +e\npytest | tee log.txt\necho done', undefined, [['high', 10]]],
    ['the status is read, but two statements too late', 'set +e\npytest\necho "tests ran"\nrc=$?\nexit $rc', undefined, [['high', 9]]],
  ])('%s', async (_title, script, shell, expected) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual(
      expected.map(([severity, line]) => ({ ruleId: RULE, category: 'soft-fail', severity, line })),
    );
  });

  it('is one level lower outside pull requests and pushes', async () => {
    const result = await auditWorkflow(workflow('set +e\npytest\necho done').replace('on: pull_request', 'on: workflow_dispatch'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'medium', line: 9 }]);
  });

  it('names the set +e line in the message', async () => {
    const result = await auditWorkflow(workflow('echo a\nset +e\npytest -x\necho done'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)?.message).toContain('"set +e" (line 9)');
  });

  it('quotes the command as written, with its ${{ }} expressions', async () => {
    const result = await auditWorkflow(workflow('set +e\npytest ${{ matrix.args }}\necho done'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)?.message).toContain('"pytest ${{ matrix.args }}"');
  });

  it.each([
    ['the check is the last statement', 'set +e\npytest'],
    ['the check is last but for a trailing exit 0 (trailing-exit-zero reports that)', 'set +e\npytest\nexit 0'],
    ['$? is read next', 'set +e\npytest\nrc=$?\nset -e\necho "pytest exited $rc"\nexit $rc'],
    ['$? is tested next', 'set +e\npre-commit run --all-files\n\nif [ $? -ne 0 ]; then\n  git --no-pager diff\n  exit 1\nfi'],
    ['PIPESTATUS is read next', 'set +e\nset -o pipefail\npytest | tee log\nstatus=${PIPESTATUS[0]}\nexit $status'],
    ['a function that reads $? is called next', 'check() { if [ $? -ne 0 ]; then exit 1; fi; }\nset +e\npytest\ncheck\necho ok'],
    ['the check is a condition', 'set +e\nif ! lintrunner --all-files; then\n  exit 1\nfi\necho ok'],
    ['the check is on the left of ||', 'set +e\npytest || exit 1\necho ok'],
    ['the failure is carried in a variable', 'set +e\npytest || rc=$?\necho done\nexit ${rc:-0}'],
    ['the check runs inside $( )', 'set +e\nOUTPUT=$(make test 2>&1)\nRC=$?\nset -e\necho "$OUTPUT"\nexit $RC'],
    ['set -e ends the region', 'set +e\nrm -rf build\nset -e\npytest\necho done'],
    ['set +e only inside a subshell', '(set +e; rm -rf build; echo cleaned)\npytest\necho done'],
    ['set +e only inside a function', 'cleanup() { set +e; rm -rf build; }\npytest\necho done'],
    ['no check in the region', 'set +e\nrm -rf build\ndocker rm -f db\necho done'],
    ['setup commands are not checks', 'set +e\npip install -r requirements.txt\necho done'],
    ['inside a quoted string', 'echo "set +e"\necho "pytest"\necho done'],
    ['inside a comment', '# set +e\n# pytest\necho done'],
    ['inside a heredoc', "cat <<'EOF' > run.sh\nset +e\npytest\necho done\nEOF\nbash run.sh"],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing under a shell without errexit: set +e changes nothing there (shell-without-errexit reports it)', async () => {
    const result = await auditWorkflow(workflow('set +e\npytest\necho done', 'bash {0}'));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing when a status is written to $GITHUB_OUTPUT right after, for a later step to fail on', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - id: tests
              run: |
                set +e
                pytest
                echo "rc=$?" >> "$GITHUB_OUTPUT"
                echo done
            - if: steps.tests.outputs.rc != '0'
              run: exit 1
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
  });

  it('reports in a composite action, at the script line', async () => {
    const action = yaml`
      name: t
      runs:
        using: composite
        steps:
          - shell: bash
            run: |
              set +e
              go test ./...
              echo done
    `;
    const result = await auditWorkflow(action, 'action.yml');
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 8 }]);
  });
});

describe('the reported line is the check command line in the file, whatever the block style', () => {
  const head = 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n';
  it.each<[string, string, number]>([
    ['literal |', `${head}      - run: |\n          set +e\n\n          pytest\n          echo done\n`, 9],
    ['folded >', `${head}      - run: >\n          set +e\n\n          pytest\n\n          echo done\n`, 9],
    ['indentation indicator |2-', `${head}      - run: |2-\n            set +e\n          pytest\n          echo done\n`, 8],
    ['CRLF line ends', `${head}      - run: |\n          set +e\n          make check\n          echo done\n`.replace(/\n/g, '\r\n'), 8],
  ])('%s', async (_title, source, line) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE).map((finding) => finding.line)).toEqual([line]);
  });

  it('points at the command, from its first column to the end of its line', async () => {
    const result = await auditWorkflow(
      `on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: |\n          set +e\n          pytest -x \\\n            tests/\n          echo done\n`,
    );
    expect(result.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({ line: 8, column: 11, endLine: 8, endColumn: 22 });
  });
});
