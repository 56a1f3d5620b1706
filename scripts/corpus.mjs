#!/usr/bin/env node
// Runs the CLI bundle over the shared corpora and summarizes what it finds: totals, findings per
// rule and severity, findings per repository (the corpus layout is <corpus>/<owner>__<repo>/...,
// so a finding's repository is the first segment of its path). With --sample, prints instead a
// seeded random sample of findings per rule with the source around each, for reviewing accuracy.
//
//   node scripts/corpus.mjs [CORPUS [PEERS]] [--no-peers] [--sample N] [--seed S] [--rule RULE] [--context K]
//
// Slow whole-corpus checks are scripts, not unit tests (shared/STYLE.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseScriptArgs } from './args.mjs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const SEVERITIES = ['high', 'medium', 'low', 'info'];

const USAGE = `Usage: node scripts/corpus.mjs [CORPUS [PEERS]] [options]

CORPUS defaults to ../shared/corpus and PEERS to ../shared/corpus-peers (relative to the project root).
  --no-peers       scan CORPUS only
  --sample N       print up to N findings per rule, picked with a seeded PRNG, with source context
  --seed S         the PRNG seed for --sample (default 1); the same seed picks the same findings
  --rule RULE      with --sample, only this rule (repeatable)
  --context K      with --sample, lines of source shown before and after the line (default 3)
`;

function parseArgs(argv) {
  const { values, positionals, count, fail } = parseScriptArgs('corpus', USAGE, argv, {
    'no-peers': { type: 'boolean' },
    sample: { type: 'string' },
    seed: { type: 'string' },
    rule: { type: 'string', multiple: true },
    context: { type: 'string' },
  });
  const options = {
    dirs: positionals.map((dir) => path.resolve(dir)),
    peers: !values['no-peers'],
    sample: values.sample === undefined ? null : count('sample', values.sample, 1),
    seed: values.seed === undefined ? 1 : count('seed', values.seed, 0),
    rules: values.rule ?? [],
    context: values.context === undefined ? 3 : count('context', values.context, 0),
  };
  if (options.dirs.length > 2) fail('two directories at most: CORPUS and PEERS');
  const corpus = options.dirs[0] ?? path.resolve(ROOT, '..', 'shared', 'corpus');
  const peers = options.dirs[1] ?? path.resolve(ROOT, '..', 'shared', 'corpus-peers');
  options.dirs = options.peers ? [corpus, peers] : [corpus];
  return options;
}

