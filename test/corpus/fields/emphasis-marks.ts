import type { FieldRow } from "../fieldRow";

// Emphasis marks in an item's text (parse/markdownText.ts): a pair of single marks goes with its words, and a
// star or underscore that ends a name is part of it, as in a glob.
export const rows: FieldRow[] = [
  {
    branch: "text: a pair of single emphasis marks is dropped together",
    markdown: "- Make the relay *always* sign the receipts it forwards",
    expect: { text: "Make the relay always sign the receipts it forwards" },
  },
  {
    branch: "text: a glob keeps its star and its underscore",
    markdown: "- Run all build/tasks/gradle_* jobs and every infra/cask* check with the cache off",
    expect: {
      text: "Run all build/tasks/gradle_* jobs and every infra/cask* check with the cache off",
    },
  },
];
