/** The repository could not be read (missing, unreachable, truncated): the audit cannot say anything, so the CLI exits 2. */
export class RemoteError extends Error {}

/** `owner/name`, the only form `--repo` takes. */
export function parseRepository(text: string): { owner: string; repo: string } | undefined {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(text);
  if (!match || match[2] === '.' || match[2] === '..') return undefined;
  return { owner: match[1]!, repo: match[2]! };
}
