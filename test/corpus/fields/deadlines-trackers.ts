import type { FieldRow } from "../fieldRow";

// Deadlines: dates, timeboxes and event anchors count; conditions, cadences and quantities do not.
// Trackers: only an identifier or a link to an issue or pull request counts.
export const rows: FieldRow[] = [
  {
    branch: "deadline: an event anchor",
    markdown: "- Dana Okafor: move the cron before the next major release",
    expect: { deadline: "before the next major release" },
  },
  {
    branch: "deadline: a half-year",
    markdown: "- Dana Okafor: move the cron in H1",
    expect: { deadline: "H1" },
  },
  {
    branch: "deadline: a timebox in brackets",
    markdown: "- Dana Okafor: move the cron (2 weeks)",
    expect: { deadline: "2 weeks" },
  },
  {
    branch: "deadline: a quantity after 'to' is no timebox",
    markdown: "- Dana Okafor: raise log retention to 30 days",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a condition is no deadline",
    markdown: "- Dana Okafor: move the cron once the vendor ships v2",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a dated sub-heading gives its items a deadline",
    markdown:
      "# Post-mortem: cron drift\n\n## Action items\n\n### Longer term (Q1 2027)\n\n- Dana Okafor: move the cron to the new scheduler\n",
    expect: { deadline: "Q1 2027" },
  },
  {
    branch: "deadline: when it was raised is no due date",
    markdown: "- Dana Okafor: move the cron (raised 2026-11-20)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a heading that dates the agreement gives no deadline",
    markdown:
      "# Post-mortem: cron drift\n\n## Follow-ups (agreed 2026-11-21)\n\n- Dana Okafor: move the cron to the new scheduler\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a heading dated the post-mortem's own day gives no deadline",
    markdown:
      "# Post-mortem: cron drift\n\nDate: 2026-11-20\n\n## Action items (2026-11-20)\n\n- Dana Okafor: move the cron to the new scheduler\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: an item dated the post-mortem's own day has no deadline",
    markdown: "- Dana Okafor: move the cron to the new scheduler (2026-11-20)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a relative deadline from the post-mortem's day stays",
    markdown: "- Dana Okafor: move the cron to the new scheduler by end of week",
    expect: { deadline: "by end of week" },
  },
  {
    branch: "tracker: an issue key",
    markdown: "- Dana Okafor: move the cron (OPS-12)",
    expect: { trackers: ["OPS-12"] },
  },
  {
    branch: "tracker: a pull request link",
    markdown: "- Dana Okafor: move the cron ([PR](https://github.com/acme/app/pull/88))",
    expect: { trackers: ["https://github.com/acme/app/pull/88"] },
  },
  {
    branch: "tracker: a runbook link is no tracker",
    markdown:
      "- Dana Okafor: move the cron (see [runbook](https://wiki.example.com/runbooks/cron))",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a commit link is no tracker",
    markdown: "- Dana Okafor: move the cron (commit https://github.com/acme/app/commit/4f2a9c1)",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a placeholder is no tracker",
    markdown: "- Dana Okafor: move the cron (ticket: TBD)",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a GitLab merge request in another project ('group/project!58')",
    markdown: "- [ ] Resize the runner disks to 120 GB (@mlind, infra/runners!58)",
    expect: { trackers: ["infra/runners!58"] },
  },
  {
    branch: "tracker: a bang after a word is no merge request",
    markdown: "- [ ] Resize the runner disks now!12 hosts are full",
    expect: { trackers: [] },
  },
  {
    branch: "deadline: a date between 'the' and a noun names which thing",
    markdown: "- [ ] Hyun: restore the search index from the 2026-05-01 snapshot (SRCH-91)",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'by the <date> freeze' is still a deadline",
    markdown: "- [ ] Hyun: restore the search index by the 2026-05-01 freeze (SRCH-91)",
    expect: { deadline: "2026-05-01" },
  },
  {
    branch: "tracker: a link whose words are the action keeps the words as its text",
    markdown: "- [Add a lag alert for the relay queue](https://github.com/acme/relay/issues/123)",
    expect: {
      text: "Add a lag alert for the relay queue",
      trackers: ["https://github.com/acme/relay/issues/123"],
    },
  },
  {
    branch:
      "tracker: a reference among the link's words is no ticket label, so the owner after it is read",
    markdown:
      "- [Cap the relay retry budget #124](https://github.com/acme/relay/issues/124) — Dana",
    expect: { text: "Cap the relay retry budget", owners: ["Dana"] },
  },
  {
    branch: "tracker: an autolink's angle brackets leave with its URL",
    markdown: "- <https://acme.atlassian.net/browse/OPS-9> Document the relay failover",
    expect: {
      text: "Document the relay failover",
      trackers: ["https://acme.atlassian.net/browse/OPS-9"],
    },
  },
  {
    branch:
      "tracker: '#1' in a numbered list's item is the list's own item 1, no ticket, and stays in the text",
    markdown:
      "1. Add a lag alert on the relay at 30s (Mia Chen)\n2. Same as #1 for the billing relay (Omar Haddad)\n",
    item: "Same as",
    expect: { trackers: [], text: "Same as #1 for the billing relay" },
  },
  {
    branch: "tracker: '#41' in a numbered list with no item 41 stays a ticket",
    markdown:
      "1. Add a lag alert on the relay at 30s (Mia Chen)\n2. Cap the relay's retries at 3, see #41 (Omar Haddad)\n",
    item: "Cap the",
    expect: { trackers: ["#41"] },
  },
  {
    branch: "tracker: '#1' in a bulleted list is a ticket: the list numbers nothing",
    markdown:
      "- Add a lag alert on the relay at 30s (Mia Chen)\n- Same as #1 for the billing relay (Omar Haddad)\n",
    item: "Same as",
    expect: { trackers: ["#1"] },
  },
];
