import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { API_CONCURRENCY, eachLimited, httpStatus, statusOf } from '../api.js';
import type { ApiClient, RequestBudget } from '../api.js';
import { CONFIG_FILES } from '../config.js';
import { isAuditedPath } from '../load/discover.js';

import { RemoteError } from './name.js';

export interface RemoteCheckout {
  /** A temporary directory laid out like the repository's root, holding the files to audit. */
  directory: string;
  defaultBranch: string;
  /** The ref that was read. */
  ref: string;
  /** Every audited path the tree has (`.github/` and elsewhere), so that local references resolve. */
  present: Set<string>;
}

/**
 * Reads a repository's workflows and local actions through the REST API, no clone: the repository
 * (for its default branch), one recursive tree, then the blobs of the audited files under
 * `.github/` and the config. Fails closed — an unreachable API, a missing repository or a tree
 * GitHub truncated is an error, never an empty audit.
 */
export async function checkoutRemote(
  client: ApiClient,
  target: { owner: string; repo: string; ref?: string },
  budget: RequestBudget,
  where: string,
): Promise<RemoteCheckout> {
  const { owner, repo } = target;
  const name = `${owner}/${repo}`;
  const call = async <T>(what: string, request: () => Promise<T>): Promise<T> => {
    if (!budget.reserve())
      throw new RemoteError(`the request budget (--max-requests ${budget.max}) ran out while reading ${what} of ${name}; raise it`);
    try {
      return await request();
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404)
        throw new RemoteError(`${what} of ${name} not found at ${where} (HTTP 404): check the name, and that the token can read it`);
      if (status === 401 || status === 403)
        throw new RemoteError(
          `${where} refused to show ${what} of ${name} (${statusOf(error)}): check the token (GITHUB_TOKEN, GH_TOKEN or --token)`,
        );
      throw new RemoteError(`cannot read ${what} of ${name} from ${where}: ${statusOf(error)}`);
    }
  };
  const repository = await call('the repository', () => client.rest.repos.get({ owner, repo }));
  const defaultBranch = repository.data.default_branch;
  const ref = target.ref ?? defaultBranch;
  const tree = await call(`the tree of ${ref}`, () => client.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: 'true' }));
  // GitHub cuts a recursive tree at 100,000 entries or 7 MB: then files would be missing unseen.
  if (tree.data.truncated)
    throw new RemoteError(
      `the tree of ${name} at ${ref} is too large for one API response (truncated), so it cannot be audited completely`,
    );
  // Only plain relative paths: a path with `..` or an empty segment from a hostile server must not write outside the directory.
  const blobs = tree.data.tree.filter(
    (entry): entry is typeof entry & { path: string; sha: string } =>
      entry.type === 'blob' &&
      typeof entry.path === 'string' &&
      typeof entry.sha === 'string' &&
      Boolean(entry.mode?.startsWith('100')) &&
      entry.path.split('/').every((part) => part !== '' && part !== '.' && part !== '..'),
  );
  const present = new Set(blobs.map((entry) => entry.path).filter(isAuditedPath));
  const wanted = blobs.filter(
    (entry) => entry.path.startsWith('.github/') && (isAuditedPath(entry.path) || CONFIG_FILES.includes(entry.path)),
  );
  if (budget.used + wanted.length > budget.max)
    throw new RemoteError(
      `reading the ${wanted.length} workflow, action and config files of ${name} needs ${wanted.length} requests and the budget (--max-requests ${budget.max}) has ${budget.max - budget.used} left; raise it`,
    );
  const directory = mkdtempSync(path.join(tmpdir(), 'silent-failure-audit-remote-'));
  await eachLimited(wanted, API_CONCURRENCY, async (entry) => {
    const blob = await call(entry.path, () => client.rest.git.getBlob({ owner, repo, file_sha: entry.sha }));
    const file = path.join(directory, ...entry.path.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8'));
  });
  return { directory, defaultBranch, ref, present };
}
