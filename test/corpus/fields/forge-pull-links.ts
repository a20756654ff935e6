import type { FieldRow } from "../fieldRow";

// Pull requests on Gitea and Forgejo forges ("…/pulls/5") and GitLab merge requests in its older paths.
export const rows: FieldRow[] = [
  {
    branch: "tracker: a Gitea or Forgejo pull request link",
    markdown: "- Cap the upload size at 20 MB https://codeberg.org/hearth/relay/pulls/41",
    expect: { trackers: ["https://codeberg.org/hearth/relay/pulls/41"] },
  },
  {
    branch: "tracker: a GitLab merge request link without '/-/'",
    markdown: "- Drop the legacy cron https://gitlab.com/hearth/ops/merge_requests/212",
    expect: { trackers: ["https://gitlab.com/hearth/ops/merge_requests/212"] },
  },
  {
    branch: "tracker: none for the list of a forge's pull requests",
    markdown: "- Review what is still open on https://codeberg.org/hearth/relay/pulls",
    expect: { trackers: [] },
  },
];
