export const id = 285;
export const ids = [285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatMarkdown: () => (/* binding */ formatMarkdown)
/* harmony export */ });
/* harmony import */ var _inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(556);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3182);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4031);
/* harmony import */ var _arrays_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(273);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3877);






/** GitHub rejects a job summary over 1 MiB; stop adding rows well before that. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Adds a row to `lines` when the summary's budget still has room for it; counts it either way. */
function fits(budget, row, lines) {
    budget.used += Buffer.byteLength(row) + 1;
    if (budget.used > SUMMARY_BUDGET_BYTES)
        return false;
    lines.push(row);
    return true;
}
/** A link longer than this (a file name thousands of characters long) is shown as plain text. */
const MAX_LINK_BYTES = 2048;
const SEVERITY_BADGE = { high: '🔴 high', medium: '🟠 medium', low: '🔵 low', info: '⚪ info' };
function location(finding, linkBase, label = `${finding.file}:${finding.line}`) {
    const text = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(label);
    if (!linkBase)
        return text;
    const url = `${linkBase}/${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(finding.file)}#L${finding.line}`;
    return url.length > MAX_LINK_BYTES ? text : `[${text}](${url})`;
}
/** Most severe first, then by place: the order of a risk register. */
const bySeverity = (a, b) => (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(b.severity) - (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_2__/* .severityRank */ .qs)(a.severity) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
const SIGNAL_BADGE = {
    Strong: '🟢 Strong',
    Weak: '🟡 Weak',
    Cosmetic: '🟠 Cosmetic',
    Legacy: '⚪ Legacy',
    Disabled: '⚫ Disabled',
};
/** Which checks can be trusted: every workflow (and composite action) with its signal and why. */
function inventorySection(inventory, options, budget) {
    if (inventory.length === 0)
        return [];
    const workflows = inventory.filter((entry) => entry.kind === 'workflow');
    const counts = _inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNALS */ ._z.map((signal) => `${signal} ${workflows.filter((entry) => entry.signal === signal).length}`).join(' · ');
    const lines = [
        `${workflows.length} workflow(s): ${counts}.`,
        '',
        '| signal | workflow | runs on | jobs | findings | why |',
        '|---|---|---|---:|---:|---|',
    ];
    const order = (entry) => _inventory_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGNALS */ ._z.indexOf(entry.signal);
    const rows = [...inventory].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'workflow' ? -1 : 1) || order(b) - order(a) || (a.file < b.file ? -1 : 1));
    let shown = 0;
    for (const entry of rows) {
        const name = entry.name ? `${entry.file} (${entry.name})` : entry.file;
        const kind = entry.kind === 'action' ? 'composite action' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(entry.runsOn, 120);
        const row = `| ${SIGNAL_BADGE[entry.signal]} | ${location({ file: entry.file, line: 1 }, options.linkBase, name)} | ${kind} | ${entry.jobs.length} | ${entry.findings} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(entry.reason, 400)} |`;
        budget.used += Buffer.byteLength(row) + 1;
        if (budget.used > SUMMARY_BUDGET_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < rows.length)
        lines.push('', `…and ${rows.length - shown} more file(s).`);
    const jobs = workflows.flatMap((entry) => entry.jobs.map((job) => ({ entry, job })));
    if (jobs.length > 0 && budget.used < SUMMARY_BUDGET_BYTES) {
        lines.push('', `<details><summary>Jobs (${jobs.length})</summary>`, '', '| signal | job | workflow | required | why |', '|---|---|---|---|---|');
        for (const { entry, job } of jobs) {
            const required = job.required === null ? '' : job.required ? 'required' : 'not required';
            const label = job.name === job.id ? job.id : `${job.id} (${job.name})`;
            const row = `| ${SIGNAL_BADGE[job.signal]} | ${location({ file: entry.file, line: job.line }, options.linkBase, label)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(entry.file)} | ${required} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(job.reason, 300)} |`;
            budget.used += Buffer.byteLength(row) + 1;
            if (budget.used > SUMMARY_BUDGET_BYTES)
                break;
            lines.push(row);
        }
        lines.push('', '</details>');
    }
    return lines;
}
const ruleLink = (finding) => `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.ruleId)}](${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .DOCS_BASE */ .M0}/${encodeURIComponent(finding.ruleId)}.md)`;
function countsTable(findings) {
    const severities = [..._rules_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC].reverse();
    const rows = [`| category | ${severities.join(' | ')} |`, `|---|${severities.map(() => '---:').join('|')}|`];
    for (const category of _rules_types_js__WEBPACK_IMPORTED_MODULE_2__/* .CATEGORIES */ .R6) {
        const inCategory = findings.filter((f) => f.category === category);
        if (inCategory.length === 0)
            continue;
        rows.push(`| ${category} | ${severities.map((s) => inCategory.filter((f) => f.severity === s).length).join(' | ')} |`);
    }
    return rows;
}
/**
 * One table of findings, cut off before the summary would outgrow its budget. Three short columns,
 * so that GitHub's job-summary width does not clip them: the finding's cell holds the rule, where in
 * the workflow, the message and why it has its severity.
 */
