import type { FieldRow } from "../fieldRow";

// A link to a Jira project's board, list or summary shows many issues, so it is no home for one item
// (trackerRefs.ts TRACKER_URL); the same board opened on one issue ("?selectedIssue=OPS-12") is that issue.
export const rows: FieldRow[] = [
  {
    branch: "tracker: a Jira board link is no tracker home",
    markdown:
      "- Add a lag alert at 30 s (https://acme.atlassian.net/jira/software/projects/OPS/boards/3)\n",
    expect: { trackers: [] },
  },
  {
    branch: "tracker: a Jira board link opened on one issue is that issue",
    markdown:
      "- Add a lag alert at 30 s (https://acme.atlassian.net/jira/software/projects/OPS/boards/3?selectedIssue=OPS-12)\n",
    expect: {
      trackers: [
        "https://acme.atlassian.net/jira/software/projects/OPS/boards/3?selectedIssue=OPS-12",
      ],
    },
  },
  {
    branch: "tracker: a Jira issue link on atlassian.net still counts",
    markdown: "- Add a lag alert at 30 s (https://acme.atlassian.net/browse/OPS-13)\n",
    expect: { trackers: ["https://acme.atlassian.net/browse/OPS-13"] },
  },
];
