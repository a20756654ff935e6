import type { FieldRow } from "../fieldRow";

// An item that is nothing but a link to a commit (parse/readers/statusTense.ts readCommitLink): the commit
// exists, so the change it names has landed.
export const rows: FieldRow[] = [
  {
    branch: "commit link: a titled link to a commit is done work",
    markdown:
      "- [queue: drop oversized payloads before decoding](https://git.example.org/acme/broker/commit/4be9c01d2f)",
    expect: { status: "done", trackers: [] },
  },
  {
    branch: "commit link: a bare commit address is done work",
    markdown:
      "- https://gitlab.example.com/infra/charts/-/commit/9f3c2a1b7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b",
    expect: { status: "done", trackers: [] },
  },
  {
    branch: "commit link: work that names a commit it will build on stays open",
    markdown:
      "- Port the cache cap from https://git.example.org/acme/broker/commit/4be9c01d2f to the 2.x branch",
    expect: { status: "open" },
  },
  {
    branch: "commit link: a link to an issue is a ticket, not landed work",
    markdown: "- [queue: drop oversized payloads](https://github.com/acme/broker/issues/812)",
    expect: { status: "open", trackers: ["https://github.com/acme/broker/issues/812"] },
  },
];
