import type { FieldRow } from "../fieldRow";

// "## Changes we have made" and "## What we changed" hold the follow-ups, done; "### How to make sure this
// never happens again" holds them still to come (lexicon/headings.ts ACTION_HEADING_PHRASES,
// lexicon/status.ts DONE_HEADING). "How to make sure your data is safe" is advice to the reader.
export const rows: FieldRow[] = [
  {
    branch: "items: the lines under 'Changes we have made' are follow-ups, done",
    markdown:
      "# Outage: staging wiped production\n\n## Changes we have made\n\n- Use separate credentials for staging and production.\n- Require an approval step for plans that touch production.\n",
    items: [
      "Use separate credentials for staging and production.",
      "Require an approval step for plans that touch production.",
    ],
    expect: { status: "done" },
  },
  {
    branch: "items: the lines under 'What we changed' are follow-ups, done",
    markdown:
      "# Outage: staging wiped production\n\n## What we changed\n\n- Pinned the deploy tool to 2.3 in every pipeline.\n",
    items: ["Pinned the deploy tool to 2.3 in every pipeline."],
    expect: { status: "done" },
  },
  {
    branch: "items: 'How to make sure this issue never happens again' holds open follow-ups",
    markdown:
      "# Mail delay\n\n## What happened\n\nThe queue backed up for six hours.\n\n### How to make sure this issue never happens again\n\n- Add an alert on the mail queue age above 10 minutes.\n- Cap retries per sender at 50 an hour.\n",
    items: ["Add an alert on the mail queue age", "Cap retries per sender at 50 an hour."],
    expect: { status: "open" },
  },
  {
    branch: "items: 'How to make sure your data is safe' is advice to the reader, no follow-ups",
    markdown:
      "# Mail delay\n\n## How to make sure your data is safe\n\n- Turn on two-factor sign-in.\n- Keep a copy of your recovery codes.\n",
    items: [],
  },
];
