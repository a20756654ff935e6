import type { FieldRow } from "../fieldRow";

// A checklist a procedure runs every time ("Post-deployment checklist:", "Validation steps:",
// parse/listNonItems.ts CHECKLIST_LABEL): its lines are checks, ticked or not, not work to finish.
export const rows: FieldRow[] = [
  {
    branch: "items: a post-deployment checklist of ticked checks holds no items",
    markdown:
      "# Cluster rebuild\n\n## Prevention\n\n**Post-deployment checklist:**\n\n1. ✅ Every node reports Ready\n2. ✅ Name lookups answer from inside a pod\n\n**Follow-ups:**\n\n1. Add a name-lookup probe to the cluster alerts\n",
    items: ["Add a name-lookup probe"],
  },
  {
    branch: "items: a follow-up checklist is still work to do",
    markdown:
      "# Cluster rebuild\n\n## Prevention\n\n**Follow-up checklist:**\n\n1. Add a name-lookup probe to the cluster alerts\n",
    items: ["Add a name-lookup probe"],
  },
];
