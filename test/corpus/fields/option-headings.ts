import type { FieldRow } from "../fieldRow";

// Beside a section of agreed actions, a heading that only offers options ("Possible improvements", "What we
// could do …", "Recommendations", a bare "Mitigations") lists ideas the review weighed, not work it took on
// (optionHeadings.ts). Without an agreed-actions section, the same headings hold the follow-ups.
export const rows: FieldRow[] = [
  {
    branch: "items: possible improvements beside an Actions section are options",
    markdown:
      "# Cluster outage\n\n## Possible improvements\n\n### What we could do to prevent this\n\n- multi-zone control plane\n- game days\n\n## Actions\n\n- Pin the ingress chart to 4.2 [DK]\n\n## Recommendations\n\n- move to a managed database\n",
    items: ["Pin the ingress chart to 4.2"],
  },
  {
    branch: "items: a bare Mitigations heading beside Action items is no list of work",
    markdown:
      "# Log loss\n\n## Mitigations\n\n- We checked that no other cluster runs the broken version.\n- We will talk this over after the holidays.\n\n## Action items\n\n- Document how to reinstall the log stack (OPS-31)\n",
    items: ["Document how to reinstall the log stack"],
  },
  {
    branch: "items: without an agreed-actions section, possible improvements are the follow-ups",
    markdown:
      "# Cluster outage\n\n## Possible improvements\n\n- Pin the ingress chart to 4.2\n- Add a game day each quarter\n",
    items: ["Pin the ingress chart to 4.2", "Add a game day each quarter"],
  },
  {
    branch: "items: recommendations nested under Action items stay items",
    markdown:
      "# Cluster outage\n\n## Action items\n\n### Recommendations\n\n- Pin the ingress chart to 4.2\n",
    items: ["Pin the ingress chart to 4.2"],
  },
  {
    branch: "items: 'Immediate and long-term mitigations' beside Next steps keeps its items",
    markdown:
      "# Exploit\n\n## Immediate and long-term mitigations\n\n- Lower the maximum order size to 0.1 BTC\n\n## Next steps\n\n- Add an external audit of the trade protocol\n",
    items: [
      "Lower the maximum order size to 0.1 BTC",
      "Add an external audit of the trade protocol",
    ],
  },
  {
    branch:
      "items: an empty Action items heading agrees to nothing, so Recommendations hold the items",
    markdown:
      "# Cluster outage\n\n## Action items\n\n## Recommendations\n\n- Pin the ingress chart to 4.2\n",
    items: ["Pin the ingress chart to 4.2"],
  },
];
