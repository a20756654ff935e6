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
  {
    branch: "section: '### Detection and alerting' under an action heading names two kinds of work",
    markdown: "## Action items\n\n### Detection and alerting\n\n- Add an alert for replica lag\n",
    items: ["Add an alert for replica lag"],
  },
  {
    branch:
      "section: '### Background jobs' under an action heading is a topic, not the story's background",
    markdown: "## Action items\n\n### Background jobs\n\n- Cap the retry queue of the mailer job\n",
    items: ["Cap the retry queue"],
  },
  {
    branch: "section: '### Impact reduction' under an action heading names work",
    markdown:
      "## Action items\n\n### Impact reduction\n\n- Serve the status page from a second region\n",
    items: ["Serve the status page"],
  },
  {
    branch: "section: '### Impact on customers' under an action heading is still the story",
    markdown:
      "## Action items\n\n- Add an alert for replica lag\n\n### Impact on customers\n\n- Checkout failed for 40 minutes\n",
    items: ["Add an alert for replica lag"],
  },
];
