import type { FieldRow } from "../fieldRow";

// "Have" as the verb of an item ("Have a badge for each build", parse/lexicon/verbs.ts): what follows a bold
// name or initials is then a request, so the name owns it, as before any other verb.
export const rows: FieldRow[] = [
  {
    branch: "owner: bold initials before 'Have …' own the item",
    markdown: "- **KM** Have a status badge for each nightly build on the team page",
    expect: { owners: ["KM"], ownerIsGroup: false },
  },
  {
    branch: "owner: a bold team acronym before 'Have …' is still a group",
    markdown: "- **SRE** Have a second pager rota for the weekend shifts",
    expect: { ownerIsGroup: true },
  },
];
