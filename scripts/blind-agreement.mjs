#!/usr/bin/env node
// How much blind reviewers agree with one another, and the tool with them, on the same findings
// (docs/accuracy.md). Every folder of docs/accuracy/ holds a key (scripts/blind-sample.mjs) and one
// reviewer's verdicts per part (two for Part A where verdicts-A2.tsv exists); samples overlap, so a finding (file, line, rule) is often judged by
// several reviewers who never saw each other's verdicts. For the findings judged in two folders or
// more it reports:
//   - reviewers with one another: the share of pairs of verdicts on the same finding that name the
//     same severity (each finding weighs one), and how often a verdict equals the most common of the
//     other verdicts on that finding (leave one out) — the best any fixed severity could score;
//   - the tool with each verdict on the same findings, from a report (--report) or the keys.
// A severity agreement goal above what reviewers reach with one another cannot be met by any tool.
//
//   node scripts/blind-agreement.mjs [--report FILE] [--dir docs/accuracy]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { report: { type: 'string' }, dir: { type: 'string', default: path.join(ROOT, 'docs', 'accuracy') } },
});

const tsv = (file) => {
  if (!existsSync(file)) return new Map();
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split('\t');
  return new Map(
    rows.map((row) => {
      const cells = row.split('\t');
      return [cells[0], Object.fromEntries(cols.map((c, i) => [c, cells[i]?.trim()]))];
    }),
  );
};

/** Finding key → [{ folder, verdict, tool }]: Part A items only (findings the tool reported). */
const judged = new Map();
for (const folder of readdirSync(values.dir).sort()) {
  const keyFile = path.join(values.dir, folder, 'key.json');
  if (!existsSync(keyFile)) continue;
  const key = JSON.parse(readFileSync(keyFile, 'utf8'));
  const items = Array.isArray(key) ? key : (key.findings ?? []);
  // verdicts-A.tsv, and verdicts-A2.tsv where a second reviewer judged the same sheet.
  for (const [reviewer, name] of [
    [folder, 'verdicts-A.tsv'],
    [`${folder}#2`, 'verdicts-A2.tsv'],
  ]) {
    const verdicts = tsv(path.join(values.dir, folder, name));
    for (const item of items) {
      const verdict = verdicts.get(item.id)?.severity?.toLowerCase();
      if (!verdict || !item.ruleId) continue;
      const id = `${item.file}:${item.line}:${item.ruleId}`;
      const list = judged.get(id) ?? [];
      list.push({ folder: reviewer, verdict, tool: item.severity });
      judged.set(id, list);
    }
  }
}

let current;
if (values.report) {
  const report = JSON.parse(readFileSync(values.report, 'utf8'));
  const bySite = new Map(report.findings.map((f) => [`${f.file}:${f.line}:${f.ruleId}`, f.severity]));
  current = (id) => bySite.get(id) ?? 'none';
}

const pairs = (list) => list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b]));
let findings = 0;
let pairShare = 0;
let verdicts = 0;
let modalHits = 0;
let toolHits = 0;
const disagreements = new Map();
for (const [id, all] of judged) {
  // One verdict per folder (a folder judges a finding once).
  const list = [...new Map(all.map((v) => [v.folder, v])).values()];
  if (list.length < 2) continue;
  findings++;
  const ps = pairs(list);
  pairShare += ps.filter(([a, b]) => a.verdict === b.verdict).length / ps.length;
  for (const [a, b] of ps) {
    if (a.verdict === b.verdict) continue;
    const name = [a.verdict, b.verdict].sort().join(' / ');
    disagreements.set(name, (disagreements.get(name) ?? 0) + 1);
  }
  list.forEach((v, i) => {
    const counts = new Map();
    list.forEach((o, j) => j !== i && counts.set(o.verdict, (counts.get(o.verdict) ?? 0) + 1));
    const top = Math.max(...counts.values());
    const modes = [...counts].filter(([, n]) => n === top).map(([s]) => s);
    verdicts++;
    if (modes.includes(v.verdict)) modalHits += 1 / modes.length;
    const tool = current ? current(id) : v.tool;
    if (tool === v.verdict) toolHits++;
  });
}

const pct = (x) => `${Math.round(100 * x)} %`;
const lines = [
  `Findings judged by two reviewers or more: ${findings} (${verdicts} verdicts)`,
  `Reviewers with one another, same severity: ${pct(pairShare / findings)} of pairs (each finding weighs one)`,
  `A verdict equal to the most common other verdict (leave one out): ${pct(modalHits / verdicts)}`,
  `The tool (${values.report ? path.basename(values.report) : 'as sampled'}) equal to a verdict: ${toolHits}/${verdicts} (${pct(toolHits / verdicts)})`,
  `Disagreeing pairs: ${[...disagreements]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
