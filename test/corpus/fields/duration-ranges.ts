import type { FieldRow } from "../fieldRow";

// "in a week or two", "within a day or so": one duration, due at its later bound, and none of it left in the text.
export const rows: FieldRow[] = [
  {
    branch: "deadline: 'within a week or two' is one duration, due at two weeks",
    markdown:
      "Date: 2026-11-20\n\n## Action items\n\n- Within a week or two, move the cron jobs to the scheduler",
    expect: { deadline: "Within a week or two", deadlineDate: "2026-12-04" },
  },
  {
    branch: "deadline: 'in a day or so' is one day",
    markdown:
      "Date: 2026-11-20\n\n## Action items\n\n- Rotate the leaked webhook secret in a day or so",
    expect: {
      deadline: "in a day or so",
      deadlineDate: "2026-11-21",
      text: "Rotate the leaked webhook secret",
    },
  },
];
