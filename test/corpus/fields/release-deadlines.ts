import type { FieldRow } from "../fieldRow";

// The release the work must ship in, written as a three-part version, "release 14" or "before 2.4 ships".
export const rows: FieldRow[] = [
  {
    branch: "deadline: a three-part version after 'for'",
    markdown: "- Restore the old flag parsing for 3.6.2",
    expect: { deadline: "for 3.6.2", text: "Restore the old flag parsing" },
  },
  {
    branch: "deadline: 'in release 14'",
    markdown: "- Drop the legacy importer in release 14",
    expect: { deadline: "in release 14" },
  },
  {
    branch: "deadline: 'before 2.4 ships'",
    markdown: "- Add a smoke test for the installer before 2.4 ships",
    expect: { deadline: "before 2.4 ships" },
  },
  {
    branch: "deadline: none for an IP address after 'for'",
    markdown: "- Block traffic for 10.0.0.1 at the edge",
    expect: { deadline: null },
  },
  {
    branch: "deadline: none for a version used as an adjective",
    markdown: "- Pin the client library for 2.3.1 compatibility",
    expect: { deadline: null },
  },
];
