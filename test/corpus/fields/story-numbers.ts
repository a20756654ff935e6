import type { FieldRow } from "../fieldRow";

// What keeps a direction from being vague is a target (parse/wording/specific.ts): a number, a quotation, a
// result clause. Numbers that tell the story after the ask, name a product or qualify a noun are no target.
export const rows: FieldRow[] = [
  {
    branch: "vague: a number in a later sentence that tells what happened is no target",
    markdown: "- Invest in the support rota. The first engineer joined three months ago.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a number in a later sentence that asks for something is the target",
    markdown: "- Improve the disk alert. It should fire at 80% full.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a digit inside a product name ('EC2') is no threshold",
    markdown: "- Make improvements to the logging on the EC2 hosts.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'better-' opening a package name is no comparison",
    markdown: "- Use better-sqlite3 for the CLI cache.",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: 'so the early signs of …' is a noun phrase, not a result clause",
    markdown: "- Improve the queue metrics so the early signs of a backlog are seen.",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: 'so the dashboard shows …' says what the change does",
    markdown: "- Improve the queue metrics so the dashboard shows the backlog per tenant.",
    expect: { verb: "outcome" },
  },
];
