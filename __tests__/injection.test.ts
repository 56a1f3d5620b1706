import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { audit } from '../src/engine.js';
import type { AuditResult } from '../src/engine.js';
import { formatJson } from '../src/report/json.js';
import { formatMarkdown } from '../src/report/markdown.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatText } from '../src/report/text.js';
import { isolatedDist, makeRepo } from './helpers.js';
import { clip } from '../src/clip.js';

/**
 * Injection (issue 8): names and messages that come from the audited repository — file names,
 * workflow names, job ids and names, step names, script text quoted in messages — cannot add rows
 * to the Markdown summary, HTML to it, workflow commands to the Action's log, or break SARIF.
 * report.test.ts covers escapeMarkdown on its own and action.test.ts one hostile step name; here a
 * whole hostile repository goes through the engine and every reporter.
 */

/** Everything that has ever broken a report, in one string. */
const PAYLOAD =
  'a|b `tick` <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) %0A%0D %25 ::error::pwned ]]> \\n';
const NEWLINE_PAYLOAD = 'line\n| injected | row |\n::error file=evil.yml,line=1::injected\r\n## heading';
const LONG = `long-${'x'.repeat(100_000)}`;

/** File names are bytes on Linux: everything but `/` and NUL, a newline included. */
const HOSTILE_FILE = '.github/workflows/a|b%0A::error::x, <script>alert(1)<script> `t` ]]>.yml';
const NEWLINE_FILE = '.github/workflows/nl\n::error file=evil.yml,line=1::injected.yml';
const ESCAPING_LINK = '.github/workflows/link%0A::warning::x\n::error::y.yml';

const q = (text: string): string => JSON.stringify(text);

const hostileWorkflow = [
  `name: ${q(`CI ${PAYLOAD} ${NEWLINE_PAYLOAD} ${LONG}`)}`,
  'on: pull_request',
  'jobs:',
  `  ${q(`job${PAYLOAD}`)}:`,
  `    name: ${q(`Job ${NEWLINE_PAYLOAD}`)}`,
  '    runs-on: ubuntu-latest',
  '    steps:',
  `      - name: ${q(`Step ${PAYLOAD} ${NEWLINE_PAYLOAD}`)}`,
  '        continue-on-error: true',
  '        run: npm test',
  `      - name: ${q(LONG)}`,
  `        run: ${q(`npm test || true # ${PAYLOAD}`)}`,
  // Past 1024 characters a key must be explicit (`? key`).
  `  ? ${q(LONG)}`,
  '  :',
  '    if: false',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: make',
  `  ${q(`nl${NEWLINE_PAYLOAD}`)}:`,
  '    runs-on: ubuntu-latest',
  '    steps:',
  `      - run: ${q('pytest || echo "<script>alert(1)</script> `x` | y %0A ::error::z ]]>"')}`,
  '',
].join('\n');

/** A plain workflow in a file with a hostile name, and one in a file whose name has a newline. */
const plainWorkflow = 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo test || true\n';

function hostileRepo(): string {
  const root = makeRepo({
    '.github/workflows/hostile.yml': hostileWorkflow,
    [HOSTILE_FILE]: plainWorkflow,
    [NEWLINE_FILE]: plainWorkflow,
  });
  // An error entry with a hostile name: a link out of the repository is reported, not followed.
  const outside = makeRepo({ 'x.yml': plainWorkflow });
  symlinkSync(path.join(outside, 'x.yml'), path.join(root, ESCAPING_LINK));
  return root;
}

/** Every row of a Markdown table has as many cells as its header: a `|` or a newline in a cell would add some. */
function expectTablesIntact(markdown: string): void {
  let columns: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    const cells = line.split('|').length;
    columns ??= cells;
    expect([line.slice(0, 200), cells]).toEqual([line.slice(0, 200), columns]);
    expect(line.endsWith('|')).toBe(true);
  }
}

/** No HTML but the tool's own <details>/<summary>, no raw user backticks, links or CDATA ends, nothing unbounded. */
function expectInert(markdown: string): void {
  expect(markdown.replace(/<\/?(details|summary)>/g, '')).not.toContain('<');
  for (const raw of ['`tick`', '`t`', '`x`', '](javascript:', ']]>', '\n| injected', '\n## heading', '\n::error']) {
    expect(markdown).not.toContain(raw);
  }
  expectTablesIntact(markdown);
  expect(Math.max(...markdown.split('\n').map((line) => line.length))).toBeLessThan(5_000);
  expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024);
}

