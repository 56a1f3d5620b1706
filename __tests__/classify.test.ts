import { describe, it, expect } from '@jest/globals';
import type { StepKind } from '../src/model/classify/kinds.js';
import { classifyCommand, classifyName, classifyStep, classifyUses, commandBasis } from '../src/model/classify/engine.js';
import { KIND_LABEL, KIND_SEVERITY_ORDER, mostSevereKind } from '../src/model/classify/kinds.js';

/** Rows are written as the shell would split them; none of these need quoting. */
const argv = (command: string): string[] => command.split(/\s+/);

describe('classifyCommand: wrappers', () => {
  it.each<[string, StepKind | null]>([
    ['sudo -E pytest', 'test'],
    ['sudo -u runner rm -rf /tmp/x', 'cleanup'],
    ['env CI=1 FOO=bar pytest', 'test'],
    ['CI=1 pytest -x', 'test'],
    ['time cargo test', 'test'],
    ['timeout 30m pytest', 'test'],
    ['timeout -k 10 5m go test ./...', 'test'],
    ['nice -n 10 make', 'build'],
    ['xvfb-run -a npm test', 'test'],
    ['xvfb-run --server-args -screen python -m pytest', 'test'],
    ['stdbuf -oL pytest', 'test'],
    ['stdbuf -o L pytest', 'test'],
    ['catchsegv python test/run_test.py', 'test'],
    ['python -m pytest -x', 'test'],
    ['python3.11 -m mypy src', 'lint'],
    ['python -m build', 'build'],
    ['python -m pip install -e .', 'setup'],
    ['python -m unittest discover', 'test'],
    ['python -m test', 'test'],
    ['py -3.11 -m pytest', 'test'],
    ['uv run pytest', 'test'],
    ['uv run --with pytest-cov --python 3.12 pytest', 'test'],
    ['uvx ruff check', 'lint'],
    ['poetry run pytest', 'test'],
    ['pipenv run flake8', 'lint'],
    ['hatch run test', 'test'],
    ['hatch run lint:check', 'lint'],
    ['pdm run pytest', 'test'],
    ['conda run -n env pytest', 'test'],
    ['micromamba run -n env python -m pytest', 'test'],
    ['npx jest --ci', 'test'],
    ['npx --yes eslint@9 .', 'lint'],
    ['npx -p typescript tsc --noEmit', 'lint'],
    ['pnpm exec vitest run', 'test'],
    ['pnpm dlx prettier --check .', 'lint'],
    ['yarn dlx eslint .', 'lint'],
    ['bunx tsc', 'build'],
    ['bundle exec rspec', 'test'],
    ['bundle exec rake test', 'test'],
    ['coverage run -m pytest', 'test'],
    ['coverage run --source=pkg -m pytest', 'test'],
    ['nix develop -c pytest', 'test'],
    ['nix develop .#ci --command cargo test', 'test'],
    ['docker exec -e CI=1 ctr pytest', 'test'],
    ['docker run --rm -v src:/src -w /src python:3.12 pytest', 'test'],
    ['docker run --rm alpine', 'unknown'],
    ['find . -name *.pyc -delete', 'cleanup'],
    ['find tests -name test_*.py -exec pytest {} ;', 'test'],
    ['xargs -n 1 rm', 'cleanup'],
    ['command -v pytest', null],
    ['command pytest', 'test'],
    ['sccache --start-server', 'setup'],
    ['sccache --show-stats', 'telemetry'],
  ])('%s → %s', (command, expected) => {
    expect(classifyCommand(argv(command))).toBe(expected);
  });

  it('treats inline shell and interpreter code as unknown', () => {
    expect(classifyCommand(['bash', '-c', 'pytest -x'])).toBe('unknown');
    expect(classifyCommand(['bash', '-euxc', 'pytest'])).toBe('unknown');
    expect(classifyCommand(['python', '-c', 'import sys'])).toBe('unknown');
    expect(classifyCommand(['node', '-e', 'console.log(1)'])).toBe('unknown');
  });
});

