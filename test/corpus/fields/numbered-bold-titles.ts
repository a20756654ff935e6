import type { FieldRow } from "../fieldRow";

// A numbered plan whose actions are titled in bold, each over the steps that explain it: the title is the item
// and its steps are annotations. A bold direction ("**Better alerting**", "**Improve alerting**") over concrete
// steps still leaves the steps as the work.
export const rows: FieldRow[] = [
  {
    branch: "items: '1. **Sign requests at the gateway**' over its steps is one item",
    markdown:
      "# Key leak\n\n## Recommendations\n\n1. **Sign requests at the gateway**\n   - Add HMAC signing to the edge proxy\n   - Reject unsigned requests at the API\n2. **Rotate the cloud keys**\n   - Create a new service account\n",
    items: ["Sign requests at the gateway", "Rotate the cloud keys"],
    expect: {
      annotations: ["Add HMAC signing to the edge proxy", "Reject unsigned requests at the API"],
    },
  },
  {
    branch: "items: '1. **Better alerting**' over concrete steps leaves the steps as the items",
    markdown:
      "# Key leak\n\n## Recommendations\n\n1. **Better alerting**\n   - Add an alert on unusual token use\n   - Add an alert on cost spikes\n",
    items: ["Add an alert on unusual token use", "Add an alert on cost spikes"],
  },
];
