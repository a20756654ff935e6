// The Follow-Through dashboard's page, as a pure function of the server's followThrough/metrics answer:
// plain HTML and CSS in the theme's colours (VS Code's --vscode-* variables), no script, no external
// resource. Items link to followThrough.revealAction through command URIs. No `vscode` import, so the
// unit tests render it directly.
import type {
  ActionRef,
  MetricsResult,
  PostMortemRef,
  RateRow,
} from "../../../server/src/protocol";
import { periodSuffix } from "../../../server/src/core/metrics/period";

export interface DashboardPageOptions {
  /** A fresh random value per render: the only style element carries it, the CSP allows only it. */
  nonce: string;
  /** The workspace-relative path to show for a document URI. */
  relativePath: (uri: string) => string;
}

export const REVEAL_COMMAND = "followThrough.revealAction";

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}

/** A command URI that opens the document with the item selected. */
export function revealUri(uri: string, range?: ActionRef["range"]): string {
  const args = range === undefined ? [uri] : [uri, range];
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
}

export function percent(rate: number | null): string {
  return rate === null ? "–" : `${Math.round(rate * 100)}%`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function postMortemLabel(ref: PostMortemRef): string {
  return ref.date === null ? ref.title : `${ref.title} (${ref.date})`;
}

function owners(ref: { owners: string[] }): string {
  return ref.owners.length === 0 ? "no owner" : ref.owners.join(", ");
}

function actionLink(ref: ActionRef, options: DashboardPageOptions): string {
  const where = `${options.relativePath(ref.uri)}:${ref.range.start.line + 1}`;
  return `<a href="${escapeHtml(revealUri(ref.uri, ref.range))}" title="Reveal ${escapeHtml(where)}">${escapeHtml(ref.text || "(empty)")}</a>`;
}

function rateBar(rate: number | null): string {
  if (rate === null) return `<span class="bar empty" aria-hidden="true"></span>`;
  // A class per 5%, not a style attribute: the CSP allows the nonced stylesheet only.
  const step = Math.round(rate * 20);
  return `<span class="bar" aria-hidden="true"><span class="fill p${step}${rate < 0.5 ? " low" : ""}"></span></span>`;
}

function rateTable(caption: string, first: string, rows: RateRow[]): string {
  if (rows.length === 0) return "";
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.key)}</th><td>${row.actions}</td><td>${row.done}</td><td>${row.open}</td><td${row.overdue > 0 ? ' class="late"' : ""}>${row.overdue}</td><td>${row.deprioritizedWithReason}</td><td>${row.deprioritizedWithoutReason}</td><td class="rate"><span class="pct">${percent(row.rate)}</span>${rateBar(row.rate)}</td></tr>`,
    )
    .join("");
  return `<section><h2>${escapeHtml(caption)}</h2><table class="rates"><thead><tr><th scope="col">${escapeHtml(first)}</th><th scope="col">Actions</th><th scope="col">Done</th><th scope="col">Open</th><th scope="col">Overdue</th><th scope="col" title="Deprioritized with a reason: left out of the rate">Dropped</th><th scope="col" title="Deprioritized without a reason: counted as not done">Silent</th><th scope="col">Rate</th></tr></thead><tbody>${body}</tbody></table></section>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5rem 2rem; max-width: 72rem; }
