/**
 * The parts of GitHub's REST responses the evidence reads, with GitHub's field names
 * (https://docs.github.com/en/rest/actions/workflow-runs, …/workflow-jobs, …/checks/runs#list-check-run-annotations).
 */
export interface ApiRun {
  id: number;
  html_url: string;
  conclusion: string | null;
  created_at: string;
  head_branch?: string | null;
  event?: string;
}

export interface ApiStep {
  name: string;
  number: number;
  status: string;
  conclusion: string | null;
}

export interface ApiJob {
  id: number;
  run_id: number;
  name: string;
  status: string;
  conclusion: string | null;
  steps?: ApiStep[];
}

export interface ApiAnnotation {
  annotation_level: string | null;
  message: string | null;
  path?: string;
  title?: string | null;
}

/** What was read of one completed run; what was not read (budget, an error) is absent. */
export interface RunObservation {
  run: ApiRun;
  jobs?: ApiJob[];
  /** Failure-level annotations by job id, for the jobs they were read for. */
  annotations: Map<number, ApiAnnotation[]>;
  /** Job logs by job id, for the jobs they were read for. */
  logs: Map<number, string>;
}

export interface WorkflowObservation {
  /** The workflow file, as findings name it. */
  file: string;
  runs: RunObservation[];
}
