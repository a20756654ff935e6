import type { FieldRow } from "../fieldRow";

// Fields a sub-item states for its item, files and pages that are no work, and the words that say how things
// stand rather than when work is due (parse/partFields.ts; lineShapes.ts ONLY_A_FILE; dates/patterns.ts
// ISO_DATE; dates/search.ts STATE_OF_THINGS; readers/boldTitle.ts STATUS_IN_BRACKETS; readers/deadlineText.ts).
export const rows: FieldRow[] = [
  {
    branch: "owner/deadline: a part's 'owner=' and 'due=' are the item's when it states none",
    markdown:
      "- [ ] Make the tiering script easier to run:\n  - detect a stopped database and print the one-line fix. (owner=eng, due=2027-02-15)\n",
    items: ["Make the tiering script easier to run"],
    expect: { owners: ["eng"], ownerIsGroup: true, deadlineDate: "2027-02-15" },
  },
  {
    branch: "deadline: of two parts' dates, the later one is the item's",
    markdown:
      "- [ ] Harden the copy step:\n  - check free disk space first (owner=Dana, due=2027-01-10)\n  - retry the copy once (owner=Dana, due=2027-02-15)\n",
    expect: { owners: ["Dana"], deadlineDate: "2027-02-15" },
  },
  {
    branch: "owner: a part's bracket with no key ('(rotation delay only)') names nobody",
    markdown:
      "- **Automatic failover** (in development):\n  - Trigger: three missed checks in a row\n  - At most one minute of downtime (rotation delay only)\n",
    expect: { owners: [], deadline: null },
  },
  {
    branch: "owner: the item's own owner is kept over a part's",
    markdown: "- Ravi: tidy the exporter:\n  - drop the unused flags (owner=Mina)\n",
    expect: { owners: ["Ravi"] },
  },
  {
    branch: "item: a sub-item naming only a file of the repository is a pointer, no action",
    markdown:
      "## Action items\n\n- Add the stale-mount alert (Dana, 2027-01-10)\n\n## References\n\n- Follow-up implementation plan:\n  - `docs/plans/mount-recovery.md`\n",
    items: ["Add the stale-mount alert"],
  },
  {
    branch: "deadline: a date inside a file's name dates the page, not the work",
    markdown: "- Write the plan up in docs/plans/2026-01-08-mount-recovery.md\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a date beside a file's name is still the item's",
    markdown: "- Move docs/plans/mount-recovery.md to the wiki by 2027-01-08\n",
    expect: { deadlineDate: "2027-01-08" },
  },
  {
    branch: "deadline: 'There is no alert in the repo today' tells how things stand, not a due day",
    markdown: "- **Alert on the symptom.** There is no alert in this repository today.\n",
    expect: { deadline: null },
  },
  {
    branch:
      "deadline: 'Nothing pages today' and 'is rotated manually today' are the state of things",
    markdown:
      "- Page on the queue age. Nothing pages on it today.\n- Automate the key rotation; the key is rotated manually today.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'Deploy the fix today' still dates the work",
    markdown: "- Deploy the fix today.\n",
    expect: { deadline: "today" },
  },
  {
    branch: "deadline: a timebox opening the item leaves it with its lead word",
    markdown: "- Over the next month, we will move the queue to its own hosts.\n",
    expect: { deadline: "the next month", text: "we will move the queue to its own hosts." },
  },
  {
    branch: "status: an italic bracket after a bold title, status word first, however long",
    markdown:
      "1. **Pin the client version.** *(shipped with this patch; kept as a rule from then on)* The build fails when it drifts.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'shipped;' before a semicolon is still the status word",
    markdown:
      "1. **Pin the server version.** (shipped; kept as a rule) The build fails on drift.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: an italic bracket that says the work is outstanding leaves it open",
    markdown:
      "1. **Page on the symptom.** *(outstanding — nothing built)* Hundreds of failures paged nobody.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: a 'Follow-up:' labelled paragraph in past tense reports the work done",
    markdown:
      "# Incident 1: the fee account ran dry\n\n**Resolution:** Topped up the account.\n\n**Follow-up:** Added a low-balance alert on the fee account, apart from the staking dashboards.\n",
    items: ["Added a low-balance alert"],
    expect: { status: "done" },
  },
  {
    branch: "status: a 'Follow-up:' labelled paragraph with an imperative stays open",
    markdown:
      "# Incident 2: slow disk\n\n**Follow-up:** Move the data directory to the faster disk.\n",
    items: ["Move the data directory"],
    expect: { status: "open" },
  },
];
