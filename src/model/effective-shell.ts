import { renderValue } from './expression.js';
import type { Analysable, EffectiveShell, Job, RunnerOs, Step } from './types.js';

const posix = (
  errexit: boolean | undefined,
  pipefail: boolean | undefined,
  description: string,
  explicit: boolean,
  os: RunnerOs,
): EffectiveShell => ({
  language: 'posix',
  errexit,
  pipefail,
  description,
  explicit,
  os,
});

/** Programs that run their arguments as a command line: `arch -arch arm64 bash {0}`, `conda run -n env bash {0}`. */
const SHELLS = new Set(['bash', 'sh', 'dash', 'zsh', 'ksh', 'ash', 'pwsh', 'powershell', 'cmd', 'python', 'python3', 'msys2']);

/** Splits a shell command line into words, honouring single and double quotes. */
function words(commandLine: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (const ch of commandLine) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(current);
  return out;
}

const programName = (word: string): string =>
  word
    .split(/[\\/]/)
    .pop()!
    .toLowerCase()
    .replace(/\.exe$/, '')
    .replace(/^python3(\.\d+)?$/, 'python');

/**
 * Reads a custom `shell:` command line by its flags rather than by a lookup table, because real
 * repositories write `bash -l {0}`, `bash -xeuo pipefail {0}`, `script -q -e -c "bash … {0}"`,
 * `arch -arch arm64 bash {0}` and `msys2 {0}`.
 */
export function parseCustomShell(commandLine: string, os: RunnerOs): EffectiveShell {
  const argv = words(commandLine);
  // `script -c "…"` and `sh -c "…"` carry the real command line in one argument; in
  // `pwsh -c ". '{0}'"` that argument is the script's own code, not a shell to unwrap.
  const inner = argv.findIndex((word, i) => i > 0 && /^-[a-z]*c$/.test(argv[i - 1] ?? '') && word.includes('{0}'));
  if (inner !== -1) {
    const unwrapped = parseCustomShell(argv[inner]!, os);
    if (unwrapped.language !== 'unknown') return { ...unwrapped, description: commandLine };
  }
  const start = argv.findIndex((word) => SHELLS.has(programName(word)));
  if (start === -1) return { language: 'unknown', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
  const program = programName(argv[start]!);
  if (program === 'pwsh' || program === 'powershell')
    return { language: 'pwsh', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
  if (program === 'cmd') return { language: 'cmd', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
  if (program === 'python')
    return { language: 'python', errexit: undefined, pipefail: undefined, description: commandLine, explicit: true, os };
  // setup-msys2 puts an msys2.cmd wrapper on the PATH that runs `bash.exe -leo pipefail %*`
  // (writeWrapper in https://github.com/msys2/setup-msys2/blob/main/main.js).
  if (program === 'msys2') return posix(true, true, commandLine, true, os);
  let errexit = false;
  let pipefail = false;
  const flags = argv.slice(start + 1);
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    if (flag === '{0}' || (!flag.startsWith('-') && !flag.startsWith('+'))) break;
    // `-O extglob` (shopt) and `--rcfile FILE` take a value, which is not where the script starts.
    if (/^[-+]O$|^--(rcfile|init-file)$/.test(flag)) {
      i++;
      continue;
    }
    if (flag.startsWith('--')) continue; // --noprofile, --norc, --login
    const enable = flag.startsWith('-');
    const letters = flag.slice(1);
    if (letters.includes('e')) errexit = enable;
    if (letters.includes('o')) {
      const option = flags[i + 1];
      if (option === 'pipefail') pipefail = enable;
      if (option === 'errexit') errexit = enable;
      i++;
    }
  }
  return posix(errexit, pipefail, commandLine, true, os);
}

/** The runner OS of a job, from its `runs-on` labels, resolved against every matrix leg. */
export function runnerOs(job: Job | undefined): RunnerOs {
  if (!job?.runsOn) return 'unknown';
  // Every step of a job asks; rendering runs-on for each matrix leg once per job is enough.
  let os = RUNNER_OS.get(job);
  if (os === undefined) {
    os = runnerOsOfLegs(job, job.runsOn);
    RUNNER_OS.set(job, os);
  }
  return os;
}

const RUNNER_OS = new WeakMap<Job, RunnerOs>();

function runnerOsOfLegs(job: Job, runsOn: NonNullable<Job['runsOn']>): RunnerOs {
  const legs = job.matrix?.legs ?? [undefined];
  const found = new Set<RunnerOs>();
  for (const leg of legs) {
    const rendered = renderValue(runsOn.value, leg ? { matrix: leg } : {});
    const labels = labelsOf(rendered);
    if (labels === undefined) return 'unknown';
    found.add(osOfLabels(labels));
  }
  return found.size === 1 ? [...found][0]! : 'unknown';
}

function labelsOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.includes('${{') ? undefined : [value];
  if (Array.isArray(value)) {
    const rendered = value.map((item) => (typeof item === 'string' && !item.includes('${{') ? item : undefined));
    return rendered.every((item) => item !== undefined) ? (rendered as string[]) : undefined;
  }
  if (value && typeof value === 'object' && 'labels' in value) return labelsOf((value as { labels: unknown }).labels);
  return undefined;
}

function osOfLabels(labels: string[]): RunnerOs {
  const text = labels.join(' ').toLowerCase();
  if (/windows|\bwin\b|win\d/.test(text)) return 'windows';
  if (/macos|\bmac\b|osx|darwin/.test(text)) return 'macos';
  if (/ubuntu|linux|debian|fedora|centos|rhel|alpine|arm64|x64|self-hosted/.test(text)) return 'linux';
  return 'unknown';
}

/** The shell a named `shell:` value stands for (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#defaultsrunshell). */
function namedShell(name: string, os: RunnerOs): EffectiveShell | undefined {
  switch (name) {
    case 'bash':
      return posix(true, true, 'bash (--noprofile --norc -eo pipefail)', true, os);
    case 'sh':
      return posix(true, false, 'sh (-e)', true, os);
    case 'pwsh':
    case 'powershell':
      return { language: 'pwsh', errexit: undefined, pipefail: undefined, description: name, explicit: true, os };
    case 'cmd':
      return { language: 'cmd', errexit: undefined, pipefail: undefined, description: 'cmd', explicit: true, os };
    case 'python':
      return { language: 'python', errexit: undefined, pipefail: undefined, description: 'python', explicit: true, os };
    default:
      return undefined;
  }
}

/**
 * The shell a `run:` step really gets: its own `shell:`, else the job's and then the workflow's
 * `defaults.run.shell` (composite-action steps inherit neither), else the runner default — `bash -e`
 * without pipefail on Linux and macOS, `sh -e` inside a job container, PowerShell on Windows.
 */
export function resolveEffectiveShell(step: Step, job: Job | undefined, file: Analysable): EffectiveShell {
  const os = runnerOs(job);
  const declared = step.shell?.value ?? (file.kind === 'workflow' ? (job?.defaultShell?.value ?? file.defaultShell?.value) : undefined);
  if (declared !== undefined) {
    const name = declared.trim();
    if (name.includes('${{'))
      return { language: 'unknown', errexit: undefined, pipefail: undefined, description: name, explicit: true, os };
    return namedShell(name, os) ?? parseCustomShell(name, os);
  }
  if (os === 'windows')
    return { language: 'pwsh', errexit: undefined, pipefail: undefined, description: 'pwsh (Windows default)', explicit: false, os };
  if (job?.container) return posix(true, false, 'sh -e (job container default)', false, os);
  return posix(true, false, 'bash -e (runner default, no pipefail)', false, os);
}
