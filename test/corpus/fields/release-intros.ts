import type { FieldRow } from "../fieldRow";

// "The following fixes were released in v2.3.1:", "Release 1.10.0 includes the following fixes:": the list
// under the sentence holds work a numbered release already carries, so it is done (sectionIntro.ts,
// doneFromIntro: INTRO_DONE "released", RELEASE_HOLDS). A release still to come keeps its items open.
export const rows: FieldRow[] = [
  {
    branch: "status: 'were released in v2.3.1:' over a list is done",
    markdown:
      "## Follow-up work\n\nThe following fixes were released in v2.3.1:\n\n- Cap consumer retries at 5\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'Release 1.10.0 includes the following fixes:' is done",
    markdown:
      "## Remediation\n\nRelease 1.10.0 includes the following fixes:\n\n- Verify dependency signatures in the build\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'The next release will include …:' stays open",
    markdown:
      "## Action items\n\nThe next release will include the following fixes:\n\n- Add a checksum to the export\n",
    expect: { status: "open" },
  },
  {
    branch: "status: 'The upcoming 2.0 release includes …:' stays open",
    markdown:
      "## Action items\n\nThe upcoming 2.0 release includes these changes:\n\n- Drop the legacy endpoint\n",
    expect: { status: "open" },
  },
  {
    branch:
      "status: a bare version number is no release: 'The 1.29 upgrade contains these steps:' stays open",
    markdown:
      "## Action items\n\nThe 1.29 upgrade contains these steps:\n\n- Drain the old node pool\n",
    expect: { status: "open" },
  },
];
