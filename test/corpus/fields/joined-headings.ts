import type { FieldRow } from "../fieldRow";

// "Actions taken" ("Immediate actions taken") as a heading of its own lists the changes made, follow-ups done (sections.ts, takenAsHeading);
// under the response's heading, or with more words ("… during the response"), it tells the response. Joined to a
// part that names follow-ups on its own ("… and future prevention", "… / next steps") the heading opens the
// follow-up work, done and to come (headings.ts joinsFollowUps).
export const rows: FieldRow[] = [
  {
    branch: "items: 'Actions taken and future prevention' opens follow-up work",
    markdown:
      "# Spam bot\n\n## Actions taken and future prevention\n\n- Rotate the bot token every month.\n",
    items: ["Rotate the bot token every month."],
  },
  {
    branch: "items: 'Actions taken' as a heading of its own lists follow-ups done",
    markdown: "# Spam bot\n\n## Actions taken\n\n- Rotated the bot token.\n",
    items: ["Rotated the bot token."],
    expect: { status: "done" },
  },
  {
    branch: "items: 'Immediate actions taken' as a heading of its own lists follow-ups done",
    markdown:
      "# Spam bot\n\n## Immediate Actions Taken\n\n- Paused the bot at 09:40 to stop the posts.\n- A filter was deployed to drop links from new accounts.\n",
    items: [
      "Paused the bot at 09:40 to stop the posts.",
      "A filter was deployed to drop links from new accounts.",
    ],
    expect: { status: "done" },
  },
  {
    branch: "items: 'Immediate actions taken' under the response's heading tells the response",
    markdown: "# Spam bot\n\n## Resolution\n\n### Immediate actions taken\n\n- Paused the bot.\n",
    items: [],
  },
  {
    branch: "items: 'Actions taken' under the response's heading tells the response",
    markdown: "# Spam bot\n\n## Resolution\n\n### Actions taken\n\n- Rotated the bot token.\n",
    items: [],
  },
  {
    branch: "items: 'Actions taken during the response' tells the response",
    markdown: "# Spam bot\n\n## Actions taken during the response\n\n- Rotated the bot token.\n",
    items: [],
  },
  {
    branch:
      "items: under a heading 'Action taken', a sentence ending in a colon introduces the actions listed",
    markdown:
      "# Spam bot\n\n## Action taken\n\nWe took these steps right away:\n\n1. Replaced the leaked bot token.\n\n2. Removed every secret from the workflows.\n",
    items: ["Replaced the leaked bot token.", "Removed every secret from the workflows."],
    expect: { status: "done" },
  },
  {
    branch: "items: 'Actions taken and lessons' joins no follow-ups",
    markdown: "# Spam bot\n\n## Actions taken and lessons\n\n- Rotated the bot token.\n",
    items: [],
  },
];
