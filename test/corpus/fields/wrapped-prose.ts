import type { FieldRow } from "../fieldRow";

// Prose filled to a column by an editor or a formatter (Prettier's `proseWrap`, an editor's reflow): a
// paragraph item reads the same however its lines break, even where a break lands before a capital, after
// a full stop, or inside a link.
const TWO_PARAGRAPHS =
  "It would be useful to have one channel for reaching the on-call team in a hurry.\n" +
  "(added an urgent role in the team chat, with notifications switched on for\n" +
  "everyone on the rota)\n\n" +
  "The uptime alert should reach more people, and ideally it would ping\n" +
  "Slack directly rather than only the phones of whoever holds the\n" +
  "pager that week (filed #812)";

export const rows: FieldRow[] = [
  {
    branch:
      "filled paragraph: a break before a capital ('would ping / Slack') stays inside the item",
    markdown: TWO_PARAGRAPHS,
    items: ["It would be useful", "The uptime alert"],
    item: "The uptime alert",
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
      "filled labelled paragraph: a '([see issue](…))' line after a full stop keeps its link on the item",
    markdown:
      "**TODO**: export the state of every systemd unit to the metrics stack, so\n" +
      "that a stopped service pages someone instead of waiting for a user to notice.\n" +
      "([see issue](https://github.com/acme/infra/issues/326))",
    expect: { trackers: ["https://github.com/acme/infra/issues/326"] },
  },
  {
    branch:
      "filled labelled paragraph: an 'Owner:' the fill put at a line's start is the item's owner",
    markdown:
      "**Action item:** Declare incidents earlier. Whoever confirms a customer-facing\n" +
      "fault opens the incident channel within ten minutes, not after the fix is out.\n" +
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
      "**Action item:** Declare incidents earlier. Whoever confirms a customer-facing fault opens the incident channel within ten minutes. Owner: @dana",
    expect: { owners: ["@dana"] },
  },
];
