import type { FieldRow } from "../fieldRow";

// A part of the timeline named for the fixes the responders applied ("### Investigation and fixes" under
// "## Timeline") tells the story; "### Action plan" under it, or "### Follow-up fixes", is still work to come
// (headings.ts isTimelineStepText).
export const rows: FieldRow[] = [
  {
    branch: "items: 'Investigation and fixes' under 'Timeline' is the story",
    markdown:
      "# Schema break\n\n## Timeline\n\n### Investigation and fixes\n\n- 14:05 Found the renamed field.\n- 14:20 Patched the queries.\n",
    items: [],
  },
  {
    branch: "items: 'Follow-up fixes' under 'Timeline' is still work to come",
    markdown:
      "# Schema break\n\n## Timeline\n\n### Follow-up fixes\n\n- Add a schema check to the deploy pipeline.\n",
    items: ["Add a schema check to the deploy pipeline."],
  },
  {
    branch: "items: 'Action plan' under 'Timeline' is still work to come",
    markdown:
      "# Schema break\n\n## Timeline\n\n### Action plan\n\n- Add a schema check to the deploy pipeline.\n",
    items: ["Add a schema check to the deploy pipeline."],
  },
];