describe('classifyCommand: package-manager scripts', () => {
  it.each<[string, StepKind | null]>([
    ['npm test', 'test'],
    ['npm t', 'test'],
    ['npm run test:unit', 'test'],
    ['npm run ci:test', 'test'],
    ['npm run e2e', 'test'],
    ['npm run spec', 'test'],
    ['npm run-script lint', 'lint'],
    ['npm run format:check', 'lint'],
    ['npm run typecheck', 'lint'],
    ['npm run check-types', 'lint'],
    ['npm run tsc', 'lint'],
    ['npm run build', 'build'],
    ['npm run compile', 'build'],
    ['npm --prefix web run build', 'build'],
    ['npm run dev', 'unknown'],
    ['npm run format', 'unknown'],
    ['npm ci', 'setup'],
    ['npm install', 'setup'],
    ['npm publish --access public', 'deploy'],
    ['yarn', 'setup'],
    ['yarn test', 'test'],
    ['yarn lint', 'lint'],
    ['yarn run build', 'build'],
    ['yarn install --frozen-lockfile', 'setup'],
    ['yarn publish', 'deploy'],
    ['yarn npm publish', 'deploy'],
    ['yarn workspace web test', 'test'],
    ['yarn workspaces foreach -A run build', 'build'],
    ['yarn webpack', 'build'],
    ['pnpm test', 'test'],
    ['pnpm -r run test', 'test'],
    ['pnpm --filter x test', 'test'],
    ['pnpm install', 'setup'],
    ['pnpm publish', 'deploy'],
    ['bun test', 'test'],
    ['bun run build', 'build'],
    ['bun install', 'setup'],
  ])('%s → %s', (command, expected) => {
    expect(classifyCommand(argv(command))).toBe(expected);
  });
});

