import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { bodies, errors, octoRepo, testJobId } from './github-api.js';

/**
 * The local test servers (github-api.ts, and the ones action.test.ts starts) stand in for GitHub's
 * REST API. Here every body they answer with is checked against the response schema of the matching
 * operation in GitHub's own REST description (@octokit/openapi, api.github.com), so a fixture cannot
 * drift into a shape GitHub never sends: a missing required field, a wrong type, a null where none
 * is allowed. No server is started and nothing is fetched.
 */

// Both are CommonJS whose module.exports is the class / plugin itself.
const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Response {
  $ref?: string;
  content?: Record<string, { schema: Json }>;
  headers?: Record<string, Json>;
}
interface Operation {
  operationId: string;
  responses: Record<string, Response>;
}
interface Description {
  info: { title: string };
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Response> };
}

const DESCRIPTION = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Description;

/**
 * OpenAPI 3.0 writes "may be null" as `nullable: true` beside the schema; JSON Schema (and so ajv)
 * writes it as a `null` type: `{type: 'string', nullable: true}` becomes `{type: ['string', 'null']}`
 * (with null added to an `enum`), and a nullable schema without a `type` (a `$ref`, an `allOf`)
 * becomes `{anyOf: [{type: 'null'}, schema]}`. Nothing else is loosened.
 */
function jsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(jsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const result: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) result[key] = jsonSchema(value);
  if (result.nullable !== true) return result;
  delete result.nullable;
  if (typeof result.type !== 'string') return { anyOf: [{ type: 'null' }, result] };
  result.type = [result.type, 'null'];
  if (Array.isArray(result.enum) && !result.enum.includes(null)) result.enum = [...result.enum, null];
  return result;
}

/** Every operation of the description by `METHOD /path` and by operationId. */
const operations = new Map<string, Operation & { route: string }>();
for (const [route, item] of Object.entries(DESCRIPTION.paths))
  for (const [method, operation] of Object.entries(item))
    if (operation && typeof operation === 'object' && 'operationId' in operation) {
      const entry = { ...operation, route: `${method.toUpperCase()} ${route}` };
      operations.set(entry.route, entry);
      operations.set(operation.operationId, entry);
    }

const operation = (route: string): Operation & { route: string } => {
  const found = operations.get(route);
  if (!found) throw new Error(`${route} is not in GitHub's REST description`);
  return found;
};

/** A documented response of an operation, `#/components/responses/...` resolved. */
function response(route: string, status: number): Response | undefined {
  const answer = operation(route).responses[String(status)];
  const ref = answer?.$ref?.match(/^#\/components\/responses\/(.+)$/)?.[1];
  return ref === undefined ? answer : DESCRIPTION.components.responses[ref];
}

/** The routes the local test servers answer. */
const ROUTES = [
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
  'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs',
  'GET /repos/{owner}/{repo}/rules/branches/{branch}',
  'GET /repos/{owner}/{repo}/branches/{branch}',
] as const;
type Route = (typeof ROUTES)[number];

const schemaKey = (route: string, status: number): string => `${operation(route).operationId.replace('/', '.')}.${status}`;

/**
 * One ajv instance over one document: the description's component schemas and the JSON body schema
 * of every documented answer of ROUTES, so `#/components/schemas/...` references resolve inside it.
 * Added once; each answer's schema is compiled on first use.
 */
const ROOT = 'https://api.github.com/openapi.json';
const responseSchemas: Record<string, Json> = {};
for (const route of ROUTES)
  for (const status of Object.keys(operation(route).responses)) {
    const schema = response(route, Number(status))?.content?.['application/json']?.schema;
    if (schema !== undefined) responseSchemas[schemaKey(route, Number(status))] = jsonSchema(schema);
  }
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isInteger(value) });
ajv.addSchema({ $id: ROOT, components: { schemas: jsonSchema(DESCRIPTION.components.schemas) }, responses: responseSchemas });

function validator(route: Route, status: number): ValidateFunction {
  const key = schemaKey(route, status);
  if (!(key in responseSchemas)) throw new Error(`${route} documents no application/json body for ${status}`);
  const compiled = ajv.getSchema(`${ROOT}#/responses/${key}`);
  if (!compiled) throw new Error(`no schema for ${key}`);
  return compiled;
}

