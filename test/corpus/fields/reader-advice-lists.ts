import type { FieldRow } from "../fieldRow";

// A list under an intro that gives recommendations for the page's readers ("… for self-hosting operators:"),
// each item what someone else should do, holds advice, not the team's work (listNonItems.ts
// isReaderAdviceList). Verbs under the same intro, or "should" items under an intro naming the team, stay items.
export const rows: FieldRow[] = [
  {
    branch: "items: 'should' advice under 'recommendations for self-hosting operators' is no item",
    markdown:
      "With hindsight, we have some recommendations for self-hosting operators:\n\n- Operators should rotate their mirror tokens every quarter.\n- Operators running old agents should move to the signed builds.\n",
    items: [],
  },
  {
    branch: "items: imperatives under the same advice intro stay items",
    markdown:
      "With hindsight, we have some recommendations for self-hosting operators:\n\n- Rotate the mirror tokens of the project bot.\n- Publish signed builds of the agent.\n",
    items: ["Rotate the mirror tokens of the project bot.", "Publish signed builds of the agent."],
  },
  {
    branch: "items: 'should' items under an intro naming the team stay items",
    markdown:
      "We have a few follow-ups for the platform team:\n\n- The platform team should page on mirror lag over ten minutes.\n- The platform team should rotate the bot token.\n",
    items: ["page on mirror lag over ten minutes.", "rotate the bot token."],
  },
];
