import type { FieldRow } from "../fieldRow";

// Shapes of plain text where a Markdown mark is missing: backticks around a quoted error on a line of its own
// ("```name does not match```") are inline code, not a fence; "DONE in PR #812" without a link still reports it done.
export const rows: FieldRow[] = [
  {
    branch:
      "pasted bullets: a line of inline code in triple backticks opens no fence, so the bullets after it are read",
    markdown:
      "## Incident on 3 May\n\n• **Identified**: a customer reported this error\n```TLS name does not match the host```\n\n• **Review actions**:\n  • Add a check that the certificate covers every ingress host. Ticket #3082\n  • Page on certificate expiry under 14 days. Ticket #3083",
    items: ["Add a check that the certificate", "Page on certificate expiry"],
    expect: { trackers: ["#3082"] },
  },
  {
    branch:
      "trailing done sentence: '… . DONE in PR #812' with the ticket as plain text reports it done",
    markdown: "- Page the on-call when the canary fails twice in a row. DONE in PR #812",
    expect: { status: "done", trackers: ["#812"] },
  },
];
