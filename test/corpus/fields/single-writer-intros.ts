import type { FieldRow } from "../fieldRow";

// A write-up by one person commits as "I", and may count its changes ("the two things I'll be changing …").
export const rows: FieldRow[] = [
  {
    branch:
      "items: 'here are the two things I'll be changing … to prevent this in the future:' introduces them",
    markdown:
      "# Disk full on the blog host\n\n## What went wrong\n\nThe disk filled up overnight. Here are the two things I'll be changing to prevent this in the future:\n\n1. Rotate the feed cache every night.\n2. Alert when the disk passes 80%.\n",
    items: ["Rotate the feed cache every night.", "Alert when the disk passes 80%."],
  },
  {
    branch: "items: 'I'm sorry for the outage:' commits to nothing",
    markdown:
      "# Disk full on the blog host\n\n## What went wrong\n\nThe disk filled up overnight, and I'm sorry for the two things that broke:\n\n1. Feeds stopped updating.\n2. Logins failed.\n",
    items: [],
  },
];
