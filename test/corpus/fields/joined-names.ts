import type { FieldRow } from "../fieldRow";

// A name written as one word with a capital inside: a company's ("CloudBees") or a person's ("MacKenzie").
export const rows: FieldRow[] = [
  {
    branch: "owners: two words joined with a capital inside name a company, a group",
    markdown: "- HarbourLine should publish signed release manifests before each mirror sync\n",
    expect: { owners: ["HarbourLine"], ownerIsGroup: true },
  },
  {
    branch: "owners: a joined company name as a prefix is a group too",
    markdown: "- StackWharf: rotate the mirror's upload keys every 90 days\n",
    expect: { owners: ["StackWharf"], ownerIsGroup: true },
  },
  {
    branch: "owners: a surname that begins as names do ('Mac', 'Fitz') stays a person",
    markdown: "- MacKenzie should add an alert when the mirror lags by more than an hour\n",
    expect: { owners: ["MacKenzie"], ownerIsGroup: false },
  },
  {
    branch: "owners: a given name joined to a name ending ('Beth', 'Ann') stays a person",
    markdown: "- MaryBeth will add an alert when the mirror lags by more than an hour\n",
    expect: { owners: ["MaryBeth"], ownerIsGroup: false },
  },
  {
    branch: "owners: a name joined after two letters ('De', 'La') stays a person",
    markdown: "- DeShawn will add an alert when the mirror lags by more than an hour\n",
    expect: { owners: ["DeShawn"], ownerIsGroup: false },
  },
];
