import type { FieldRow } from "../fieldRow";

// A checklist to run each time ("### Checklist for new build targets", "Deployment checklist") is a procedure to
// follow from now on, even under a prevention heading: its open boxes are no work to finish. A "Follow-up
// checklist" is still follow-up work.
export const rows: FieldRow[] = [
  {
    branch: "items: '### Checklist for new …' under a prevention heading holds no work",
    markdown:
      "# Build failure\n\n## Prevention\n\n- Add a CI check for missing build dependencies\n\n### Checklist for new build targets\n\n- [ ] Does it import workspace packages?\n- [ ] Verify in CI before merging\n",
    items: ["Add a CI check for missing build dependencies"],
  },
  {
    branch: "items: '## Follow-up checklist' is follow-up work",
    markdown:
      "# Build failure\n\n## Follow-up checklist\n\n- [ ] Add a CI check for missing build dependencies\n",
    items: ["Add a CI check for missing build dependencies"],
  },
];
