import type { FieldRow } from "../fieldRow";

// More headings over follow-up work ("Future thinking", "Mitigation initiatives", "Changes to how we deploy",
// "Moving Foward" typed in a hurry), and a chain of causes under one, which is no work.
export const rows: FieldRow[] = [
  {
    branch: "items: '## Future thinking' opens follow-up work",
    markdown: "# Disk full\n\n## Future thinking\n\n- Add a second volume for the media store\n",
    items: ["Add a second volume for the media store"],
  },
  {
    branch: "items: '## Moving Foward', one letter dropped, opens follow-up work",
    markdown: "# Disk full\n\n## Moving Foward\n\n- Add a disk usage alert at 80%\n",
    items: ["Add a disk usage alert at 80%"],
  },
  {
    branch: "items: '## Strategic mitigation initiatives' opens follow-up work",
    markdown:
      "# Token leak\n\n## Strategic mitigation initiatives\n\n- Rotate publish tokens every 30 days\n",
    items: ["Rotate publish tokens every 30 days"],
  },
  {
    branch: "items: '### Changes to how we deploy' opens follow-up work",
    markdown:
      "# Bad release\n\n### Changes to how we deploy\n\n- Gate each release on the smoke suite\n",
    items: ["Gate each release on the smoke suite"],
  },
  {
    branch: "items: a numbered chain of causes under a forward heading is no work",
    markdown:
      "# Outage\n\n## Going forward\n\nIt went wrong in a chain:\n\n1. The full disk caused the `apt` hook to fail mid-upgrade.\n2. The broken `en_GB.UTF-8` locale caused the database to refuse to start.\n3. The stopped database caused the site to return errors.\n\n- Add a disk usage alert at 80%\n",
    items: ["Add a disk usage alert at 80%"],
  },
];
