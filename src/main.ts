import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { audit } from './engine.js';
import { blockingFindings, FAIL_ON_VALUES, parseFailOn } from './outcome.js';
import { planAnnotations } from './report/annotations.js';
import { formatJson } from './report/json.js';
import { formatMarkdown } from './report/markdown.js';

/** `https://github.com/o/r/blob/<sha>` for the commit under review, so summary rows link to the line. */
function linkBase(): string | undefined {
  const { serverUrl, repo, sha, payload } = github.context;
  const head = (payload.pull_request as { head?: { sha?: string } } | undefined)?.head?.sha ?? sha;
  if (!repo.owner || !repo.repo || !head) return undefined;
  return `${serverUrl}/${repo.owner}/${repo.repo}/blob/${head}`;
}

function currentRepo(): { owner: string; repo: string } | undefined {
  try {
    return github.context.repo;
  } catch {
    return undefined; // GITHUB_REPOSITORY unset: running outside Actions
  }
}

/**
 * The Action entry: the only place that reads inputs, writes outputs, annotations and the job
 * summary. Everything it calls is plain TypeScript.
 */
export async function run(): Promise<void> {
  try {
    const root = core.getInput('path') || '.';
    const failOnInput = core.getInput('fail-on') || 'high';
    const failOn = parseFailOn(failOnInput);
    if (!failOn) {
      core.setFailed(`Input "fail-on" must be one of ${FAIL_ON_VALUES.join(', ')}, not "${failOnInput}".`);
      return;
    }
    const annotate = core.getInput('annotations') === '' || core.getBooleanInput('annotations');
    const summarise = core.getInput('summary') === '' || core.getBooleanInput('summary');

    const result = await audit([root]);
    for (const error of result.errors) core.warning(`${error.file}: ${error.message}`);
    const blocking = blockingFindings(result.findings, failOn);

    let notAnnotated = 0;
    if (annotate) {
      const plan = planAnnotations(result.findings);
      notAnnotated = plan.omitted;
      for (const { level, finding, title } of plan.annotations) {
        const sameLine = finding.line === finding.endLine;
        const properties: core.AnnotationProperties = {
          title,
          file: path.posix.join(root.split(path.sep).join('/'), finding.file),
          startLine: finding.line,
          endLine: finding.endLine,
          ...(sameLine ? { startColumn: finding.column, endColumn: finding.endColumn } : {}),
        };
        core[level](finding.message, properties);
      }
    }

    if (summarise && process.env.GITHUB_STEP_SUMMARY) {
      const base = currentRepo() ? linkBase() : undefined;
      await core.summary.addRaw(formatMarkdown(result, { linkBase: base, failOn, blocking: blocking.length, notAnnotated })).write();
    }

    const jsonFile = path.join(mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'silent-failure-audit-')), 'findings.json');
    writeFileSync(jsonFile, formatJson(result));
    const active = result.findings.filter((finding) => !finding.suppressed);
    core.setOutput('findings', active.length);
    core.setOutput('high', active.filter((finding) => finding.severity === 'high').length);
    core.setOutput('json-file', jsonFile);

    if (blocking.length > 0) {
      core.setFailed(`${blocking.length} silent-failure finding(s) at or above "${failOn}". See the annotations and the job summary.`);
    }
  } catch (error) {
    core.setFailed(`silent-failure-audit failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
