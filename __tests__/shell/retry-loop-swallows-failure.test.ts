import { describe, expect, it } from '@jest/globals';
import { audit } from '../../src/engine.js';
import { auditWorkflow, brief, makeRepo, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'retry-loop-swallows-failure';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted): script line 1 is file line 8, or 9 with a `shell:`. */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each([
    ['for i in 1 2 3; do pytest tests/e2e && break || sleep 5; done\necho done', 'high', 8],
    ['echo start\nfor i in 1 2 3; do\n  if ./gradlew build; then\n    break\n  fi\n  sleep 10\ndone', 'high', 9],
    ['for i in $(seq 1 5); do make test && break; sleep 5; done', 'high', 8],
    ['n=0\nwhile [ $n -lt 3 ]; do\n  npm test && break\n  n=$((n+1))\ndone\nnpm run report', 'high', 9],
    ['n=0\nuntil cargo test; do\n  n=$((n+1))\n  [ "$n" -ge 3 ] && break\n  sleep 5\ndone', 'high', 9],
    ['for ((i = 0; i < 3; i++)); do\n  ctest --output-on-failure && break\ndone\necho "ctest finished"\nmake install', 'high', 8],
    ['n=0; until [ $n -ge 3 ]; do npm run build && break; n=$((n+1)); sleep 5; done', 'high', 8],
    ['for i in 1 2 3; do ./scripts/deploy-preview.sh && break; sleep 5; done\necho done', 'medium', 8],
    ['retry() {\n  for i in 1 2 3; do "$@" && return 0; sleep 5; done\n}\nretry go test ./...\nretry pip install x', 'high', 9],
    ['set +e\nfor i in 1 2 3; do\n  pytest\n  if [ $? -eq 0 ]; then break; fi\ndone\necho finished', 'high', 9],
  ])('%j → %s at line %i', async (script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'retry-masking', severity, line }]);
  });

  it.each([
    ['the loop fails after the last attempt', 'for i in 1 2 3; do\n  pytest && break\n  [ "$i" -eq 3 ] && exit 1\n  sleep 5\ndone'],
    [
      'a function of the script fails after the last attempt',
      'die() { echo "$*" >&2; exit 1; }\nfor i in 1 2 3; do\n  make test && break\n  [ "$i" = 3 ] && die "giving up"\ndone\necho done',
    ],
    [
      'the last attempt fails inside an else branch',
      'for i in 1 2 3; do\n  if make test; then break; elif [ $i = 3 ]; then false; fi\ndone\necho ok',
    ],
    ['a flag checked after the loop', 'ok=0\nfor i in 1 2 3; do\n  if pytest; then ok=1; break; fi\ndone\n[ "$ok" = 1 ] || exit 1'],
    ['the command runs once more unguarded', 'for i in 1 2; do npm test && break; sleep 5; done\nnpm test'],
    [
      'the statement after the loop fails',
      'for i in 1 2 3; do\n  cargo build && break\n  sleep 5\ndone\ntest -f target/debug/app || { echo "build failed"; exit 1; }',
    ],
    ['$? is read right after the loop', 'for i in 1 2 3; do make test && break; done\nstatus=$?\nexit $status'],
    [
      'the final loop ends with R && break, so its status is the last failure',
      'echo start\nfor i in 1 2 3; do sleep 1; pytest && break; done',
    ],
    ['the loop status is checked', 'for i in 1 2 3; do sleep 1; make && break; done || exit 1\necho built'],
    ['until R retries forever', 'until pytest; do sleep 5; done\necho passed'],
    ['while true retries forever', 'while true; do\n  npm test && break\n  sleep 5\ndone\necho passed'],
    [
      'success exits the script and the fall-through is the fallback',
      'for i in 1 2 3; do\n  if docker manifest inspect "$IMAGE"; then exit 0; fi\n  sleep 60\ndone\ndocker build -t "$IMAGE" .',
    ],
    [
      'success exits the script and the fall-through fails',
      'for i in 1 2 3; do\n  pytest && exit 0\ndone\necho "failed after 3 attempts"\nexit 1',
    ],
    ['a readiness poll of a test expression', 'for i in $(seq 1 30); do\n  [ -f ready ] && break\n  sleep 1\ndone\npytest'],
    ['a search loop over conditions that are no commands', 'for c in a b c; do [ -x "$c" ] && BIN="$c" && break; done\n"$BIN" --version'],
    ['inside a quoted string', 'echo "for i in 1 2 3; do pytest && break; done"'],
    ['inside a comment', '# for i in 1 2 3; do pytest && break; sleep 1; done\npytest'],
    ['inside a heredoc', "cat <<'EOF' > retry.sh\nfor i in 1 2 3; do pytest && break; sleep 1; done\nEOF\nbash retry.sh"],
    ['a loop that does not retry', 'for f in *.py; do python -m py_compile "$f"; done'],
    ['a retried install (setup)', 'for i in 1 2 3; do pip install -r requirements.txt && break; sleep 5; done\npython setup.py develop'],
    ['a retried apt-get update (setup)', 'for i in 1 2 3; do sudo apt-get update && break; sleep 5; done\nsudo apt-get install -y jq'],
    ['a retried coverage upload (telemetry)', 'for i in 1 2 3; do codecov -f coverage.xml && break; sleep 5; done'],
    [
      'a readiness probe of a local server',
      'for i in $(seq 1 30); do\n  curl -s http://localhost:4873/-/ping && break\n  sleep 1\ndone\nnpm publish --registry http://localhost:4873/',
    ],
    ['a port probe', 'for i in $(seq 1 20); do nc -z localhost 5432 && break; sleep 1; done\necho up'],
    ['a database readiness probe', 'for i in $(seq 1 20); do pg_isready -h localhost && break; sleep 1; done\necho ready'],
    [
      'a GPG key import from a list of keyservers',
      'for server in keys.openpgp.org keyserver.ubuntu.com; do\n  gpg --batch --keyserver "$server" --recv-keys ABCDEF && break\ndone\necho imported',
    ],
    ['a retry function nobody calls', 'retry() {\n  for i in 1 2 3; do "$@" && return 0; sleep 5; done\n}\necho defined'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('is not reported for PowerShell, cmd or python scripts', async () => {
    for (const shell of ['pwsh', 'cmd', 'python']) {
      const result = await auditWorkflow(workflow('for i in 1 2 3; do pytest && break; sleep 5; done\necho done', shell));
      expect(brief(result.findings, RULE)).toEqual([]);
    }
  });

  it('sees the retried command under pipefail only', async () => {
    const script = 'for i in 1 2 3; do pytest | tee log && break; sleep 5; done\necho done';
    expect(brief((await auditWorkflow(workflow(script))).findings, RULE)).toEqual([]);
    expect(brief((await auditWorkflow(workflow(script, 'bash'))).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'retry-masking', severity: 'high', line: 9 },
    ]);
  });

  it('accepts a status written to $GITHUB_OUTPUT only when a later step reads the outputs', async () => {
    const source = yaml`
      on: pull_request
      jobs:
        test:
          runs-on: ubuntu-latest
          steps:
            - id: tests
              run: |
                for i in 1 2 3; do
                  pytest && echo "passed=true" >> "$GITHUB_OUTPUT" && break
                  sleep 5
                done
            - if: steps.tests.outputs.passed != 'true'
              run: exit 1
    `;
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([]);
    const unread = source.replace(/ {4}- if: steps[\s\S]*$/, '');
    expect(brief((await auditWorkflow(unread)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'retry-masking', severity: 'high', line: 8 },
    ]);
  });

  it('reads the steps of a composite action, each under its own shell', async () => {
    const action = yaml`
      name: e2e
      runs:
        using: composite
        steps:
          - shell: bash
            run: |
              for i in 1 2 3; do npx playwright test && break; sleep 5; done
              echo done
    `;
    const result = await audit([makeRepo({ 'action.yml': action })]);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'retry-masking', severity: 'high', line: 7 }]);
  });

  it('quotes ${{ }} expressions as written', async () => {
    const script = 'for i in 1 2 3; do pytest ${{ matrix.args }} && break; sleep 5; done\necho done';
    const [finding] = (await auditWorkflow(workflow(script))).findings.filter((f) => f.ruleId === RULE);
    expect(finding?.message).toContain('"pytest ${{ matrix.args }}"');
  });

  it('names the call of a retry function', async () => {
    const script = 'retry() {\n  for i in 1 2 3; do "$@" && return 0; sleep 5; done\n}\nretry pip install x\nretry go test ./...';
    const [finding] = (await auditWorkflow(workflow(script))).findings.filter((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({ line: 9, severity: 'high' });
    expect(finding?.message).toContain('retries a test command "retry go test ./..."');
  });

  it('points at the first line of the loop and names the retried command', async () => {
    const source =
      'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: |2-\n            echo a\n          for i in 1 2 3; do\n            npm test && break\n            sleep 5\n          done\n';
    const [finding] = (await auditWorkflow(source)).findings.filter((f) => f.ruleId === RULE);
    expect(finding).toMatchObject({ line: 8, column: 11, severity: 'high' });
    expect(finding?.message).toContain('retries a test command "npm test"');
  });
});
