import type { FieldRow } from "../fieldRow";

// "We are making the following changes:" over a list, outside any action heading: the team commits to the
// list, whatever it is for (sections.ts MAKING_THE_FOLLOWING); "We made the following changes:" reports them.
export const rows: FieldRow[] = [
  {
    branch:
      "items: 'We are making the following changes:' over a list in the story holds the items",
    markdown:
      "# Login outage\n\n## What happened\n\nThe session store filled up.\n\nWe are making the following changes:\n\n1. Add an alarm on session store memory at 80%.\n2. Expire idle sessions after a day.\n",
    items: ["Add an alarm on session store memory at 80%.", "Expire idle sessions after a day."],
  },
  {
    branch: "items: 'We made the following changes:' in the story reports the response",
    markdown:
      "# Login outage\n\n## What happened\n\nThe session store filled up.\n\nWe made the following changes:\n\n1. Raised the session store memory.\n2. Restarted the login pods.\n",
    items: [],
  },
];
