import type { FieldRow } from "../fieldRow";

// "Preventive process", "Preventive tooling" open follow-up work as "Preventive measures" does; a disclosure's
// "What action do affected users need to take?" advises readers, and "What actions has the team taken so far?"
// tells the response: neither lists the team's follow-ups.
export const rows: FieldRow[] = [
  {
    branch: "items: '## Preventive tooling' opens follow-up work",
    markdown:
      "# Origin outage\n\n## Preventive tooling\n\n- Add a health check to the origin pool\n",
    items: ["Add a health check to the origin pool"],
  },
  {
    branch: "items: '### Preventive process no. 2 — …' opens follow-up work",
    markdown:
      "# Origin outage\n\n### Preventive process no. 2 — change review\n\n- Require a second reviewer for DNS changes\n",
    items: ["Require a second reviewer for DNS changes"],
  },
  {
    branch: "items: 'What action do affected users need to take?' is advice to readers",
    markdown:
      "# Token exposure\n\n## What action do affected users need to take?\n\n- Rotate any token you stored in the service\n",
    items: [],
  },
  {
    branch: "items: 'What actions has the team taken so far?' tells the response",
    markdown:
      "# Token exposure\n\n## What actions has the team taken so far?\n\n- Revoked every exposed token within the hour\n",
    items: [],
  },
];
