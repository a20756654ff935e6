import type { FieldRow } from "../fieldRow";

// A list of cases and what to do in each, under an action heading: a rule to follow, not work to finish.
export const rows: FieldRow[] = [
  {
    branch:
      "items: a list whose every line is 'If <case>: <what to do>' is a decision table, not items",
    markdown: [
      "# Post-mortem: primary database stalled",
      "",
      "## Prevention",
      "",
      "- Add a replica-lag alert at 60 seconds",
      "",
      "**When to fail over:**",
      "",
      "- If the primary is unreachable for 5 minutes: promote the replica",
      "- If both replicas lag by more than a minute: page the database lead",
      "- When a promotion fails twice: restore from the nightly snapshot",
    ].join("\n"),
    items: ["Add a replica-lag alert at 60 seconds"],
  },
  {
    branch: "items: one line of work among the cases keeps the whole list as items",
    markdown: [
      "# Post-mortem: primary database stalled",
      "",
      "## Prevention",
      "",
      "- If the primary is unreachable for 5 minutes: promote the replica",
      "- Write the promotion steps into the database runbook",
    ].join("\n"),
    items: ["If the primary is unreachable", "Write the promotion steps"],
  },
];
