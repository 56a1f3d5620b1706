import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { audit } from '../src/engine.js';
import type { AuditResult } from '../src/engine.js';
import type { Finding } from '../src/rules/types.js';

/** Writes the files into a fresh directory, as a repository checkout would have them. */
export function makeRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sfa-test-'));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

/**
 * A copy of the committed dist/ in a directory with no node_modules above it — as on a runner —
 * so a test of the bundle fails when the bundle is not self-contained.
 */
export function isolatedDist(): string {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'sfa-dist-')), 'dist');
  cpSync(path.resolve('dist'), copy, { recursive: true });
  return copy;
}

/** Audits one workflow given as text. */
export async function auditWorkflow(yaml: string, name = '.github/workflows/ci.yml'): Promise<AuditResult> {
  return audit([makeRepo({ [name]: yaml })]);
}

export type Brief = Pick<Finding, 'ruleId' | 'category' | 'severity' | 'line'>;

/** The four things every rule test asserts: id, category, severity and line. */
export function brief(findings: readonly Finding[], ruleId?: string): Brief[] {
  return findings
    .filter((finding) => ruleId === undefined || finding.ruleId === ruleId)
    .map(({ ruleId: id, category, severity, line }) => ({ ruleId: id, category, severity, line }));
}

/** Strips the common indentation of a template literal so fixtures read like files. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, part, i) => acc + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => line.match(/^ */)![0].length));
  return lines.map((line) => line.slice(indent)).join('\n');
}

export interface ScriptWorkflowOptions {
  shell?: string;
  on?: string;
  runsOn?: string;
  /** The step's name; null for a step without one. */
  name?: string | null;
}

/**
 * A workflow whose one step runs `script`: script line 1 is file line 8 (7 for a step without a
 * name and a shell, 9 with both), whatever the options.
 */
export function scriptWorkflow(script: string, options: ScriptWorkflowOptions = {}): string {
  const { shell, on = 'pull_request', runsOn = 'ubuntu-latest', name = 'Tests' } = options;
  const keys = [...(name === null ? [] : [`name: ${name}`]), ...(shell ? [`shell: ${shell}`] : []), 'run: |'];
  const body = script.split('\n').map((line) => (line ? `          ${line}` : line));
  return [
    `on: ${on}`,
    'jobs:',
    '  test:',
    `    runs-on: ${runsOn}`,
    '    steps:',
    `      - ${keys[0]}`,
    ...keys.slice(1).map((key) => `        ${key}`),
    ...body,
    '',
  ].join('\n');
}

/** A workflow whose line 7 is a high `continue-on-error` finding (on `npm test`): put beside hostile input, it must still be reported. */
export const KNOWN_BAD_WORKFLOW = [
  'on: pull_request',
  'jobs:',
  '  test:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: npm test',
  '        continue-on-error: true',
  '',
].join('\n');

/** A workflow whose line 7 is a high continue-on-error finding, then a step with `shell` running `script` from line 10. */
export function softFailThenScript(shell: string, script: string, runsOn = 'windows-latest'): string {
  return [
    'on: pull_request',
    'jobs:',
    '  test:',
    `    runs-on: ${runsOn}`,
    '    steps:',
    '      - run: pytest',
    '        continue-on-error: true',
    `      - shell: ${shell}`,
    '        run: |',
    ...script.split('\n').map((line) => `          ${line}`),
    '',
  ].join('\n');
}
