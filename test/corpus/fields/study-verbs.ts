import type { FieldRow } from "../fieldRow";

// Steps of finding out: reproducing a failure, reading up on it, getting familiar with something.
export const rows: FieldRow[] = [
  {
    branch: "wording: 'reproduce' with no test left behind is a step of the investigation",
    markdown: "- Reproduce the checkout timeout on a staging node.",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'reproduce … in a regression test' leaves a test behind",
    markdown: "- Reproduce the checkout timeout in a regression test.",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'read through' is learning",
    markdown: "- Read through the vendor's routing guide with the network team.",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'read up on' is learning",
    markdown: "- Read up on the kernel's dirty page limits.",
    expect: { verb: "process" },
  },
  {
    branch: "wording: 'read' with a thing read by code is a change",
    markdown: "- Read the pool size from the environment at start-up.",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording: 'familiarise' is learning",
    markdown: "- Familiarise the weekend rota with the new failover steps.",
    expect: { verb: "process" },
  },
];
