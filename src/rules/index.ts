import { aggregatorIgnoresResults } from './aggregator-ignores-results.js';
import { aggregatorSkippedOnFailure } from './aggregator-skipped-on-failure.js';
import { constantFalseCondition } from './constant-false-condition.js';
import { continueOnError } from './continue-on-error.js';
import { orTrueSwallowsFailure } from './or-true-swallows-failure.js';
import { skippedByNeeds } from './skipped-by-needs.js';
import { softFailActionInput } from './soft-fail-action-input.js';
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
  softFailActionInput,
  orTrueSwallowsFailure,
];

/** Every rule id with its metadata, including the loader's. */
export const ALL_RULE_META: readonly RuleMeta[] = [...RULES.map((rule) => rule.meta), INVALID_FILE_RULE];
