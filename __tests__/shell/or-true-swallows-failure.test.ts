import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'or-true-swallows-failure';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted). */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each([
    ['pytest || true', 'high', 8],
    ['make test || :', 'high', 8],
    ['cargo clippy -- -D warnings || echo "lint failed"', 'high', 8],
    ['npm test || exit 0', 'high', 8],
    ['echo start\npytest -x tests/ || { echo "tests failed"; }', 'high', 9],
    ['npm publish --access public || echo "already published"', 'medium', 8],
    ['pytest -x tests/ 2>&1 | tee pytest.log || true', 'high', 8],
    ['npm audit || true', 'high', 8],
    ['GEN=ninja make && ./build/app --version || echo "FAILURE"', 'high', 8],
  ])('%j → %s at line %i', async (script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it.each([
    ['cleanup is meant to be forgiving', 'rm -f build.log || true\ndocker rm -f db || true\nkill %1 || true'],
    [
      'a probe or a download is forgiven on purpose',
      'xcrun --sdk macosx --show-sdk-version || true\npip install -r requirements.txt || true\n./scripts/do-something.sh || true',
    ],
    ["grep's no-match is what || true forgives in a pipeline without pipefail", 'pytest --collect-only -q | grep -c "::" || true'],
    [
      'the verdict is read back from the log',
      'pytest tests/ 2>&1 | tee out.txt || true\nif grep -E "^=+ .* =+$" out.txt | tail -1 | grep -q failed; then exit 1; fi',
    ],
    ['a fallback inside $( ) supplies a value', 'changed=$(make -q check || echo yes)\necho "$changed"'],
    ['the failure is carried forward in a variable', 'pytest || rc=$?\necho "done"\nexit ${rc:-0}'],
    ['a flag set in a branch and checked at the end', 'pytest || FAILED=1\nmake lint || FAILED=1\nif [ -n "$FAILED" ]; then exit 1; fi'],
    ['the fallback fails anyway', 'pytest || { echo "tests failed"; exit 1; }'],
    ['inside a quoted string', 'echo "run pytest || true to ignore failures"'],
    ['inside a comment', '# pytest || true\npytest'],
    ['inside a heredoc', "cat <<'EOF' > notes.txt\npytest || true\nEOF"],
    ['a fallback that only prints nothing-like commands', 'command -v pytest || true'],
    ['npm audit fix is a remediation, not a check', 'npm audit fix || echo "Audit fix failed"'],
    ['a make target that applies patches is setup', 'make patch_duckdb || echo "done"'],
    ['a make target that fetches dependencies is setup', 'make deps || true\nmake fetch-data || true'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  const annotated = (later: string): string => yaml`
    on: pull_request
    jobs:
      test:
        runs-on: ubuntu-latest
        steps:
          - name: mdtests (annotations only)
            run: cargo test -p ty_python_semantic --test mdtest || true
          - name: Run tests
            run: ${later}
  `;

  it('nothing when a later step runs the workspace tests again, unswallowed', async () => {
    const result = await auditWorkflow(annotated('cargo insta test --all-features --test-runner nextest'));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it.each([
    ['runs only another package', 'cargo test -p other', [7]],
    ['runs only doctests', 'cargo test --doc --all-features', [7]],
    ['swallows its failure too', 'cargo test --all-features || true', [7, 9]],
    ['is no test', 'cargo build --release', [7]],
  ])('reported when the later step %s', async (_title, later, lines) => {
    const result = await auditWorkflow(annotated(later));
    expect(brief(result.findings, RULE)).toEqual(lines.map((line) => ({ ruleId: RULE, category: 'soft-fail', severity: 'high', line })));
  });

  it('accepts a status written to $GITHUB_OUTPUT when a later step reads the outputs', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - id: tests
              run: pytest || echo "failed=true" >> "$GITHUB_OUTPUT"
            - if: steps.tests.outputs.failed == 'true'
              run: exit 1
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
    const unread = source.replace(/ {4}- if: steps[\s\S]*$/, '');
    expect(brief((await auditWorkflow(unread)).findings, RULE)).toHaveLength(1);
  });
});

describe('script lines are file lines, whatever the block style', () => {
  const cases: Array<[string, string, number]> = [
    ['literal |', 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: |\n          echo a\n\n          pytest || true\n', 9],
    ['folded >', 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: >\n          echo a\n\n          pytest || true\n', 9],
    [
      'indentation indicator |2-',
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: |2-\n            echo a\n          pytest || true\n',
      8,
    ],
    [
      'CRLF line ends',
      'on: push\r\njobs:\r\n  t:\r\n    runs-on: x\r\n    steps:\r\n      - run: |\r\n          echo a\r\n          pytest || true\r\n',
      8,
    ],
    ['a plain one-liner', 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest || true\n', 6],
    [
      'an expression before it on the line',
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: |\n          echo ${{ github.sha }}\n          pytest ${{ matrix.args }} || true\n',
      8,
    ],
  ];
  it.each(cases)('%s', async (_title, source, line) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE).map((f) => f.line)).toEqual([line]);
  });

  it('points at the || operator column', async () => {
    const result = await auditWorkflow('on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: |\n          pytest || true\n');
    expect(result.findings[0]).toMatchObject({ line: 7, column: 18, endLine: 7, endColumn: 25 });
  });
});
