import type { FieldRow } from "../fieldRow";

// A stop-gap the team keeps in place now is done (lexicon/tense.ts STOPGAP_IN_PLACE, status/grammar.ts): "For
// the time being we are running the wiki behind a proxy", "As a stopgap, we are pinning the client at 4.1". Work
// under way or planned after the same words stays open.
export const rows: FieldRow[] = [
  {
    branch: "status: 'For the time being we are running … behind a proxy' is in place, done",
    markdown:
      "## Action items\n\n- For the time being we are running the wiki behind a proxy that blocks the admin pages.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'As a stopgap, we are pinning the client at 4.1' is in place, done",
    markdown:
      "## Action items\n\n- As a stopgap, we are pinning the client at 4.1 until the fix ships.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Until the vendor patches it, we are rate-limiting …' is in place, done",
    markdown:
      "## Action items\n\n- Until the vendor patches it, we are rate-limiting the login endpoint to 10 requests a minute.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'For now we are looking into a longer-term fix' is under way, open",
    markdown: "## Action items\n\n- For now we are looking into a longer-term fix.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: 'For now, we are planning to move …' is a plan, open",
    markdown:
      "## Action items\n\n- For now, we are planning to move the wiki to the new cluster.\n",
    expect: { status: "open" },
  },
];
