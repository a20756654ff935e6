import type { FieldRow } from "../fieldRow";

// Under an action heading, a sub-heading naming a kind of work keeps its items when it carries a rank
// ("### Detection (P1)"), and "Detection improvements" or "Improving detection" name work, where "Detection"
// alone tells how the incident was found.
export const rows: FieldRow[] = [
  {
    branch: "section: '### Detection (P1)' under an action heading keeps its items",
    markdown:
      "## What we are doing to prevent this\n\n### Detection (P1)\n\n- Add an alert for replica lag\n",
    items: ["Add an alert for replica lag"],
  },
  {
    branch: "section: '### Prevention [high priority]' under an action heading keeps its items",
    markdown:
      "## What we are doing to prevent this\n\n### Prevention [high priority]\n\n- Add a guard to the deploy job\n",
    items: ["Add a guard to the deploy job"],
  },
  {
    branch: "section: '### Detection improvements (P1)' names work",
    markdown:
      "## What we are doing to prevent this\n\n### Detection improvements (P1)\n\n- Add an alert for replica lag\n",
    items: ["Add an alert for replica lag"],
  },
  {
    branch: "heading: '## Improving detection' opens a list of follow-up work",
    markdown: "# Outage\n\n## Improving detection\n\n- Add an alert for replica lag\n",
    items: ["Add an alert for replica lag"],
  },
  {
    branch: "heading: '## Detection' alone tells how the incident was found",
    markdown:
      "# Outage\n\n## Detection\n\n- An engineer saw the lag graph climb\n\n## Action items\n\n- Add an alert for replica lag\n",
    items: ["Add an alert for replica lag"],
  },
];
