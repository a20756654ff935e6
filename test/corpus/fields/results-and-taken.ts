import type { FieldRow } from "../fieldRow";

// "### Audit results" under the follow-up work reports what a check found; "Audit" there is no order
// (headings.ts isFindingsHeadingText). "The main actions taken were:" over a list reports its items done
// (sectionIntro.ts doneFromIntro).
export const rows: FieldRow[] = [
  {
    branch: "items: an 'Audit results' sub-heading under the actions holds findings",
    markdown:
      "# Domain takeover\n\n## Corrective actions\n\n- [x] Point the CNAME file at the current domain\n\n### Audit results\n\nOnly two sites use a custom domain:\n\n- `docs-site` — the CNAME file points to docs.example.org, and the domain is verified.\n- `status-site` — the CNAME file points to status.example.org, and the domain is verified.\n",
    items: ["Point the CNAME file at the current domain"],
  },
  {
    branch: "items: a sub-heading that orders an audit is still an action title",
    markdown:
      "# Domain takeover\n\n## Corrective actions\n\n### Audit the other sites\n\n- Check each site's CNAME file against its configured domain\n",
    items: ["Check each site's CNAME file against its configured domain"],
  },
  {
    branch: "status: 'The main actions taken were:' marks its list done",
    markdown:
      "## Follow-up\n\nThe main actions taken after the investigation were:\n\n- the affected accounts were frozen\n- email re-verification was required for all accounts not yet enrolled in 2FA\n",
    item: "email re-verification",
    expect: { status: "done" },
  },
];
