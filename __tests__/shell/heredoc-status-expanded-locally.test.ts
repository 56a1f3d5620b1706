import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, scriptWorkflow } from '../helpers.js';

const RULE = 'heredoc-status-expanded-locally';

/** A workflow whose one step runs `script`: script line 1 is file line 8. */
const workflow = (script: string): string => scriptWorkflow(script);

describe(RULE, () => {
  it.each([
    ['ssh runner@host <<EOF\n  cd repo && make test\n  exit $?\nEOF', 'high', 8],
    ['docker exec ci bash -s <<EOF\n  pytest\n  rc=$?\n  exit $rc\nEOF', 'high', 8],
    ['echo start\nkubectl exec pod-0 -- sh <<-END\n\t./deploy-check.sh\n\tif [ $? -ne 0 ]; then exit 1; fi\nEND', 'medium', 9],
    ['bash <<EOF\n  npm test\n  exit ${?}\nEOF', 'high', 8],
  ])('%j → %s at line %i', async (script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'soft-fail', severity, line }]);
  });

  it.each([
    ['a quoted delimiter', "ssh host <<'EOF'\n  make test\n  exit $?\nEOF"],
    ['a backslash-quoted delimiter', 'ssh host <<\\EOF\n  make test\n  exit $?\nEOF'],
    ['an escaped $?', 'ssh host <<EOF\n  make test\n  exit \\$?\nEOF'],
    ['$? only printed', 'ssh host <<EOF\n  make test\n  echo "last local status was $?"\nEOF'],
    ['a heredoc read by a command that runs no script', 'cat > notes.txt <<EOF\n  exit $?\nEOF'],
  ])('nothing for %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });
});
