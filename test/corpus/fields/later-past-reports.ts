import type { FieldRow } from "../fieldRow";

// A later sentence that reports the item done in the past tense (status/grammar.ts BACK_REFERENCE_DONE): "This
// was fixed in #77.", "We did this in November." A fix called temporary or partial is not the item done. And a
// ticked box struck through crosses the item off as finished (status/claims.ts resolveItemStatus), unless a
// reason or a drop word says it was dropped.
export const rows: FieldRow[] = [
  {
    branch: "status: 'This was fixed in #77.' after the item reports it done",
    markdown: "- Add a load test for the cache. This was fixed in #77.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'This was completed last week.' reports it done",
    markdown: "- Add a load test for the cache. This was completed last week.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'We did this in November.' reports it done",
    markdown: "- Add a load test for the cache. We did this in November.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'This was fixed temporarily by a restart.' leaves the item open",
    markdown: "- Add a load test for the cache. This was fixed temporarily by a restart.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: 'This was discussed but not done.' leaves the item open",
    markdown: "- Add a load test for the cache. This was discussed but not done.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: 'Add a limit because it was removed in v2' states a reason, not a report",
    markdown: "- Add a memory limit to the sidecar because it was removed in v2\n",
    expect: { status: "open" },
  },
  {
    branch: "status: '[x] ~~Add the limit~~' is ticked and crossed off, done",
    markdown: "- [x] ~~Add a memory limit to the sidecar~~ (OPS-14)\n",
    expect: { status: "done" },
  },
  {
    branch: "status: '[x] ~~Add the limit~~ dropped, …' stays dropped",
    markdown: "- [x] ~~Add a memory limit to the sidecar~~ dropped, the sidecar is gone\n",
    expect: { status: "deprioritized" },
  },
  {
    branch: "status: '[ ] ~~Add the limit~~' unticked and struck is dropped",
    markdown: "- [ ] ~~Add a memory limit to the sidecar~~\n",
    expect: { status: "deprioritized" },
  },
];
