/** Runs read per workflow with --evidence, and the request budget of one run of the tool (docs/evidence.md). */
export const DEFAULT_RUNS = 20;
export const DEFAULT_MAX_REQUESTS = 300;
