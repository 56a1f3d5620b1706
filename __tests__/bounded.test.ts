import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, MAX_SUGGESTIONS, slowGlob } from '../src/config.js';
import { audit } from '../src/engine.js';
import type { AuditResult } from '../src/engine.js';
import { MAX_IDENTITY_LENGTH, stepIdentity } from '../src/fingerprint.js';
import { analyzeCondition } from '../src/model/expression.js';
import type { Job, Located, Step, Workflow } from '../src/model/types.js';
import { isAggregator } from '../src/rules/aggregator.js';
import { runsAfterDependencies, skippedJobs } from '../src/rules/conditions.js';
import { parseYaml } from '../src/load/parse.js';
import { buildModel } from '../src/model/build.js';
import { readCmd } from '../src/shell/cmd-script.js';
import { MAX_SCRIPT_NESTING, ScriptNestingError } from '../src/shell/nesting.js';
import { readPowerShell } from '../src/shell/pwsh-script.js';
import { KNOWN_BAD_WORKFLOW as KNOWN_BAD, makeRepo, softFailThenScript } from './helpers.js';

/**
 * Issue 16: the readers and the analysis are bounded on hostile input — depth, aliases, long
 * identities, long `needs` chains, slow globs, many unknown names — and what cannot be analysed
 * is reported, not lost. Behaviour only: speed is measured by `npm run hostile`, not here.
 */

const KNOWN_BAD_FILE = '.github/workflows/known-bad.yml';

const brief = (result: AuditResult, file: string) =>
  result.findings.filter((finding) => finding.file === file).map((finding) => [finding.ruleId, finding.severity, finding.line]);

const nested = (open: string, inner: string, close: string, depth: number): string => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

describe('readers are bounded on input depth', () => {
  it.each([
    ['pwsh', 'nested parentheses', `$x = ${nested('(', '1', ')', 5000)}\ncargo test`],
    ['pwsh', 'nested script blocks', `${nested('& { ', 'cargo test', ' }', 5000)}`],
    ['pwsh', 'chained assignments', `${'$a = '.repeat(5000)}1\ncargo test`],
    ['cmd', 'nested parentheses', `${nested('(', 'echo x', ')', 5000)}\npytest`],
    ['cmd', 'nested if commands', `${'if a==a '.repeat(5000)}echo x\npytest`],
  ])(
    'a %s script with 5,000 %s is a high unparseable-script naming the bound, and the rest of the file is audited',
    async (shell, _what, script) => {
      const result = await audit([makeRepo({ '.github/workflows/ci.yml': softFailThenScript(shell, script) })]);
      expect(result.errors).toEqual([]);
      expect(brief(result, '.github/workflows/ci.yml')).toEqual(
        expect.arrayContaining([
          ['continue-on-error', 'high', 7],
          ['unparseable-script', 'high', 10],
        ]),
      );
      const unreadable = result.findings.find((finding) => finding.ruleId === 'unparseable-script')!;
      expect(unreadable.message).toContain(`nested more than ${MAX_SCRIPT_NESTING} levels deep`);
    },
  );

  it('the readers throw their own error past the bound, not a stack overflow', () => {
    expect(() => readPowerShell(nested('(', '1', ')', 20_000))).toThrow(ScriptNestingError);
    expect(() => readCmd(nested('(', 'echo x', ')', 20_000))).toThrow(ScriptNestingError);
    expect(() => readPowerShell(nested('(', '1', ')', MAX_SCRIPT_NESTING + 1))).toThrow(ScriptNestingError);
  });

  it('a script nested just within the bound is read and analysed', async () => {
    const within = MAX_SCRIPT_NESTING - 2;
    const commandsOf = (events: ReadonlyArray<{ type: string; argv?: string[] }>) =>
      events.flatMap((event) => (event.argv ? [event.argv] : []));
    expect(commandsOf(readPowerShell(`$x = ${nested('(', 'cargo test', ')', within)}`).events)).toEqual([['cargo', 'test']]);
    expect(commandsOf(readCmd(`${nested('(', 'pytest', ')', within)}\necho done`).events)).toEqual([['pytest'], ['echo', 'done']]);
    const result = await audit([
      makeRepo({ '.github/workflows/ci.yml': softFailThenScript('cmd', `${nested('(', 'pytest', ')', within)}\necho done`) }),
    ]);
    expect(brief(result, '.github/workflows/ci.yml')).toEqual([['continue-on-error', 'high', 7]]);
  });

  it('PowerShell strings nested 20,000 deep through "$( … )" are scanned without recursion', () => {
    const script = `$x = ${nested('"$(', '1', ')"', 20_000)}\ncargo test`;
    const commands = readPowerShell(script).events.filter((event) => event.type === 'command');
    expect(commands.map((event) => (event.type === 'command' ? event.argv : []))).toEqual([['cargo', 'test']]);
  });

  it('a python call with 150,000 arguments in a nested list is analysed, not an internal error', async () => {
    const call = `subprocess.run([[${Array(150_000).fill("'a'").join(',')}]])`;
    const script = `import subprocess\n${call}\nsubprocess.run(["pytest"])`;
    const result = await audit([makeRepo({ '.github/workflows/ci.yml': softFailThenScript('python', script, 'ubuntu-latest') })]);
    expect(result.errors).toEqual([]);
    expect(brief(result, '.github/workflows/ci.yml')).toContainEqual(['python-unchecked-subprocess', 'high', 12]);
  });
});

