import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/**
 * The one REST client of the Action and the CLI. This module only builds an Octokit (through
 * @actions/github's factory, which adds the REST methods and pagination); the Action's inputs,
 * outputs and context stay in main.ts.
 */
export type ApiClient = ReturnType<typeof github.getOctokit>;

/** The API base URL: `GITHUB_API_URL` (GitHub Enterprise Server, a local test server), else github.com's. */
export const apiBaseUrl = (): string => (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');

/** Refused before it is sent: the request budget is spent. */
export class BudgetExhausted extends Error {
  constructor(max: number) {
    super(`the request budget (${max}) is spent`);
    this.name = 'BudgetExhausted';
  }
}

/**
 * How many HTTP requests may be sent in all, retries and redirects included. Callers `reserve` a
 * call's requests before making it — synchronously, so that concurrent callers cannot both take
 * the last one — and stop when it says no; each request sent spends a reservation, or else what is
 * left (a retry). The client refuses any request past the budget, so the server never sees more
 * than `max`.
 */
export class RequestBudget {
  used = 0;
  private reserved = 0;
  constructor(readonly max: number) {}
  reserve(requests = 1): boolean {
    if (this.used + this.reserved + requests > this.max) return false;
    this.reserved += requests;
    return true;
  }
  /** Gives back a reservation that was not needed (a log served without a redirect). */
  release(requests = 1): void {
    this.reserved = Math.max(0, this.reserved - requests);
  }
  spend(): void {
    if (this.reserved > 0) this.reserved--;
    else if (this.used + this.reserved >= this.max) throw new BudgetExhausted(this.max);
    this.used++;
  }
}

export interface ApiClientOptions {
  /** Milliseconds one HTTP request may take before it is abandoned. */
  timeoutMs: number;
  /** Where rate-limit waits are reported. */
  log: (message: string) => void;
  baseUrl?: string;
  budget?: RequestBudget;
}

/**
 * The REST client: every request bounded by the network timeout, retried with backoff on 5xx and
 * network errors (twice), and on primary or secondary rate limits after the Retry-After GitHub
 * sends, once, when that is at most a minute away (@octokit/plugin-retry, @octokit/plugin-throttling).
 * The token goes only to `baseUrl`: Octokit resolves every route against it, a redirect to another
 * origin is followed without it, and a job log's redirect is downloaded apart (`downloadRedirected`).
 */
export function apiClient(token: string, options: ApiClientOptions): ApiClient {
  const { timeoutMs, log, budget } = options;
  const waitOnce = (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
    const again = retryCount === 0 && retryAfter <= 60 && (budget?.reserve() ?? true);
    log(`${request.method ?? 'GET'} ${request.url ?? ''} was rate limited; ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`);
    return again;
  };
  const timedFetch = async (url: string, init: RequestInit): Promise<Response> => {
    // Redirects are followed here, not by fetch, so that the token never follows one to another origin.
    let target = new URL(url);
    let headers = init.headers;
    for (let hop = 0; ; hop++) {
      budget?.spend();
      const response = await fetch(target, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
      const location = response.headers.get('location');
      if (init.redirect === 'manual' || response.status < 300 || response.status >= 400 || !location || hop === 3) return response;
      const next = new URL(location, target);
      if (next.origin !== target.origin) headers = withoutAuthorization(headers);
      target = next;
    }
  };
  return github.getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: { fetch: timedFetch },
      retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: { onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
    },
    retry,
    throttling,
  );
}

/** Request headers without the token, for a redirect to another origin. */
function withoutAuthorization(headers: RequestInit['headers']): Record<string, string> {
  return Object.fromEntries(
    Object.entries((headers ?? {}) as Record<string, string>).filter(([name]) => name.toLowerCase() !== 'authorization'),
  );
}

/** What went wrong with a request, as what it is: an HTTP status the server sent, or a network error (no response at all). */
export const statusOf = (error: unknown): string => {
  const { status, response, name } = error as { status?: unknown; response?: unknown; name?: string };
  if (typeof status === 'number' && response !== undefined) return `HTTP ${status}`;
  const cause = (error as { cause?: { message?: string; name?: string } }).cause;
  if (cause?.name === 'BudgetExhausted' || name === 'BudgetExhausted') return cause?.message ?? (error as Error).message;
  // Octokit reports a request that got no response as an HttpError with status 500: it is not one.
  if (name !== 'HttpError') return (error as Error).message ?? String(error);
  const what =
    cause?.name === 'TimeoutError' || /aborted|timeout/i.test((error as Error).message)
      ? 'no answer within the network timeout'
      : ((error as Error).message ?? String(error));
  return `network error: ${what}${cause?.message && !what.includes(cause.message) ? ` (${cause.message})` : ''}`;
};

/** The HTTP status of a failed request, or undefined when no response came. */
export const httpStatus = (error: unknown): number | undefined => {
  const { status, response } = error as { status?: unknown; response?: unknown };
  return typeof status === 'number' && response !== undefined ? status : undefined;
};

/**
 * GETs an API route that answers with a redirect (a job's log: 302 to a short-lived storage URL on
 * another host) and downloads the target without the token: the Authorization header is for the
 * API host only. Reads at most `maxBytes`; returns undefined when the budget cannot pay for both
 * requests.
 */
export async function downloadRedirected(
  client: ApiClient,
  route: string,
  parameters: Record<string, string | number>,
  options: { timeoutMs: number; budget?: RequestBudget; maxBytes: number },
): Promise<string | undefined> {
  if (options.budget && !options.budget.reserve(2)) return undefined;
  const response = await client.request(route, { ...parameters, request: { redirect: 'manual' } });
  if (response.status >= 200 && response.status < 300) {
    options.budget?.release();
    return typeof response.data === 'string' ? response.data : undefined;
  }
  const location = (response.headers as Record<string, string | undefined>).location;
  if (!location) throw new Error(`${route} answered ${response.status} without a Location`);
  options.budget?.spend();
  const target = await fetch(new URL(location, apiBaseUrl()), { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
  if (!target.ok) throw new Error(`the log download answered HTTP ${target.status}`);
  return readAtMost(target, options.maxBytes);
}

async function readAtMost(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(Buffer.from(chunk));
    size += chunk.byteLength;
    if (size >= maxBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}

/** Requests in flight at once: polite to the API, and enough to read 20 runs of a few workflows in seconds. */
export const API_CONCURRENCY = 4;

/** Runs `work` over `items`, at most `limit` at a time, started in order. */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
