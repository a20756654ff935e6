import type { FieldRow } from "../fieldRow";

// Headings asking how the work will be kept from recurring, in any person ("How we will avoid …", "How am I
// going to fix this …?"), and the future described as a look ahead ("What the future looks like").
export const rows: FieldRow[] = [
  {
    branch: "items: '## How we will avoid a repeat' opens follow-up work",
    markdown:
      "# Queue backlog\n\n## How we will avoid a repeat\n\n- Cap each tenant's queue at 10,000 jobs\n",
    items: ["Cap each tenant's queue at 10,000 jobs"],
  },
  {
    branch: "items: a question in the first person singular opens follow-up work",
    markdown:
      "# Bot crash\n\n## How am I going to stop this happening again?\n\n- Catch the timeout in the reminder loop\n",
    items: ["Catch the timeout in the reminder loop"],
  },
  {
    branch: "items: '## What the future looks like' opens follow-up work",
    markdown:
      "# Jam server down\n\n## What the future looks like\n\n- Host the submission form on two servers\n",
    items: ["Host the submission form on two servers"],
  },
  {
    branch: "items: '## How we responded' tells the story and opens no work",
    markdown:
      "# Jam server down\n\n## How we responded\n\n- Restarted the submission form at 14:05\n",
    items: [],
  },
];
