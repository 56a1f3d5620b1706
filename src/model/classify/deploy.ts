import { list, runner, sub, transfer, whenFlag } from './combinators.js';
import type { Rule } from './combinators.js';

const S3_COPY_VALUES = list('--acl --exclude --include --content-type --cache-control --storage-class --metadata --expires --sse');

const terraform = sub({
  init: 'setup',
  workspace: 'setup',
  get: 'setup',
  providers: 'setup',
  // A plan is a dry run that fails on invalid configuration: a check, not a change.
  plan: 'lint',
  validate: 'lint',
  fmt: whenFlag(['-check', '--check'], 'lint'),
  apply: 'deploy',
  import: 'deploy',
  destroy: 'cleanup',
});
const goreleaserRelease = whenFlag(['--snapshot', '--skip=publish', '--skip-publish'], 'build', 'deploy');

export const DEPLOY_COMMANDS: Record<string, Rule> = {
  // Deploy and publish.
  gh: sub(
    {
      release: sub({ create: 'deploy', upload: 'deploy', edit: 'deploy', delete: 'cleanup', download: 'setup', view: null, list: null }),
      pr: sub({ comment: 'telemetry', review: 'telemetry', edit: 'telemetry', view: null, list: null }),
      issue: sub({ comment: 'telemetry', create: 'telemetry', edit: 'telemetry', view: null, list: null }),
      run: sub({ download: 'setup', view: null, list: null }),
      cache: sub({ delete: 'cleanup' }),
      auth: 'setup',
      extension: 'setup',
    },
    { values: ['-R', '--repo'] },
  ),
  goreleaser: sub({ release: goreleaserRelease, build: 'build', check: 'lint' }, { bare: goreleaserRelease }),
  'semantic-release': 'deploy',
  'ghp-import': 'deploy',
  'gh-pages': 'deploy',
  kubectl: sub(
    {
      apply: 'deploy',
      create: 'deploy',
      replace: 'deploy',
      patch: 'deploy',
      rollout: 'deploy',
      set: 'deploy',
      scale: 'deploy',
      delete: 'cleanup',
      config: 'setup',
      exec: runner({ values: ['-c', '--container', '-n', '--namespace'], skip: 1, bare: 'unknown' }),
      get: null,
      describe: null,
      logs: null,
    },
    { values: ['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server'] },
  ),
  helm: sub(
    {
      upgrade: 'deploy',
      install: 'deploy',
      rollback: 'deploy',
      push: 'deploy',
      uninstall: 'cleanup',
      delete: 'cleanup',
      repo: 'setup',
      dependency: 'setup',
      dep: 'setup',
      registry: 'setup',
      plugin: 'setup',
      lint: 'lint',
      test: 'test',
      package: 'build',
      template: 'build',
    },
    { values: ['-n', '--namespace', '--kube-context', '--kubeconfig'] },
  ),
  terraform,
  // `packer build` creates and registers a machine image in a cloud account: it ships, like `terraform apply`.
  packer: sub({ build: 'deploy', init: 'setup', validate: 'lint', fmt: whenFlag(['-check'], 'lint') }),
  tofu: terraform,
  terragrunt: terraform,
  serverless: sub({ deploy: 'deploy', package: 'build', remove: 'cleanup' }),
  sls: sub({ deploy: 'deploy', package: 'build', remove: 'cleanup' }),
  fly: sub({ deploy: 'deploy' }),
  flyctl: sub({ deploy: 'deploy' }),
  'ansible-playbook': 'deploy',
  aws: sub(
    {
      s3: sub({
        cp: transfer('s3://', S3_COPY_VALUES),
        sync: transfer('s3://', S3_COPY_VALUES),
        mv: transfer('s3://'),
        rm: 'cleanup',
        rb: 'cleanup',
        mb: 'setup',
        ls: null,
      }),
      ecr: sub({ 'get-login-password': 'setup', 'get-login': 'setup' }),
      configure: 'setup',
      cloudformation: sub({ deploy: 'deploy', 'create-stack': 'deploy', 'update-stack': 'deploy', 'delete-stack': 'cleanup' }),
      sts: null,
    },
    { values: ['--region', '--profile', '--endpoint-url', '--output', '--query'] },
  ),
  gsutil: sub(
    { cp: transfer('gs://', ['-z', '-j', '-a']), rsync: transfer('gs://'), mv: transfer('gs://'), rm: 'cleanup', ls: null, cat: null },
    { values: ['-o', '-h', '-u'] },
  ),
  gcloud: sub(
    {
      storage: sub({ cp: transfer('gs://'), rsync: transfer('gs://'), rm: 'cleanup', ls: null }),
      auth: 'setup',
      config: 'setup',
      components: 'setup',
    },
    // `gcloud app deploy`, `gcloud run deploy`, `gcloud functions deploy`, …
    { otherwise: (args) => (args.includes('deploy') ? 'deploy' : 'unknown') },
  ),
};
