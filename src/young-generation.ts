import { setFlagsFromString } from 'node:v8';

// Imported first by the entry points (never by a library user's process), so that it runs before the
// bundle's other modules are evaluated: the young generation grows 8× at a time instead of 2×. Its
// initial size (1 MB) cannot be set once the process runs, and growing from it a push of 61 files made
// 23 scavenges, each copying the same live syntax trees again; with the faster growth 12 (docs/performance.md).
setFlagsFromString('--semi-space-growth-factor=8');
