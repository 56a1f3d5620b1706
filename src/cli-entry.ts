#!/usr/bin/env node
import { runCli } from './cli.js';
import { preferQuickStart, serveAuditWorker } from './engine.js';

// The same bundle runs in the audit's worker threads; there it only serves audit requests.
if (!serveAuditWorker()) startCli();

function startCli(): void {
  // A run is short: V8's optimising compiler costs more than it saves (src/engine.ts).
  preferQuickStart();
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stdout.isTTY) }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`silent-failure-audit: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
