/**
 * Well-known actions and reusable workflows that take a shell script as an input. Their scripts
 * are classified and analysed like a `run:` block, because that is where the tests of repositories
 * that use them actually live — most of PyTorch's test commands are in the `script` input of
 * pytorch/test-infra's job workflows.
 */
export interface ScriptInput {
  /** `uses:` without the `@ref`, lower-cased. */
  uses: string;
  /** The input that holds the script. */
  input: string;
  /** How the action runs it, as a `shell:` command line. */
  shell: string;
  /** An input that chooses the shell (`bash`, `sh`, `pwsh`, `python`, `cmd`…), and the default on Windows runners. */
  shellInput?: { name: string; windows: string };
}

// pytorch/test-infra writes the script after `set -eou pipefail` into a file it runs with bash.
const TEST_INFRA = 'bash -eo pipefail {0}';
// nick-fields/retry spawns the command with Node's `{ shell: 'bash' }`, i.e. `bash -c` without `-e`
// (src/index.ts, runCmd); its forks and wretry.action do the same.
const RETRY = 'bash {0}';
const RETRY_SHELL = { name: 'shell', windows: 'powershell {0}' };

export const SCRIPT_INPUTS: readonly ScriptInput[] = [
  { uses: 'pytorch/test-infra/.github/workflows/linux_job.yml', input: 'script', shell: TEST_INFRA },
  { uses: 'pytorch/test-infra/.github/workflows/linux_job_v2.yml', input: 'script', shell: TEST_INFRA },
  { uses: 'pytorch/test-infra/.github/workflows/linux_job_v3.yml', input: 'script', shell: TEST_INFRA },
  { uses: 'pytorch/test-infra/.github/workflows/macos_job.yml', input: 'script', shell: TEST_INFRA },
  { uses: 'pytorch/test-infra/.github/workflows/windows_job.yml', input: 'script', shell: TEST_INFRA },
  { uses: 'nick-fields/retry', input: 'command', shell: RETRY, shellInput: RETRY_SHELL },
  { uses: 'nick-invision/retry', input: 'command', shell: RETRY, shellInput: RETRY_SHELL },
  { uses: 'step-security/retry', input: 'command', shell: RETRY, shellInput: RETRY_SHELL },
  { uses: 'wandalen/wretry.action', input: 'command', shell: RETRY },
  // Both run the script with `sh` inside the container, without `-e`.
  { uses: 'uraimo/run-on-arch-action', input: 'run', shell: 'sh {0}' },
  { uses: 'addnab/docker-run-action', input: 'run', shell: 'sh {0}' },
];

/** `owner/repo/path@ref` → `owner/repo/path`, lower-cased. */
export function usesWithoutRef(uses: string): string {
  const at = uses.indexOf('@');
  return (at === -1 ? uses : uses.slice(0, at)).toLowerCase();
}

/** The shell command line an action runs its script input with, given the step's inputs and the runner OS. */
export function inputShellLine(entry: ScriptInput, inputs: ReadonlyMap<string, { value: unknown }>, os: string): string {
  if (!entry.shellInput) return entry.shell;
  const chosen = inputs.get(entry.shellInput.name)?.value;
  if (typeof chosen === 'string' && !chosen.includes('${{')) return `${chosen.trim()} {0}`;
  return os === 'windows' ? entry.shellInput.windows : entry.shell;
}

/** The well-known script input a step or reusable-workflow call passes, if any. */
export function scriptInputOf(
  uses: string | undefined,
  inputs: ReadonlyMap<string, { value: unknown }>,
): { entry: ScriptInput; value: string } | undefined {
  if (!uses) return undefined;
  const target = usesWithoutRef(uses);
  const entry = SCRIPT_INPUTS.find((candidate) => candidate.uses === target);
  const value = entry && inputs.get(entry.input)?.value;
  return entry && typeof value === 'string' ? { entry, value } : undefined;
}
