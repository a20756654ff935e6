import type { FieldRow } from "../fieldRow";

// "Several limits were introduced …:" over a list reports the listed changes as made (sectionIntro.ts
// doneFromIntro); "Limits will be introduced:" does not. "Long-term mitigations" heads future work.
export const rows: FieldRow[] = [
  {
    branch: "status: a passive 'were introduced' intro marks its list done",
    markdown:
      "## Follow-up\n\nSeveral limits were introduced to reduce the exposure while the audit continues:\n\n- Removal of the file upload from support chats\n- Lower maximum order size\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'have been added' marks its list done",
    markdown:
      "## Follow-up\n\nThese checks have been added:\n\n- Schema validation of each import\n- A size limit on uploads\n",
    item: "A size limit",
    expect: { status: "done" },
  },
  {
    branch: "status: 'will be introduced' leaves the list open",
    markdown:
      "## Follow-up\n\nThese limits will be introduced:\n\n- Removal of the file upload from support chats\n- Lower maximum order size\n",
    expect: { status: "open" },
  },
  {
    branch: "items: 'Immediate and long-term mitigations' heads follow-up work",
    markdown:
      "## Immediate and long-term mitigations\n\n- Add a rate limit to the order endpoint\n",
    items: ["Add a rate limit to the order endpoint"],
  },
];
