import type { FieldRow } from "../fieldRow";

// A status page's update labels are plain lines ending in a hard break ("Next steps" and two spaces): one that
// names follow-up work heads the text below it, as "**Next steps**" would.
export const rows: FieldRow[] = [
  {
    branch: "items: 'Next steps' and a hard break over a sentence opens follow-up work",
    markdown:
      "# Custom domain outage\n\nTraffic is normal again.\n\nNext steps  \nWe will move custom domains off the old scrubbing service.\n",
    items: ["We will move custom domains off the old scrubbing service."],
  },
  {
    branch: "items: 'Resolved' and a hard break opens no follow-up work",
    markdown:
      "# Custom domain outage\n\nResolved  \nWe removed the rate limit and traffic is normal again.\n",
    items: [],
  },
];
