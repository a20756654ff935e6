import type { FieldRow } from "../fieldRow";

// A numbered finding ("## Bug 2 — …", "## Issue 3: …") outside the action sections is part of the story: a
// "Fixes:" label in it names what the responders changed, and a line describing the code is no work. Under an
// action heading the same heading titles the work for that finding.
export const rows: FieldRow[] = [
  {
    branch:
      "items: under '## Bug 2 — …', a 'Fixes:' label over a description of the code holds no work",
    markdown:
      "# Cache outage\n\n## Bug 2 — the loader serves stale pages\n\nThe loader skipped the checksum.\n\n**Fixes:**\n\n- The loader also compares the checksum before it serves a page\n\n## Follow-ups\n\n- [ ] Add an alert on checksum mismatches\n",
    items: ["Add an alert on checksum mismatches"],
  },
  {
    branch: "items: '### Issue 3: …' under an action heading titles the work below it",
    markdown:
      "# Cache outage\n\n## Action items\n\n### Issue 3: stale pages\n\n- Add a checksum comparison to the loader\n",
    items: ["Add a checksum comparison to the loader"],
  },
];