describe('a hostile repository through every reporter', () => {
  let root: string;
  let result: AuditResult;

  beforeAll(async () => {
    root = hostileRepo();
    result = await audit([root]);
  });

  it('is analysed: the hostile names reach the findings, the inventory and the errors unchanged (long ones clipped at 200 characters)', () => {
    const files = new Set(result.findings.map((f) => f.file));
    expect(files).toEqual(new Set(['.github/workflows/hostile.yml', HOSTILE_FILE, NEWLINE_FILE]));
    expect(result.findings.map((f) => f.job)).toContain(`job${PAYLOAD}`);
    expect(result.findings.map((f) => f.step)).toEqual(expect.arrayContaining([clip(`Step ${PAYLOAD} ${NEWLINE_PAYLOAD}`), clip(LONG)]));
    expect(result.findings.find((f) => f.file === '.github/workflows/hostile.yml')!.workflow).toBe(
      clip(`CI ${PAYLOAD} ${NEWLINE_PAYLOAD} ${LONG}`),
    );
    expect(result.errors).toEqual([{ file: ESCAPING_LINK, message: 'symbolic link points outside the scanned directory, not followed' }]);
  });

  it('Markdown: no HTML, no broken table, no line longer than a clipped cell, with or without links', () => {
    for (const linkBase of [undefined, 'https://github.com/o/r/blob/abc']) {
      for (const collapseInventory of [false, true]) {
        const markdown = formatMarkdown(result, { failOn: 'high', blocking: 1, linkBase, collapseInventory });
        expectInert(markdown);
        // The names are there, escaped, not dropped.
        expect(markdown).toContain('a&#124;b%0A\\:\\:error\\:\\:x, &lt;script&gt;alert\\(1\\)&lt;script&gt;');
        expect(markdown).toContain('nl \\:\\:error file=evil.yml,line=1\\:\\:injected.yml');
        expect(markdown).toContain('link%0A\\:\\:warning\\:\\:x \\:\\:error\\:\\:y.yml');
      }
    }
    // A link target is percent-encoded, so `|`, `%`, `)` or a newline in a file name cannot end it early.
    const linked = formatMarkdown(result, { failOn: 'high', blocking: 1, linkBase: 'https://github.com/o/r/blob/abc' });
    expect(linked).toContain('(https://github.com/o/r/blob/abc/.github/workflows/a%7Cb%250A%3A%3Aerror%3A%3Ax%2C%20%3Cscript%3E');
    expect(linked).toContain(
      '(https://github.com/o/r/blob/abc/.github/workflows/nl%0A%3A%3Aerror%20file%3Devil.yml%2Cline%3D1%3A%3Ainjected.yml#L6)',
    );
  });

  // Messages quote step names as written; run in a workflow step (the CLI's default format), a name
  // that started a line of its own with `::error file=…::` or `::stop-commands::` would be read by the
  // runner as a workflow command. The text report keeps every name on its finding's line.
  it('text: every line is the tool’s own, none starts with a name (a workflow command when the CLI runs in a step)', () => {
    const text = formatText(result, { colour: false, blocking: 1, failOn: 'high' });
    const lines = text.split(/\r\n|\r|\n/);
    expect(lines.filter((line) => line.startsWith('::') || line.startsWith('| injected') || line.startsWith('## heading'))).toEqual([]);
  });

  it('JSON: valid, and every string exactly as in the repository', () => {
    const json = JSON.parse(formatJson(result));
    expect(json.findings).toEqual(JSON.parse(JSON.stringify(result.findings)));
    expect(json.errors[0].file).toBe(ESCAPING_LINK);
  });

  it('SARIF: valid against the schema, messages intact, file names percent-encoded and decodable', () => {
    const log = JSON.parse(formatSarif(result));
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.resolve('__tests__/fixtures/sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(log) ? [] : validate.errors).toEqual([]);

    const [run] = log.runs;
    expect(run.results).toHaveLength(result.findings.length);
    const decode = (uri: string): string => uri.split('/').map(decodeURIComponent).join('/');
    run.results.forEach((sarif: SarifResult, i: number) => {
      const finding = result.findings[i]!;
      expect(sarif.message.text).toBe(finding.message);
      const { uri } = sarif.locations[0]!.physicalLocation.artifactLocation;
      expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/);
      expect(decode(uri)).toBe(finding.file);
      if (finding.step) expect(sarif.properties.step).toBe(finding.step);
      if (finding.job) expect(sarif.properties.job).toBe(finding.job);
    });
    const [notification] = run.invocations[0].toolExecutionNotifications;
    expect(decode(notification.locations[0].physicalLocation.artifactLocation.uri)).toBe(ESCAPING_LINK);
  });
});

