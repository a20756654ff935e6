import { strict as assert } from "node:assert";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import { actionSection, FIVE_ACTIONS } from "../support/actionSection";

// One action and its fields, written in each format post-mortems use, must read the same as the table row
// that states them cell by cell: readers are used alike for item text, table cells, field lines, headings
// and paragraphs. 2,500 actions drawn from the values below are written in every format.
const TODAY = new Date(Date.UTC(2026, 11, 4));

interface Action {
  text: string;
  owner?: string;
  due?: string;
  ticket?: string;
  status?: string;
}

const TEXTS = [
  "Add an alert on queue depth above 500",
  "Move the ledger cron to the new scheduler",
  "Improve monitoring",
  "Investigate the queue backlog",
  "Cap the retry budget at 3 attempts",
];
const OWNERS = [
  undefined,
  "Dana Okafor",
  "Nadia",
  "@kofi",
  "@alice.smith",
  "J. Smith",
  "Cormac Ó Briain",
  "Kim Lee",
  "alice@example.com",
  "Ravi (on-call)",
  "the platform team",
  "DBA team",
  "Platform",
  "SRE",
  "Ana Lopez (SRE)",
  "Billing ops (Grace Kim)",
];
const DUES = [
  undefined,
  "2027-01-15",
  "2027-01-15T00:00:00Z",
  "15 Jan 2027",
  "Dec 18, 2026",
  "Jan 15",
  "mid-January",
  "end of January",
  "Q1 2027",
  "end of Q1",
  "H1 2027",
  "EOQ",
  "W03",
  "next week",
  "next sprint",
  "Sprint 42",
  "before the next release",
  "TBD",
];
const TICKETS = [
  undefined,
  "OPS-41",
  "#123",
  "acme/app#12",
  "https://github.com/acme/app/issues/88",
  "https://linear.app/acme/issue/ENG-12",
  "https://acme.atlassian.net/browse/OPS-41",
  "TBD",
];
const STATUSES = [
  undefined,
  "Open",
  "Not started",
  "In progress",
  "In review",
  "WIP",
  "Blocked",
  "Done",
  "Done ✅",
  "✅",
  "Closed",
  "Won't do",
  "Cancelled",
  "Deprioritized",
];
const ACTIONS = 2500;

const documentFor = actionSection;

const fieldList = (action: Action, keys: [keyof Action, string][]): string[] =>
  keys.flatMap(([key, label]) => (action[key] === undefined ? [] : [`${label}: ${action[key]}`]));
const FIELD_KEYS: [keyof Action, string][] = [
  ["owner", "Owner"],
  ["due", "Due"],
  ["ticket", "Ticket"],
  ["status", "Status"],
];

const FORMATS: Record<string, (action: Action) => string> = {
  "a table row": (a) =>
    `| Action | Owner | Due | Ticket | Status |\n|---|---|---|---|---|\n| ${a.text} | ${a.owner ?? ""} | ${a.due ?? ""} | ${a.ticket ?? ""} | ${a.status ?? ""} |`,
  "field lines under a bullet": (a) =>
    [`- ${a.text}`, ...fieldList(a, FIELD_KEYS).map((field) => `  - ${field}`)].join("\n"),
  "inline fields after the action": (a) => `- ${a.text}. ${fieldList(a, FIELD_KEYS).join("; ")}`,
  "a closing parenthetical": (a) =>
    `- ${a.text} (${[a.owner, a.due && `due ${a.due}`, a.ticket, a.status].filter(Boolean).join(", ")})`,
  "a dash list": (a) =>
    `- ${a.text} — ${[a.owner, a.due, a.ticket, a.status].filter(Boolean).join(" — ")}`,
  "an owner prefix": (a) =>
    `- ${a.owner ? `${a.owner}: ` : ""}${a.text}${a.due ? ` by ${a.due}` : ""}${a.ticket ? ` (${a.ticket})` : ""}${a.status ? ` — ${a.status}` : ""}`,
  "a heading over bold fields": (a) =>
    `### ${a.text}\n\n${fieldList(a, FIELD_KEYS)
      .map((field) => field.replace(/^(\w+):/, "**$1:**"))
      .join("  \n")}`,
  "a bold title over field paragraphs": (a) =>
    `**${a.text}**\n\n${fieldList(a, FIELD_KEYS).join("\n\n")}`,
};

