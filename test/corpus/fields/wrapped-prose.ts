import type { FieldRow } from "../fieldRow";

// Prose filled to a column by an editor or a formatter (Prettier's `proseWrap`, an editor's reflow): a
// paragraph item reads the same however its lines break, even where a break lands before a capital, after
// a full stop, or inside a link.
const TWO_PARAGRAPHS =
  "A single channel to reach the whole on-call rota quickly would help a lot.\n" +
  "(added an urgent role in the team chat, with notifications switched on for\n" +
  "everyone on the rota)\n\n" +
  "The uptime check pages only the primary today, so it should notify\n" +
  "Opsgenie as well, which reaches the secondary and whoever holds\n" +
  "the pager that week (filed #812)";

export const rows: FieldRow[] = [
  {
    branch:
      "filled paragraph: a break before a capital ('should notify / Opsgenie') stays inside the item",
    markdown: TWO_PARAGRAPHS,
    items: ["A single channel", "The uptime check"],
    item: "The uptime check",
    expect: { trackers: ["#812"], status: "open" },
  },
  {
    branch:
      "filled paragraph: '(added …)' opening a line after a full stop is the item's done note",
    markdown: TWO_PARAGRAPHS,
    expect: { status: "done" },
  },
  {
    branch:
      "filled labelled paragraph: a '(tracked in [infra#326](…))' line after a full stop keeps its link on the item",
    markdown:
      "**TODO**: export the state of every systemd unit to the metrics stack,\n" +
      "so that a stopped service pages someone before any user notices it.\n" +
      "(tracked in [infra#326](https://github.com/acme/infra/issues/326))",
    expect: { trackers: ["infra#326", "https://github.com/acme/infra/issues/326"] },
  },
  {
    branch:
      "filled labelled paragraph: an 'Owner:' the fill put at a line's start is the item's owner",
    markdown:
      "**Action item:** Open the incident channel sooner. Whoever confirms a\n" +
      "customer-facing fault opens it within ten minutes, not after the fix is out.\n" +
      "Owner: @dana",
    expect: { owners: ["@dana"] },
  },
  {
    branch:
      "not filled: bare lines of near-equal length that each open with a capital stay items of their own",
    markdown:
      "Add a lag alert on every replica of the orders database cluster\n" +
      "Move the nightly export behind the approval gate of the pipeline\n" +
      "Dana owns the rollout of the new exporter to the staging hosts",
    items: ["Add a lag alert", "Move the nightly export", "Dana owns the rollout"],
  },
  {
    branch:
      "action label: a labelled paragraph of several sentences under an action heading is an item",
    markdown:
      "**Action item:** Open the incident channel sooner. Whoever confirms a customer-facing fault opens it within ten minutes. Owner: @dana",
    expect: { owners: ["@dana"] },
  },
];
