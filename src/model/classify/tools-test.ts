import { sub, whenFlag } from './combinators.js';
import type { Rule } from './combinators.js';

export const TEST_COMMANDS: Record<string, Rule> = {
  // Test runners whose name alone says it.
  pytest: 'test',
  'py.test': 'test',
  unittest: 'test',
  nose2: 'test',
  nosetests: 'test',
  stestr: 'test',
  trial: 'test',
  behave: 'test',
  // `jest --listTests` and `vitest list` only enumerate; `--cache`-only warm-ups are not the run.
  jest: whenFlag(['--listTests', '--showConfig'], 'setup', 'test'),
  vitest: sub({ list: 'setup', run: 'test', bench: 'telemetry', related: 'test', watch: 'test' }, { otherwise: 'test', bare: 'test' }),
  mocha: 'test',
  jasmine: 'test',
  ava: 'test',
  tap: 'test',
  karma: 'test',
  wdio: 'test',
  testcafe: 'test',
  'cucumber-js': 'test',
  cucumber: 'test',
  gotestsum: 'test',
  ginkgo: 'test',
  ctest: 'test',
  lit: 'test',
  rspec: 'test',
  phpunit: 'test',
  pest: 'test',
  prove: 'test',
  busted: 'test',
};
