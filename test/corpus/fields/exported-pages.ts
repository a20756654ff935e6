import type { FieldRow } from "../fieldRow";

// Shapes of pages exported from blogs, wikis and spreadsheets, and the plain sections around them:
// - an HTML heading indented as the list before it ("  <h2>…</h2>") or right under its "</ul>" opens its section
//   (htmlBody.ts headingAtMargin, parse/index.ts HTML_HEADING);
// - "What are we changing?" asks for the changes to come, as "What are we doing?" does (lexicon/headings.ts);
// - "We will follow this procedure to avoid … in the future:" and "… so this does not happen again:" introduce
//   the steps as work (sections.ts FOLLOW_UP_INTRO_*);
// - "Types: PROCESS, CODE, CONFIG" is the key the rows use, and "Description | Type | Related Issue | Assignee"
//   the header of a table whose separator line came first (lineShapes.ts CODE_KEY, bareLines.ts isHeaderRow);
// - a "Related issue" column holds the ticket (table.ts);
// - "Determine which …" studies, and "Insure …" is the common misspelling of "ensure" (wording).
export const rows: FieldRow[] = [
  {
    branch: "items: an indented <h2> after an HTML list opens its own section",
    markdown:
      "# Post-mortem: wiki break-in\n\n  <h2>Background</h2> \n  <ul> \n    <li>The admin password was shared with the build host.</li> \n  </ul> \n  <h2>What are we changing?</h2> \n  <ul> \n    <li>Turn on hardware keys for every admin account</li> \n    <li>Add a rate limiter that blocks 10 failed logins a minute</li> \n  </ul> \n",
    items: ["Turn on hardware keys", "Add a rate limiter"],
  },
  {
    branch: "items: an <h2> right under the closing </ul> of the list before it opens its section",
    markdown:
      "# Post-mortem: wiki break-in\n\n<h2>Background</h2>\n<ul>\n<li>The admin password was shared with the build host.</li>\n</ul>\n<h2>Action items</h2>\n<ul>\n<li>Turn on hardware keys for every admin account</li>\n</ul>\n",
    items: ["Turn on hardware keys"],
  },
  {
    branch: "items: a fenced block with an info string before an HTML list leaves the list read",
    markdown:
      "# Post-mortem: x\n\n<p>Background</p>\n<ul>\n<li>The admin password was shared.</li>\n</ul>\n\n```html\nexample\n```\n\n<p><strong>Action items</strong></p>\n<ol>\n    <li>Turn on hardware keys for every admin account</li>\n</ol>\n",
    items: ["Turn on hardware keys"],
  },
  {
    branch: "items: 'What are we changing?' heads the changes to come",
    markdown:
      "# Post-mortem: x\n\n## What are we changing?\n\n- Turn on hardware keys for every admin account\n- Block logins after 10 failures a minute\n",
    items: ["Turn on hardware keys", "Block logins"],
  },
  {
    branch: "items: 'We will follow this procedure … in the future:' introduces its steps",
    markdown:
      "# Post-mortem: x\n\n## Mitigation Measures\n\nWe will follow this procedure in order to avoid the same outage in the future:\n\n1. List which services still read the old cache hostnames\n2. Move those services to the new hostnames\n",
    items: ["List which services", "Move those services"],
  },
  {
    branch: "items: '… so this does not happen again:' aims at the future, as 'to prevent' does",
    markdown:
      "# Post-mortem: x\n\n## Details\n\nWe will take these steps so this does not happen again:\n\n1. Move the cron jobs to the scheduler\n2. Delete the old DNS records\n",
    items: ["Move the cron jobs", "Delete the old DNS records"],
  },
  {
    branch: "items: 'We followed this procedure …:' in the story tells what was done, no items",
    markdown:
      "# Post-mortem: x\n\n## Timeline\n\nWe followed this procedure to avoid the same outage in the future:\n\n1. Paged the cache owner\n2. Flushed the cache\n",
    items: [],
  },
  {
    branch:
      "items: 'Types: PROCESS, CODE, CONFIG' lines are the key, the header row of a table is no item",
    markdown:
      "## Action items\nTypes: PROCESS, CODE, CONFIG  \nMoves: IMPROVE, REMOVE, ADD\n\n|---------|------|---------|------|\n| Description | Type | Related Issue | Assignee |\n| Keep the cluster config on a separate server | CONFIG-ADD | | |\n",
    items: ["Keep the cluster config"],
  },
  {
    branch: "items: a line that names one code is still an item ('Owner: Dana')",
    markdown: "## Action items\n\nAdd the disk alert. Owner: Dana\n",
    items: ["Add the disk alert"],
  },
  {
    branch: "tracker: a 'Related issue' column holds the ticket, a bare number there too",
    markdown:
      "| Action | Related issue | Owner |\n|---|---|---|\n| Add a disk-full alert at 90% | 41 | Dana |\n",
    expect: { trackers: ["41"] },
  },
  {
    branch: "verb: 'Determine which …' studies, as 'determine whether …' does",
    markdown: "- Determine which dashboards still read the old metric\n",
    expect: { verb: "process" },
  },
  {
    branch: "verb: 'Determine the retention from the contract' is left alone",
    markdown:
      "- Determine the retention from the contract and set it to 30 days in the bucket policy\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "verb: 'Insure we have adequate spares' reads as 'ensure', with no measure",
    markdown: "- Insure we have adequate spares on hand for our core services\n",
    expect: { verb: "vague" },
  },
  {
    branch: "verb: 'Insure that every host has two spare disks' names a measure",
    markdown: "- Insure that every host has two spare disks in the rack\n",
    expect: { verb: "outcome" },
  },
];