function reading(markdown: string): string {
  const { doc, findings } = lint(documentFor(markdown), { config: defaultConfig(), today: TODAY });
  if (doc.actions.length !== 1) {
    return `${doc.actions.length} items: ${JSON.stringify(doc.actions.map((a) => a.text))}`;
  }
  const item = doc.actions[0];
  const rules = new Set(findings.filter((f) => f.actionId === item.id).map((f) => f.rule));
  return JSON.stringify({
    owners: item.owners.map((owner) => `${owner.name}${owner.isGroup ? " (group)" : ""}`),
    status: item.status.state,
    due:
      item.deadline === undefined
        ? null
        : (item.deadline.date?.toISOString().slice(0, 10) ?? "undated"),
    trackers: item.trackerRefs.map((ref) => ref.text),
    wording: rules.has("process-verb")
      ? "process"
      : rules.has("vague-outcome")
        ? "vague"
        : "outcome",
    text: item.text.replace(/\.$/, ""),
  });
}

/** Actions with at least two fields, their values drawn in a fixed pseudo-random order: every pair meets. */
function actions(): Action[] {
  const all: Action[] = [];
  let seed = 7;
  const pick = <T>(values: T[]): T => {
    seed = (seed * 48271) % 2147483647;
    return values[seed % values.length];
  };
  while (all.length < ACTIONS) {
    const action = {
      text: pick(TEXTS),
      owner: pick(OWNERS),
      due: pick(DUES),
      ticket: pick(TICKETS),
      status: pick(STATUSES),
    };
    if (fieldList(action, FIELD_KEYS).length >= 2) {
      all.push(action);
    }
  }
  return all;
}

describe("the same action reads the same in every format", () => {
  const cases = actions().map((action) => ({
    action,
    row: reading(FORMATS["a table row"](action)),
  }));

  it("reads the table rows as one item each", () => {
    assert.equal(cases.length, ACTIONS);
    assert.deepEqual(
      cases.filter(({ row }) => !row.startsWith("{")).map(({ action }) => action),
      [],
    );
  });

  for (const [format, write] of Object.entries(FORMATS)) {
    if (format === "a table row") {
      continue;
    }
    it(`as ${format}`, () => {
      const differences: string[] = [];
      for (const { action, row } of cases) {
        const got = reading(write(action));
        if (got !== row) {
          differences.push(
            `${JSON.stringify(action)}\n    as a row: ${row}\n    ${format}: ${got}`,
          );
        }
      }
      assert.deepEqual(
        differences.slice(0, 5),
        [],
        `${differences.length} of ${cases.length} actions read differently`,
      );
    });
  }
});

// Five actions written as a whole action section in each format post-mortems use: every format lists the
// same five items with the same fields, and nothing else (no group label, criterion or intro is an item),
// whatever a page adds beside the words (comments, footnote marks, emoji bullets, tags).
const FIVE = FIVE_ACTIONS;
const fields = ([, owner, due, ticket]: [string, string, string, string]): string =>
  `(${owner}, ${due}, ${ticket})`;
const listed = (
  write: (item: [string, string, string, string], index: number) => string,
  separator = "\n",
) => FIVE.map(write).join(separator);

