import { apiBaseUrl, apiClient, RequestBudget } from '../api.js';
import type { AuditOptions } from '../engine.js';
import { evidenceFromApi } from '../evidence/collect.js';
import { checkoutRemote } from './repository.js';
import type { RemoteCheckout } from './repository.js';

// What the Action uses of the REST client, loaded through this module too: one import, one copy of the client.
export { apiClient, RequestBudget, statusOf } from '../api.js';
export { evidenceFromApi } from '../evidence/collect.js';

/** What `--repo` and `--evidence` ask for (the CLI's options). */
export interface RemoteRequest {
  repo: { owner: string; repo: string };
  ref?: string;
  token?: string;
  /** Whether PATHs were given: then the repository is not read, only its runs. */
  pathsGiven: boolean;
  paths: string[];
  evidence: boolean;
  runs: number;
  maxRequests: number;
  networkTimeoutMs: number;
}

/**
 * The repository read through the API (no PATH), and the evidence source (--evidence). The CLI
 * loads this module, and with it the REST client (Octokit and its plugins, which double the CLI's
 * start-up time), only for --repo.
 */
export async function remoteSources(
  request: RemoteRequest,
  log: (message: string) => void,
  onCheckout: (checkout: RemoteCheckout) => void,
): Promise<{ paths: string[]; audit: Partial<AuditOptions> }> {
  const where = apiBaseUrl();
  const budget = new RequestBudget(request.maxRequests);
  // The token only ever goes to the API base URL (src/api.ts); it is never printed.
  const token = request.token ?? (process.env.GITHUB_TOKEN || process.env.GH_TOKEN || '');
  const client = apiClient(token, { timeoutMs: request.networkTimeoutMs, baseUrl: where, log, budget });
  let checkout: RemoteCheckout | undefined;
  if (!request.pathsGiven) {
    checkout = await checkoutRemote(client, { ...request.repo, ...(request.ref ? { ref: request.ref } : {}) }, budget, where);
    onCheckout(checkout);
  }
  const evidence = request.evidence
    ? evidenceFromApi({
        client,
        ...request.repo,
        ...(checkout ? { branch: checkout.defaultBranch } : {}),
        runs: request.runs,
        budget,
        timeoutMs: request.networkTimeoutMs,
        log: (message) => log(`notice: ${message}`),
      })
    : undefined;
  return {
    paths: checkout ? [checkout.directory] : request.paths,
    audit: {
      ...(checkout ? { complete: true, present: checkout.present } : {}),
      ...(evidence ? { evidence } : {}),
    },
  };
}
