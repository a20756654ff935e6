import type { FieldRow } from "../fieldRow";

// A sentence closing the intro that says the list holds what the team learnt ("The key takeaways from the
// review were:") makes its lines lessons, not items, unless one is led by a verb (listNonItems.ts
// LESSONS_INTRO). A role that is the object of a preposition ("The need for a release manager") names no
// owner (owners/roles.ts NOUN_BEFORE_ROLE).
export const rows: FieldRow[] = [
  {
    branch: "items: a list under 'The key takeaways from the review were:' holds lessons",
    markdown:
      "# Breach\n\n## Remediations\n\n- Remove agent forwarding from every host.\n\n### Incident handling\n\nWe learnt a lot from running an incident this large. The key takeaways from the review were:\n\n- Keeping every checklist in one shared document.\n- One incident lead from the first hour.\n",
    items: ["Remove agent forwarding from every host."],
  },
  {
    branch:
      "items: 'The main highlights from our retrospective are:' over gerund lines holds lessons",
    markdown:
      "# Breach\n\n## Follow-up\n\nThe main highlights from our retrospective are:\n\n- Remembering to name a comms lead early.\n- The value of one shared timeline.\n",
    items: [],
  },
  {
    branch: "items: a lessons intro over a line led by a verb keeps the list",
    markdown:
      "# Breach\n\n## Follow-up\n\nThe lessons we took from the review are:\n\n- Add a comms lead to the paging rota.\n- One shared timeline for every incident.\n",
    items: ["Add a comms lead to the paging rota.", "One shared timeline for every incident."],
  },
  {
    branch: "items: 'The main points of the plan are:' is no lessons intro",
    markdown:
      "# Breach\n\n## Follow-up\n\nThe main points of the plan are:\n\n- A second region for the queue.\n- A failover drill each quarter.\n",
    items: ["A second region for the queue.", "A failover drill each quarter."],
  },
  {
    branch: "owner: 'The need for a release manager to …' names no owner",
    markdown: "- The need for a release manager to sign off each deploy.\n",
    expect: { owners: [] },
  },
  {
    branch: "owner: 'The release manager to …' names the role's holder",
    markdown: "- The release manager to sign off each deploy.\n",
    item: "sign off each deploy",
    expect: { owners: ["The release manager"] },
  },
];