describe('classifyCommand: tools', () => {
  it.each<[string, StepKind | null]>([
    // Test runners.
    ['pytest', 'test'],
    ['py.test tests', 'test'],
    ['tox -e py312', 'test'],
    ['tox -e lint', 'lint'],
    ['nox -s tests-3.12', 'test'],
    ['nose2', 'test'],
    ['jest --coverage', 'test'],
    ['vitest run', 'test'],
    ['mocha', 'test'],
    ['ava', 'test'],
    ['tap', 'test'],
    ['playwright test', 'test'],
    ['playwright install --with-deps', 'setup'],
    ['cypress run', 'test'],
    ['karma start', 'test'],
    ['go test ./...', 'test'],
    ['gotestsum --format testname', 'test'],
    ['cargo test --workspace', 'test'],
    ['cargo +nightly miri test', 'test'],
    ['cargo nextest run', 'test'],
    ['ctest --output-on-failure', 'test'],
    ['make test', 'test'],
    ['make -j 8 check', 'test'],
    ['make test-unit', 'test'],
    ['make -C build tests', 'test'],
    ['ninja -C build test', 'test'],
    ['meson test -C build', 'test'],
    ['bazel test //...', 'test'],
    ['bazelisk test //...', 'test'],
    ['buck2 test //...', 'test'],
    ['./gradlew test', 'test'],
    ['./gradlew connectedCheck', 'test'],
    ['.\\gradlew.bat :app:check', 'test'],
    ['mvn -B verify', 'test'],
    ['./mvnw integration-test', 'test'],
    ['mvn -DskipTests install', 'build'],
    ['dotnet test', 'test'],
    ['swift test', 'test'],
    ['mix test', 'test'],
    ['rspec', 'test'],
    ['rake spec', 'test'],
    ['phpunit', 'test'],
    ['php vendor/bin/phpunit', 'test'],
    ['deno test -A', 'test'],
    ['flutter test', 'test'],
    ['prove -r t', 'test'],
    ['julia --project -e Pkg.test()', 'test'],
    ['R CMD check pkg.tar.gz', 'test'],
    ['node --test', 'test'],
    ['xcodebuild -scheme App test', 'test'],
    ['/usr/bin/pytest', 'test'],
    ['pytest.exe', 'test'],
    ['PYTEST.EXE -x', 'test'],
    ['./scripts/test.sh', 'test'],
    ['./test', 'test'],
    ['bash .ci/pytorch/test.sh', 'test'],
    ['bash -eo pipefail ci/run-tests.sh', 'test'],
    ['python test/run_test.py --verbose', 'test'],
    ['python manage.py test', 'test'],
    ['pwsh -File ./scripts/Run-Tests.ps1', 'test'],
    // Linters and type checkers.
    ['ruff check .', 'lint'],
    ['ruff format --check', 'lint'],
    ['flake8', 'lint'],
    ['pylint src', 'lint'],
    ['mypy .', 'lint'],
    ['pyright', 'lint'],
    ['black --check .', 'lint'],
    ['black .', 'unknown'],
    ['isort --check-only .', 'lint'],
    ['eslint .', 'lint'],
    ['prettier --check .', 'lint'],
    ['prettier --write .', 'unknown'],
    ['tsc --noEmit', 'lint'],
    ['biome ci', 'lint'],
    ['oxlint', 'lint'],
    ['cargo clippy -- -D warnings', 'lint'],
    ['cargo fmt --all --check', 'lint'],
    ['rustfmt --check src/main.rs', 'lint'],
    ['golangci-lint run', 'lint'],
    ['go vet ./...', 'lint'],
    ['staticcheck ./...', 'lint'],
    ['shellcheck ci/*.sh', 'lint'],
    ['actionlint', 'lint'],
    ['zizmor .', 'lint'],
    ['hadolint Dockerfile', 'lint'],
    ['yamllint .', 'lint'],
    ['markdownlint **/*.md', 'lint'],
    ['codespell', 'lint'],
    ['pre-commit run --all-files', 'lint'],
    ['lintrunner --force-color', 'lint'],
    ['clang-tidy-17 -p build src/a.cc', 'lint'],
    ['clang-format --dry-run --Werror a.cc', 'lint'],
    ['cpplint a.cc', 'lint'],
    ['cargo deny check', 'lint'],
    ['typos', 'lint'],
    ['git diff --exit-code', 'lint'],
    ['make lint', 'lint'],
    ['npm audit', 'lint'],
    ['npm audit --audit-level=high', 'lint'],
    ['./lint.sh', 'lint'],
    // Builds.
    ['make', 'build'],
    ['make -j8 all', 'build'],
    ['make install', 'build'],
    ['make -j8 all install', 'build'],
    ['cmake -S . -B build', 'build'],
    ['cmake --build build --parallel', 'build'],
    ['cmake --build build --target check', 'test'],
    ['ninja -C build', 'build'],
    ['meson compile -C build', 'build'],
    ['cargo build --release', 'build'],
    ['cargo check', 'build'],
    ['go build ./...', 'build'],
    ['go install ./cmd/tool', 'build'],
    ['go install golang.org/x/tools/cmd/goimports@latest', 'setup'],
    ['python setup.py bdist_wheel', 'build'],
    ['python setup.py develop', 'build'],
    ['pip wheel . -w dist', 'build'],
    ['maturin build --release', 'build'],
    ['docker build -t img .', 'build'],
    ['docker buildx build --push .', 'build'],
    ['./gradlew assembleRelease', 'build'],
    ['gradle build', 'build'],
    ['mvn package', 'build'],
    ['bazel build //...', 'build'],
    ['msbuild App.sln', 'build'],
    ['dotnet build', 'build'],
    ['dotnet publish -c Release', 'build'],
    ['xcodebuild -scheme App build', 'build'],
    ['tsc', 'build'],
    ['tsc -b', 'build'],
    ['webpack --mode production', 'build'],
    ['vite build', 'build'],
    ['swift build', 'build'],
    ['./configure --prefix=/usr', 'build'],
    ['build_wheels.sh', 'build'],
    ['./ci/build.sh', 'build'],
    // Deploy and publish.
    ['packer build -var skip_create_ami=false .', 'deploy'],
    ['packer init .', 'setup'],
    ['pnpm publish --no-git-checks', 'deploy'],
    ['twine upload dist/*', 'deploy'],
    ['twine check dist/*', 'lint'],
    ['cargo publish', 'deploy'],
    ['docker push img:latest', 'deploy'],
    ['gh release create v1.0.0', 'deploy'],
    ['gh release upload v1.0.0 dist/*', 'deploy'],
    ['goreleaser release --clean', 'deploy'],
    ['goreleaser release --snapshot --clean', 'build'],
    ['kubectl -n prod apply -f k8s/', 'deploy'],
    ['helm upgrade --install app ./chart', 'deploy'],
    ['terraform apply -auto-approve', 'deploy'],
    ['terraform plan', 'lint'],
    ['firebase deploy --only hosting', 'deploy'],
    ['vercel deploy --prod', 'deploy'],
    ['vercel --prod', 'deploy'],
    ['git push origin gh-pages', 'deploy'],
    // Uploads count as telemetry: artifacts, logs and reports; downloads are setup.
    ['aws s3 cp build.log s3://bucket/logs/', 'telemetry'],
    ['aws s3 sync --delete ./site s3://bucket', 'telemetry'],
    ['aws s3 cp s3://bucket/model.bin .', 'setup'],
    ['gsutil -m cp -r out gs://bucket/', 'telemetry'],
    // Setup.
    ['npm audit fix', 'setup'],
    ['npm audit fix --force', 'setup'],
    ['make patch_duckdb', 'setup'],
    ['make apply-patches', 'setup'],
    ['make deps', 'setup'],
    ['make install-deps', 'setup'],
    ['make -C third_party fetch', 'setup'],
    ['make download', 'setup'],
    ['make setup', 'setup'],
    ['make configure', 'setup'],
    ['docker tag app:latest ghcr.io/org/app:1.0', 'setup'],
    ['pip install -r requirements.txt', 'setup'],
    ['pip3 install .', 'setup'],
    ['uv pip install -e .', 'setup'],
    ['uv sync --frozen', 'setup'],
    ['conda install -y numpy', 'setup'],
    ['mamba create -n env python', 'setup'],
    ['sudo apt-get update', 'setup'],
    ['sudo apt-get install -y -o Dpkg::Use-Pty=0 libssl-dev', 'setup'],
    ['brew install ninja', 'setup'],
    ['choco install llvm', 'setup'],
    ['dnf install -y gcc', 'setup'],
    ['apk add git', 'setup'],
    ['bundle install', 'setup'],
    ['go mod download', 'setup'],
    ['cargo fetch', 'setup'],
    ['rustup component add clippy', 'setup'],
    ['git clone https://github.com/a/b', 'setup'],
    ['git -C repo fetch --tags', 'setup'],
    ['git submodule update --init', 'setup'],
    ['git config --global user.name ci', 'setup'],
    ['curl -fsSL https://sh.rustup.rs -o rustup.sh', 'setup'],
    ['wget https://example.com/x.tgz', 'setup'],
    ['nvm use 20', 'setup'],
    ['pyenv install 3.12', 'setup'],
    ['corepack enable', 'setup'],
    ['docker login -u user ghcr.io', 'setup'],
    // Cleanup.
    ['rm -rf build', 'cleanup'],
    ['sudo rm -rf /opt/hostedtoolcache', 'cleanup'],
    ['rmdir out', 'cleanup'],
    ['kill 1234', 'cleanup'],
    ['pkill -f server', 'cleanup'],
    ['killall node', 'cleanup'],
    ['docker rm -f ctr', 'cleanup'],
    ['docker rmi img', 'cleanup'],
    ['docker stop ctr', 'cleanup'],
    ['docker system prune -af', 'cleanup'],
    ['docker image prune -f', 'cleanup'],
    ['docker container prune -f', 'cleanup'],
    ['sudo umount /mnt', 'cleanup'],
    ['git clean -fdx', 'cleanup'],
    ['sudo apt-get clean', 'cleanup'],
    ['make clean', 'cleanup'],
    // Telemetry, uploads and notifications.
    ['codecov -t token', 'telemetry'],
    ['coveralls', 'telemetry'],
    ['coverage xml', 'telemetry'],
    ['coverage report --fail-under=90', 'test'],
    ['curl -X POST -d payload https://hooks.slack.com/services/x', 'telemetry'],
    ['gh pr comment 12 --body done', 'telemetry'],
    ['gh issue comment 12 --body done', 'telemetry'],
    ['buildkite-agent artifact upload logs/*', 'telemetry'],
    ['./upload-coverage.sh', 'telemetry'],
    ['scripts/upload_test_results.py', 'telemetry'],
  ])('%s → %s', (command, expected) => {
    expect(classifyCommand(argv(command))).toBe(expected);
  });
});