describe('steps and jobs repeated through aliases are bounded', () => {
  const bomb = (jobs: number, steps: number) =>
    [
      'on: pull_request',
      'x-step: &s { run: npm test }',
      'jobs:',
      '  j: &j',
      '    runs-on: ubuntu-latest',
      `    steps: [${Array(steps).fill('*s').join(', ')}]`,
      ...Array.from({ length: jobs }, (_, i) => `  j${i}: *j`),
      '',
    ].join('\n');

  it('a file whose aliases make a million steps is a blocking invalid-file naming the alias bomb; the other files are audited', async () => {
    const result = await audit([makeRepo({ '.github/workflows/bomb.yml': bomb(1000, 1000), [KNOWN_BAD_FILE]: KNOWN_BAD })]);
    expect(result.errors).toEqual([]);
    expect(brief(result, KNOWN_BAD_FILE)).toEqual([['continue-on-error', 'high', 7]]);
    const findings = result.findings.filter((finding) => finding.file === '.github/workflows/bomb.yml');
    // The audit, not GitHub, stopped reading: GitHub may run the file, so it blocks at the default fail-on.
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['invalid-file', 'high']]);
    expect(findings[0]!.message).toMatch(/^cannot expand value: aliases repeat steps and jobs more than 1,000 times .*\(an alias bomb\)/);
    expect(findings[0]!.severityReasons).toEqual([
      'the audit stopped at its own bounds: GitHub may run this file, and nothing in it was checked',
    ]);
    // At the alias where the bound was crossed: the first step of the first aliased job.
    expect(findings[0]!.line).toBe(6);
  });

  it('steps reused through aliases within the bound are analysed in every job that uses them', async () => {
    const workflow = [
      'on: pull_request',
      'x-step: &s { run: npm test || true }',
      'jobs:',
      '  a: &job',
      '    runs-on: ubuntu-latest',
      '    steps: [*s, *s]',
      '  b: *job',
      '',
    ].join('\n');
    const result = await audit([makeRepo({ '.github/workflows/ci.yml': workflow })]);
    const found = result.findings.filter((finding) => finding.ruleId === 'or-true-swallows-failure');
    expect(found.map((finding) => finding.job)).toEqual(['a', 'a', 'b', 'b']);
    expect(new Set(found.map((finding) => finding.fingerprint)).size).toBe(4);
  });
});

