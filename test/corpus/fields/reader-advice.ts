import type { FieldRow } from "../fieldRow";

// Pages written for their readers as much as for the team: advice to users is no follow-up of the team's,
// a chart between the lines is no item, and prose with one clause per line reads as the prose it is.
export const rows: FieldRow[] = [
  {
    branch: "heading: 'Recommendations for end users' advises readers, no work for the team",
    markdown:
      "# Incident report: leaked upload token\n\nDate: 2026-11-20\n\n## Follow-up actions\n\n- Rotate every upload token issued before the leak (Ana, REG-88, by 2027-01-15)\n\n## Recommendations for end users\n\n- Turn on two-factor sign-in for your account\n- Use a scoped token for each project\n",
    items: ["Rotate every upload token"],
  },
  {
    branch: "heading: 'What you can do' advises readers, no work for the team",
    markdown:
      "# Incident report: leaked upload token\n\nDate: 2026-11-20\n\n## Action items\n\n- Rotate every upload token issued before the leak (Ana, REG-88, by 2027-01-15)\n\n## What you can do\n\n- Check your account's recent uploads\n",
    items: ["Rotate every upload token"],
  },
  {
    branch: "bare lines: a line that is only a picture is no item",
    markdown:
      "# Incident report: stale mirrors\n\nDate: 2026-11-20\n\n## Next steps\n\nAdd a freshness probe to every mirror and page when one falls a day behind (Ana, REG-90, by 2027-01-15)\n\n![Mirror lag by day](lag.png)\n",
    items: ["Add a freshness probe"],
  },
  {
    branch: "deadline: 'that took place in April 2025' says when something happened",
    markdown:
      "- After a first sweep that took place in April 2026, check every mirror daily (Ana, REG-91)",
    expect: { deadline: null },
  },
  {
    branch: "bare lines: a short line ending in a comma goes on in the next line",
    markdown:
      "# Incident report: stale mirrors\n\nDate: 2026-11-20\n\n## Next steps\n\nOnce the new probe is live,\nAna will page the mirror owner when a mirror falls a day behind (REG-92, by 2027-01-15).\n",
    items: ["page the mirror owner"],
    expect: { owners: ["Ana"], deadline: "by 2027-01-15" },
  },
  {
    branch: "status: 'that have become unverified' is a relative clause, no report of work",
    markdown:
      "- Ana will not send reset mail to addresses that have become unverified (REG-93, by 2027-01-15)",
    expect: { status: "open" },
  },
  {
    branch: "heading: 'Identified problems' under an action heading states findings, no work",
    markdown:
      "# Incident report: relay overload\n\nDate: 2026-11-20\n\n## Future work\n\n### Identified problems:\n\n- The relay keeps every connection in memory\n- Logs are never rotated\n\n### Planned changes\n\n- Cap relay connections at 50k per node (Ana, REL-1, by 2027-01-10)\n",
    items: ["Cap relay connections"],
  },
  {
    branch: "heading: 'Findings and action items' is still an action section",
    markdown:
      "# Incident report: relay overload\n\nDate: 2026-11-20\n\n## Findings and action items\n\n- Cap relay connections at 50k per node (Ana, REL-1, by 2027-01-10)\n",
    items: ["Cap relay connections"],
  },
  {
    branch: "status: 'Corrective measures implemented' says its items are done",
    markdown:
      "# Incident report: relay overload\n\nDate: 2026-11-20\n\n## Corrective measures implemented\n\n- Cap relay connections at 50k per node\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Corrective measures' alone leaves its items open",
    markdown:
      "# Incident report: relay overload\n\nDate: 2026-11-20\n\n## Corrective measures\n\n- Cap relay connections at 50k per node\n",
    expect: { status: "open" },
  },
];
