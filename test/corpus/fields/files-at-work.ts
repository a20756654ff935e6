import type { FieldRow } from "../fieldRow";

// A file of the repository said to do something now ("… (`ci/drift.yml`) — flags …") exists and works: done.
export const rows: FieldRow[] = [
  {
    branch: "status: a workflow file, then what it does in the present",
    markdown:
      "- **Schema drift check** (`.github/workflows/schema-drift.yml`) — fails the build when a migration is missing",
    expect: { status: "done" },
  },
  {
    branch: "status: a test file after a label, then what it asserts",
    markdown: "- Regression guard: `tests/test_quota.py` asserts the quota survives a restart",
    expect: { status: "done" },
  },
  {
    branch: "status: a file the item asks for ('Add … that flags …') stays open",
    markdown:
      "- Add a workflow (`.github/workflows/schema-drift.yml`) that flags a missing migration",
    expect: { status: "open" },
  },
  {
    branch: "status: a file that will do something stays open",
    markdown:
      "- `.github/workflows/schema-drift.yml` will fail the build when a migration is missing",
    expect: { status: "open" },
  },
  {
    branch: "status: a file that 'denies' (a verb in -y) reports the item done",
    markdown: "- Read-only guard (`src/guard/read_only.py`) denies every write outside the sandbox",
    expect: { status: "done" },
  },
];
