import { randomUUID } from 'node:crypto';
import { accessSync, appendFileSync, constants, existsSync, readFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's side of the Action: inputs, workflow commands (log lines, annotations), the output
 * and job summary files, and the event that started the run. It does what the calls the Action
 * makes of @actions/core and @actions/github's `context` do, byte for byte, without loading them:
 * @actions/core loads an OIDC client and with it undici, @actions/github Octokit, about a megabyte
 * of bundle that every run compiled and ran at start-up though only the REST API needs it
 * (docs/performance.md). The REST client (src/api.ts) is loaded only when a run calls the API.
 */

/** Where an annotation points (`core.AnnotationProperties`). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** An input (`INPUT_<NAME>`), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** A boolean input in YAML 1.2's core schema; throws a TypeError on anything else, as @actions/core does. */
export function getBooleanInput(name: string): boolean {
  const value = getInput(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``,
  );
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return input as string;
  return JSON.stringify(input);
}

const escapeData = (value: unknown): string => toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (value: unknown): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::command key=value,…::message`; properties with an empty value (0 and '' included) are left out. */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  let text = `::${command}`;
  const given = Object.entries(properties).filter(([, value]) => value);
  if (Object.keys(properties).length > 0) text += ` ${given.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
  process.stdout.write(`${text}::${escapeData(message)}${EOL}`);
}

function annotate(level: 'error' | 'warning' | 'notice', message: string, properties: AnnotationProperties): void {
  const command =
    Object.keys(properties).length === 0
      ? {}
      : {
          title: properties.title,
          file: properties.file,
          line: properties.startLine,
          endLine: properties.endLine,
          col: properties.startColumn,
          endColumn: properties.endColumn,
        };
  issueCommand(level, command, message);
}

export const error = (message: string, properties: AnnotationProperties = {}): void => annotate('error', message, properties);
export const warning = (message: string, properties: AnnotationProperties = {}): void => annotate('warning', message, properties);
export const notice = (message: string, properties: AnnotationProperties = {}): void => annotate('notice', message, properties);

/** A line of the log. */
export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** Fails the step (exit code 1) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Sets a step output: in the GITHUB_OUTPUT file, else as the old `set-output` command. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** The job summary (GITHUB_STEP_SUMMARY): text added, then appended to the file by `write`. */
class Summary {
  private buffer = '';
  /** The file, once checked. */
  private file: string | undefined;

  addRaw(text: string): this {
    this.buffer += text;
    return this;
  }

  private path(): string {
    if (this.file) return this.file;
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      );
    try {
      accessSync(file, constants.R_OK | constants.W_OK);
    } catch {
      throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    this.file = file;
    return file;
  }

  async write(): Promise<this> {
    // Synchronous, like every other runner file this writes: `node:fs/promises` is not loaded for one append.
    appendFileSync(this.path(), this.buffer, { encoding: 'utf8' });
    this.buffer = '';
    return this;
  }
}

export const summary = new Summary();

/** The event that started the run (`github.context` of @actions/github, for what the Action reads of it). */
class Context {
  readonly payload: Record<string, unknown> = {};
  readonly eventName = process.env.GITHUB_EVENT_NAME as string;
  readonly sha = process.env.GITHUB_SHA as string;
  readonly serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';

  constructor() {
    const file = process.env.GITHUB_EVENT_PATH;
    if (!file) return;
    if (existsSync(file)) this.payload = JSON.parse(readFileSync(file, { encoding: 'utf8' })) as Record<string, unknown>;
    else process.stdout.write(`GITHUB_EVENT_PATH ${file} does not exist${EOL}`);
  }

  /** GITHUB_REPOSITORY as owner and name, else the payload's repository; throws when neither is there. */
  get repo(): { owner: string; repo: string } {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
      return { owner: owner!, repo: repo! };
    }
    const repository = this.payload.repository as { owner: { login: string }; name: string } | undefined;
    if (repository) return { owner: repository.owner.login, repo: repository.name };
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
}

/** Read when the Action starts, as @actions/github read it. */
export const context = new Context();
