import type { FieldRow } from "../fieldRow";

// A section intro in the passive ("… shall be addressed by the task force:") names the group that owns every
// item below it; a task force is a group, as a working group is.
export const rows: FieldRow[] = [
  {
    branch: "owner: 'shall be addressed by the task force:' over a list gives each item that group",
    markdown:
      "# Review\n\n## Follow-ups\n\nThe following items shall be addressed by the task force:\n\n- Add a second feed to the summit switch\n- Remove the manual breaker reset\n",
    items: ["Add a second feed to the summit switch", "Remove the manual breaker reset"],
    expect: { owners: ["task force"], ownerIsGroup: true },
  },
  {
    branch: "owner: 'Task Force:' as a prefix is a group",
    markdown: "## Action items\n\n- Task Force: add a generator test to the monthly checklist\n",
    expect: { owners: ["Task Force"], ownerIsGroup: true },
  },
];
