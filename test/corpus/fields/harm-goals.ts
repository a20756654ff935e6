import type { FieldRow } from "../fieldRow";

// "Implement measures to prevent abuse of the form": protections named by kind, whose purpose only names the
// harm to keep away, still say nothing about which protection (wording/leadAndObject.ts, HARM_GOALS in lexicon/vagueObjects.ts). A
// purpose that names the change ("… to require a captcha") makes it checkable.
export const rows: FieldRow[] = [
  {
    branch: "vague: measures whose purpose is only to prevent a harm",
    markdown: "- Implement measures to prevent abuse of the sign-up form\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: safeguards whose purpose is only to reduce a harm",
    markdown: "- Add safeguards to reduce failed payouts\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: controls whose purpose names the change",
    markdown: "- Add controls to require a second approver for payouts over 10,000 EUR\n",
    expect: { verb: "outcome" },
  },
];
