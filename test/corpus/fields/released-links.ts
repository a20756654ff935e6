import type { FieldRow } from "../fieldRow";

// In an "Issue" column, a link to a release page, a file in a repository, a commit or a shared document
// shows work released or written elsewhere; only an issue or pull request gives the row a tracker home
// (trackerRefs.ts linksOnlyElsewhere).
const table = (cell: string): string =>
  `| Action | Kind | Issue |\n|---|---|---|\n| Cut the 4.2.1 patch release | Release | ${cell} |\n`;

export const rows: FieldRow[] = [
  {
    branch: "tracker: a release page link in the issue column is no tracker",
    markdown: table("[v4.2.1](https://github.com/acme/ledger/releases/tag/v4.2.1)"),
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a file in the repository is no tracker",
    markdown: table("[notes](https://github.com/acme/ledger/blob/main/RELEASING.md)"),
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a shared document is no tracker",
    markdown: table("[plan](https://docs.google.com/document/d/abc123/edit)"),
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a pull request link in the same column is one",
    markdown: table("[PR 812](https://github.com/acme/ledger/pull/812)"),
    expect: { trackers: ["PR 812"] },
  },
  {
    branch: "tracker: a ticket key beside a release link still counts",
    markdown: table("LED-77, [v4.2.1](https://github.com/acme/ledger/releases/tag/v4.2.1)"),
    expect: { trackers: ["LED-77, v4.2.1"] },
  },
  {
    branch: "tracker: a link to an unknown host with a ticket-like text is kept",
    markdown: table("[OPS-41](https://tracker.example.org/view/41)"),
    expect: { trackers: ["OPS-41"] },
  },
  {
    branch: "tracker: a link to the commit that did the work still counts",
    markdown: table("[3f9a2c1](https://github.com/acme/ledger/commit/3f9a2c1)"),
    expect: { trackers: ["3f9a2c1"] },
  },
];
