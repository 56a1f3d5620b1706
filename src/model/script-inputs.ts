/**
 * Well-known actions and reusable workflows that take a shell script as an input. Their scripts
 * are classified (and, later, analysed) like a `run:` block, because that is where the tests of
 * repositories that use them actually live — most of PyTorch's test commands are in the `script`
 * input of pytorch/test-infra's job workflows.
 */
export interface ScriptInput {
  /** `uses:` without the `@ref`, lower-cased. */
  uses: string;
  /** The input that holds the script. */
  input: string;
}

export const SCRIPT_INPUTS: readonly ScriptInput[] = [
  { uses: 'pytorch/test-infra/.github/workflows/linux_job.yml', input: 'script' },
  { uses: 'pytorch/test-infra/.github/workflows/linux_job_v2.yml', input: 'script' },
  { uses: 'pytorch/test-infra/.github/workflows/macos_job.yml', input: 'script' },
  { uses: 'pytorch/test-infra/.github/workflows/windows_job.yml', input: 'script' },
  { uses: 'nick-fields/retry', input: 'command' },
  { uses: 'nick-invalid/retry', input: 'command' },
  { uses: 'step-security/retry', input: 'command' },
  { uses: 'wandalen/wretry.action', input: 'command' },
  { uses: 'uraimo/run-on-arch-action', input: 'run' },
  { uses: 'addnab/docker-run-action', input: 'run' },
];

/** `owner/repo/path@ref` → `owner/repo/path`, lower-cased. */
export function usesWithoutRef(uses: string): string {
  const at = uses.indexOf('@');
  return (at === -1 ? uses : uses.slice(0, at)).toLowerCase();
}

/** The script a step or reusable-workflow call passes to a well-known action, if any. */
export function scriptFromInputs(uses: string | undefined, inputs: ReadonlyMap<string, { value: unknown }>): string | undefined {
  if (!uses) return undefined;
  const target = usesWithoutRef(uses);
  const entry = SCRIPT_INPUTS.find((candidate) => candidate.uses === target);
  const value = entry && inputs.get(entry.input)?.value;
  return typeof value === 'string' ? value : undefined;
}