describe('classifyCommand: commands that say nothing', () => {
  it.each<[string, StepKind | null]>([
    ['echo hello', null],
    ['printf %s x', null],
    ['cd build', null],
    ['export PATH=/x', null],
    ['set -euxo pipefail', null],
    ['shopt -s globstar', null],
    ['source venv/bin/activate', null],
    ['. venv/bin/activate', null],
    ['true', null],
    [':', null],
    ['mkdir -p out', null],
    ['ls -la', null],
    ['cat file', null],
    ['pwd', null],
    ['which python', null],
    ['sleep 5', null],
    ['test -f x', null],
    ['[ -f x ]', null],
    ['FOO=bar', null],
    ['python --version', null],
    ['go version', null],
    ['git status', null],
    ['git diff', null],
    ['docker ps -a', null],
    ['file build/app', null],
    ['xargs -0 file --', null],
    ['stat -c %s out.bin', null],
    ['du -sh build', null],
    ['find . -name "*.so"', null],
    ['env', null],
  ])('%s → %s', (command, expected) => {
    expect(classifyCommand(argv(command))).toBe(expected);
  });

  it.each<[string, StepKind | null]>([
    ['./some-binary --flag', 'unknown'],
    ['frobnicate', 'unknown'],
    ['eval foo', 'unknown'],
    ['bash', 'unknown'],
    ['python script.py', 'unknown'],
    ['docker compose up -d', 'unknown'],
  ])('cannot place %s', (command, expected) => {
    expect(classifyCommand(argv(command))).toBe(expected);
  });

  it('returns null for an empty command', () => {
    expect(classifyCommand([])).toBeNull();
  });
});

