import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';
import type * as WorkerThreads from 'node:worker_threads';

// Node modules that most runs never use, loaded on first use instead of when the bundle starts: a push
// runs no git and starts no worker, and `node:child_process` (with the `net` and `dgram` it loads) and
// `node:worker_threads` are ~10 ms of a start-up that the push's 0.5 s goal counts (docs/performance.md).
// Node keeps each module once loaded, so asking again costs a lookup.
const require = createRequire(import.meta.url);

export const childProcess = (): typeof ChildProcess => require('node:child_process') as typeof ChildProcess;

export const workerThreads = (): typeof WorkerThreads => require('node:worker_threads') as typeof WorkerThreads;
