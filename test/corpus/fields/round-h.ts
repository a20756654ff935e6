import type { FieldRow } from "../fieldRow";

// Shapes met in write-ups from organisations outside the dev set (community hosting, university and
// research teams, engineering blogs), written here in our own words.

// An engineering blog's "agreed actions", the list text aligned in a column after the numbers.
const ALIGNED_LIST =
  "# Post-mortem: search outage\n\nDate: 2026-11-20\n\n" +
  "The planned maintenance steps:\n\n" +
  "1.            Move every service to the second site\n" +
  "2.            Restart the standby load balancer\n\n" +
  "Agreed actions:\n\n" +
  "1.            Rewrite the traffic tool so it reports each service it could not move.\n" +
  "2.            Add a step to the switch-over runbook that lists the services still on the old site.\n";

export const rows: FieldRow[] = [
  {
    branch: "status: '(Done!)' closing the item is a done mark, the exclamation mark cheers it",
    markdown: "- Remove the retired build agents from the pool. (Done!)",
    expect: { status: "done", text: "Remove the retired build agents from the pool." },
  },
  {
    branch:
      "items: list text aligned after wide-spaced numbers is prose, not an indented code block",
    markdown: ALIGNED_LIST,
    items: ["Rewrite the traffic tool", "Add a step to the switch-over runbook"],
  },
  {
    branch:
      "sections: 'The planned maintenance steps:' is the procedure the team followed, not follow-up work",
    markdown:
      "# Post-mortem: search outage\n\nDate: 2026-11-20\n\n" +
      "The pre-agreed maintenance actions:\n\n" +
      "1. Move every service to the second site\n" +
      "2. Restart the standby load balancer\n\n" +
      "## Action items\n\n" +
      "- Add a step to the switch-over runbook that lists the services still on the old site.\n",
    items: ["Add a step to the switch-over runbook"],
  },
];