describe('classifyUses', () => {
  it.each<[string, StepKind]>([
    ['actions/checkout@v4', 'setup'],
    ['actions/setup-python@v5', 'setup'],
    ['ruby/setup-ruby@v1', 'setup'],
    ['actions/cache@v4', 'setup'],
    ['actions/cache/restore@v4', 'setup'],
    ['actions/cache/save@v4', 'telemetry'],
    ['actions/download-artifact@v4', 'setup'],
    ['dtolnay/rust-toolchain@stable', 'setup'],
    ['Swatinem/rust-cache@v2', 'setup'],
    ['docker/setup-buildx-action@v3', 'setup'],
    ['docker/login-action@v3', 'setup'],
    ['aws-actions/configure-aws-credentials@v4', 'setup'],
    ['conda-incubator/setup-miniconda@v3', 'setup'],
    ['pytorch/test-infra/.github/actions/setup-linux@main', 'setup'],
    ['actions/upload-artifact@v4', 'telemetry'],
    ['codecov/codecov-action@v5', 'telemetry'],
    ['coverallsapp/github-action@v2', 'telemetry'],
    ['slackapi/slack-github-action@v1', 'telemetry'],
    ['8398a7/action-slack@v3', 'telemetry'],
    ['rtCamp/action-slack-notify@v2', 'telemetry'],
    ['github/codeql-action/upload-sarif@v3', 'telemetry'],
    ['EnricoMi/publish-unit-test-result-action@v2', 'telemetry'],
    ['EnricoMi/publish-unit-test-result-action/linux@v2', 'telemetry'],
    ['dorny/test-reporter@v1', 'telemetry'],
    ['mikepenz/action-junit-report@v4', 'telemetry'],
    ['seemethere/upload-artifact-s3@v5', 'telemetry'],
    ['actions/upload-pages-artifact@v3', 'deploy'],
    ['actions/deploy-pages@v4', 'deploy'],
    ['peaceiris/actions-gh-pages@v4', 'deploy'],
    ['softprops/action-gh-release@v2', 'deploy'],
    ['pypa/gh-action-pypi-publish@release/v1', 'deploy'],
    ['JamesIves/github-pages-deploy-action@v4', 'deploy'],
    ['actions/create-release@v1', 'deploy'],
    ['docker/build-push-action@v6', 'build'],
    ['golangci/golangci-lint-action@v6', 'lint'],
    ['pre-commit/action@v3.0.1', 'lint'],
    ['./.github/actions/teardown-rocm', 'cleanup'],
    ['./.github/actions/setup-linux', 'setup'],
    ['./.github/actions/upload-sccache-stats', 'telemetry'],
    ['./.github/actions/run-tests', 'test'],
    ['./.github/actions/x', 'unknown'],
    ['docker://alpine:3.20', 'unknown'],
    ['docker://rhysd/actionlint:1.7.1', 'lint'],
    ['actions/github-script@v7', 'unknown'],
    ['nick-fields/retry@v3', 'unknown'],
  ])('%s → %s', (uses, expected) => {
    expect(classifyUses(uses)).toBe(expected);
  });
});

