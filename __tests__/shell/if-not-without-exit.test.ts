import { describe, expect, it } from '@jest/globals';
import { audit } from '../../src/engine.js';
import { auditWorkflow, brief, makeRepo, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'if-not-without-exit';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted): script line 1 is file line 8, or 9 with a `shell:`. */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each([
    ['if ! pytest -x tests/; then\n  echo "::error::tests failed"\nfi', 'high', 8],
    ['make\nif ! make check; then\n  cat tests/test-suite.log\nfi', 'high', 9],
    ['if ! npm run lint 2>/dev/null; then echo "lint failed"; fi\necho done', 'high', 8],
    ['if ! cargo build --release\nthen\n  echo "build failed"\nelse\n  echo "built"\nfi', 'high', 8],
    ["if ! ruff check . || ! mypy src; then\n  echo 'lint failed'\nfi", 'high', 8],
    ['if ! out=$(go test ./... 2>&1); then\n  echo "$out"\nfi', 'high', 8],
    ['for pkg in a b; do\n  if ! (cd "$pkg" && npm test); then\n    echo "$pkg failed"\n    continue\n  fi\ndone', 'high', 9],
    ['if pytest; then\n  echo "passed"\nelse\n  echo "::error::tests failed"\nfi', 'high', 8],
    ['if ! npm publish; then echo "already published"; fi\nif ! tox -e docs; then echo "docs failed"; fi', 'high', 9],
    ['if ! pytest; then\n  echo "::error::tests failed"\nfi', 'high', 8],
    ['log() { echo "$*" >&2; }\nif ! pytest; then\n  log "tests failed"\nfi', 'high', 9],
    ['if ! cargo test; then\n  echo "## Tests failed" >> "$GITHUB_STEP_SUMMARY"\n  cat log > /dev/stderr\nfi', 'high', 8],
    ['if ! npm audit --audit-level=high; then\n  echo "::warning title=npm audit::advisories found"\nfi', 'medium', 8],
  ])('%j → %s at line %i', async (script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it.each([
    ['the branch exits non-zero', 'if ! pytest; then\n  echo "::error::tests failed"\n  exit 1\nfi'],
    ['the branch fails with false', 'if ! make check; then cat test-suite.log; false; fi'],
    ['the branch calls a function of the script that exits', 'die() { echo "$*" >&2; exit 1; }\nif ! pytest; then die "tests failed"; fi'],
    [
      'the branch calls a failing helper from a sourced library',
      'source ci/lib.sh\nif ! make check; then\n  error_exit "make check failed"\nfi',
    ],
    [
      'the branch leaves a mark that the script fails on',
      'if ! mypy src; then touch .failed; fi\nif ! pytest; then echo pytest >> failures.txt; fi\n[ ! -f .failed ]',
    ],
    [
      'the branch calls a function of the script that records the failure',
      'record() { echo "$1" >> "$STATUS_FILE"; }\nif ! cargo test; then record TESTS_FAILED=1; fi\nif [ -s "$STATUS_FILE" ]; then exit 1; fi',
    ],
    ['the branch exits with a variable status', 'pytest; rc=$?\nif ! make lint; then exit "$rc"; fi'],
    ['the else branch fails', 'if pytest; then echo ok; else echo "failed"; exit 1; fi'],
    ['a flag set in the branch is checked at the end', 'RC=0\nif ! ruff check .; then\n  RC=1\nfi\nif ! mypy src; then RC=1; fi\nexit $RC'],
    ['the branch re-runs the check', 'if ! pytest; then\n  echo "retrying failed tests"\n  pytest --last-failed\nfi'],
    ['the check runs again later as the verdict', 'if ! npm run build; then\n  npm update\nfi\nnpm run build'],
    ['the condition is not a check', 'if ! command -v jq; then\n  sudo apt-get install -y jq\nfi'],
    ['a git question', 'if ! git diff --quiet; then\n  git commit -am "regenerate"\nfi'],
    ['a setup command', 'if ! pip install -e .; then echo "install failed"; fi'],
    ['the check without a negation or an else', 'if pytest; then echo "passed"; fi'],
    ['an elif after the check', 'if pytest; then echo ok; elif [ -f skip ]; then echo skipped; else exit 1; fi'],
    ['the check is before the last part of a pipe without pipefail', 'if ! pytest | tee log; then echo "tee failed"; fi'],
    ['the if computes a value inside $( )', 'state=$(if ! make -q check; then echo stale; fi)\necho "$state"'],
    ['inside a quoted string', 'echo "if ! pytest; then echo failed; fi"'],
    ['inside a comment', '# if ! pytest; then echo failed; fi\npytest'],
    ['inside a heredoc', "cat <<'EOF' > run.sh\nif ! pytest; then echo failed; fi\nEOF\nbash -e run.sh"],
    ['the check is an || fallback (or-true-swallows-failure reports it)', 'pytest || { echo "tests failed"; }'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('is not reported for PowerShell, cmd or python scripts', async () => {
    for (const shell of ['pwsh', 'cmd', 'python']) {
      const result = await auditWorkflow(workflow('if ! pytest; then echo failed; fi', shell));
      expect(brief(result.findings, RULE)).toEqual([]);
    }
  });

  it('sees the check under pipefail', async () => {
    const result = await auditWorkflow(workflow('if ! pytest | tee log; then echo "tests failed"; fi', 'bash'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 }]);
  });

  it('reads the steps of a composite action', async () => {
    const action = yaml`
      name: tests
      runs:
        using: composite
        steps:
          - shell: bash
            run: |
              if ! go test ./...; then
                echo "::error::go test failed"
              fi
    `;
    const result = await audit([makeRepo({ 'action.yml': action })]);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 7 }]);
  });

  it('leaves the verdict to a later step that runs the check again', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        fix:
          runs-on: ubuntu-latest
          steps:
            - run: |
                npm audit fix
                if npm run build; then echo "fixed"; else echo "could not fix the build"; fi
            - run: npm run build
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
    const alone = source.replace(/ {4}- run: npm run build\n/, '');
    expect(brief((await auditWorkflow(alone)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 8 },
    ]);
  });

  it('accepts a status written to $GITHUB_OUTPUT when a later step reads the outputs', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - id: tests
              run: |
                if ! pytest; then
                  echo "failed=true" >> "$GITHUB_OUTPUT"
                fi
            - if: steps.tests.outputs.failed == 'true'
              run: exit 1
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
    const unread = source.replace(/ {4}- if: steps[\s\S]*$/, '');
    expect(brief((await auditWorkflow(unread)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'soft-fail', severity: 'high', line: 8 },
    ]);
  });

  it('points at the if line of a folded block and names the check', async () => {
    const source =
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: >\n          echo a\n\n          if ! ctest --output-on-failure; then echo failed; fi\n';
    const [finding] = (await auditWorkflow(source)).findings.filter((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({ line: 9, column: 11, severity: 'high' });
    expect(finding?.message).toContain('"ctest --output-on-failure" fails, the then branch runs');
  });
});