/** Runs the CLI on one directory; exits 2 when the CLI fails. */
function audit(dir) {
  const start = Date.now();
  const result = spawnSync(process.execPath, [CLI, '--format', 'json', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 ** 3 });
  const ms = Date.now() - start;
  // 1 only means "blocking findings"; 2 is a usage or I/O error, anything else a crash.
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    const why = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit ${result.status}`;
    process.stderr.write(`corpus: silent-failure-audit failed on ${dir} (${why})\n${result.stderr}`);
    process.exit(2);
  }
  return { dir, report: JSON.parse(result.stdout), status: result.status, ms };
}

// ---------------------------------------------------------------------------------------------
// Formatting.

const int = (n) => n.toLocaleString('en-US');

function table(header, rows, align) {
  const lines = [`| ${header.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

const repositoryOf = (file) => file.split('/')[0];

const byLocation = (a, b) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/**
 * MANIFEST.tsv, when the directory has one: directory name → file count. The corpus lists
 * `repo` (owner/name, stored as owner__name) and the peers `peer` (stored under that name).
 */
function readManifest(dir) {
  const file = path.join(dir, 'MANIFEST.tsv');
  if (!existsSync(file)) return null;
  const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  const nameColumn = columns.includes('peer') ? columns.indexOf('peer') : columns.indexOf('repo');
  const filesColumn = columns.indexOf('files');
  if (nameColumn === -1 || filesColumn === -1) return null;
  const manifest = new Map();
  for (const row of rows) {
    const cells = row.split('\t');
    manifest.set(cells[nameColumn].replace('/', '__'), Number(cells[filesColumn]));
  }
  return manifest;
}

function summary({ dir, report, status, ms }) {
  const out = [];
  const { findings, errors, inventory } = report;
  const bySeverity = (list) => SEVERITIES.map((s) => list.filter((f) => f.severity === s).length);
  const kinds = (kind) => inventory.filter((entry) => entry.kind === kind).length;
  const suppressed = findings.filter((f) => f.suppressed).length;

  out.push(`## ${dir}`, '');
  out.push(
    `- files scanned: ${int(inventory.length)} (${int(kinds('workflow'))} workflows, ${int(kinds('action'))} actions) in ${(ms / 1000).toFixed(1)} s, exit code ${status}`,
  );
  const severities = bySeverity(findings);
  out.push(
    `- findings: ${int(findings.length)} (${SEVERITIES.map((s, i) => `${s} ${severities[i]}`).join(', ')})${suppressed ? `, ${suppressed} suppressed` : ''}`,
  );
  out.push(`- errors: ${int(errors.length)}`);
  for (const error of errors.slice(0, 20)) out.push(`  - ${error.file}: ${error.message}`);
  if (errors.length > 20) out.push(`  - … and ${errors.length - 20} more`);

  // Per rule × severity.
  const rules = new Map();
  for (const finding of findings) rules.set(finding.ruleId, [...(rules.get(finding.ruleId) ?? []), finding]);
  const ruleRows = [...rules]
    .map(([rule, list]) => [rule, ...bySeverity(list), list.length])
    .sort((a, b) => b.at(-1) - a.at(-1) || (a[0] < b[0] ? -1 : 1));
  out.push('', '### Findings per rule', '');
  out.push(
    table(
      ['rule', ...SEVERITIES, 'total'],
      [
        ...ruleRows.map((row) => row.map((cell) => (typeof cell === 'number' ? int(cell) : cell))),
        ['**total**', ...severities.map(int), int(findings.length)],
      ],
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
  );

  // Per repository: every repository with a scanned file, plus any the manifest lists that had none.
  const manifest = readManifest(dir);
  const repos = new Map();
  const repo = (name) => {
    if (!repos.has(name)) repos.set(name, { files: 0, findings: 0, high: 0 });
    return repos.get(name);
  };
  for (const entry of inventory) repo(repositoryOf(entry.file)).files++;
  for (const finding of findings) {
    const entry = repo(repositoryOf(finding.file));
    entry.findings++;
    if (finding.severity === 'high') entry.high++;
  }
  for (const name of manifest?.keys() ?? []) repo(name);
  const repoRows = [...repos].sort(([a, x], [b, y]) => y.findings - x.findings || y.high - x.high || (a < b ? -1 : 1));
  out.push('', '### Findings per repository', '');
  out.push(
    table(
      ['repository', 'files', ...(manifest ? ['manifest files'] : []), 'findings', 'high'],
      repoRows.map(([name, r]) => [
        name,
        int(r.files),
        ...(manifest ? [manifest.has(name) ? int(manifest.get(name)) : '–'] : []),
        int(r.findings),
        int(r.high),
      ]),
      ['l', 'r', ...(manifest ? ['r'] : []), 'r', 'r'],
    ),
  );
  if (manifest) {
    const differing = repoRows
      .filter(([name, r]) => manifest.get(name) !== r.files)
      .map(([name, r]) => `${name} (${r.files} scanned, ${manifest.get(name) ?? 'not'} listed)`);
    out.push('');
    out.push(
      differing.length === 0
        ? '- every repository: files scanned = MANIFEST.tsv count'
        : `- files scanned ≠ MANIFEST.tsv count (the manifest may count YAML files the CLI does not audit): ${differing.join('; ')}`,
    );
  }
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Sampling: a small seeded PRNG, seeded per rule so that adding a rule or a finding of another
// rule does not change which findings a rule's sample shows.

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Up to n elements of list (sorted first, so the pick depends only on the seed and the findings). */
function pick(list, n, random) {
  const pool = [...list].sort(byLocation);
  // Partial Fisher–Yates: the first n slots end up a uniform sample without replacement.
  for (let i = 0; i < Math.min(n, pool.length); i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n).sort(byLocation);
}

function samples({ dir, report }, options) {
  const out = [`## ${dir}: up to ${options.sample} findings per rule, seed ${options.seed}`, ''];
  const sources = new Map();
  const source = (file) => {
    if (!sources.has(file)) {
      try {
        sources.set(file, readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/));
      } catch {
        sources.set(file, null);
      }
    }
    return sources.get(file);
  };
  const rules = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const wanted = options.rules.length > 0 ? options.rules : rules;
  for (const rule of wanted) {
    const all = report.findings.filter((f) => f.ruleId === rule);
    if (all.length === 0) {
      out.push(`### ${rule}: no findings`, '');
      continue;
    }
    const chosen = pick(all, options.sample, mulberry32(fnv1a(`${options.seed}:${rule}`)));
    out.push(`### ${rule} (${chosen.length} of ${all.length})`, '');
    chosen.forEach((finding, index) => {
      const where = [finding.job && `job ${finding.job}`, finding.step && `step "${finding.step}"`].filter(Boolean).join(', ');
      out.push(
        `[${index + 1}] ${finding.file}:${finding.line}:${finding.column} ${finding.severity}${finding.suppressed ? ' (suppressed)' : ''}`,
      );
      if (where) out.push(`    ${where}`);
      out.push(`    ${finding.message}`);
      const lines = source(finding.file);
      if (lines === null) out.push('    (source not readable)');
      else {
        const first = Math.max(1, finding.line - options.context);
        const last = Math.min(lines.length, finding.line + options.context);
        const width = String(last).length;
        for (let n = first; n <= last; n++) out.push(`  ${n === finding.line ? '>' : ' '} ${String(n).padStart(width)} | ${lines[n - 1]}`);
      }
      out.push('');
    });
  }
  return out.join('\n');
}

const options = parseArgs(process.argv.slice(2));
if (!existsSync(CLI)) {
  process.stderr.write(`corpus: ${path.relative(process.cwd(), CLI)} is missing: build the bundle first\n`);
  process.exit(2);
}
const missing = options.dirs.filter((dir) => !existsSync(dir) || !statSync(dir).isDirectory());
if (missing.length > 0) {
  process.stderr.write(missing.map((dir) => `corpus: directory not found: ${dir}\n`).join(''));
  process.exit(2);
}
for (const dir of options.dirs) {
  const result = audit(dir);
  process.stdout.write(`${options.sample === null ? summary(result) : samples(result, options)}\n`);
}