describe('long step identities are hashed', () => {
  const step = (fields: Partial<Step>): Step =>
    ({ index: 0, with: new Map(), expressions: [], commands: [], ...fields }) as unknown as Step;
  const run = (text: string) => ({ text }) as Step['run'];

  it('a short identity is the collapsed text itself, so existing fingerprints still match', () => {
    expect(stepIdentity(step({ run: run('  pytest\n  -x  ') }))).toBe('pytest -x');
    expect(stepIdentity(step({ name: 'Unit tests', run: run('pytest') }))).toBe('Unit tests');
    const exact = 'x'.repeat(MAX_IDENTITY_LENGTH);
    expect(stepIdentity(step({ run: run(exact) }))).toBe(exact);
  });

  it('a long identity is its SHA-256, the same for the same script and different for another', () => {
    const script = Array.from({ length: 4000 }, (_, i) => `pytest t${i} || true`).join('\n');
    const collapsed = script.replace(/\s+/g, ' ').trim();
    const identity = stepIdentity(step({ run: run(script) }));
    expect(identity).toBe(`sha256:${createHash('sha256').update(collapsed).digest('hex')}`);
    expect(stepIdentity(step({ run: run(`${script}\n`) }))).toBe(identity);
    expect(stepIdentity(step({ run: run(`${script}\npytest again`) }))).not.toBe(identity);
  });

  it('fingerprints of an unnamed short step are those of the documented formula', async () => {
    const workflow =
      'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n        continue-on-error: true\n';
    const result = await audit([makeRepo({ '.github/workflows/ci.yml': workflow })]);
    const key = ['continue-on-error', '.github/workflows/ci.yml', 'test', 'npm test', 'true', '0'].join('\u0000');
    expect(result.findings.map((finding) => finding.fingerprint)).toEqual([createHash('sha256').update(key).digest('hex').slice(0, 32)]);
  });

  it('every line of a 4,000-line unnamed step is reported with its own fingerprint', async () => {
    const script = Array.from({ length: 4000 }, (_, i) => `pytest t${i} || true`).join('\n');
    const workflow = softFailThenScript('bash', script, 'ubuntu-latest');
    const result = await audit([makeRepo({ '.github/workflows/ci.yml': workflow })]);
    const found = result.findings.filter((finding) => finding.ruleId === 'or-true-swallows-failure');
    expect(found).toHaveLength(4000);
    expect(new Set(found.map((finding) => finding.fingerprint)).size).toBe(4000);
  });
});

