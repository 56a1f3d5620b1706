import { list } from './combinators.js';
import type { Rule } from './combinators.js';
import { CONTAINER_COMMANDS } from './containers.js';
import { DEPLOY_COMMANDS } from './deploy.js';
import { CLEANUP_COMMANDS, SETUP_COMMANDS, TELEMETRY_COMMANDS } from './housekeeping.js';
import { JAVASCRIPT_COMMANDS } from './javascript.js';
import { PYTHON_COMMANDS } from './python.js';
import { BUILD_COMMANDS } from './tools-build.js';
import { LINT_COMMANDS } from './tools-lint.js';
import { TEST_COMMANDS } from './tools-test.js';
import { INTERPRETER_COMMANDS, WRAPPER_COMMANDS } from './wrappers.js';

/**
 * The command table, by basename (lower-cased, without .exe/.cmd/.bat and a trailing version): the
 * tables of each domain, joined. A new tool is one line in the table of its domain.
 */
export const COMMANDS: Record<string, Rule> = {
  ...WRAPPER_COMMANDS,
  ...INTERPRETER_COMMANDS,
  ...PYTHON_COMMANDS,
  ...JAVASCRIPT_COMMANDS,
  ...TEST_COMMANDS,
  ...LINT_COMMANDS,
  ...BUILD_COMMANDS,
  ...CONTAINER_COMMANDS,
  ...DEPLOY_COMMANDS,
  ...SETUP_COMMANDS,
  ...CLEANUP_COMMANDS,
  ...TELEMETRY_COMMANDS,
};

/**
 * Commands that say nothing about what a step is for: shell bookkeeping, file shuffling and
 * printing. A step made only of these is still classified (see classifyStep).
 */
export const NO_SIGNAL: ReadonlySet<string> = new Set(
  list(
    'echo printf cd pushd popd dirs export unset set shopt source . true false : exit return alias read declare',
    'local typeset readonly shift trap ulimit umask hash type mkdir md ls dir tree cat head tail wc tee pwd which',
    'where sleep wait test [ [[ cp mv ln touch chmod chown basename dirname realpath readlink stat date printenv',
    'whoami hostname uname id df du free nproc lscpu nvidia-smi write-host write-output file',
    // PowerShell cmdlets that only print, navigate or load modules.
    'get-childitem get-content get-location get-command get-process get-item write-verbose write-information',
    'set-location push-location pop-location import-module out-host format-table format-list select-object',
    // `Test-Path` asks whether a path exists; it tests nothing of the project.
    'test-path',
  ),
);

/** Commands that only print diagnostics or wait (not `echo`, which often writes $GITHUB_ENV or a file). */
export const PRINT_ONLY: ReadonlySet<string> = new Set(
  list(
    'cat head tail ls dir tree wc du df free nproc lscpu nvidia-smi rocm-smi uname whoami hostname pwd which where',
    'stat date printenv env sleep file ps top uptime vmstat iostat dmesg journalctl lsblk lsof ulimit id',
    'get-childitem get-content get-location get-command get-process get-item write-verbose write-information format-table',
    'format-list out-host',
  ),
);

/** Lone arguments that only print the tool's version or help (`python --version`, `go version`). */
export const PROBES: ReadonlySet<string> = new Set(['--version', '-version', 'version', '-V', '--help', '-h', 'help']);

/** Programs that run a script file given as their first argument. */
export const INTERPRETERS: ReadonlySet<string> = new Set(
  list('bash sh zsh dash ksh fish python python3 py node deno bun ruby perl php pwsh powershell cmd source .'),
);
