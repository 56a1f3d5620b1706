import { RUNTIME_VALUE } from './expression.js';

/** GitHub refuses a matrix with more than 256 jobs, so larger expansions are not worth computing. */
const MAX_LEGS = 256;

type Leg = Record<string, unknown>;

const isRecord = (value: unknown): value is Leg => typeof value === 'object' && value !== null && !Array.isArray(value);
const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isExpression = (value: unknown): boolean => typeof value === 'string' && value.includes('${{');

/**
 * Expands `strategy.matrix` into its legs following GitHub's rules for `exclude` and `include`
 * (https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/run-job-variations):
 * an include entry is merged into every leg whose original dimension values it does not overwrite,
 * and becomes a leg of its own when it matches none. Returns undefined when the matrix is computed
 * at run time (an expression anywhere in its shape) or too large to be a real matrix.
 */
export function expandMatrix(matrix: unknown): Leg[] | undefined {
  if (!isRecord(matrix)) return undefined;
  const dimensions: Array<[string, unknown[]]> = [];
  let include: unknown[] = [];
  let exclude: unknown[] = [];
  for (const [key, value] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') {
      if (!Array.isArray(value)) return undefined;
      if (key === 'include') include = value;
      else exclude = value;
      continue;
    }
    if (!Array.isArray(value)) return undefined;
    if (value.some(isExpression)) return undefined;
    dimensions.push([key, value]);
  }
  const dimensionKeys = new Set(dimensions.map(([key]) => key));
  // An expression in an exclude entry, or in an include entry's dimension value, decides which legs
  // exist: only known at run time. One in an include entry's own key (`runs-on: "x=${{ github.run_id }}"`)
  // is a run-time value on that leg alone.
  if (exclude.some((entry) => !isRecord(entry) || Object.values(entry).some(isExpression))) return undefined;
  if (include.some((entry) => !isRecord(entry) || Object.entries(entry).some(([k, v]) => dimensionKeys.has(k) && isExpression(v)))) {
    return undefined;
  }
  include = (include as Leg[]).map((entry) =>
    Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, isExpression(v) ? RUNTIME_VALUE : v])),
  );

  let legs: Leg[] = dimensions.length > 0 ? [{}] : [];
  for (const [key, values] of dimensions) {
    const next: Leg[] = [];
    for (const leg of legs) for (const value of values) next.push({ ...leg, [key]: value });
    if (next.length > MAX_LEGS) return undefined;
    legs = next;
  }
  legs = legs.filter((leg) => !exclude.some((entry) => Object.entries(entry as Leg).every(([k, v]) => sameValue(leg[k], v))));

  const originalCount = legs.length;
  for (const entry of include as Leg[]) {
    let merged = false;
    for (let i = 0; i < originalCount; i++) {
      const leg = legs[i]!;
      const compatible = Object.entries(entry).every(([k, v]) => !dimensionKeys.has(k) || sameValue(leg[k], v));
      if (compatible) {
        Object.assign(leg, entry);
        merged = true;
      }
    }
    if (!merged) legs.push({ ...entry });
  }
  return legs.length === 0 || legs.length > MAX_LEGS ? undefined : legs;
}