describe('needs graphs', () => {
  /** The passes to a fixed point, as skippedJobs computed them before issue 16: the reference. */
  function skippedByPasses(workflow: Workflow): Map<string, Located<string> | undefined> {
    const skipped = new Map<string, Located<string> | undefined>();
    for (const job of workflow.jobs)
      if (job.if !== undefined && analyzeCondition(job.if.value).constant === false) skipped.set(job.id, undefined);
    let changed = true;
    while (changed) {
      changed = false;
      for (const job of workflow.jobs) {
        const cause = job.needs.find((need) => skipped.has(need.value));
        if (skipped.has(job.id) || !cause) continue;
        if (!runsAfterDependencies(job, 'skipped', new Set(job.needs.map((need) => need.value).filter((id) => skipped.has(id))))) {
          skipped.set(job.id, cause);
          changed = true;
        }
      }
    }
    return skipped;
  }

  /** A workflow model of `count` jobs with random needs (cycles included), conditions and order, from a seed. */
  function randomWorkflow(seed: number, count: number): Workflow {
    let state = seed;
    const random = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const conditions = [undefined, undefined, undefined, 'false', 'always()', "!contains(needs.*.result, 'skipped')", 'success()'];
    const located = (value: string): Located<string> => ({ value }) as Located<string>;
    const jobs = Array.from({ length: count }, (_, i) => {
      const needs = Array.from({ length: random(4) }, () => located(`j${random(count)}`));
      const condition = conditions[random(conditions.length)];
      return { id: `j${i}`, needs, if: condition === undefined ? undefined : located(condition) } as unknown as Job;
    });
    for (let i = jobs.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [jobs[i], jobs[j]] = [jobs[j]!, jobs[i]!];
    }
    return { kind: 'workflow', jobs } as unknown as Workflow;
  }

  it.each(Array.from({ length: 40 }, (_, seed) => [seed]))(
    'skippedJobs finds the jobs, causes and order of the passes to a fixed point (random graph %i)',
    (seed) => {
      const workflow = randomWorkflow(seed + 1, 60);
      const expected = [...skippedByPasses(workflow)].map(([id, cause]) => [id, cause?.value]);
      expect([...skippedJobs(workflow)].map(([id, cause]) => [id, cause?.value])).toEqual(expected);
    },
  );

  it('the random graphs skip jobs through other skipped jobs, over several passes', () => {
    const found = Array.from({ length: 40 }, (_, seed) => [...skippedJobs(randomWorkflow(seed + 1, 60)).values()].filter(Boolean).length);
    expect(found.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(100);
  });

  it('a chain of 3,000 jobs listed last-first is followed to its end', async () => {
    const count = 3000;
    const jobs = Array.from({ length: count }, (_, k) => {
      const i = count - 1 - k;
      return `  j${i}:\n    ${i > 0 ? `needs: j${i - 1}` : 'if: false'}\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test`;
    });
    const result = await audit([makeRepo({ '.github/workflows/ci.yml': `on: pull_request\njobs:\n${jobs.join('\n')}\n` })]);
    const skipped = result.findings.filter((finding) => finding.ruleId === 'skipped-by-needs');
    expect(skipped).toHaveLength(count - 1);
    expect(skipped.find((finding) => finding.job === `j${count - 1}`)?.message).toContain(`needs "j${count - 2}"`);
  });

  it("a needs entry is two objects: the job's one needs key position is shared, and a job id has no source map", () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: make }]\n  b:\n    needs: [a, a2]\n    runs-on: x\n    steps: [{ run: make }]\n';
    const parsed = parseYaml(Buffer.from(text));
    const { model } = buildModel('ci.yml', 'workflow', parsed.doc!, parsed.lineCounter, parsed.text);
    const [first, second] = (model as Workflow).jobs[1]!.needs;
    expect(first!.keyPos).toBe(second!.keyPos);
    expect(first!.span).toBe(first!.valuePos);
    expect(first!.source).toBeUndefined();
    expect([first!.keyPos, first!.valuePos, second!.valuePos]).toEqual([
      { line: 7, column: 5, endLine: 7, endColumn: 10 },
      { line: 7, column: 13, endLine: 7, endColumn: 14 },
      { line: 7, column: 16, endLine: 7, endColumn: 18 },
    ]);
  });

  it('the needs of a job without a condition, or of a job that runs tests, are not read to decide whether it runs or gates', () => {
    let reads = 0;
    const need = (id: string): Located<string> =>
      ({
        get value() {
          reads++;
          return id;
        },
      }) as Located<string>;
    const job = (steps: Array<Partial<Step>>, condition?: string): Job =>
      ({
        id: 'all',
        needs: Array.from({ length: 1000 }, (_, i) => need(`j${i}`)),
        if: condition === undefined ? undefined : ({ value: condition } as Located),
        steps,
        expressions: [],
      }) as unknown as Job;
    expect(runsAfterDependencies(job([]), 'success')).toBe(true);
    expect(runsAfterDependencies(job([]), 'skipped')).toBe(false);
    expect(reads).toBe(0);
    expect(isAggregator(job([{ commands: [['npm', 'test']], expressions: [] }]))).toBe(false);
    expect(reads).toBe(0);
    // A written condition still reads them, and a gate is still one.
    expect(runsAfterDependencies(job([], "needs.j1.result == 'success'"), 'success')).toBe(true);
    expect(reads).toBeGreaterThan(0);
    expect(isAggregator(job([{ commands: [['echo', 'ok']], expressions: [] }]))).toBe(true);
  });

  it('needs cycles and a job that needs itself end the audit', async () => {
    const workflow = [
      'on: pull_request',
      'jobs:',
      '  off:',
      '    if: false',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: npm test }]',
      '  a:',
      '    needs: [off, b]',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: npm test }]',
      '  b:',
      '    needs: [a, b]',
      '    runs-on: ubuntu-latest',
      '    steps: [{ run: npm test }]',
      '',
    ].join('\n');
    const result = await audit([makeRepo({ '.github/workflows/ci.yml': workflow })]);
    expect(result.errors).toEqual([]);
    // GitHub refuses such a workflow: each cycle is an invalid-file finding at the needs entry that closes it.
    expect(result.findings.filter((finding) => finding.ruleId === 'invalid-file').map((finding) => finding.line)).toEqual([12, 12]);
  });
});

