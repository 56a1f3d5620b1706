import { describe, expect, it } from '@jest/globals';
import { audit } from '../../src/engine.js';
import { auditWorkflow, brief, makeRepo, yaml, scriptWorkflow } from '../helpers.js';

const RULE = 'unchecked-wait';

/** A workflow whose one step runs `script` under `shell` (the runner default when omitted): script line 1 is file line 8, or 9 with a `shell:`. */
const workflow = (script: string, shell?: string): string => scriptWorkflow(script, { shell });

describe(RULE, () => {
  it.each([
    ['pytest tests/unit &\npytest tests/integration &\nwait', undefined, 'high', 10],
    ['make -C a test &\nmake -C b test &\necho "waiting"\nwait\necho done', undefined, 'high', 11],
    ['{ cargo build; cargo test; } &\n(cd web && npm test) &\nwait', undefined, 'high', 10],
    ['for dir in a b c; do\n  (cd "$dir" && go test ./...) &\ndone\nwait', undefined, 'high', 11],
    ['npm run lint > lint.log 2>&1 &\nnpm test\nwait', undefined, 'high', 10],
    ['pytest | tee log &\nwait', 'bash', 'high', 10],
    ['pytest &\nwait || exit 1', undefined, 'high', 9],
  ])('%j (shell %s) → %s at line %i', async (script, shell, severity, line) => {
    const result = await auditWorkflow(workflow(script, shell));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it.each([
    ['each job is waited for by its pid', 'pytest tests/a &\npid_a=$!\npytest tests/b &\npid_b=$!\nwait "$pid_a"\nwait "$pid_b"'],
    [
      'the statuses are collected in a loop',
      'pids=()\nfor t in a b; do pytest "tests/$t" & pids+=($!); done\nfail=0\nfor pid in "${pids[@]}"; do wait "$pid" || fail=1; done\nexit $fail',
    ],
    ['wait -n under errexit returns the status of a job', 'pytest tests/a &\npytest tests/b &\nwait -n\nwait -n'],
    ['the background job is no check', 'python -m http.server 8000 &\nsleep 2\ncurl -sf localhost:8000\nwait'],
    ['the job records its own failure', '(pytest || echo failed > status) &\nwait\ntest ! -f status'],
    ["a pipe without pipefail hands the job tee's status", 'pytest | tee log &\nwait'],
    ['the job was stopped on purpose', 'npm run build -- --watch &\nnpm test\nkill %1\nwait'],
    ['no wait at all', 'pytest &\nsleep 1'],
    ['wait before the job starts', 'wait\npytest'],
    ['inside a quoted string', 'echo "pytest & wait"'],
    ['inside a comment', '# pytest &\n# wait\npytest'],
    ['inside a heredoc', "cat <<'EOF' > run.sh\npytest &\nwait\nEOF\nbash run.sh"],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('is not reported for PowerShell, cmd or python scripts', async () => {
    for (const shell of ['pwsh', 'cmd', 'python']) {
      const result = await auditWorkflow(workflow('pytest &\nwait', shell));
      expect(brief(result.findings, RULE)).toEqual([]);
    }
  });

  it('is one level lower in a workflow that only runs on a schedule', async () => {
    const result = await auditWorkflow(workflow('pytest &\nwait').replace('on: pull_request', 'on:\n  schedule:\n    - cron: "0 0 * * *"'));
    expect(brief(result.findings, RULE).map((finding) => finding.severity)).toEqual(['medium']);
  });

  it('reads the steps of a composite action', async () => {
    const action = yaml`
      name: checks
      runs:
        using: composite
        steps:
          - shell: sh
            run: |
              make lint &
              make test &
              wait
    `;
    const result = await audit([makeRepo({ 'action.yml': action })]);
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity: 'high', line: 9 }]);
  });

  it('names the background check and its line', async () => {
    const result = await auditWorkflow(workflow('echo start\npytest -x tests/ &\nruff check . &\nwait'));
    const [finding] = result.findings.filter((f) => f.ruleId === RULE);
    expect(finding?.message).toContain('"pytest -x tests/ &" (line 9) (and 1 more background check)');
    expect(finding).toMatchObject({ line: 11, column: 11 });
  });
});
