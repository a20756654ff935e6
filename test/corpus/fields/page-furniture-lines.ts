import type { FieldRow } from "../fieldRow";

// Under an action heading written as prose, a command shown alone in code and a figure's caption are page
// furniture, never items.
export const rows: FieldRow[] = [
  {
    branch: "items: a paragraph that is only inline code is no item",
    markdown:
      "## Remediation\n\nWe will pin the probe to one worker per host.\n\n`$ probe --workers 1 10.0.0.1`\n\nWe will add a lag alert on the ingest queue at 30s.\n",
    items: [
      "We will pin the probe to one worker per host.",
      "We will add a lag alert on the ingest queue at 30s.",
    ],
  },
  {
    branch: "items: an image with its italic caption is no item",
    markdown:
      "## Remediation\n\nWe will pin the probe to one worker per host.\n\n![Figure 1: failed probes per region](fig1.png)\n_Figure 1: failed probes per region_\n\nWe will add a lag alert on the ingest queue at 30s.\n",
    items: [
      "We will pin the probe to one worker per host.",
      "We will add a lag alert on the ingest queue at 30s.",
    ],
  },
];
