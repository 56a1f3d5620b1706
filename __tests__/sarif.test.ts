import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { isolatedDist, makeRepo, yaml } from './helpers.js';

// Both are CommonJS whose module.exports is the class / plugin itself.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

// The OASIS schema is draft-04; ajv-draft-04 is ajv for that draft.
const schema = JSON.parse(readFileSync(path.resolve('__tests__/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const workflow = yaml`
  name: CI
  on: pull_request
  jobs:
    test:
      runs-on: ubuntu-latest
      steps:
        - name: Run tests
          continue-on-error: true
          run: pytest
        - run: ruff check . || true
    build:
      if: false
      runs-on: ubuntu-latest
      steps:
        - run: make
`;

/** The parts of a SARIF result this test reads. */
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}

describe('--format sarif', () => {
  const cli = path.join(isolatedDist(), 'cli/index.js');
  const repo = makeRepo({ '.github/workflows/ci.yml': workflow, '.github/workflows/broken.yml': 'on: [\n' });
  const run = spawnSync(process.execPath, [cli, '--format', 'sarif', repo], { encoding: 'utf8' });
  const log = JSON.parse(run.stdout);

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(run.status).toBe(1);
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  it('can fail: the validator rejects a broken log', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('has one physical location, a level, a help link and both fingerprints per result', () => {
    const [run0] = log.runs;
    const results = run0.results as SarifResult[];
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['invalid-file', 'warning', 2],
      ['continue-on-error', 'error', 8],
      ['or-true-swallows-failure', 'error', 10],
      ['constant-false-condition', 'error', 12],
    ]);
    for (const result of results) {
      expect(result.locations).toHaveLength(1);
      expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
      expect(result.partialFingerprints['silentFailureAudit/v1']).toMatch(/^[0-9a-f]{32}$/);
      // security-severity sits on the rule (tagged security), where code scanning reads it; precision on each result.
      expect(result.properties['security-severity']).toBeUndefined();
      expect(['high', 'medium', 'low']).toContain(result.properties.precision);
      const rule = run0.tool.driver.rules[result.ruleIndex];
      expect(rule.id).toBe(result.ruleId);
      expect(rule.properties.tags).toContain('security');
      expect(rule.properties['security-severity']).toBe(result.level === 'error' ? '8.0' : '5.5');
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${result.ruleId}\\.md$`));
    }
  });

  it('carries each rule page as help.markdown, in step with docs/rules', () => {
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; help: { markdown: string } }>;
    for (const rule of rules) {
      expect(rule.help.markdown).toBe(readFileSync(path.join('docs', 'rules', `${rule.id}.md`), 'utf8'));
    }
  });
});
