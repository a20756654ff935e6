import type { FieldRow } from "../fieldRow";

// Common verbs the lexicon once lacked ("Collect", "Gather", "Launch", "Resubmit"), and sub-headings under an
// action heading that are actions of their own, read by their verb whatever other words they hold.
const HEADINGS =
  "### Pin the node image in the cluster module\n\n" +
  "### Schedule a discussion of image pinning with the platform leads\n\n" +
  "### Collect node logs in one place\n\n" +
  "### Build an onboarding course for the support team\n";

export const rows: FieldRow[] = [
  {
    branch: "bare sub-heading: a common verb ('Collect …') opens an action like any other",
    markdown: HEADINGS,
    items: [
      "Pin the node image",
      "Schedule a discussion",
      "Collect node logs",
      "Build an onboarding course",
    ],
    item: "Collect node logs",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "bare sub-heading: a verb-led heading with a story word ('discussion') under an action heading is an action",
    markdown: HEADINGS,
    item: "Schedule a discussion",
    expect: { verb: "process" },
  },
  {
    branch:
      "bare sub-heading: 'for the support team' in a verb-led heading names who it serves, not its owner",
    markdown: HEADINGS,
    item: "Build an onboarding course",
    expect: { owners: [] },
  },
  {
    branch: "sub-heading over items: 'Action items for the support team' still names their owner",
    markdown: "### Action items for the support team\n\n- Add a macro for refund questions",
    expect: { owners: ["support team"], ownerIsGroup: true },
  },
  {
    branch:
      "coordinated verbs: 'Go through … and resubmit it' is judged by the outcome verb after 'and'",
    markdown: "- Go through every rejected timesheet and resubmit it",
    expect: { verb: "outcome" },
  },
];
