import type { FieldRow } from "../fieldRow";

// One row per reader in server/src/core/parse/readers/ (and per branch inside it), so a reader that stops
// claiming what it should fails a named test here.
export const rows: FieldRow[] = [
  // leadingMarks.ts
  {
    branch: "leading marks: a status word in front",
    markdown: "- Done: Nadia: raise the queue depth alarm to 500 by 2027-02-01 (OPS-41)",
    expect: { status: "done", owners: ["Nadia"], deadline: "2027-02-01", trackers: ["OPS-41"] },
  },
  {
    branch: "leading marks: a dropped word in front",
    markdown: "- Won't do: Nadia: shard the audit table (OPS-42)",
    expect: { status: "deprioritized", owners: ["Nadia"] },
  },
  {
    branch: "leading marks: a done emoji in front",
    markdown: "- \u2705 Nadia: rotate the relay credentials by 2027-02-01 (OPS-43)",
    expect: { status: "done", owners: ["Nadia"] },
  },
  {
    branch: "leading marks: a colour mark says nothing about the owner",
    markdown: "- \u{1F7E1} Nadia: cap the export batch at 200 rows by 2027-02-01 (OPS-44)",
    expect: { status: "open", owners: ["Nadia"], deadline: "2027-02-01" },
  },
  {
    branch: "leading marks: an empty ballot box is open",
    markdown: "- \u2610 Nadia: pin the base image digest by 2027-02-01 (OPS-45)",
    expect: { status: "open", owners: ["Nadia"], trackers: ["OPS-45"] },
  },
  // itemLabels.ts
  {
    branch: "labels: a ticket link in front is the tracker",
    markdown:
      "- [OPS-46](https://tracker.example.com/browse/OPS-46): Nadia: expire idle sessions after 8h",
    expect: {
      owners: ["Nadia"],
      trackers: ["OPS-46"],
    },
  },
  {
    branch: "labels: a link named Done in front is the proof and the status",
    markdown:
      "- [Done](https://git.example.com/infra/commit/4f2a9c1): Nadia: expire idle sessions after 8h",
    expect: {
      status: "done",
      owners: ["Nadia"],
      trackers: ["https://git.example.com/infra/commit/4f2a9c1"],
    },
  },
  {
    branch: "labels: an item number in front",
    markdown: "- AI-7: Nadia: expire idle sessions after 8h by 2027-02-01",
    expect: { owners: ["Nadia"], deadline: "2027-02-01", trackers: [] },
  },
  {
    branch: "labels: a ticket key in front, then the owner",
    markdown: "- OPS-47: Nadia: expire idle sessions after 8h by 2027-02-01",
    expect: { owners: ["Nadia"], trackers: ["OPS-47"] },
  },
  // ownerPrefix.ts
  {
    branch: "prefix: a status word in brackets",
    markdown: "- [Backlog] Nadia: move the ledger cron to the new scheduler (OPS-48)",
    expect: { status: "open", owners: ["Nadia"] },
  },
  {
    branch: "prefix: a priority tag in brackets is no owner",
    markdown: "- [P2] Nadia: move the ledger cron to the new scheduler (OPS-49)",
    expect: { owners: ["Nadia"] },
  },
  {
    branch: "prefix: a time box in brackets is no owner",
    markdown: "- [4h] move the ledger cron to the new scheduler (OPS-50)",
    expect: { owners: [] },
  },
  {
    branch: "prefix: an owner field opens the item, the action after a dash",
    markdown: "- **Owner:** Nadia - move the ledger cron to the new scheduler (OPS-51)",
    expect: { owners: ["Nadia"] },
  },
  {
    branch: "prefix: TODO(login) names the owner",
    markdown: "- TODO(nadia): move the ledger cron to the new scheduler (OPS-52)",
    expect: { owners: ["nadia"] },
  },
  {
    branch: "prefix: a placeholder owner before a colon",
    markdown: "- TBD: move the ledger cron to the new scheduler (OPS-53)",
    expect: { owners: [] },
  },
  {
    branch: "prefix: an 'Action item:' label is no owner",
    markdown: "- Action item: move the ledger cron to the new scheduler (OPS-54)",
    expect: { owners: [], verb: "outcome" },
  },
  {
    branch: "prefix: a component label, then the owner",
    markdown: "- Ledger: Nadia: move the nightly cron to the new scheduler (OPS-55)",
    expect: { owners: ["Nadia"] },
  },
  // boldTitle.ts
  {
    branch: "bold title: a bold name is the owner",
    markdown: "- **Nadia**: move the ledger cron to the new scheduler (OPS-56)",
    expect: { owners: ["Nadia"] },
  },
  {
    branch: "bold title: a status in brackets after the title",
    markdown: "- **Scheduler move** (done): moved the ledger cron to the new scheduler (OPS-57)",
    expect: { status: "done" },
  },
  {
    branch: "bold title: a component label before the owner reads as a label",
    markdown: "- **Scheduler move**: Nadia: move the ledger cron to the new scheduler (OPS-58)",
    expect: { owners: ["Nadia"] },
  },
  {
    branch: "bold title: an owner after the title",
    markdown: "- **Scheduler move.** Nadia: move the ledger cron to the new scheduler (OPS-79)",
    expect: { owners: ["Nadia"] },
  },
  {
    branch: "bold title: a status phrase in brackets after the title",
    markdown:
      "- **Scheduler move** (shipped in v2): the ledger cron runs on the new scheduler (OPS-80)",
    expect: { status: "done" },
  },
  // ownerSubject.ts
  {
    branch: "subject: 'We will' names everyone, so nobody",
    markdown: "- We will move the ledger cron to the new scheduler (OPS-59)",
    expect: { owners: [] },
  },
  {
    branch: "subject: a catenative verb before 'to' is no owner",
    markdown: "- Continue to move the ledger crons to the new scheduler (OPS-60)",
    expect: { owners: [] },
  },
  // inlineFields.ts
  {
    branch: "inline fields: owner, due and ticket fields",
    markdown:
      "- Move the ledger cron to the new scheduler. Owner: Nadia; Due: 2027-02-01; Ticket: OPS-61",
    expect: { owners: ["Nadia"], deadline: "2027-02-01", trackers: ["OPS-61"] },
  },
  {
    branch: "inline fields: an owner field the owner reader cannot place is still the owner",
    markdown:
      "- Move the ledger cron to the new scheduler. Owner: the scheduler guild lead; Ticket: OPS-62",
    expect: { owners: ["the scheduler guild lead"] },
  },
  {
    branch: "inline fields: an empty due field is unset, not a date in the text",
    markdown: "- Expire ledger sessions within 7 days. Owner: Nadia; Due: TBD; Ticket: OPS-63",
    expect: { deadline: null },
  },
  {
    branch: "inline fields: a tracker field with a plain value",
    markdown:
      "- Move the ledger cron to the new scheduler. Owner: Nadia; Ticket: scheduler board card 12",
    expect: { trackers: ["scheduler board card 12"] },
  },
  {
    branch: "inline fields: a status field",
    markdown:
      "- Move the ledger cron to the new scheduler. Owner: Nadia; Status: done; Ticket: OPS-64",
    expect: { status: "done" },
  },
  // ownerMentions.ts
  {
    branch: "mentions: a mention inside an owner field is read once, as the field",
    markdown: "- Move the ledger cron to the new scheduler. Owner: @nadia; Ticket: OPS-81",
    expect: { owners: ["@nadia"] },
  },
  {
    branch: "mentions: 'owned by' names the owner",
    markdown: "- Move the ledger cron to the new scheduler, owned by Nadia (OPS-65)",
    expect: { owners: ["Nadia"] },
  },
  {
    branch: "mentions: a mention is the owner",
    markdown: "- @nadia move the ledger cron to the new scheduler (OPS-66)",
    expect: { owners: ["@nadia"] },
  },
  {
    branch: "mentions: a copied mention is no owner",
    markdown: "- Move the ledger cron to the new scheduler, cc @nadia (OPS-67)",
    expect: { owners: [] },
  },
  // trailing.ts
  {
    branch: "trailing: a closing sentence reports it done",
    markdown:
      "- Nadia: move the ledger cron to the new scheduler (OPS-68). Done in the March release.",
    expect: { status: "done", owners: ["Nadia"] },
  },
  {
    branch: "trailing: a status in brackets at the end",
    markdown: "- Nadia: move the ledger cron to the new scheduler, OPS-69 (in progress)",
    expect: { status: "open", trackers: ["OPS-69"] },
  },
  {
    branch: "trailing: the owner's team in brackets after an owner field",
    markdown: "- Move the ledger cron to the new scheduler. Owner: Nadia Ferrante (Core Ledger)",
    expect: { owners: ["Nadia Ferrante"] },
  },
  {
    branch: "trailing: owner, deadline and ticket in one parenthetical",
    markdown: "- Move the ledger cron to the new scheduler (Nadia, by 2027-02-01, OPS-70)",
    expect: { owners: ["Nadia"], deadline: "by 2027-02-01", trackers: ["OPS-70"] },
  },
  {
    branch: "trailing: a status word among the parenthetical's parts",
    markdown: "- Move the ledger cron to the new scheduler (Nadia, shipped)",
    expect: { owners: ["Nadia"], status: "done" },
  },
  {
    branch: "trailing: the document's own day in brackets is no deadline",
    markdown: "- Nadia: move the ledger cron to the new scheduler (2026-11-20) (OPS-71)",
    expect: { deadline: null },
  },
  {
    branch: "trailing: an owner after a dash",
    markdown: "- Move the ledger cron to the new scheduler by 2027-02-01 (OPS-72) — Nadia",
    expect: { owners: ["Nadia"] },
  },
  // statusText.ts
  {
    branch: "status words: a bold DONE inside the text",
    markdown: "- Nadia: move the ledger cron **DONE** to the new scheduler (OPS-73)",
    expect: { status: "done" },
  },
  {
    branch: "status words: struck-through text beside a done word",
    markdown: "- ~~Nadia: move the ledger cron to the new scheduler (OPS-74)~~ done",
    expect: { status: "done" },
  },
  {
    branch: "status words: struck-through text alone is dropped",
    markdown: "- ~~Nadia: move the ledger cron to the new scheduler (OPS-75)~~",
    expect: { status: "deprioritized" },
  },
  {
    branch: "status words: a dropped phrase anywhere",
    markdown:
      "- Nadia: move the ledger cron to the new scheduler (OPS-76), descoped as the cron is retired",
    expect: { status: "deprioritized" },
  },
  // statusTense.ts
  {
    branch: "tense: a reduced passive reports it done",
    markdown: "- Paging on ledger lag added in the March release (OPS-77)",
    expect: { status: "done" },
  },
  {
    branch: "tense: 'completed on' a date reports it done",
    markdown: "- Nadia: the scheduler migration, completed on 2026-11-02 (OPS-78)",
    expect: { status: "done" },
  },
  // Shared vocabularies (parse/lexicon/): a word list used by two readers reads alike in both.
  {
    branch: "shared marks: a closing 'Closed.' reads as done like 'Done.'",
    markdown: "- Nadia: move the ledger cron to the new scheduler (OPS-82). Closed.",
    expect: { status: "done" },
  },
  {
    branch: "shared marks: '(closed)' inside the text reads as done like '(done)'",
    markdown: "- Nadia: move the ledger cron (closed) to the new scheduler by 2027-02-01 (OPS-83)",
    expect: { status: "done", deadline: "2027-02-01" },
  },
  {
    branch: "shared keys: 'Who:' opens an item like 'Owner:'",
    markdown: "- **Who:** Nadia - move the ledger cron to the new scheduler (OPS-84)",
    expect: { owners: ["Nadia"], verb: "outcome" },
  },
];