describe('config: slow globs and many unknown names', () => {
  const CONFIG = '.github/silent-failure-audit.yml';
  const problemsOf = (text: string): string[] => {
    const repo = makeRepo({ [CONFIG]: text });
    try {
      loadConfig(path.join(repo, CONFIG));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return error.problems.map((problem) => problem.slice(problem.indexOf(CONFIG)));
    }
    return [];
  };

  it.each(['**/*.yml', '.github/workflows/*-nightly.{yml,yaml}', 'vendor/**', '**/foo*bar*.yml', '@(a|b)/**/*.yml', '**/x/**/y/**/*.yml'])(
    'a common glob is accepted: %s',
    (glob) => {
      expect(slowGlob(glob)).toBeUndefined();
      expect(problemsOf(`ignore: '${glob}'\n`)).toEqual([]);
    },
  );

  it.each([
    ['**/+(a|aa)', /uses \+\(…\) or \*\(…\)/],
    ['*(a|a*)*(a|a*)', /uses \+\(…\) or \*\(…\)/],
    ['**/*a*a*a*b', /has 4 wildcards in one path segment/],
    ['**/a/**/b/**/c/**/d.yml', /has 4 "\*\*" segments/],
  ])('a glob that can take exponential time is a config error naming key and line: %s', (glob, why) => {
    expect(problemsOf(`paths:\n  - '*.yml'\n  - '${glob}'\n`)).toEqual([
      expect.stringMatching(new RegExp(`^${CONFIG}:3:5: paths entries: the glob "`)),
    ]);
    expect(problemsOf(`paths:\n  - '${glob}'\n`)[0]).toMatch(why);
    expect(problemsOf(`allow:\n  - rule: continue-on-error\n    path: '${glob}'\n    reason: x\n`)).toEqual([
      expect.stringMatching(new RegExp(`^${CONFIG}:3:11: allow path: the glob "`)),
    ]);
  });

  it(`suggests a near miss for the first ${MAX_SUGGESTIONS} unknown names only, and reports every one`, () => {
    // Distinct names one letter away from continue-on-error: each has a near miss to suggest.
    const id = 'continue-on-error';
    const names = [...id].flatMap((_, at) => [...'abdfghjkmpqsvwxyz'].map((letter) => `${id.slice(0, at)}${letter}${id.slice(at + 1)}`));
    const count = MAX_SUGGESTIONS + 50;
    const problems = problemsOf(
      `rules:\n${names
        .slice(0, count)
        .map((name) => `  ${name}: off`)
        .join('\n')}\n`,
    );
    expect(problems).toHaveLength(count);
    const suggested = problems.filter((problem) => problem.endsWith('— did you mean "continue-on-error"?'));
    expect(suggested).toHaveLength(MAX_SUGGESTIONS);
    expect(problems.slice(0, MAX_SUGGESTIONS)).toEqual(suggested);
  });
});
