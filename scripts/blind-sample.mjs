#!/usr/bin/env node
// Draws the samples for a blind accuracy review (docs/accuracy.md): a seeded random sample of
// findings (half of them high+medium outside PyTorch, the rest from the other severities) and a
// seeded random sample of suspicious sites in the corpus (`continue-on-error: true`, `|| true`,
// `always()`), whether or not the tool reported them.
//
// It writes two files: the reviewer's sheet (file, line and the construct only: no severity and no
// message, so the reviewer judges from the YAML) and the key (what the tool said), to compare after.
//
//   node scripts/blind-sample.mjs --seed S [--findings 50] [--sites 30] [--report FILE] [--out DIR] [CORPUS]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    findings: { type: 'string', default: '50' },
    sites: { type: 'string', default: '30' },
    report: { type: 'string' },
    out: { type: 'string', default: '/tmp/blind' },
  },
  allowPositionals: true,
});
const corpus = path.resolve(positionals[0] ?? path.join(ROOT, '..', 'shared', 'corpus'));
const seed = Number(values.seed);

const rand = mulberry32(seed);
function pick(list, n) {
  const copy = [...list];
  const out = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
}

let report;
if (values.report) report = JSON.parse(readFileSync(values.report, 'utf8'));
else {
  const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
  const run = spawnSync(process.execPath, [cli, '--format', 'json', corpus], { encoding: 'utf8', maxBuffer: 1024 ** 3 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`CLI exit ${run.status}: ${run.stderr}`);
  report = JSON.parse(run.stdout);
}
const findings = report.findings
  .filter((f) => !f.suppressed)
  .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
const isPytorch = (f) => f.file.startsWith('pytorch__pytorch/');
const highMedium = findings.filter((f) => (f.severity === 'high' || f.severity === 'medium') && !isPytorch(f));
const rest = findings.filter((f) => !(f.severity === 'high' || f.severity === 'medium'));
const half = Math.ceil(Number(values.findings) / 2);
const sampled = [...pick(highMedium, half), ...pick(rest, Number(values.findings) - half)];

// Suspicious sites: a text search is right here, it only picks places for a person to read.
const SITE = [
  ['continue-on-error', /^\s*(-\s+)?continue-on-error:\s*(true|\$\{\{)/],
  ['|| true', /\|\|\s*(true|:)\s*($|[;#)])/],
  ['always()', /\balways\(\)/],
];
function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.ya?ml$/.test(entry.name)) yield full;
  }
}
const sites = [];
for (const file of [...walk(corpus)].sort()) {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((text, i) => {
    for (const [construct, re] of SITE) if (re.test(text)) sites.push({ file: path.relative(corpus, file), line: i + 1, construct });
  });
}
const sampledSites = pick(sites, Number(values.sites));

mkdirSync(values.out, { recursive: true });
const sheet = [
  `# Blind review sheet (seed ${seed})`,
  '',
  `Corpus root: ${corpus}. For each item open the file at the line and judge from the YAML alone.`,
  '',
  '## Part A: reported constructs',
  '',
  ...sampled.map((f, i) => `A${i + 1}. ${f.file}:${f.line} — rule \`${f.ruleId}\` (category ${f.category})`),
  '',
  '## Part B: suspicious sites',
  '',
  ...sampledSites.map((s, i) => `B${i + 1}. ${s.file}:${s.line} — \`${s.construct}\``),
  '',
];
writeFileSync(path.join(values.out, 'sheet.md'), sheet.join('\n'));
const key = {
  seed,
  findings: sampled.map((f, i) => ({
    id: `A${i + 1}`,
    file: f.file,
    line: f.line,
    ruleId: f.ruleId,
    severity: f.severity,
    confidence: f.confidence,
    message: f.message,
  })),
  sites: sampledSites.map((s, i) => {
    const here = findings.filter((f) => f.file === s.file && f.line === s.line);
    return { id: `B${i + 1}`, ...s, reported: here.map((f) => ({ ruleId: f.ruleId, severity: f.severity })) };
  }),
};
writeFileSync(path.join(values.out, 'key.json'), JSON.stringify(key, null, 2));
process.stdout.write(`${sampled.length} findings, ${sampledSites.length} of ${sites.length} sites -> ${values.out}/sheet.md, key.json\n`);
