import type { FieldRow } from "../fieldRow";

// A bold title that states an action, and the explanation after it (parse/readers/actionText.ts): the
// explanation replaces the title as the deliverable only when it is itself an imperative.
export const rows: FieldRow[] = [
  {
    branch:
      "wording: an explanation whose first word is a subject ('Work has started') leaves the title the action",
    markdown:
      "- **Move the session store to Redis**: Work has started on the adapter. This should help improve login times.",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: an imperative explanation after the title is still the deliverable",
    markdown:
      "- **Move the session store to Redis**: Work on the adapter first. This should help improve login times.",
    expect: { verb: "vague" },
  },
];
