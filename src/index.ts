import { preferQuickStart, serveAuditWorker } from './engine.js';
import { run } from './main.js';

// The same bundle runs in the audit's worker threads; there it only serves audit requests. A run is
// short: V8's optimising compiler costs more than it saves (src/engine.ts).
if (!serveAuditWorker()) {
  preferQuickStart();
  void run();
}
