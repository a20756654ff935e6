import type { FieldRow } from "../fieldRow";

// A line ending in a colon over sub-items labels them, unless it carries a status of its own: a label has none,
// so "**Automatic region failover** (in progress):" is the work, and sub-items that are no work of their own
// describe it.
export const rows: FieldRow[] = [
  {
    branch: "items: a bold title with '(in progress):' over its details is one item",
    markdown:
      "## Prevention\n\n- Add a probe for the replica lag by 2026-12-20 (OPS-14)\n- **Automatic region failover** (in progress):\n  - Trigger: three failed health checks in a row\n  - 10-second probe interval\n  - At most two minutes of downtime\n",
    items: ["Add a probe", "Automatic region failover"],
  },
  {
    branch: "status: '(in development)' is open work",
    markdown:
      "## Prevention\n\n- **Automated failover system** (in development):\n  - Trigger: every vote missed for one session\n  - A cool-down of 30 minutes between switches\n",
    expect: { status: "open", text: "Automated failover system" },
  },
  {
    branch: "items: a label with a status over sub-items led by verbs still labels them",
    markdown:
      "## Prevention\n\n- **Networking** (in progress):\n  - Add a second uplink to the west rack\n  - Remove the static route to the old gateway\n",
    items: ["Add a second uplink", "Remove the static route"],
  },
];
