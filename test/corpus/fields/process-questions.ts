import type { FieldRow } from "../fieldRow";

// A process verb over a question about a change ("Look into whether the cache can be dropped") asks for
// study, not the change (parse/wording/leadingVerb.ts); a Description that opens with its doers and a modal
// ("The web team should investigate …") is judged from the verb after the modal (parse/builder.ts itemWording).
export const rows: FieldRow[] = [
  {
    branch: "process: 'look into whether' a change can be made is still a study",
    markdown: "- Look into whether the nightly export can be removed.",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'investigate why' something was changed is still a study",
    markdown: "- Investigate why the write throttle was disabled on the replica.",
    expect: { verb: "process" },
  },
  {
    branch:
      "wording: a noun led by a process word with the change right after it is the change made",
    markdown: "- Review step added to the release checklist.",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: a description led by its doers and 'should investigate' keeps a process title",
    markdown: [
      "1. **Investigate a second upstream for the edge routers**",
      "   - **Description:** The network maintainers should investigate if a second upstream is affordable.",
    ].join("\n"),
    expect: { verb: "process" },
  },
  {
    branch: "wording: a description led by its doers and 'should add' names the change",
    markdown: [
      "1. **Investigate a second upstream for the edge routers**",
      "   - **Description:** The network maintainers should add a second upstream with its own BGP session.",
    ].join("\n"),
    expect: { verb: "outcome" },
  },
];
