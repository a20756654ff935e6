import type { FieldRow } from "../fieldRow";

// What the responders tried tells the response, even under an action heading: "Attempted solutions", "What we
// tried", "Troubleshooting".
export const rows: FieldRow[] = [
  {
    branch: "items: '### Attempted solutions' under '## Remediation' tells the response",
    markdown:
      "# Gateway timeouts\n\n## Remediation\n\n### Attempted solutions\n\n- Restarted the gateway pods: no change.\n- Checked the DNS records: all correct.\n\n## Prevention\n\n- Add a synthetic check on the gateway at 1 minute\n",
    items: ["Add a synthetic check on the gateway at 1 minute"],
  },
  {
    branch: "items: '### What we tried' under an action heading tells the response",
    markdown:
      "# Gateway timeouts\n\n## Follow-up\n\n### What we tried\n\n- Restarted the gateway pods\n\n### Next\n\n- Add a synthetic check on the gateway at 1 minute\n",
    items: ["Add a synthetic check on the gateway at 1 minute"],
  },
];
