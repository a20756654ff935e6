import type { FieldRow } from "../fieldRow";

// "by two weeks" after a change of a length or a date is how much it changes, not when the work is due.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'delay … by two weeks' is the size of the delay",
    markdown: "- Delay the price-feed rollout by two weeks so the relay can be patched first\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'extend … by 30 days' is how far the period grows",
    markdown: "- Extend the trial of the affected shops by 30 days\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: a passive 'will be extended by one day' is an amount too",
    markdown: "- The reward window will be extended by one day for every affected pool.\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'by 2 weeks from now' after a change verb is still when it is due",
    markdown: "- Shorten the retry window to 5 minutes by 2 weeks from now\n",
    expect: { deadline: "by 2 weeks from now" },
  },
  {
    branch: "deadline: 'cut over … by 2 weeks' is a move, not a cut: still a due date",
    markdown: "- Cut over the resolver to the new cluster by 2 weeks\n",
    expect: { deadline: "by 2 weeks" },
  },
];
