import { serveAuditWorker } from './engine.js';
import { run } from './main.js';

// The same bundle runs in the audit's worker threads; there it only serves audit requests.
if (!serveAuditWorker()) void run();