describe('classifyName', () => {
  it.each<[string, StepKind | null]>([
    ['Run unit tests', 'test'],
    ['Build wheels', 'build'],
    ['Upload coverage', 'telemetry'],
    ['Upload test results', 'telemetry'],
    ['Build and test', 'test'],
    ['Set up Python', 'setup'],
    ['Check out code', 'setup'],
    ['Type check', 'lint'],
    ['Lint', 'lint'],
    ['Publish to PyPI', 'deploy'],
    ['Clean up workspace', 'cleanup'],
    ['Stop MCP Gateway', 'cleanup'],
    ['Shutdown test server', 'cleanup'],
    ['Notify Slack', 'telemetry'],
    ['Run pytest', 'test'],
    ['testUnit', 'test'],
    ['Upload test results', 'telemetry'],
    ['Merge integration test coverage', 'telemetry'],
    ['Get version', null],
    ['', null],
  ])('%s → %s', (name, expected) => {
    expect(classifyName(name)).toBe(expected);
  });
});

describe('mostSevereKind', () => {
  it('orders test > build > lint > deploy > unknown > setup > cleanup > telemetry', () => {
    expect(KIND_SEVERITY_ORDER).toEqual(['test', 'build', 'lint', 'deploy', 'unknown', 'setup', 'cleanup', 'telemetry']);
    const ascending = [...KIND_SEVERITY_ORDER].reverse();
    for (let i = 1; i < ascending.length; i++) {
      expect(mostSevereKind(ascending.slice(0, i + 1))).toBe(ascending[i]);
      expect(mostSevereKind([ascending[i]!, ascending[i - 1]!])).toBe(ascending[i]);
    }
  });

  it.each<[StepKind[], StepKind]>([
    [[], 'unknown'],
    [['telemetry'], 'telemetry'],
    [['setup', 'unknown'], 'unknown'],
    [['deploy', 'unknown', 'setup'], 'deploy'],
    [['cleanup', 'telemetry'], 'cleanup'],
    [['lint', 'build'], 'build'],
  ])('%j → %s', (kinds, expected) => {
    expect(mostSevereKind(kinds)).toBe(expected);
  });

  it('accepts any iterable', () => {
    expect(mostSevereKind(new Set<StepKind>(['setup', 'lint']))).toBe('lint');
  });
});

describe('classifyStep', () => {
  it('prefers uses over commands and name', () => {
    expect(classifyStep({ uses: 'codecov/codecov-action@v5', commands: [['pytest']], name: 'Run tests' })).toBe('telemetry');
  });

  it('classifies a well-known script-running action by the script it was given', () => {
    expect(classifyStep({ uses: 'nick-fields/retry@v3', commands: [['pytest', '-x']] })).toBe('test');
    expect(classifyStep({ uses: 'nick-fields/retry@v3', name: 'Run tests' })).toBe('test');
    expect(classifyStep({ uses: 'nick-fields/retry@v3' })).toBe('unknown');
  });

  it('takes the most severe command, ignoring no-signal ones', () => {
    const commands = [['echo', 'start'], ['pip', 'install', '-e', '.'], ['python', '-m', 'pytest'], ['codecov']];
    expect(classifyStep({ commands, name: 'Install' })).toBe('test');
  });

  it('makes a script of only no-signal commands setup, without consulting the name', () => {
    expect(
      classifyStep({
        commands: [
          ['echo', 'hi'],
          ['cat', 'test.log'],
        ],
        name: 'Show test logs',
      }),
    ).toBe('setup');
  });

  it('falls back to the name when commands or uses give unknown', () => {
    expect(classifyStep({ commands: [['./ci/run.sh']], name: 'Run tests' })).toBe('test');
    expect(classifyStep({ commands: [['pip', 'install', '.'], ['./ci/run.sh']], name: 'Lint' })).toBe('lint');
    expect(classifyStep({ uses: './.github/actions/x', name: 'Upload logs' })).toBe('telemetry');
    expect(classifyStep({ name: 'Build docs' })).toBe('build');
    expect(classifyStep({ commands: [], name: 'Deploy' })).toBe('deploy');
  });

  it('does not let the name override a known kind', () => {
    expect(classifyStep({ commands: [['pytest']], name: 'Upload results' })).toBe('test');
    expect(classifyStep({ commands: [['pip', 'install', '.']], name: 'Install test dependencies' })).toBe('setup');
  });

  it('lets a name that claims a check upgrade a setup-only step (the install is the test)', () => {
    expect(classifyStep({ commands: [['pip', 'install', '.']], name: 'Run tests' })).toBe('test');
  });

  it('is unknown when nothing says anything', () => {
    expect(classifyStep({})).toBe('unknown');
    expect(classifyStep({ commands: [['./ci/run.sh']], name: 'Step 3' })).toBe('unknown');
  });
});

