import type { FieldRow } from "../fieldRow";

// "## Future" on its own opens the plans (lexicon/headings.ts); "on behalf of the … team" under the last
// paragraph signs the page off with the writer's name above it (bareLines.ts signsOff).
export const rows: FieldRow[] = [
  {
    branch: "items: '## Future' alone opens the plans",
    markdown:
      "# Server move\n\n## Future\n\nWe are going to get automatic backups running for the new server.\n",
    items: ["We are going to get automatic backups running for the new server."],
  },
  {
    branch: "items: a 'Future of the project' heading names a topic, not plans",
    markdown:
      "# Server move\n\n## Future of the project\n\nWe are going to get automatic backups running for the new server.\n",
    items: [],
  },
  {
    branch: "items: a name over 'on behalf of the … team.' signs off, no item",
    markdown:
      "# Server move\n\n## Future\n\nWe are going to get automatic backups running for the new server.\n\nquintus<br/>\non behalf of the wiki team.\n",
    items: ["We are going to get automatic backups running for the new server."],
  },
];
