import type { FieldRow } from "../fieldRow";

// "Actions taken" alone tells the incident response; joined to a part that names follow-ups on its own
// ("… and future prevention", "… / next steps") the heading opens the follow-up work, done and to come
// (headings.ts joinsFollowUps).
export const rows: FieldRow[] = [
  {
    branch: "items: 'Actions taken and future prevention' opens follow-up work",
    markdown:
      "# Spam bot\n\n## Actions taken and future prevention\n\n- Rotate the bot token every month.\n",
    items: ["Rotate the bot token every month."],
  },
  {
    branch: "items: 'Actions taken' alone tells the response",
    markdown: "# Spam bot\n\n## Actions taken\n\n- Rotated the bot token.\n",
    items: [],
  },
  {
    branch: "items: 'Actions taken and lessons' joins no follow-ups",
    markdown: "# Spam bot\n\n## Actions taken and lessons\n\n- Rotated the bot token.\n",
    items: [],
  },
];
