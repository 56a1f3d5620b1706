#!/usr/bin/env node
// Scores a blind review (docs/accuracy.md) against what the tool said: reads the key written by
// scripts/blind-sample.mjs and the reviewer's verdicts-A.tsv / verdicts-B.tsv from the same folder.
//
//   node scripts/blind-score.mjs DIR [--report FILE]
// With --report, the tool's current findings (JSON) replace the key's, so a re-run of the tool is
// scored against the same verdicts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { report: { type: 'string' } }, allowPositionals: true });
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: node scripts/blind-score.mjs DIR [--report FILE]\n');
  process.exit(2);
}
const key = JSON.parse(readFileSync(path.join(dir, 'key.json'), 'utf8'));
const tsv = (name) => {
  const [header, ...rows] = readFileSync(path.join(dir, name), 'utf8').trim().split('\n');
  const cols = header.split('\t');
  return new Map(
    rows.map((row) => {
      const cells = row.split('\t');
      return [cells[0], Object.fromEntries(cols.map((c, i) => [c, cells[i]?.trim()]))];
    }),
  );
};
const A = tsv('verdicts-A.tsv');
const B = tsv('verdicts-B.tsv');
const RANK = { none: -1, info: 0, low: 1, medium: 2, high: 3 };
let current;
if (values.report) {
  const report = JSON.parse(readFileSync(values.report, 'utf8'));
  current = (file, line, ruleId) => report.findings.filter((f) => f.file === file && f.line === line && (!ruleId || f.ruleId === ruleId));
}
const pct = (n, d) => (d === 0 ? 'n/a' : `${Math.round((100 * n) / d)}%`);
const rows = [];
let hm = 0,
  hmReal = 0,
  right = 0,
  total = 0,
  tooHigh = 0,
  tooLow = 0,
  hmRight = 0;
for (const item of key.findings) {
  const verdict = A.get(item.id);
  if (!verdict) continue;
  const now = current ? current(item.file, item.line, item.ruleId)[0] : item;
  const severity = now ? now.severity : 'none';
  const reviewer = verdict.severity.toLowerCase();
  total++;
  if (severity === reviewer) right++;
  else if (RANK[severity] > RANK[reviewer]) tooHigh++;
  else tooLow++;
  if (severity === 'high' || severity === 'medium') {
    hm++;
    if (verdict.real.toLowerCase() === 'yes' && RANK[reviewer] >= RANK.low) hmReal++;
    if (severity === reviewer) hmRight++;
  }
  rows.push(`| ${item.id} | ${item.file}:${item.line} | ${item.ruleId} | ${severity} | ${reviewer} | ${verdict.real} |`);
}
let fn = 0;
const fnRows = [];
for (const site of key.sites) {
  const verdict = B.get(site.id);
  if (!verdict) continue;
  const reviewer = verdict.severity.toLowerCase();
  const reported = current ? current(site.file, site.line) : site.reported;
  const best = reported.reduce((max, f) => Math.max(max, RANK[f.severity]), -1);
  const label = Object.keys(RANK).find((k) => RANK[k] === best);
  if (RANK[reviewer] >= RANK.medium && best < RANK[reviewer] - 1) {
    fn++;
    fnRows.push(`${site.id} ${site.file}:${site.line} reviewer ${reviewer}, tool ${label}`);
  }
  rows.push(`| ${site.id} | ${site.file}:${site.line} | ${site.construct} | ${label} | ${reviewer} | |`);
}
console.log(
  `Part A: ${total} findings; high+medium ${hm}, judged real ${hmReal} (${pct(hmReal, hm)}), right severity ${hmRight} (${pct(hmRight, hm)})`,
);
console.log(`Part A: right severity overall ${right}/${total} (${pct(right, total)}); too high ${tooHigh}, too low ${tooLow}`);
console.log(
  `Part B: ${key.sites.length} sites; false negatives of medium or above: ${fn}${fnRows.length ? `\n  ${fnRows.join('\n  ')}` : ''}`,
);
console.log('\n| id | location | rule / construct | tool | reviewer | real |\n|---|---|---|---|---|---|');
console.log(rows.join('\n'));