const SECTIONS: Record<string, string> = {
  "a task list": listed((item) => `- [ ] ${item[0]} ${fields(item)}`),
  "a bullet list": listed((item) => `- ${item[0]} ${fields(item)}`),
  "a numbered list": listed((item, index) => `${index + 1}. ${item[0]} ${fields(item)}`),
  "a loose list": listed((item) => `- ${item[0]} ${fields(item)}`, "\n\n"),
  "a table": `| Action | Owner | Due | Ticket |\n|---|---|---|---|\n${listed(([text, owner, due, ticket]) => `| ${text} | ${owner} | ${due} | ${ticket} |`)}`,
  "a table with no separator line": `| Action | Owner | Due | Ticket |\n${listed(([text, owner, due, ticket]) => `| ${text} | ${owner} | ${due} | ${ticket} |`)}`,
  "an HTML table": `<table><tr><th>Action</th><th>Owner</th><th>Due</th><th>Ticket</th></tr>${listed(([text, owner, due, ticket]) => `<tr><td>${text}</td><td>${owner}</td><td>${due}</td><td>${ticket}</td></tr>`, "")}</table>`,
  "bare lines": listed((item) => `${item[0]} ${fields(item)}`),
  "bare paragraphs": listed((item) => `${item[0]} ${fields(item)}`, "\n\n"),
  "a heading per action over field lines": listed(
    ([text, owner, due, ticket]) =>
      `### ${text}\n\nOwner: ${owner}\nDue: ${due}\nTicket: ${ticket}`,
    "\n\n",
  ),
  "a bold title per action over field lines": listed(
    ([text, owner, due, ticket]) =>
      `**${text}**\n\nOwner: ${owner}\nDue: ${due}\nTicket: ${ticket}`,
    "\n\n",
  ),
  "field lines under each bullet": listed(
    ([text, owner, due, ticket]) =>
      `- ${text}\n  - Owner: ${owner}\n  - Due: ${due}\n  - Ticket: ${ticket}`,
  ),
  "criteria under each bullet": listed(
    (item) =>
      `- ${item[0]} ${fields(item)}\n  - covers the staging and production clusters\n  - documented in the team wiki`,
  ),
  "fields wrapped onto a second line": listed((item) => `- ${item[0]}\n  ${fields(item)}`),
  "bullets under group labels": `- Detection:\n${FIVE.slice(0, 2)
    .map((item) => `  - ${item[0]} ${fields(item)}`)
    .join("\n")}\n- Prevention:\n${FIVE.slice(2)
    .map((item) => `  - ${item[0]} ${fields(item)}`)
    .join("\n")}`,
  "sub-sections": `### Short term\n\n${FIVE.slice(0, 2)
    .map((item) => `- ${item[0]} ${fields(item)}`)
    .join("\n")}\n\n### Long term\n\n${FIVE.slice(2)
    .map((item) => `- ${item[0]} ${fields(item)}`)
    .join("\n")}`,
  "a list after an intro sentence": `We will do the following:\n\n${listed((item) => `- ${item[0]} ${fields(item)}`)}`,
  "a list with HTML comments": `<!-- confirmed in the review -->\n${listed((item) => `- ${item[0]} ${fields(item)} <!-- ok -->`)}`,
  "a list whose lines end in <br>": listed((item) => `- ${item[0]} ${fields(item)}<br>`),
  "a list with footnote marks": `${listed((item) => `- ${item[0]}[^1] ${fields(item)}`)}\n\n[^1]: See the review notes.`,
  "a list with emoji bullets": listed((item) => `- 🔹 ${item[0]} ${fields(item)}`),
  "a list with closing hashtags": listed((item) => `- ${item[0]} ${fields(item)} #reliability`),
  "a list with escaped hyphens": listed(
    (item) => `- ${item[0]} ${fields(item).replace(/-/g, "\\-")}`,
  ),
  "a list with hard line breaks": listed((item) => `- ${item[0]}  \n  ${fields(item)}`),
  "numbered titles with field sentences in a paragraph below": listed(
    ([text, owner, due, ticket], index) =>
      `${index + 1}. **${text}**\n\n   It came out of the review. Owner: ${owner}. Due: ${due}. Ticket: ${ticket}.`,
    "\n\n",
  ),
  "numbered titles with field lines in a paragraph below": listed(
    ([text, owner, due, ticket], index) =>
      `${index + 1}. ${text}\n\n   Owner: ${owner}\n   Due: ${due}\n   Ticket: ${ticket}`,
    "\n\n",
  ),
  "lines lettered a), b), …": listed(
    (item, index) => `${"abcde"[index]}) ${item[0]} ${fields(item)}`,
  ),
  "lines numbered (1), (2), …": listed(
    (item, index) => `(${index + 1}) ${item[0]} ${fields(item)}`,
  ),
  "lines in roman numerals": listed(
    (item, index) => `${["i", "ii", "iii", "iv", "v"][index]}. ${item[0]} ${fields(item)}`,
  ),
  "lines with Word's o bullets": listed((item) => `o ${item[0]} ${fields(item)}`),
  "lines with arrow bullets": listed((item) => `→ ${item[0]} ${fields(item)}`),
  "pasted • bullets": listed((item) => `• ${item[0]} ${fields(item)}`),
  "pasted ▪ bullets with ◦ field lines": listed(
    ([text, owner, due, ticket]) =>
      `▪ ${text}\n  ◦ Owner: ${owner}\n  ◦ Due: ${due}\n  ◦ Ticket: ${ticket}`,
  ),
  "• bullets under a bold group label": `**Prevention**\n${listed((item) => `  • ${item[0]} ${fields(item)}`)}`,
  "a list inside a details block": `<details>\n<summary>Open actions</summary>\n\n${listed((item) => `- ${item[0]} ${fields(item)}`)}\n\n</details>`,
};

function sectionItems(body: string): string[] {
  const markdown = `# Post-mortem: a test incident\n\nDate: 2026-11-20\n\n## Summary\n\nThe queue backed up for an hour.\n\n## Action items\n\n${body}\n`;
  return lint(markdown, { config: defaultConfig(), today: TODAY }).doc.actions.map(
    (item) =>
      `${item.text.replace(/\.$/, "")} | ${item.owners.map((owner) => owner.name).join(", ")} | ${item.deadline?.date?.toISOString().slice(0, 10) ?? "-"} | ${item.trackerRefs.map((ref) => ref.text).join(", ")}`,
  );
}

describe("the same five actions read the same in every section format", () => {
  const expected = FIVE.map(
    ([text, owner, due, ticket]) => `${text} | ${owner} | ${due} | ${ticket}`,
  );
  for (const [format, body] of Object.entries(SECTIONS)) {
    it(`as ${format}`, () => assert.deepEqual(sectionItems(body), expected));
  }
});
