import type { FieldRow } from "../fieldRow";

// The plainest shapes, one per field.
export const rows: FieldRow[] = [
  {
    branch: "owner: name and colon before the action",
    markdown: "- [ ] Dana Okafor: add an alert on queue depth above 500, by 2026-12-18 (OPS-41)",
    expect: {
      owners: ["Dana Okafor"],
      ownerIsGroup: false,
      status: "open",
      deadline: "2026-12-18",
      trackers: ["OPS-41"],
      verb: "outcome",
    },
  },
  {
    branch: "status: ticked task box",
    markdown: "- [x] Dana Okafor: add an alert on queue depth above 500 (OPS-41)",
    expect: { status: "done" },
  },
  {
    branch: "owner: group word as prefix",
    markdown: "- [ ] The platform team: add an alert on queue depth above 500",
    expect: { ownerIsGroup: true },
  },
  {
    branch: "wording: process verb leads",
    markdown: "- [ ] Investigate the queue backlog",
    expect: { owners: [], verb: "process", deadline: null, trackers: [] },
  },
  {
    branch: "wording: direction with no end state",
    markdown: "- [ ] Improve monitoring",
    expect: { verb: "vague" },
  },
];