const describeErrors = (list: ErrorObject[] | null | undefined): string[] =>
  (list ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}`.trim());

/** The schema violations of `body` as the `status` answer of `route`; empty when it is GitHub-shaped. */
function violations(route: Route, status: number, body: unknown): string[] {
  const validate = validator(route, status);
  return validate(body) ? [] : describeErrors(validate.errors);
}

/** Each endpoint a local test server answers, with every 200 body it can send. */
const runIds = bodies.runIds();
const ENDPOINTS: Array<{ route: Route; bodies: Array<[string, unknown]> }> = [
  {
    route: 'GET /repos/{owner}/{repo}',
    bodies: [['acme/widgets', bodies.repository()]],
  },
  {
    route: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    bodies: [
      ['acme/widgets', bodies.tree()],
      [
        'octo/repo base commit',
        octoRepo.tree('b'.repeat(40), [
          { path: '.github/workflows/ci.yml', sha: 'c'.repeat(40), size: 300 },
          { path: 'README.md', sha: 'd'.repeat(40), size: 9 },
        ]),
      ],
    ],
  },
  {
    route: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    bodies: [
      ...bodies.blobShas().map((sha): [string, unknown] => [`acme/widgets ${sha}`, bodies.blob(sha)]),
      ['octo/repo workflow', octoRepo.blob('c'.repeat(40), 'on: pull_request\njobs: {}\n'.repeat(10))],
    ],
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    bodies: [
      ['all runs', bodies.workflowRuns(runIds, runIds.length)],
      ['a page of two', bodies.workflowRuns(runIds.slice(0, 2), runIds.length)],
      ['no runs', bodies.workflowRuns([], 0)],
    ],
  },
  {
    route: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
    bodies: runIds.flatMap((runId) =>
      Array.from({ length: bodies.jobPages(runId) }, (_, index): [string, unknown] => [
        `run ${runId} page ${index + 1}`,
        bodies.jobs(runId, index + 1),
      ]),
    ),
  },
  {
    route: 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations',
    bodies: runIds.map((runId): [string, unknown] => [`job ${testJobId(runId)}`, bodies.annotations(testJobId(runId))]),
  },
  {
    route: 'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    bodies: [['octo/repo main (rulesets)', octoRepo.rulesets]],
  },
  {
    route: 'GET /repos/{owner}/{repo}/branches/{branch}',
    bodies: [['octo/repo main (branch protection)', octoRepo.branchProtection]],
  },
];

describe("GitHub's REST description (@octokit/openapi)", () => {
  it('is the api.github.com description', () => {
    expect(DESCRIPTION.servers).toEqual([{ url: 'https://api.github.com' }]);
    expect(operation('GET /repos/{owner}/{repo}').operationId).toBe('repos/get');
  });

  it('covers every REST route the source calls, each with a fixture checked here', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const called = new Set<string>();
    for (const file of files) {
      const source = readFileSync(path.join('src', file), 'utf8');
      // octokit.request('GET /repos/...') and the route given to requestRedirect.
      for (const match of source.matchAll(/'(GET \/repos\/[^']+)'/g)) called.add(operation(match[1]!).route);
      // octokit.rest.<scope>.<method>(...): the operationId is <scope>/<method in kebab case>.
      for (const match of source.matchAll(/\.rest\.(\w+)\.(\w+)\(/g))
        called.add(operation(`${match[1]}/${match[2]!.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`).route);
    }
    expect([...called].sort()).toEqual([...ROUTES].sort());
    // Each route has its fixtures below: the 200 bodies here, the log's redirect in its own test.
    const checked = [...ENDPOINTS.map((endpoint) => endpoint.route), 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs'];
    expect(checked.sort()).toEqual([...ROUTES].sort());
  });
});

describe('REST fixtures answer as the description says', () => {
  describe.each(ENDPOINTS.map((endpoint) => [endpoint.route, endpoint] as const))('%s', (route, endpoint) => {
    it.each(endpoint.bodies)('200 body: %s', (_, body) => {
      expect(violations(route, 200, body)).toEqual([]);
    });
  });

  it('the job log is a 302 with a Location header, as documented, and no body', () => {
    const route: Route = 'GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs';
    const documented = response(route, 302);
    expect(Object.keys(operation(route).responses)).toEqual(['302']);
    expect(Object.keys(documented?.headers ?? {})).toEqual(['Location']);
    expect(documented?.content).toBeUndefined();
    const redirect = bodies.jobLogRedirect(testJobId(105), 'http://localhost:1234');
    expect(redirect.status).toBe(302);
    expect(new URL(redirect.headers.location).href).toBe('http://localhost:1234/logs/1052?sig=short-lived');
  });

  it('error bodies are basic-error where the description documents the status', () => {
    expect(violations('GET /repos/{owner}/{repo}', 301, errors.movedPermanently)).toEqual([]);
    expect(violations('GET /repos/{owner}/{repo}', 403, errors.forbidden)).toEqual([]);
    expect(violations('GET /repos/{owner}/{repo}', 404, errors.notFound)).toEqual([]);
    expect(violations('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', 404, errors.notFound)).toEqual([]);
    expect(violations('GET /repos/{owner}/{repo}/branches/{branch}', 404, { message: 'Branch not protected' })).toEqual([]);
    // basic-error types `status` as a string: GitHub sends "403", not 403.
    expect(violations('GET /repos/{owner}/{repo}', 403, { ...errors.forbidden, status: 403 })).toEqual(['/status must be string']);
  });
});

describe('the check rejects what GitHub would never send', () => {
  const runs: Route = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';
  const jobsRoute: Route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs';
  const page = bodies.workflowRuns(runIds.slice(0, 1), 1);
  const firstRun = page.workflow_runs[0]!;
  const jobsPage = bodies.jobs(105, 1);
  const testJob = bodies.jobs(105, 1).jobs[1]!;

  /** A copy of `object` without `key`. */
  const without = <T extends object, K extends keyof T>(object: T, key: K): Omit<T, K> => {
    const copy = { ...object };
    delete copy[key];
    return copy;
  };

  it('a workflow run without html_url', () => {
    expect(violations(runs, 200, { ...page, workflow_runs: [without(firstRun, 'html_url')] })).toEqual([
      "/workflow_runs/0 must have required property 'html_url'",
    ]);
  });

  it('a workflow run whose run_number is a string, or whose head_commit lacks its author', () => {
    expect(violations(runs, 200, { ...page, workflow_runs: [{ ...firstRun, run_number: '5' }] })).toEqual([
      '/workflow_runs/0/run_number must be integer',
    ]);
    const headCommit = without(firstRun.head_commit, 'author');
    expect(violations(runs, 200, { ...page, workflow_runs: [{ ...firstRun, head_commit: headCommit }] })).toContain(
      "/workflow_runs/0/head_commit must have required property 'author'",
    );
  });

  it('a job step without conclusion; a null conclusion is what GitHub sends for a step still running, and passes', () => {
    const [first, ...rest] = testJob.steps;
    const withoutConclusion = without(first!, 'conclusion');
    expect(violations(jobsRoute, 200, { ...jobsPage, jobs: [{ ...testJob, steps: [withoutConclusion, ...rest] }] })).toEqual([
      "/jobs/0/steps/0 must have required property 'conclusion'",
    ]);
    expect(violations(jobsRoute, 200, { ...jobsPage, jobs: [{ ...testJob, steps: [{ ...first, conclusion: null }, ...rest] }] })).toEqual(
      [],
    );
    expect(violations(jobsRoute, 200, { ...jobsPage, jobs: [{ ...testJob, steps: [{ ...first, status: 'done' }, ...rest] }] })).toEqual([
      '/jobs/0/steps/0/status must be equal to one of the allowed values',
    ]);
  });

  it('an annotation without blob_href, and an empty page that is not an array', () => {
    const route: Route = 'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations';
    const [annotation] = bodies.annotations(testJobId(105));
    expect(violations(route, 200, [without(annotation!, 'blob_href')])).toEqual(["/0 must have required property 'blob_href'"]);
    expect(violations(route, 200, {})).toEqual(['(body) must be array']);
  });

  it('the hand-written shapes the fixtures had before: a rule without its policy, a branch without its commit', () => {
    // A required_status_checks rule without strict_required_status_checks_policy matches no rule of the oneOf.
    const [rule] = octoRepo.rulesets;
    const parameters = without(rule!.parameters, 'strict_required_status_checks_policy');
    expect(violations('GET /repos/{owner}/{repo}/rules/branches/{branch}', 200, [{ ...rule, parameters }])).toContain(
      "/0/parameters must have required property 'strict_required_status_checks_policy'",
    );
    expect(
      violations('GET /repos/{owner}/{repo}/branches/{branch}', 200, {
        name: 'main',
        protected: true,
        protection: { required_status_checks: { contexts: ['docs'], checks: [{ context: 'docs' }] } },
      }),
    ).toEqual(
      expect.arrayContaining([
        "(body) must have required property 'commit'",
        "(body) must have required property '_links'",
        "(body) must have required property 'protection_url'",
        "/protection/required_status_checks/checks/0 must have required property 'app_id'",
      ]),
    );
  });

  it('a blob without url and a tree entry without mode', () => {
    const blob = without(octoRepo.blob('c'.repeat(40), 'x'), 'url');
    expect(violations('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', 200, blob)).toEqual(["(body) must have required property 'url'"]);
    const tree = bodies.tree();
    expect(violations('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', 200, { ...tree, tree: [without(tree.tree[0]!, 'mode')] })).toEqual([
      "/tree/0 must have required property 'mode'",
    ]);
  });
});