interface SarifResult {
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
  properties: Record<string, unknown>;
}

describe('the Action (dist/index.js) run on a hostile repository the way the runner runs it', () => {
  const ACTION = path.join(isolatedDist(), 'index.js');

  function runAction(workspace: string) {
    const temp = mkdtempSync(path.join(tmpdir(), 'sfa-runner-'));
    const summary = path.join(temp, 'summary.md');
    const event = path.join(temp, 'event.json');
    writeFileSync(summary, '');
    writeFileSync(path.join(temp, 'output'), '');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: 'a'.repeat(40) }, base: { sha: 'a'.repeat(40) } } }));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: path.join(temp, 'output'),
      RUNNER_TEMP: temp,
      INPUT_PATH: '.',
      'INPUT_FAIL-ON': 'high',
      'INPUT_NEW-ONLY': 'false',
    };
    const run = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8' });
    // The JSON report the Action wrote, named in GITHUB_OUTPUT as `json-file<<DELIMITER`.
    const jsonFile = /^json-file<<(.+)\n(.*)\n\1$/m.exec(readFileSync(path.join(temp, 'output'), 'utf8'))?.[2];
    const report = jsonFile
      ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as { findings: Array<{ file: string; message: string }> })
      : undefined;
    return { ...run, summary: readFileSync(summary, 'utf8'), report };
  }

  /**
   * How the runner reads a command (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts):
   * a property escapes `%`, CR, LF, `:` and `,`; the message `%`, CR and LF.
   */
  const PROPERTY_ESCAPES: Record<string, string> = { '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' };
  const unescapeProperty = (text: string): string => text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => PROPERTY_ESCAPES[code]!);
  const unescapeData = (text: string): string => text.replace(/%(25|0D|0A)/g, (_, code: string) => PROPERTY_ESCAPES[code]!);

  it('emits one command per annotation, its properties and message escaped, decoding to the findings of its JSON report', () => {
    const root = hostileRepo();
    const run = runAction(root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);

    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    const parsed = commands.map((line) => {
      const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
      expect(match).not.toBeNull();
      return { command: match![1]!, properties: match![2] ?? '', data: match![3]! };
    });
    for (const { command, properties, data } of parsed) {
      expect(['error', 'warning', 'notice']).toContain(command);
      expect(data).not.toMatch(/%(?!25|0D|0A)/);
      // The runner splits properties at `,` and each at its first `=`: a value may hold `=`, never `,`.
      for (const property of properties === '' ? [] : properties.split(',')) {
        const key = property.slice(0, property.indexOf('='));
        const value = property.slice(property.indexOf('=') + 1);
        expect(['title', 'file', 'line', 'endLine', 'col', 'endColumn']).toContain(key);
        expect(value).not.toMatch(/[:,\r\n]|%(?!25|0D|0A|3A|2C)/);
      }
    }

    // Every annotation is a finding of the report, its file and message decoded exactly.
    const annotations = parsed.filter((c) => c.properties !== '');
    const reported = new Set(run.report!.findings.map((f) => `${f.file}\u0000${f.message}`));
    expect(annotations).toHaveLength(reported.size);
    for (const { properties, data } of annotations) {
      const file = unescapeProperty(/(?:^|,)file=([^,]*)/.exec(properties)![1]!);
      expect(reported).toContain(`${file}\u0000${unescapeData(data)}`);
    }
    expect(new Set(annotations.map((c) => unescapeProperty(/file=([^,]*)/.exec(c.properties)![1]!)))).toEqual(
      new Set(['.github/workflows/hostile.yml', HOSTILE_FILE, NEWLINE_FILE]),
    );
    // The rest are the Action's own messages: the link it did not follow (named exactly) and the verdict.
    const own = parsed.filter((c) => c.properties === '').map((c) => `${c.command}: ${unescapeData(c.data)}`);
    expect(own).toContain(`warning: ${ESCAPING_LINK}: symbolic link points outside the scanned directory, not followed`);
    expect(own.filter((line) => /pwned|injected|<script>/.test(line) && !line.includes(ESCAPING_LINK))).toEqual([]);

    expectInert(run.summary);
  });
});
