import type { FieldRow } from "../fieldRow";

// "How do I do this?", "How it works": a part explaining how the fix is built, even under an action heading;
// its lines describe code, not work. With no work in its sub-sections, the action section's own text is the plan.
export const rows: FieldRow[] = [
  {
    branch:
      "items: under '## How do I do this?' below an action heading, lines describing the code are no work",
    markdown:
      "# Bot crash\n\n# How am I going to stop this happening again?\n\nFirst, I am going to move the reminder state into the bot object.\n\n## How do I do this?\n\n- The state object is a dictionary keyed by channel.\n- It is created when the bot starts.\n",
    items: ["First, I am going to move the reminder state into the bot object."],
  },
  {
    branch: "items: '### How it works' under an action heading holds no work",
    markdown:
      "# Feed outage\n\n## Follow-ups\n\n- Add a retry to the feed fetcher\n\n### How it works\n\n- The fetcher reads the feed list every minute.\n",
    items: ["Add a retry to the feed fetcher"],
  },
];
