/**
 * What a CI step does, so that every rule grades a masked failure by the same yardstick: hiding a
 * failing test suite is worse than hiding a failed Slack notification.
 */
export type StepKind = 'test' | 'build' | 'lint' | 'deploy' | 'setup' | 'cleanup' | 'telemetry' | 'unknown';

export const KIND_LABEL: Record<StepKind, string> = {
  test: 'test',
  build: 'build',
  lint: 'lint/type-check',
  deploy: 'deploy/publish',
  setup: 'setup/install',
  cleanup: 'cleanup',
  telemetry: 'telemetry/upload/notify',
  unknown: 'unclassified',
};

/**
 * Most severe first. 'unknown' sits above setup: a step we cannot read may well be the one that
 * runs the tests, whereas a known setup, cleanup or reporting step cannot hide a wrong verdict.
 */
export const KIND_SEVERITY_ORDER: readonly StepKind[] = ['test', 'build', 'lint', 'deploy', 'unknown', 'setup', 'cleanup', 'telemetry'];

export function mostSevereKind(kinds: Iterable<StepKind>): StepKind {
  let best: StepKind = 'unknown';
  let bestRank = Infinity;
  for (const kind of kinds) {
    const rank = KIND_SEVERITY_ORDER.indexOf(kind);
    if (rank < bestRank) [best, bestRank] = [kind, rank];
  }
  return best;
}

/** The kinds whose failure is a verdict on the change: a test, a build, a lint or type check. */
export const isCheckKind = (kind: StepKind | null | undefined): kind is 'test' | 'build' | 'lint' =>
  kind === 'test' || kind === 'build' || kind === 'lint';

/**
 * How a kind was found, which is how far a finding built on it can be trusted: `known` from a
 * listed tool or action (pytest, actions/upload-artifact), `named` from words in a name (a script
 * called run_tests.sh, a step called "Run tests", an action called setup-foo), `unknown` when
 * nothing said what the step does.
 */
export type KindBasis = 'known' | 'named' | 'unknown';

export interface Classification {
  kind: StepKind;
  basis: KindBasis;
}
