import { aggregatorIgnoresResults } from './aggregator-ignores-results.js';
import { aggregatorSkippedOnFailure } from './aggregator-skipped-on-failure.js';
import { constantFalseCondition } from './constant-false-condition.js';
import { continueOnError } from './continue-on-error.js';
import { orTrueSwallowsFailure } from './or-true-swallows-failure.js';
import { skippedByNeeds } from './skipped-by-needs.js';
import { softFailActionInput } from './soft-fail-action-input.js';
import { unparseableScript } from './unparseable-script.js';
import { pipeWithoutPipefail } from './pipe-without-pipefail.js';
import { errexitIgnored } from './errexit-ignored.js';
import { setPlusEUnchecked } from './set-plus-e-unchecked.js';
import { shellWithoutErrexit } from './shell-without-errexit.js';
import { trailingExitZero } from './trailing-exit-zero.js';
import { uncheckedWait } from './unchecked-wait.js';
import { ifNotWithoutExit } from './if-not-without-exit.js';
import { retryLoopSwallowsFailure } from './retry-loop-swallows-failure.js';
import { testRerunFlags } from './test-rerun-flags.js';
import { passWithNoTests } from './pass-with-no-tests.js';
import { pwshNativeExitIgnored } from './pwsh-native-exit-ignored.js';
import { cmdExitCodeIgnored } from './cmd-exit-code-ignored.js';
import { cmdBatchWithoutCall } from './cmd-batch-without-call.js';
import { pythonUncheckedSubprocess } from './python-unchecked-subprocess.js';
import { BROKEN_LOCAL_REFERENCE_RULE } from '../inventory/inventory.js';
import { INVALID_SUPPRESSION_RULE, UNUSED_SUPPRESSION_RULE } from '../suppress/apply.js';
import { noAutomaticTrigger } from './no-automatic-trigger.js';
import { prPathsFilter } from './pr-paths-filter.js';
import { informationalJob } from './informational-job.js';
import { gateMissesRootJobs } from './gate-misses-root-jobs.js';
import { failOpenChangeDetection } from './fail-open-change-detection.js';
import { heredocStatusExpandedLocally } from './heredoc-status-expanded-locally.js';
import { EVIDENCE_RULES } from '../evidence/analyse.js';
import type { RuleMeta, Rule } from './types.js';

/** Files GitHub cannot run: reported by the loader, not by a rule over the model. */
export const INVALID_FILE_RULE: RuleMeta = {
  id: 'invalid-file',
  category: 'invalid',
  description: 'A workflow or action file that cannot be parsed or has the wrong shape, so GitHub will not run it.',
};

export const RULES: readonly Rule[] = [
  continueOnError,
  constantFalseCondition,
  skippedByNeeds,
  aggregatorIgnoresResults,
  aggregatorSkippedOnFailure,
  gateMissesRootJobs,
  softFailActionInput,
  orTrueSwallowsFailure,
  unparseableScript,
  pipeWithoutPipefail,
  errexitIgnored,
  setPlusEUnchecked,
  shellWithoutErrexit,
  trailingExitZero,
  uncheckedWait,
  heredocStatusExpandedLocally,
  ifNotWithoutExit,
  retryLoopSwallowsFailure,
  testRerunFlags,
  passWithNoTests,
  failOpenChangeDetection,
  pwshNativeExitIgnored,
  cmdExitCodeIgnored,
  cmdBatchWithoutCall,
  pythonUncheckedSubprocess,
  noAutomaticTrigger,
  prPathsFilter,
  informationalJob,
];

/** Every rule id with its metadata, including the loader's and the suppression checks'. */
export const ALL_RULE_META: readonly RuleMeta[] = [
  ...RULES.map((rule) => rule.meta),
  INVALID_FILE_RULE,
  INVALID_SUPPRESSION_RULE,
  UNUSED_SUPPRESSION_RULE,
  BROKEN_LOCAL_REFERENCE_RULE,
  // Made from the repository's real runs (--evidence), not from the files: see src/evidence/.
  ...EVIDENCE_RULES,
];