h1 { font-size: 1.5em; font-weight: 600; margin: 1.2rem 0 0.2rem; }
h2 { font-size: 1.1em; font-weight: 600; margin: 1.8rem 0 0.6rem; border-bottom: 1px solid var(--vscode-panel-border, transparent); padding-bottom: 0.3rem; }
.subtitle, .note, .where { color: var(--vscode-descriptionForeground); }
.note { font-size: 0.9em; margin-top: 0.4rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.8rem; margin-top: 1rem; }
.card { border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); background: var(--vscode-editorWidget-background, transparent); border-radius: 4px; padding: 0.7rem 0.9rem; }
.card .value { font-size: 2em; font-weight: 600; line-height: 1.2; }
.card .label { font-weight: 600; }
.card .detail { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.card.alarm .value, .late, .verdict.alarm { color: var(--vscode-errorForeground); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.6rem 0.25rem 0; vertical-align: top; }
thead th { color: var(--vscode-descriptionForeground); font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
table.rates, table.compact { width: auto; }
table.rates th, table.rates td, table.compact th, table.compact td { padding-right: 1.4rem; }
table.rates td { text-align: right; font-variant-numeric: tabular-nums; }
.pct { display: inline-block; min-width: 2.8em; text-align: right; }
table.rates td.rate { text-align: left; white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar { display: inline-block; width: 6rem; height: 0.6rem; background: var(--vscode-editorWidget-border, var(--vscode-panel-border, rgba(128,128,128,0.3))); vertical-align: middle; margin-left: 0.3rem; border-radius: 2px; overflow: hidden; }
.bar.empty { visibility: hidden; }
.bar .fill { display: block; height: 100%; background: var(--vscode-charts-green, var(--vscode-testing-iconPassed)); }
${Array.from({ length: 21 }, (_, step) => `.bar .fill.p${step} { width: ${step * 5}%; }`).join("\n")}
.bar .fill.low { background: var(--vscode-charts-orange, var(--vscode-editorWarning-foreground)); }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
a:focus { outline: 1px solid var(--vscode-focusBorder); }
.fix { margin: 0.8rem 0 1.2rem; }
.fix .title { font-weight: 600; }
.state-open { color: var(--vscode-errorForeground); }
.state-done { color: var(--vscode-charts-green, var(--vscode-testing-iconPassed)); }
.state-deprioritized { color: var(--vscode-descriptionForeground); }
.banner { border-left: 3px solid var(--vscode-editorInfo-foreground); padding: 0.3rem 0.7rem; margin-top: 0.8rem; }
dl.definitions dt { font-weight: 600; margin-top: 0.5rem; }
dl.definitions dd { margin-left: 0; color: var(--vscode-descriptionForeground); }
`;

export function renderDashboard(metrics: MetricsResult, options: DashboardPageOptions): string {
  const { totals } = metrics;
  const csp = `default-src 'none'; style-src 'nonce-${options.nonce}'; img-src 'none'; script-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; frame-src 'none'`;
  const parts: string[] = [];
  const span = periodSuffix(metrics);
  parts.push(`<h1>Follow-through</h1>`);
  parts.push(
    `<p class="subtitle">${plural(totals.postMortems, "post-mortem")}${escapeHtml(span)} · as of ${escapeHtml(metrics.today)}${metrics.since === null ? "" : ` · dated ${escapeHtml(metrics.since)} or later`}</p>`,
  );
  if (metrics.indexing) {
    parts.push(
      `<p class="banner" role="status">Indexing the workspace's post-mortems; the numbers will grow until it finishes.</p>`,
    );
  }
  if (totals.actions === 0) {
    parts.push(
      `<p>${totals.postMortems === 0 ? "No post-mortems in this workspace yet." : "These post-mortems have no action items yet."}</p>`,
    );
    return page(csp, options.nonce, parts.join("\n"));
  }
  const counted = totals.actions - totals.deprioritizedWithReason;
  const doneAgain = metrics.repeatedFixes.filter((fix) => fix.doneThenProposedAgain).length;
  const card = (label: string, value: string, detail: string, alarm = false): string =>
    `<div class="card${alarm ? " alarm" : ""}"><div class="label">${escapeHtml(label)}</div><div class="value">${escapeHtml(value)}</div><div class="detail">${escapeHtml(detail)}</div></div>`;
  parts.push(
    `<section class="cards" aria-label="Headline numbers">${[
      card(
        "Follow-through rate",
        percent(metrics.rate),
        `${totals.done} done of ${counted} that count`,
        metrics.rate !== null && metrics.rate < 0.5,
      ),
      card("Open", String(totals.open), `${totals.openWithoutDueDate} without a due date`),
      card(
        "Overdue",
        String(totals.overdue),
        metrics.overdue.length === 0
          ? "none late"
          : `up to ${plural(metrics.overdue[0].daysLate, "day")} late`,
        totals.overdue > 0,
      ),
      card(
        "Older than 90 days",
        String(metrics.ageing.olderThan90),
        "open, counted from the post-mortem's date",
        metrics.ageing.olderThan90 > 0,
      ),
      card(
        "Weak",
        percent(metrics.weak.share),
        `${metrics.weak.weak} of ${metrics.weak.open} open actions`,
      ),
      card(
        "Closed too early",
        String(metrics.closedWithOpen.length),
        "closed with actions open",
        metrics.closedWithOpen.length > 0,
      ),
      card(
        "Repeated fixes",
        String(metrics.repeatedFixes.length),
        doneAgain === 0 ? "proposed again elsewhere" : `${doneAgain} came back after done`,
        metrics.repeatedFixes.length > 0,
      ),
    ].join("")}</section>`,
  );
  parts.push(
    `<p class="note">Follow-through rate = done ÷ (all actions − those deprioritized with a reason). A reasoned drop is a decision, so it leaves the count; a drop without a reason counts as not done (${plural(totals.deprioritizedWithoutReason, "such drop")}).</p>`,
  );

  // Repeated fixes first: the sign that a post-mortem's lesson did not land.
  parts.push(`<section><h2>Repeated fixes: the same action in two or more post-mortems</h2>`);
  if (metrics.repeatedFixes.length === 0) {
    parts.push(`<p>None found.</p>`);
  } else {
    for (const fix of metrics.repeatedFixes) {
      const firstDone = fix.items.find((item) => item.state === "done");
      const last = fix.items[fix.items.length - 1];
      let verdict: string;
      let alarm = false;
      if (fix.doneThenProposedAgain && firstDone !== undefined) {
        alarm = true;
        verdict = `Marked done in “${firstDone.postMortem.title}”${firstDone.postMortem.date === null ? "" : ` (${firstDone.postMortem.date})`}, proposed again${last.postMortem.date === null ? "" : ` on ${last.postMortem.date}`}: the fix did not hold, or did not land.`;
      } else if (fix.open > 0) {
        verdict = `${fix.open === fix.items.length ? "Never done" : `${fix.open} of ${fix.items.length} still open`}${fix.openSince === null ? "" : `, open since ${fix.openSince} (${plural(daysBetween(fix.openSince, metrics.today), "day")})`}.`;
      } else {
        verdict = "Done or dropped each time it was proposed.";
      }
      const rows = fix.items
        .map(
          (item) =>
            `<tr><td class="num">${escapeHtml(item.postMortem.date ?? "undated")}</td><td class="state-${item.state}">${item.state}</td><td>${actionLink(item, options)}</td><td>${escapeHtml(owners(item))}</td><td class="where">${escapeHtml(item.postMortem.title)}</td></tr>`,
        )
        .join("");
      parts.push(
        `<div class="fix"><div class="title">In ${fix.postMortems} post-mortems</div><div class="verdict${alarm ? " alarm" : ""}">${escapeHtml(verdict)}</div><table><thead><tr><th scope="col">Date</th><th scope="col">State</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Post-mortem</th></tr></thead><tbody>${rows}</tbody></table></div>`,
      );
    }
  }
  parts.push(`</section>`);

  parts.push(
    `<section><h2>Overdue: ${plural(totals.overdue, "open action")} past the deadline, most late first</h2>`,
  );
  if (metrics.overdue.length === 0) {
    parts.push(`<p>None.</p>`);
  } else {
    const rows = metrics.overdue
      .map(
        (item) =>
          `<tr><td class="num late">${plural(item.daysLate, "day")}</td><td>${escapeHtml(owners(item))}</td><td>${actionLink(item, options)}</td><td class="num">${escapeHtml(item.due)}</td><td class="where">${escapeHtml(postMortemLabel(item.postMortem))}</td></tr>`,
      )
      .join("");
    parts.push(
      `<table><thead><tr><th scope="col">Late</th><th scope="col">Owner</th><th scope="col">Action</th><th scope="col">Due</th><th scope="col">Post-mortem</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
  }
  parts.push(`</section>`);

  parts.push(
    rateTable("Rate by quarter (of the post-mortem's date)", "Quarter", metrics.byQuarter),
  );
  parts.push(rateTable("Rate by owner (most overdue first)", "Owner", metrics.byOwner));
  parts.push(rateTable("Rate by service", "Service", metrics.byService));

  const { ageing } = metrics;
  parts.push(
    `<section><h2>Open actions by age (days since the post-mortem)</h2><table class="compact"><tbody>${[
      ["All open", ageing.open],
      ["Older than 30 days", ageing.olderThan30],
      ["Older than 60 days", ageing.olderThan60],
      ["Older than 90 days", ageing.olderThan90],
      ...(ageing.undated > 0 ? [["Undated post-mortem", ageing.undated] as [string, number]] : []),
    ]
      .map(
        ([label, count]) => `<tr><th scope="row">${label}</th><td class="num">${count}</td></tr>`,
      )
      .join("")}</tbody></table></section>`,
  );

  parts.push(`<section><h2>Closed with open actions</h2>`);
  if (metrics.closedWithOpen.length === 0) {
    parts.push(
      `<p>None: every post-mortem marked closed has its actions done or deprioritized.</p>`,
    );
  } else {
    parts.push(
      `<ul>${metrics.closedWithOpen
        .map(
          (entry) =>
            `<li><a href="${escapeHtml(revealUri(entry.postMortem.uri))}">${escapeHtml(postMortemLabel(entry.postMortem))}</a>: status “${escapeHtml(entry.status)}”, ${plural(entry.open, "open action")}${entry.overdue > 0 ? `, ${entry.overdue} overdue` : ""}</li>`,
        )
        .join("")}</ul>`,
    );
  }
  parts.push(`</section>`);

  parts.push(
    `<section><h2>Weak open actions: ${metrics.weak.weak} of ${metrics.weak.open} (${percent(metrics.weak.share)})</h2>`,
  );
  if (metrics.weak.byRule.length > 0) {
    parts.push(
      `<table class="compact"><thead><tr><th scope="col">Rule</th><th scope="col">Open actions</th></tr></thead><tbody>${metrics.weak.byRule
        .map(
          (row) =>
            `<tr><th scope="row"><code>${escapeHtml(row.rule)}</code></th><td class="num">${row.actions}</td></tr>`,
        )
        .join("")}</tbody></table>`,
    );
  }
  parts.push(`</section>`);

  parts.push(`<section><h2>How these are counted</h2><dl class="definitions">
<dt>Follow-through rate</dt><dd>Done actions divided by all actions, less those deprioritized with a written reason. Closing a post-mortem is a conscious act: each action is done or dropped on purpose. A reasoned drop is neither success nor failure, so it leaves the count; a silent drop counts as not done.</dd>
<dt>Overdue</dt><dd>Open actions whose deadline resolves to a date before today. A deadline that names no date ("soon") is never overdue; it counts as no due date.</dd>
<dt>Age</dt><dd>Days from the post-mortem's own date to today, for open actions.</dd>
<dt>Weak</dt><dd>Open actions with any lint finding about their wording (owner, outcome, tracker link, deadline…); a past deadline alone is lateness, not weakness.</dd>
<dt>Repeated fix</dt><dd>Action items from two or more post-mortems whose specific words are nearly the same once owners, dates, tracker references and generic words (add, alert, runbook…) are set aside.</dd>
</dl></section>`);
  return page(csp, options.nonce, parts.join("\n"));
}

function page(csp: string, nonce: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Follow-Through Dashboard</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
