import type { FieldRow } from "../fieldRow";

// A paragraph that counts or announces the actions to come ("there are a few steps we want to take …")
// introduces them and is none of them (parse/bareLines.ts INTRO_LINE); a paragraph that only mentions steps
// while asking for work is still an item.
export const rows: FieldRow[] = [
  {
    branch: "items: 'there are a few concrete steps' over prose commitments introduces them",
    markdown:
      "Looking ahead, there are a few concrete steps we want to take so this cannot repeat.\n\nWe will page the release captain whenever a nightly build fails.\n\nWe will keep a spare signing key in the team vault.\n",
    items: [
      "We will page the release captain whenever a nightly build fails.",
      "We will keep a spare signing key in the team vault.",
    ],
  },
  {
    branch: "items: 'the actions we need to take' announces the paragraphs below it",
    markdown:
      "These are the actions we need to take before the next cut.\n\nWe will run the packaging job on the release branch a day early.\n\nWe will publish the checksum file next to every download.\n",
    items: [
      "We will run the packaging job on the release branch a day early.",
      "We will publish the checksum file next to every download.",
    ],
  },
  {
    branch: "items: a paragraph asking to write down 'the steps we take' is still an action",
    markdown:
      "We will write down the steps we take to rotate the signing key.\n\nWe will add a second maintainer to the publishing group.\n",
    items: [
      "We will write down the steps we take to rotate the signing key.",
      "We will add a second maintainer to the publishing group.",
    ],
  },
];
