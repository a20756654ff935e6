import type { FieldRow } from "../fieldRow";

// A paragraph over a list, outside any action heading, that introduces follow-up work (parse/sections.ts):
// "These include:" leaves the introducing to the sentence before it; improvements the team will apply look
// ahead without saying "future"; steps taken "to mitigate and remediate" are follow-ups in any tense.
export const rows: FieldRow[] = [
  {
    branch:
      "items: 'These include:' after 'we have identified improvements we will be applying' introduces the items",
    markdown:
      "# Lock-up during a migration\n\n## Summary\n\nThe table lock stalled writes for twenty minutes. After our review we have identified improvements we will be applying to the release process. These include:\n\n1. Lint every migration for an explicit lock mode.\n2. A staging database with production-sized tables.\n",
    items: [
      "Lint every migration for an explicit lock mode.",
      "A staging database with production-sized tables.",
    ],
    expect: { status: "open" },
  },
  {
    branch: "items: 'These include:' after a sentence of the story introduces nothing",
    markdown:
      "# Lock-up during a migration\n\n## Summary\n\nThe outage had several causes. These include:\n\n- a table lock held for twenty minutes\n- a retry storm from the workers\n",
    items: [],
  },
  {
    branch:
      "items: 'We've taken the following steps to mitigate and remediate the issue:' introduces done follow-ups",
    markdown:
      "# Token exposed in a release note\n\n## Summary\n\nA bug report showed a CI token in a release note.\n\nWe've taken the following steps to mitigate and remediate the issue:\n\n- Rotated the CI token.\n- Scoped workflow tokens down to read-only.\n",
    items: ["Rotated the CI token.", "Scoped workflow tokens down to read-only."],
    expect: { status: "done" },
  },
  {
    branch:
      "items: 'After remediation, the following signals were observed:' reports checks, no follow-ups",
    markdown:
      "# Mail delay\n\n## Verification\n\nAfter remediation, the following signals were observed:\n\n- the mail server answered on port 25\n- a test message reached the inbox\n",
    items: [],
  },
];
