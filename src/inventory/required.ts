import { lowerBy, raiseBy } from '../rules/severity.js';
import type { Finding } from '../rules/types.js';
import { isSilentFailure } from '../rules/types.js';
import type { InventoryEntry, JobInventory } from './inventory.js';

/** The status-check names branch protection requires, from the two APIs that can say so. */
export interface RequiredChecks {
  branch: string;
  contexts: string[];
  /** Where they came from: `rulesets`, `branch protection`, or both. */
  sources: string[];
}

/** `required_status_checks` rules of `GET /repos/{owner}/{repo}/rules/branches/{branch}`. */
export function contextsFromRules(rules: unknown): string[] {
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule) => {
    const parameters = (rule as { type?: unknown; parameters?: { required_status_checks?: unknown } }).parameters;
    if ((rule as { type?: unknown }).type !== 'required_status_checks' || !Array.isArray(parameters?.required_status_checks)) return [];
    return parameters.required_status_checks.flatMap((check: { context?: unknown }) =>
      typeof check.context === 'string' ? [check.context] : [],
    );
  });
}

/** `protection.required_status_checks` of `GET /repos/{owner}/{repo}/branches/{branch}`. */
export function contextsFromBranch(branch: unknown): string[] {
  const checks = (branch as { protection?: { required_status_checks?: { contexts?: unknown; checks?: unknown } } })?.protection
    ?.required_status_checks;
  const contexts = Array.isArray(checks?.contexts)
    ? checks.contexts.filter((context): context is string => typeof context === 'string')
    : [];
  const named = Array.isArray(checks?.checks)
    ? checks.checks.flatMap((check: { context?: unknown }) => (typeof check.context === 'string' ? [check.context] : []))
    : [];
  return [...new Set([...contexts, ...named])];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A check name as GitHub shows it, with each `${{ … }}` of the job's name matching anything. */
function namePattern(name: string): string {
  return name
    .split(/(\$\{\{[\s\S]*?\}\})/)
    .map((part) => (part.startsWith('${{') ? '.+' : escapeRegExp(part)))
    .join('');
}

/**
 * The check names a job can report under: its name; `name (a, b)` for each leg of a matrix; and,
 * in a reusable workflow, `caller / name` for each job that calls it.
 */
function checkNames(job: JobInventory, callerNames: readonly string[]): RegExp {
  const own = `${namePattern(job.name)}(?: \\(.+\\))?`;
  const alternatives = callerNames.length > 0 ? callerNames.map((caller) => `${caller} / ${own}`) : [own];
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}

/**
 * Marks which jobs are required status checks, and moves the severity of the silent failures in
 * them: one level up in a required job (its green check is what lets a pull request merge), one
 * level down in a job no required check comes from. Nothing moves when nothing is required.
 */
export function applyRequiredChecks(inventory: readonly InventoryEntry[], findings: Finding[], required: RequiredChecks): void {
  const byFile = new Map(inventory.map((entry) => [entry.file, entry]));
  // Callers' check-name patterns for each reusable workflow, one level deep.
  const callerPatterns = new Map<string, string[]>();
  for (const entry of inventory) {
    for (const job of entry.jobs) {
      const target = job.uses?.replace(/^\.\//, '');
      if (target && byFile.has(target)) callerPatterns.set(target, [...(callerPatterns.get(target) ?? []), namePattern(job.name)]);
    }
  }
  const requiredJobs = new Map<string, Map<string, string | undefined>>();
  for (const entry of inventory) {
    const jobs = new Map<string, string | undefined>();
    for (const job of entry.jobs) {
      const pattern = checkNames(job, callerPatterns.get(entry.file) ?? []);
      // A caller reports its callee's jobs as `caller / job`: it is required when one of those is.
      const callerPrefix = job.uses ? new RegExp(`^${namePattern(job.name)} / `) : undefined;
      const match = required.contexts.find((context) => pattern.test(context) || callerPrefix?.test(context));
      job.required = required.contexts.length > 0 ? match !== undefined : null;
      jobs.set(job.id, match);
    }
    requiredJobs.set(entry.file, jobs);
  }
  if (required.contexts.length === 0) return;
  for (const finding of findings) {
    if (finding.job === null || !isSilentFailure(finding.category)) continue;
    const jobs = requiredJobs.get(finding.file);
    if (!jobs?.has(finding.job)) continue;
    const context = jobs.get(finding.job);
    const before = finding.severity;
    if (context !== undefined) {
      finding.severity = raiseBy(before, 1);
      finding.severityReasons.push(`the required status check "${context}" on ${required.branch}`);
      if (finding.severity !== before)
        finding.message += ` This job is the required status check "${context}" on ${required.branch}: raised from ${before}.`;
    } else {
      finding.severity = lowerBy(before, 1);
      finding.severityReasons.push(`no required status check on ${required.branch} comes from this job`);
      if (finding.severity !== before)
        finding.message += ` No required status check on ${required.branch} comes from this job: lowered from ${before}.`;
    }
  }
}
