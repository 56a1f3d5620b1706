import { describe, expect, it } from '@jest/globals';
import { auditWorkflow, brief, scriptWorkflow } from '../helpers.js';

const RULE = 'cmd-batch-without-call';

/** A workflow whose one step runs `script` under `shell` on Windows: script line 1 is file line 8. */
const workflow = (script: string, shell = 'cmd', name?: string): string =>
  scriptWorkflow(script, { shell, runsOn: 'windows-latest', name: name ?? null });

describe(RULE, () => {
  it.each([
    ['npm ci before the tests', 'npm ci\nnpm test', 'high', 8],
    ['the second of two batch files', 'call npm ci\nnpm run build\nnpm test', 'high', 9],
    ['a gradle wrapper', 'gradlew.bat assemble\ngradlew.bat check', 'high', 8],
    ['a project .cmd script before an unclassified command', 'scripts\\setup.cmd\npython tools\\generate.py', 'medium', 8],
    ['a batch file inside an if block', 'if "%CI%"=="true" (\n  npm ci\n)\npytest', 'high', 9],
    ['a node_modules/.bin tool', 'node_modules\\.bin\\tsc -p .\nnode dist\\check.js\npytest', 'high', 8],
  ])('%s', async (_title, script, severity, line) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity, line }]);
  });

  it('grades unclassified skipped commands by what the step says it is', async () => {
    const result = await auditWorkflow(workflow('npx deno -v\nnpx deno eval "console.log(1)"', 'cmd', 'Test npm local install'));
    expect(brief(result.findings, RULE)).toEqual([{ ruleId: RULE, category: 'scope-gap', severity: 'high', line: 9 }]);
  });

  it('is one level lower outside pull requests and pushes', async () => {
    const source = workflow('npm ci\nnpm test').replace('on: pull_request', 'on: release');
    expect(brief((await auditWorkflow(source)).findings, RULE)).toEqual([
      { ruleId: RULE, category: 'scope-gap', severity: 'medium', line: 8 },
    ]);
  });

  it.each([
    ['it is called', 'call npm ci\ncall npm test'],
    ['it is the last command', 'pip install -r requirements.txt\nnpm test'],
    ['only trivial commands follow', 'npm ci\necho done\nset DONE=1\nexit /b 0'],
    ['the rest of the same line still runs', 'npm ci && npm test'],
    ['it runs in a pipeline, in a child cmd', 'npm ls | findstr react\npytest'],
    ['it runs in a child cmd', 'cmd /c npm ci\npytest'],
    ['it is started, not run', 'start npm run serve\npytest'],
    ['it runs in a for /f set', "for /f %%v in ('npm --version') do set NPM_VERSION=%%v\npytest"],
    ['inside a rem comment', 'rem npm ci\npytest\npip list'],
    ['inside a :: comment', ':: npm ci\npytest\npip list'],
    ['inside an echo', 'echo npm ci\npytest\npip list'],
    ['inside quotes', 'git commit -m "npm ci"\npytest'],
  ])('nothing when %s', async (_title, script) => {
    const result = await auditWorkflow(workflow(script));
    expect(brief(result.findings, RULE)).toEqual([]);
  });

  it('nothing under bash or pwsh, where npm returns', async () => {
    for (const shell of ['bash', 'pwsh']) {
      const result = await auditWorkflow(workflow('npm ci\nnpm test', shell));
      expect(brief(result.findings, RULE)).toEqual([]);
    }
  });

  it('points at the batch file and names what never runs', async () => {
    const result = await auditWorkflow(workflow('echo start\nnpm ci --no-audit\necho installed\nnpm test'));
    expect(result.findings.find((finding) => finding.ruleId === RULE)).toMatchObject({
      line: 9,
      column: 11,
      endLine: 9,
      endColumn: 28,
      message: expect.stringContaining('so "npm test" (line 11) never runs. Write "call npm ci --no-audit"'),
    });
  });
});

describe('script lines are file lines, whatever the block style', () => {
  const head = 'on: push\njobs:\n  t:\n    runs-on: windows-latest\n    steps:\n      - shell: cmd\n';
  it.each([
    ['literal |', `${head}        run: |\n          echo a\n\n          npm ci\n          npm test\n`, 10],
    ['folded >', `${head}        run: >\n          echo a\n\n          npm ci\n\n          npm test\n`, 10],
    ['indentation indicator |2-', `${head}        run: |2-\n            echo a\n          npm ci\n          npm test\n`, 9],
    ['CRLF line ends', `${head}        run: |\n          echo a\n          npm ci\n          npm test\n`.replace(/\n/g, '\r\n'), 9],
  ])('%s', async (_title, source, line) => {
    const result = await auditWorkflow(source);
    expect(brief(result.findings, RULE).map((finding) => finding.line)).toEqual([line]);
  });
});
