import type { FieldRow } from "../fieldRow";

// "now" before what a changed thing does from now on reports the change made: a rule ("now requires"), a
// check a tool runs ("now fails the build", "now flags"), a path work takes ("now goes through").
export const rows: FieldRow[] = [
  {
    branch: "status: 'now fails the build when …' reports a check at work",
    markdown:
      "## Action items\n\n- The deploy job now fails the build when the lockfile is stale\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'now flags' reports a check at work",
    markdown: "## Action items\n\n- The linter now flags unpinned base images in review\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'now go through' in the plural reports the new path",
    markdown: "## Action items\n\n- Schema changes now go through the migration queue\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'now' before a verb of no settled behaviour leaves it open",
    markdown: "## Action items\n\n- The team now plans to move the cron jobs to the scheduler\n",
    expect: { status: "open" },
  },
];
