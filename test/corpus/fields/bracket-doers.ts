import type { FieldRow } from "../fieldRow";

// "(Dana to write the story)", "[CF to file a ticket]": brackets that name who takes the item on and the first
// thing they will do give it that owner (readers/trailingParts.ts readParts). A longer clause in them is
// the action's own words, and a thing ("the fix to land …") is no owner.
export const rows: FieldRow[] = [
  {
    branch: "owner: a name and 'to' a first step in brackets",
    markdown: "- Add a health check on the login page (Dana to write the story)\n",
    expect: { owners: ["Dana"], text: "Add a health check on the login page" },
  },
  {
    branch: "owner: initials and 'to' a first step in square brackets",
    markdown: "- Add a health check on the login page [CF to file a ticket]\n",
    expect: { owners: ["CF"] },
  },
  {
    branch: "owner: a thing and 'to' is no owner",
    markdown: "- Add a health check on the login page (probe to run every minute)\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: a reviewer named with 'to review' does not take the item on",
    markdown: "- Add a health check on the login page (Eli to review)\n",
    expect: { owners: [] },
  },
];
