import type { FieldRow } from "../fieldRow";

// "We have started monitoring …", "Work has begun to move …": the work is under way, not done, even under a
// heading that lists what was done; "… and are working on …" after a report keeps it open too
// (status/grammar.ts BEGUN, parse/fields.ts stillToCome).
export const rows: FieldRow[] = [
  {
    branch: "status: 'Work has begun to move …' is under way, not done",
    markdown:
      "- Move the tarballs off the database: work has begun to move them to object storage.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: under 'Actions taken', 'We have started … and are working on …' stays open",
    markdown:
      "# Crawler abuse\n\n## Actions taken\n\n- We have started watching bandwidth per agent and are working on stricter rate limits.\n",
    expect: { status: "open" },
  },
  {
    branch:
      "status: 'We have started the migration.' with no work named after it reports a step done",
    markdown: "- We have started the migration.\n",
    expect: { status: "done" },
  },
  {
    branch:
      "status: under 'Changes we have made', a promise after a long opening clause ('Even if we expect …, we will …') stays open",
    markdown:
      "# Outage\n\n## Changes we have made\n\n- Even if we expect a short interruption, we will post on the status page within ten minutes.\n",
    expect: { status: "open" },
  },
];