describe('KIND_LABEL', () => {
  it('labels every kind', () => {
    expect(KIND_LABEL.test).toBe('test');
    expect(KIND_LABEL.deploy).toBe('deploy/publish');
    expect(KIND_LABEL.telemetry).toBe('telemetry/upload/notify');
    for (const kind of KIND_SEVERITY_ORDER) expect(KIND_LABEL[kind]).toMatch(/\S/);
  });
});

describe('project scripts named for checking', () => {
  it.each<[string[], StepKind | null]>([
    [['node', 'electron\\script\\check-symlinks.js'], 'lint'],
    [['python3', 'scripts/check_format.py'], 'lint'],
    [['./ci/validate-schema.sh'], 'lint'],
    [['bash', '.ci/scripts/check_c10_sync.sh'], 'lint'],
    // A name that says more decides: a check that runs the tests is a test.
    [['./ci/check_and_test.sh'], 'test'],
    // A command word that is no script file: "check" alone says too little.
    [['check-docker'], 'unknown'],
  ])('%j → %s', (argv, kind) => {
    expect(classifyCommand(argv)).toBe(kind);
  });

  it('its kind is named, not known: the classifier guessed it from the file name', () => {
    expect(commandBasis(['python3', 'scripts/check_format.py'])).toBe('named');
  });
});

describe('commands behind a wrapper chosen at run time', () => {
  it.each<[string[], StepKind | null]>([
    [['${CONDA_RUN}', 'pytest', '-n', 'auto'], 'test'],
    [['$SUDO', 'make', 'check'], 'test'],
    [['_xxxxxxxxxxxxxxxx_', 'npm', 'test'], 'test'],
    [['${CONDA_RUN}', 'pip', 'list'], null],
    [['${CONDA_RUN}', 'pip', 'install', '-e', '.'], 'setup'],
    [['$TOOL'], 'unknown'],
  ])('%j → %s', (argv, kind) => {
    expect(classifyCommand(argv)).toBe(kind);
  });
});

describe('classifyStep on real steps from the corpus', () => {
  it.each<[string, { uses?: string; commands?: string[][]; name?: string }, StepKind]>([
    ['a stash save action', { uses: 'apache/infrastructure-actions/stash/save@bc81', name: 'Save Docker Volumes' }, 'telemetry'],
    ['a cache save by name', { uses: 'apache/infrastructure-actions/stash/save@bc81', name: 'Save ccache' }, 'telemetry'],
    [
      'a PowerShell listing step',
      {
        commands: [
          ['Import-Module', './build.psm1'],
          ['Get-ChildItem', 'build/*', '-Recurse'],
        ],
        name: 'Capture Artifacts Directory',
      },
      'setup',
    ],
    [
      'coverage merging named after tests',
      { commands: [['go', 'tool', 'covdata', 'merge']], name: 'Merge integration test code coverage' },
      'telemetry',
    ],
    [
      'a summary of test times',
      { commands: [['goteststats', '-statistic', 'pkg-time']], name: 'Summarize Test Time by Package' },
      'telemetry',
    ],
    ['a release-candidate verification script', { commands: [['dev/release/verify-release-candidate.sh', '20.0.0']] }, 'test'],
  ])('%s', (_title, step, kind) => {
    expect(classifyStep(step)).toBe(kind);
  });
});
