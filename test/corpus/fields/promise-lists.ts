import type { FieldRow } from "../fieldRow";

// A list outside any action heading whose every line is the team's promise ("1. We will …") holds the
// follow-ups however it was introduced (looseLists.ts readPromiseList); one line that only tells the story
// leaves the list to the story.
export const rows: FieldRow[] = [
  {
    branch: "items: a list of 'We will …' lines under a heading of no kind holds the follow-ups",
    markdown:
      "# Order search outage\n\n## Order search\n\nHere is what this taught us:\n\n1. We will move the search service to its own servers.\n2. In the next quarter, we'll add a latency alarm at 2 s.\n",
    items: [
      "We will move the search service to its own servers.",
      "we'll add a latency alarm at 2 s.",
    ],
  },
  {
    branch: "items: a list that mixes a promise with the story stays story",
    markdown:
      "# Order search outage\n\n## Order search\n\n1. The index grew past its memory.\n2. We will move the search service to its own servers.\n",
    items: [],
  },
  {
    branch:
      "items: promises under a line that tells them done ('… led to us changing the following:') are told",
    markdown:
      "# Order search outage\n\n## Order search\n\nThe load on the index led to us changing the following:\n\n1. We will no longer rebuild the index on every deploy.\n2. We will cache the search results for a minute.\n",
    items: [],
  },
];
