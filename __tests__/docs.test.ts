import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../src/config.js';
import { audit } from '../src/engine.js';
import type { EvidenceSource } from '../src/engine.js';
import { analyseEvidence, EVIDENCE_RULE_IDS } from '../src/evidence/analyse.js';
import { runHeader } from '../src/evidence/log.js';
import type { WorkflowObservation } from '../src/evidence/types.js';
import { ALL_RULE_META } from '../src/rules/index.js';
import type { Finding } from '../src/rules/types.js';
import { makeRepo } from './helpers.js';

/**
 * The rule pages are part of the product: every rule has one, and its examples are what the
 * engine really does (in the spirit of ESLint's docs tests).
 */
const DOCS = new URL('../docs/rules/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DOCS), 'utf8');
const RULE_IDS = ALL_RULE_META.map((meta) => meta.id);

const HEADINGS = ['## What it finds', '## Why it matters', '## Example', '### Wrong', '### Right', '## How to suppress'];

/** The text under a heading, up to the next heading of level 2 or 3. */
function section(page: string, heading: string): string {
  const start = page.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`no "${heading}" heading`);
  return page.slice(start + heading.length + 2).split(/\n#{2,3} /)[0]!;
}

/** The first ```yaml block of a section. */
function firstYaml(text: string): string {
  const block = /```yaml\n([\s\S]*?)```/.exec(text);
  if (!block) throw new Error('no ```yaml block');
  return block[1]!;
}

/**
 * The runs an evidence rule's example stands for, three of them: on the Wrong example (`masked`),
 * jobs with an `if:` are skipped (never-runs) and every `run:` step prints pytest's failure summary in
 * a job and a run that pass (observed-masked-failure); on the Right example the jobs run, and the
 * failure turns the job and the run red.
 */
function exampleRuns(ruleId: string, masked: boolean): EvidenceSource {
  return async ({ findings, layouts }) => {
    const observations: WorkflowObservation[] = layouts.map((layout) => ({
      file: layout.file,
      runs: [1, 2, 3].map((run) => {
        const failing = ruleId === 'observed-masked-failure';
        const jobs = layout.jobs.map((job, index) => ({
          id: run * 100 + index,
          run_id: run,
          name: job.name ?? job.id,
          status: 'completed',
          conclusion: masked && ruleId === 'never-runs' && job.condition ? 'skipped' : failing && !masked ? 'failure' : 'success',
          steps: [],
        }));
        const logs = new Map(
          failing
            ? jobs.map((apiJob, index) => [
                apiJob.id,
                layout.jobs[index]!.steps.filter((step) => step.run)
                  .map((step) => `##[group]Run ${runHeader(step.run!.text)}\n##[endgroup]\n===== 1 failed, 9 passed in 0.10s =====`)
                  .join('\n'),
              ])
            : [],
        );
        return {
          run: {
            id: run,
            html_url: `https://github.com/o/r/actions/runs/${run}`,
            conclusion: failing && !masked ? 'failure' : 'success',
            created_at: `2026-01-0${run}T00:00:00Z`,
          },
          jobs,
          annotations: new Map(),
          logs,
        };
      }),
    }));
    return {
      analysis: analyseEvidence(layouts, findings, observations, 'main'),
      summary: {
        repository: 'o/r',
        branch: 'main',
        runsPerWorkflow: 3,
        workflows: layouts.length,
        requests: 0,
        maxRequests: 0,
        partial: false,
        reason: null,
        notices: [],
      },
    };
  };
}

/**
 * Audits a doc example as a workflow, or as a composite action when it has a top-level `runs:`; an
 * evidence rule's example with the runs it stands for.
 */
async function findingsOf(yaml: string, evidenceRule?: { id: string; masked: boolean }): Promise<Finding[]> {
  const file = /^runs:/m.test(yaml) ? 'action.yml' : '.github/workflows/ci.yml';
  const evidence = evidenceRule ? exampleRuns(evidenceRule.id, evidenceRule.masked) : undefined;
  return (await audit([makeRepo({ [file]: yaml })], evidence ? { evidence } : {})).findings;
}

const SUPPRESSION_RULES = new Set(['invalid-suppression', 'unused-suppression']);

describe('docs/configuration.md', () => {
  it('its complete example is a valid config', () => {
    const page = readFileSync(new URL('../configuration.md', DOCS), 'utf8');
    const example = /```yaml\n(# \.github\/silent-failure-audit\.yml[\s\S]*?)```/.exec(page)?.[1];
    expect(example).toBeDefined();
    const repo = makeRepo({ '.github/silent-failure-audit.yml': example! });
    const config = loadConfig(path.join(repo, '.github/silent-failure-audit.yml'));
    expect(config.failOn).toBe('medium');
    expect(config.allow).toHaveLength(2);
  });
});

describe('docs/rules', () => {
  it('has a page for every rule and no page for a rule that does not exist', () => {
    const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.map((name) => name.replace(/\.md$/, '')).sort()).toEqual([...RULE_IDS].sort());
  });

  it('evidence rules are reported only from runs: their Wrong examples alone are clean', async () => {
    for (const id of EVIDENCE_RULE_IDS) {
      const findings = await findingsOf(firstYaml(section(read(`${id}.md`), '### Wrong')));
      expect(findings.filter((finding) => finding.ruleId === id)).toEqual([]);
    }
  });

  it('README links every rule', () => {
    const readme = read('README.md');
    for (const id of RULE_IDS) expect(readme).toContain(`](${id}.md)`);
  });

  describe.each(RULE_IDS)('%s', (id) => {
    const page = read(`${id}.md`);
    const wrongRuns = EVIDENCE_RULE_IDS.has(id) ? { id, masked: true } : undefined;
    const rightRuns = EVIDENCE_RULE_IDS.has(id) ? { id, masked: false } : undefined;

    it('has the standard sections', () => {
      for (const heading of HEADINGS) expect(page).toContain(`\n${heading}\n`);
    });

    it('Wrong example is reported where and as severe as the page says', async () => {
      const wrong = section(page, '### Wrong');
      const [, line, severity] = /Reported at line (\d+)[\s\S]*?severity `(\w+)`/.exec(wrong) ?? [];
      const findings = (await findingsOf(firstYaml(wrong), wrongRuns)).filter((finding) => finding.ruleId === id);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map((finding) => ({ line: String(finding.line), severity: finding.severity }))).toContainEqual({ line, severity });
    });

    it('How to suppress shows an inline suppression of this rule that works', async () => {
      const howTo = section(page, '## How to suppress');
      expect(howTo).not.toMatch(/planned for the next release|does not read them/);
      expect(howTo).toContain('../configuration.md');
      if (SUPPRESSION_RULES.has(id)) return; // these are never suppressed; their page shows `rules: off`
      const findings = await findingsOf(firstYaml(howTo), wrongRuns);
      expect(findings.filter((finding) => finding.ruleId === id).length).toBeGreaterThan(0);
      expect(findings.filter((finding) => finding.ruleId === id && !finding.suppressed)).toEqual([]);
      expect(findings.filter((finding) => SUPPRESSION_RULES.has(finding.ruleId))).toEqual([]);
    });

    it('Right example is a valid file with no finding of this rule', async () => {
      const findings = await findingsOf(firstYaml(section(page, '### Right')), rightRuns);
      expect(findings.filter((finding) => finding.ruleId === id || finding.ruleId === 'invalid-file')).toEqual([]);
    });
  });
});
