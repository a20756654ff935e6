import type { FieldRow } from "../fieldRow";

// A paragraph right after a follow-up list that adds one more piece of work (labelledLines.ts): work under way
// after a closing word ("Finally, we're looking into …") or a promise led by a short clause ("With the new
// hosts, we plan on …"); a closing remark that reports how things stand adds nothing.
export const rows: FieldRow[] = [
  {
    branch: "items: 'Finally, we're looking into …' after the list is one more item",
    markdown:
      "- Add a disk alarm at 80%.\n- Rotate the archive logs daily.\n\nFinally, we're looking into moving old archives to cold storage.\n",
    items: [
      "Add a disk alarm at 80%.",
      "Rotate the archive logs daily.",
      "Finally, we're looking into moving old archives to cold storage.",
    ],
  },
  {
    branch: "items: 'In addition, we are rewriting …' after the list is one more item",
    markdown:
      "- Add a disk alarm at 80%.\n\nIn addition, we are rewriting the cleanup job so it pages on failure.\n",
    items: [
      "Add a disk alarm at 80%.",
      "In addition, we are rewriting the cleanup job so it pages on failure.",
    ],
  },
  {
    branch: "items: a short clause before 'we plan on …' still promises work",
    markdown:
      "- Add a disk alarm at 80%.\n\nWith the spare hosts, we plan on splitting the archive volume in two.\n",
    items: [
      "Add a disk alarm at 80%.",
      "With the spare hosts, we plan on splitting the archive volume in two.",
    ],
  },
  {
    branch: "items: 'Finally, we're seeing …' reports how things stand, no item",
    markdown:
      "- Add a disk alarm at 80%.\n\nFinally, we're seeing far fewer full disks since the change.\n",
    items: ["Add a disk alarm at 80%."],
  },
  {
    branch: "items: a closing remark with no promise after the list is no item",
    markdown: "- Add a disk alarm at 80%.\n\nTaken together, these close the gaps we found.\n",
    items: ["Add a disk alarm at 80%."],
  },
];
