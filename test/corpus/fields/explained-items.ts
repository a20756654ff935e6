import type { FieldRow } from "../fieldRow";

// An item whose explanation runs on in later paragraphs of the same list item, ending with its ticket.
export const rows: FieldRow[] = [
  {
    branch: "trackers: the ticket that closes an item's last later paragraph tracks the item",
    markdown: [
      "1. shorten the image pull timeout to 3 minutes. Pulls that last longer almost always fail.",
      "",
      "   The dashboard shows most retried pulls stopping at the old limit.",
      "",
      "   A shorter limit frees the node sooner. [issue](https://github.com/acme/nodes/issues/88).",
      "",
      "2. keep one warm node per zone during the spring release",
    ].join("\n"),
    expect: { trackers: ["https://github.com/acme/nodes/issues/88"] },
  },
  {
    branch: "trackers: a later paragraph that only points at an older ticket names no home",
    markdown: [
      "1. shorten the image pull timeout to 3 minutes",
      "",
      "   See the earlier outage, https://github.com/acme/nodes/issues/12",
    ].join("\n"),
    expect: { trackers: [] },
  },
  {
    branch: "trackers: a ticket in the middle of a later paragraph is context, not the item's home",
    markdown: [
      "1. shorten the image pull timeout to 3 minutes",
      "",
      "   The limit came from #12 years ago and nobody revisited it since then.",
    ].join("\n"),
    expect: { trackers: [] },
  },
];
