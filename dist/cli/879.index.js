export const id = 879;
export const ids = [879];
export const modules = {

/***/ 6879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QF: () => (/* binding */ downloadRedirected),
/* harmony export */   RequestBudget: () => (/* binding */ RequestBudget),
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   apiClient: () => (/* binding */ apiClient),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   ko: () => (/* binding */ eachLimited),
/* harmony export */   nG: () => (/* binding */ httpStatus),
/* harmony export */   tp: () => (/* binding */ API_CONCURRENCY)
/* harmony export */ });
/* unused harmony export BudgetExhausted */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/** The API base URL: `GITHUB_API_URL` (GitHub Enterprise Server, a local test server), else github.com's. */
const apiBaseUrl = () => (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
/** Refused before it is sent: the request budget is spent. */
class BudgetExhausted extends Error {
    constructor(max) {
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
class RequestBudget {
    max;
    used = 0;
    reserved = 0;
    constructor(max) {
        this.max = max;
    }
    reserve(requests = 1) {
        if (this.used + this.reserved + requests > this.max)
            return false;
        this.reserved += requests;
        return true;
    }
    /** Gives back a reservation that was not needed (a log served without a redirect). */
    release(requests = 1) {
        this.reserved = Math.max(0, this.reserved - requests);
    }
    spend() {
        if (this.reserved > 0)
            this.reserved--;
        else if (this.used + this.reserved >= this.max)
            throw new BudgetExhausted(this.max);
        this.used++;
    }
}
/**
 * The REST client: every request bounded by the network timeout, retried with backoff on 5xx and
 * network errors (twice), and on primary or secondary rate limits after the Retry-After GitHub
 * sends, once, when that is at most a minute away (@octokit/plugin-retry, @octokit/plugin-throttling).
 * The token goes only to `baseUrl`: Octokit resolves every route against it, a redirect to another
 * origin is followed without it, and a job log's redirect is downloaded apart (`downloadRedirected`).
 */
function apiClient(token, options) {
    const { timeoutMs, log, budget } = options;
    const waitOnce = (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount === 0 && retryAfter <= 60 && (budget?.reserve() ?? true);
        log(`${request.method ?? 'GET'} ${request.url ?? ''} was rate limited; ${again ? `retrying in ${retryAfter} s` : 'giving up'}.`);
        return again;
    };
    const timedFetch = async (url, init) => {
        // Redirects are followed here, not by fetch, so that the token never follows one to another origin.
        let target = new URL(url);
        let headers = init.headers;
        for (let hop = 0;; hop++) {
            budget?.spend();
            const response = await fetch(target, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
            const location = response.headers.get('location');
            if (init.redirect === 'manual' || response.status < 300 || response.status >= 400 || !location || hop === 3)
                return response;
            const next = new URL(location, target);
            if (next.origin !== target.origin)
                headers = withoutAuthorization(headers);
            target = next;
        }
    };
    return _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q(token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        request: { fetch: timedFetch },
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: { onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/** Request headers without the token, for a redirect to another origin. */
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries((headers ?? {})).filter(([name]) => name.toLowerCase() !== 'authorization'));
}
/** What went wrong with a request, as what it is: an HTTP status the server sent, or a network error (no response at all). */
const statusOf = (error) => {
    const { status, response, name } = error;
    if (typeof status === 'number' && response !== undefined)
        return `HTTP ${status}`;
    const cause = error.cause;
    if (cause?.name === 'BudgetExhausted' || name === 'BudgetExhausted')
        return cause?.message ?? error.message;
    // Octokit reports a request that got no response as an HttpError with status 500: it is not one.
    if (name !== 'HttpError')
        return error.message ?? String(error);
    const what = cause?.name === 'TimeoutError' || /aborted|timeout/i.test(error.message)
        ? 'no answer within the network timeout'
        : (error.message ?? String(error));
    return `network error: ${what}${cause?.message && !what.includes(cause.message) ? ` (${cause.message})` : ''}`;
};
/** The HTTP status of a failed request, or undefined when no response came. */
const httpStatus = (error) => {
    const { status, response } = error;
    return typeof status === 'number' && response !== undefined ? status : undefined;
};
/**
 * GETs an API route that answers with a redirect (a job's log: 302 to a short-lived storage URL on
 * another host) and downloads the target without the token: the Authorization header is for the
 * API host only. Reads at most `maxBytes`; returns undefined when the budget cannot pay for both
 * requests.
 */
async function downloadRedirected(client, route, parameters, options) {
    if (options.budget && !options.budget.reserve(2))
        return undefined;
    const response = await client.request(route, { ...parameters, request: { redirect: 'manual' } });
    if (response.status >= 200 && response.status < 300) {
        options.budget?.release();
        return typeof response.data === 'string' ? response.data : undefined;
    }
    const location = response.headers.location;
    if (!location)
        throw new Error(`${route} answered ${response.status} without a Location`);
    options.budget?.spend();
    const target = await fetch(new URL(location, apiBaseUrl()), { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'follow' });
    if (!target.ok)
        throw new Error(`the log download answered HTTP ${target.status}`);
    return readAtMost(target, options.maxBytes);
}
async function readAtMost(response, maxBytes) {
    if (!response.body)
        return '';
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        chunks.push(Buffer.from(chunk));
        size += chunk.byteLength;
        if (size >= maxBytes)
            break;
    }
    return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
/** Requests in flight at once: polite to the API, and enough to read 20 runs of a few workflows in seconds. */
const API_CONCURRENCY = 4;
/** Runs `work` over `items`, at most `limit` at a time, started in order. */
async function eachLimited(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}


/***/ })

};