function findingsTable(findings, options, budget) {
    const lines = ['| severity | location | finding |', '|---|---|---|'];
    let shown = 0;
    for (const finding of findings) {
        const where = [finding.job, finding.step]
            .filter((part) => part !== null)
            .map((part) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(part, 60))
            .join(' / ');
        const why = ` *(${finding.severity} because: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.severityReasons.join(' · '), 400)}; confidence ${finding.confidence})*`;
        const row = `| ${SEVERITY_BADGE[finding.severity]} | ${location(finding, options.linkBase)} | **${ruleLink(finding)}**${where ? ` · ${where}` : ''} — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.message, 500)}${why} |`;
        budget.used += Buffer.byteLength(row) + 1;
        if (budget.used > SUMMARY_BUDGET_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < findings.length) {
        lines.push('', `…and ${findings.length - shown} more finding(s), omitted to keep this summary under GitHub's 1 MiB limit; run the CLI with \`--format json\` for all of them.`);
    }
    return lines;
}
/** High and medium findings in the open; low and info collapsed under them, so what matters is seen first. */
function splitBySeverity(findings, options, budget) {
    const open = findings.filter((finding) => (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isAtLeast */ .du)(finding.severity, 'medium'));
    const minor = findings.filter((finding) => !(0,_rules_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isAtLeast */ .du)(finding.severity, 'medium'));
    const lines = open.length > 0 ? findingsTable(open, options, budget) : [];
    if (minor.length > 0) {
        if (lines.length > 0)
            lines.push('');
        lines.push(`<details><summary>Low and info (${minor.length})</summary>`, '', ...findingsTable(minor, options, budget), '', '</details>');
    }
    return lines;
}
/** Suppressed findings with where they were suppressed and why. */
function suppressedTable(findings, options, budget) {
    const lines = ['| severity | location | rule | suppressed by | reason |', '|---|---|---|---|---|'];
    let shown = 0;
    for (const finding of findings) {
        const by = finding.suppression?.kind === 'config' ? 'config allow' : 'inline comment';
        const reason = finding.suppression?.reason ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(finding.suppression.reason, 300) : '*(no reason given)*';
        const row = `| ${SEVERITY_BADGE[finding.severity]} | ${location(finding, options.linkBase)} | ${ruleLink(finding)} | ${by} | ${reason} |`;
        budget.used += Buffer.byteLength(row) + 1;
        if (budget.used > SUMMARY_BUDGET_BYTES)
            break;
        lines.push(row);
        shown++;
    }
    if (shown < findings.length)
        lines.push('', `…and ${findings.length - shown} more suppressed finding(s).`);
    return lines;
}
/** What the runs saw fail, first of all: the findings that are failing silently on the default branch now. */
function failingSection(result, options) {
    const failing = (0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .failingNow */ .zn)(result);
    if (failing.length === 0)
        return [];
    const branch = result.evidence?.branch;
    const lines = [
        `### Failing silently right now (${failing.length})`,
        '',
        `What the last runs${branch ? ` on \`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(branch, 100)}\`` : ''} show: these failed and the run still passed.`,
        '',
        '| severity | location | finding | failed in | last failure |',
        '|---|---|---|---:|---|',
    ];
    for (const finding of failing.slice(0, 50)) {
        const evidence = finding.evidence;
        const url = evidence.lastFailure?.url ?? '';
        const at = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(evidence.lastFailure?.at ?? '—', 40);
        const last = /^https?:\/\/[^\s<>"]+$/.test(url) ? `[${at}](${url.replace(/[()]/g, encodeURIComponent)})` : at;
        const where = [finding.job, finding.step]
            .filter((part) => part !== null)
            .map((part) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(part, 60))
            .join(' / ');
        lines.push(`| ${SEVERITY_BADGE[finding.severity]} | ${location(finding, options.linkBase)} | **${ruleLink(finding)}**${where ? ` · ${where}` : ''} | ${evidence.failures} of ${evidence.runs} | ${last} |`);
    }
    if (failing.length > 50)
        lines.push('', `…and ${failing.length - 50} more; all are in the table below.`);
    lines.push('');
    return lines;
}
/**
 * The job summary / `--format markdown`: counts by category and severity, then one row per finding.
 * When a baseline or the pull request's base says some findings were already there, the new ones
 * come first and the rest are collapsed under them.
 */
function formatMarkdown(result, options) {
    const active = result.findings.filter((f) => !f.suppressed).sort(bySeverity);
    const fresh = active.filter((f) => f.new);
    const known = active.filter((f) => !f.new);
    const lines = [`## ${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_NAME */ .lH}`, ''];
    (0,_arrays_js__WEBPACK_IMPORTED_MODULE_5__/* .pushAll */ .i)(lines, failingSection(result, options));
    // Evidence that stopped short says so before any verdict: a quiet table may only mean unread runs.
    if (result.evidence?.partial)
        lines.push('> [!NOTE]', `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceStatus */ .wM)(result), 1000)}`, '');
    for (const warning of options.warnings ?? [])
        lines.push(`> [!WARNING]`, `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(warning, 1000)}`, '');
    const verdict = options.failOn === 'none'
        ? `✅ Nothing blocks this check (\`fail-on: none\`).`
        : options.blocking > 0
            ? `❌ **${options.blocking}${options.compared === false ? '' : ' new'} finding(s) at or above \`${options.failOn}\`** block this check.`
            : `✅ No${options.compared === false ? '' : ' new'} finding at or above \`${options.failOn}\`.`;
    const split = known.length > 0 ? ` (${fresh.length} new, ${known.length} already present)` : '';
    lines.push(`${verdict} ${active.length} finding(s) in ${result.filesScanned} file(s)${split}.`, '');
    // Every row below counts against one budget, so that the whole summary stays under GitHub's limit.
    const budget = { used: Buffer.byteLength(lines.join('\n')) };
    if (result.errors.length > 0) {
        // First: a file that could not be read or analysed fails the check, and nothing in it was checked.
        lines.push(`### Files that could not be read or analysed (${result.errors.length})`, '');
        let shown = 0;
        for (const error of result.errors) {
            if (shown === 100 || !fits(budget, `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(error.file)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(error.message)}`, lines))
                break;
            shown++;
        }
        if (shown < result.errors.length)
            lines.push(`- …and ${result.errors.length - shown} more; the JSON report lists them all.`);
        lines.push('');
    }
    const hidden = result.hiddenByChange ?? [];
    if (hidden.length > 0) {
        lines.push(`### Hidden by this change (${hidden.length})`, '', 'New findings that a suppression, ignore, allow entry or `rules: off` added by this change keeps quiet:', '', '| severity | location | rule | hidden by | reason given |', '|---|---|---|---|---|');
        let shown = 0;
        for (const { finding, how, reason } of hidden) {
            const row = `| ${SEVERITY_BADGE[finding.severity]} | ${location(finding, options.linkBase)} | ${ruleLink(finding)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(how)} | ${reason ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(reason, 200) : '—'} |`;
            if (shown === 100 || !fits(budget, row, lines))
                break;
            shown++;
        }
        if (shown < hidden.length)
            lines.push('', `…and ${hidden.length - shown} more; the JSON report lists them all (\`hiddenByChange\`).`);
        lines.push('');
    }
    const counted = lines.length;
    if (active.length > 0)
        lines.push('### Findings by category', '', ...countsTable(active), '');
    if (options.notAnnotated) {
        lines.push(`> ${options.notAnnotated} finding(s) are not annotated on the diff: GitHub shows at most 10 annotations of each level per step. All are listed below.`, '');
    }
    budget.used += Buffer.byteLength(lines.slice(counted).join('\n')) + 1;
    if (known.length === 0) {
        if (active.length > 0)
            lines.push('### Risk register', '', ...splitBySeverity(active, options, budget));
    }
    else {
        lines.push('### New in this change', '');
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_5__/* .pushAll */ .i)(lines, fresh.length > 0 ? splitBySeverity(fresh, options, budget) : ['None.']);
        lines.push('', `<details><summary>Already present before this change (${known.length})</summary>`, '');
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_5__/* .pushAll */ .i)(lines, findingsTable(known, options, budget)).push('', '</details>');
    }
    if (result.inventory.length > 0) {
        const section = inventorySection(result.inventory, options, budget);
        lines.push('');
        if (options.collapseInventory)
            lines.push('<details><summary>Which checks can you trust? Workflow classification</summary>', '', ...section, '', '</details>');
        else
            lines.push('### Which checks can you trust?', '', ...section);
    }
    const suppressed = result.findings.filter((f) => f.suppressed);
    if (suppressed.length > 0) {
        lines.push('', `<details><summary>Suppressed with a reason (${suppressed.length})</summary>`, '');
        (0,_arrays_js__WEBPACK_IMPORTED_MODULE_5__/* .pushAll */ .i)(lines, suppressedTable(suppressed, options, budget)).push('', '</details>');
    }
    const status = result.evidence?.partial ? undefined : (0,_evidence_js__WEBPACK_IMPORTED_MODULE_4__/* .evidenceStatus */ .wM)(result);
    if (status)
        lines.push('', `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(status, 1000)}`);
    for (const notice of result.evidence?.notices.slice(0, 20) ?? []) {
        lines.push('', `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(notice, 500)}`);
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
