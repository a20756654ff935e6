import type { FieldRow } from "../fieldRow";

// A heading that asks how the organisation will respond ("How will we respond?", "How will Parkside respond?")
// opens the follow-up work; the same question in the past tells the incident response (lexicon/headings.ts).
export const rows: FieldRow[] = [
  {
    branch: "section: 'How will <name> respond?' opens the follow-up work, its paragraphs items",
    markdown:
      "# Incident report: lost mailbox rules\n\nDate: 2026-11-20\n\n## How will Parkside respond?\n\nWe copied the rules back from the nightly export.\n\nWe will add a restore check to the weekly maintenance.\n",
    items: ["We copied the rules back", "We will add a restore check"],
  },
  {
    branch: "section: 'How will we respond?' reads the paragraph led by 'we will' as open work",
    markdown:
      "# Incident report: lost mailbox rules\n\nDate: 2026-11-20\n\n## How will we respond?\n\nWe will add a restore check to the weekly maintenance.\n",
    item: "We will add a restore check",
    expect: { status: "open", owners: [] },
  },
  {
    branch: "section: 'How did <name> respond?' tells the response, so its paragraphs are no items",
    markdown:
      "# Incident report: lost mailbox rules\n\nDate: 2026-11-20\n\n## How did Parkside respond?\n\nWe copied the rules back from the nightly export.\n",
    items: [],
  },
  {
    branch: "section: 'How we responded' tells the response, so its paragraphs are no items",
    markdown:
      "# Incident report: lost mailbox rules\n\nDate: 2026-11-20\n\n## How we responded\n\nWe copied the rules back from the nightly export.\n",
    items: [],
  },
];
