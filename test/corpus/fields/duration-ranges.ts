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
  {
    branch: "deadline: '… dozens of emails a day' at the end of an item is a rate, not a timebox",
    markdown:
      "## Action items\n\n- Raise tickets for hardware faults automatically (instead of reading dozens of emails a day)\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'Send a digest twice a day' is a frequency, not a timebox",
    markdown: "## Action items\n\n- Send a digest of the pager alerts twice a day\n",
    expect: { deadline: null },
  },
  {
    branch: "deadline: 'a week' on its own after a dash is the item's timebox",
    markdown: "Date: 2026-11-20\n\n## Action items\n\n- Rotate the signing key — a week\n",
    expect: { deadline: "a week", deadlineDate: "2026-11-27" },
  },
];
