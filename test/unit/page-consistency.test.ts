import { strict as assert } from "node:assert";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import { FIVE_ACTIONS } from "../support/actionSection";

// The same action section reads the same whatever its heading is called and written as, and whatever the
// page around it holds: lists, tables and code in the narrative before it, lessons, an appendix and a
// glossary after it, a signature closing it. Exactly the five actions are read, with the same fields, and nothing from the rest
// of the page.

const TODAY = new Date(Date.UTC(2026, 11, 4));

const FIVE = FIVE_ACTIONS;

const BODIES: Record<string, string> = {
  "a bullet list": FIVE.map(
    ([text, owner, due, ticket]) => `- ${text} (${owner}, ${due}, ${ticket})`,
  ).join("\n"),
  "bare lines": FIVE.map(
    ([text, owner, due, ticket]) => `${text} (${owner}, ${due}, ${ticket})`,
  ).join("\n"),
  "a numbered list of bold titles": FIVE.map(
    ([text, owner, due, ticket], index) =>
      `${index + 1}. **${text}** — ${owner}, ${due}, ${ticket}`,
  ).join("\n"),
  "field lines under each bullet": FIVE.map(
    ([text, owner, due, ticket]) =>
      `- ${text}\n  - Owner: ${owner}\n  - Due: ${due}\n  - Ticket: ${ticket}`,
  ).join("\n"),
  "a loose task list": FIVE.map(
    ([text, owner, due, ticket]) => `- [ ] ${text} — ${owner} — ${due} — ${ticket}`,
  ).join("\n\n"),
  "a table": `| Action | Owner | Due | Ticket |\n|---|---|---|---|\n${FIVE.map(
    ([text, owner, due, ticket]) => `| ${text} | ${owner} | ${due} | ${ticket} |`,
  ).join("\n")}`,
};

// Each heading opens the section; `close` ends it where the heading needs more than the next "##".
const HEADINGS: Record<string, { open: string; close?: string }> = {
  "## Action items": { open: "## Action items" },
  "a numbered heading": { open: "## 6. Action Items" },
  "a heading with a colon": { open: "### Action items:" },
  "a heading in capitals": { open: "## ACTION ITEMS" },
  "a heading with a date": { open: "## Action items (as of 2026-11-27)" },
  "a heading with an emoji": { open: "## 🛠️ Action items" },
  "a heading that is a link": { open: "## [Action items](#action-items)" },
  "a heading with an anchor": { open: '## Action items <a name="actions"></a>' },
  "a setext heading": { open: "Action items\n------------" },
  "a bold line": { open: "**Action items**" },
  "a line in capitals": { open: "ACTION ITEMS" },
  "an HTML heading": { open: "<h2>Action items</h2>" },
  "a details block": {
    open: "<details>\n<summary>Action items</summary>",
    close: "</details>",
  },
  "## Follow-ups": { open: "## Follow-ups" },
  "## Next steps": { open: "## Next steps" },
  "## Remediation": { open: "## Remediation" },
  "## Corrective and preventive actions": { open: "## Corrective and preventive actions" },
  "## Countermeasures": { open: "## Countermeasures" },
  "## What we're doing about it": { open: "## What we're doing about it" },
  "a curled apostrophe": { open: "## What we’re doing about it" },
  "an emoji and a colon": { open: "## 🛠️ Follow-ups:" },
  "a bold line with a long link": {
    open: "**Follow-ups ([the team board](https://wiki.example.com/spaces/ledger/boards/post-incident-follow-ups))**",
  },
  "a question heading": { open: "## How will we prevent this from happening again?" },
};

const BEFORE = `## Summary

The ledger queue backed up for an hour and 3% of payments were delayed.

## Impact

- 3% of payments delayed by up to 40 minutes
- Two merchants opened support tickets

## Timeline

| Time | Event |
|---|---|
| 09:02 | Queue depth alert fired |
| 09:40 | Consumer restarted |

- 09:45 backlog draining
- 10:05 backlog cleared

## Root cause

The consumer's retry loop had no cap:

\`\`\`
while True:
    retry(message)
\`\`\`

## What went wrong

- We should have had an alert on queue depth.
- The runbook did not cover the consumer.`;

// What a page may close the action section with, before any other heading: a rule, a signature, links.
const CLOSING = `---

_Written by Dana Ortiz and reviewed by the payments team on 2026-11-27._

Attachments: [queue dashboard](https://grafana.example.org/d/ledger), [incident channel](https://chat.example.org/c/inc-123)

_Last updated: 2026-11-28_

> Note: owners were agreed in the review meeting.

Thanks to everyone who helped during the incident.`;

const AFTER = `## Lessons learned

- Alerts on depth catch this earlier than alerts on errors.
- We need better dashboards for the ledger.

## Appendix

| Setting | Value |
|---|---|
| retry_limit | none |
| consumers | 4 |

## Glossary

- **DLQ**: dead-letter queue
- **SLO**: service level objective`;

function itemsOf(markdown: string): string[] {
  return lint(markdown, { config: defaultConfig(), today: TODAY }).doc.actions.map(
    (item) =>
      `${item.text} | ${item.owners.map((owner) => owner.name).join(", ")} | ${item.deadline?.date?.toISOString().slice(0, 10) ?? "-"} | ${item.trackerRefs.map((ref) => ref.text).join(", ")}`,
  );
}

const EXPECTED = FIVE.map(
  ([text, owner, due, ticket]) => `${text} | ${owner} | ${due} | ${ticket}`,
);

describe("the same action section reads the same under every heading and on every page", () => {
  for (const [name, heading] of Object.entries(HEADINGS)) {
    it(`under ${name}`, () => {
      const wrong: string[] = [];
      for (const [bodyName, body] of Object.entries(BODIES)) {
        const section = `${heading.open}\n\n${body}\n${heading.close === undefined ? "" : `\n${heading.close}\n`}`;
        const pages: Record<string, string> = {
          alone: `# Post-mortem: ledger queue backlog\n\nDate: 2026-11-20\n\n${section}`,
          "after the narrative": `# Post-mortem: ledger queue backlog\n\nDate: 2026-11-20\n\n${BEFORE}\n\n${section}`,
          "before lessons and an appendix": `# Post-mortem: ledger queue backlog\n\nDate: 2026-11-20\n\n${section}\n${AFTER}\n`,
          "with a signature closing it": `# Post-mortem: ledger queue backlog\n\nDate: 2026-11-20\n\n${BEFORE}\n\n${section}\n${heading.close === undefined ? `${CLOSING}\n` : ""}`,
          "in the middle of the page": `# Post-mortem: ledger queue backlog\n\nDate: 2026-11-20\n\n${BEFORE}\n\n${section}\n${AFTER}\n`,
        };
        for (const [pageName, page] of Object.entries(pages)) {
          const got = itemsOf(page);
          if (JSON.stringify(got) !== JSON.stringify(EXPECTED)) {
            wrong.push(`${bodyName}, ${pageName}:\n      ${got.join("\n      ")}`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
});
