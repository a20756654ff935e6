import type { FieldRow } from "../fieldRow";

// A bold title led by the -ing form of a verb ("**Integrating Captchas** …", "**Enforcing Limits** …") names what
// the item does, never a person, however capitalised (owners/people.ts looksLikeNames).
export const rows: FieldRow[] = [
  {
    branch: "owners: a bold title led by an -ing verb ('Integrating Captchas') is no person",
    markdown:
      "- **Integrating Captchas** Adding a captcha to the signup form stops scripted signups.\n",
    expect: { owners: [] },
  },
  {
    branch: "owners: a bold first name and surname before the action stay its owner",
    markdown: "- **Ana Lopez** Add a captcha to the signup form.\n",
    expect: { owners: ["Ana Lopez"] },
  },
];
