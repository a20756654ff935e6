import type { FieldRow } from "../fieldRow";

// A paragraph that first names the gap and then says the work is under way ("We're looking into …", "We're
// working on …") is an item (lexicon/tense.ts STILL_TO_COME); "We're looking forward to …" tells a mood.
export const rows: FieldRow[] = [
  {
    branch: "items: a gap, then 'We're working on …', is an item",
    markdown:
      "# Post-mortem: stale credentials\n\n## What we are changing\n\nWe will add a lag alert on the replica.\n\nOne more gap was the lack of a shared config store. We're working on one so every service reads the same credentials.\n",
    items: [
      "We will add a lag alert on the replica.",
      "One more gap was the lack of a shared config store.",
    ],
  },
  {
    branch: "items: a gap, then 'We're looking into …', is an item",
    markdown:
      "# Post-mortem: stale credentials\n\n## What we are changing\n\nWe will add a lag alert on the replica.\n\nRotating the keys by hand took an hour. We're looking into options for rotating them from the vault.\n",
    items: ["We will add a lag alert on the replica.", "Rotating the keys by hand took an hour."],
  },
  {
    branch: "items: a gap, then 'We're looking forward to …', is no item",
    markdown:
      "# Post-mortem: stale credentials\n\n## What we are changing\n\nWe will add a lag alert on the replica.\n\nRotating the keys by hand took an hour. We're looking forward to the new vault cluster.\n",
    items: ["We will add a lag alert on the replica."],
  },
];
