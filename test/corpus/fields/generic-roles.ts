import type { FieldRow } from "../fieldRow";

// A role any holder could fill ("Developer", "Reviewer") is whoever holds it: a group, no one person; a
// named role holder or a person is one.
export const rows: FieldRow[] = [
  {
    branch: "owner: a generic role before 'to' is a group ('Developer to …')",
    markdown: "- Developer to squash their own commits before merging",
    expect: {
      owners: ["Developer"],
      ownerIsGroup: true,
      text: "squash their own commits before merging",
    },
  },
  {
    branch: "owner: a generic role as the subject is a group ('Reviewer will …')",
    markdown: "- Reviewer will confirm the rollback plan is attached",
    expect: { owners: ["Reviewer"], ownerIsGroup: true },
  },
  {
    branch: "owner: a role word after a given name is a surname ('Bob Builder')",
    markdown: "- Bob Builder: lower the CPU alert threshold to 85%",
    expect: { owners: ["Bob Builder"], ownerIsGroup: false },
  },
  {
    branch: "owner: a given name that is also a word stays a name before a surname",
    markdown: "- Dev Patel to add a canary for the image build",
    expect: { owners: ["Dev Patel"] },
  },
  {
    branch: "owner: a single accountable role still owns ('Incident commander to …')",
    markdown: "- Incident commander to cut the branch a day earlier",
    expect: { owners: ["Incident commander"] },
  },
];
