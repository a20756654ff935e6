import type { FieldRow } from "../fieldRow";

// Sentences over a list, outside any action heading, that say the list is work to come (sections.ts
// isFollowUpIntroBefore): "Here is what we are going to do:" points at a label that names the work (HERE_IS),
// and "We have decided to do the following:" is a decision on it (AGREED_WORK_INTRO); in the story or the
// response, the same sentence tells a step taken then. In a page exported as HTML, "<p><strong>Action
// items</strong></p>" right under another "<p>" line is a paragraph of its own (htmlBody.ts).
export const rows: FieldRow[] = [
  {
    branch: "items: 'Here is what we are going to do:' over a list is work to come",
    markdown:
      "# Post-mortem: x\n\n## Details\n\nThe cache ran out of memory.\n\nHere is what we are going to do:\n\n- Add a memory alert at 85% on every cache node\n",
    items: ["Add a memory alert"],
  },
  {
    branch: "items: 'To keep this from happening again, here is what we are doing:' too",
    markdown:
      "# Post-mortem: x\n\n## Details\n\nTo make sure this does not happen again, here is what we are doing:\n\n- Cap the eviction batch at 500 keys\n",
    items: ["Cap the eviction batch"],
  },
  {
    branch: "items: 'Here is what we did:' tells the story, no items",
    markdown:
      "# Post-mortem: x\n\n## Details\n\nHere is what we did:\n\n- Restarted the cache nodes\n- Flushed the queue\n",
    items: [],
  },
  {
    branch: "items: 'We have decided to do the following:' over a list is agreed work",
    markdown:
      "# Post-mortem: x\n\n## Details\n\nWe have decided to do the following:\n\n- Add a memory alert at 85% on every cache node\n",
    items: ["Add a memory alert"],
  },
  {
    branch: "items: 'The team agreed on these next steps:' over a list is agreed work",
    markdown:
      "# Post-mortem: x\n\n## Details\n\nThe team agreed on these next steps:\n\n- Cap the eviction batch at 500 keys\n",
    items: ["Cap the eviction batch"],
  },
  {
    branch: "items: under Timeline, 'We decided to take the following steps:' tells the response",
    markdown:
      "# Post-mortem: x\n\n## Timeline\n\nWe decided to take the following steps:\n\n- Fail over to the second region\n- Page the database owner\n",
    items: [],
  },
  {
    branch:
      "items: an HTML '<p><strong>Action items</strong></p>' under another <p> line heads the list",
    markdown:
      "# Post-mortem: x\n\n<p>On Monday the cache ran out of memory.</p>\n<p><strong>Action items</strong></p>\n<ol>\n<li>Add a memory alert at 85% on every cache node</li>\n<li>Cap the eviction batch at 500 keys</li>\n</ol>\n",
    items: ["Add a memory alert", "Cap the eviction batch"],
  },
];
