import type { FieldRow } from "../fieldRow";

// A bold label inside a part of the story or its reference material ("Technical details", "Verification") may
// list what was built or checked: only the lines that read as actions are items there (parse/sections.ts).
export const rows: FieldRow[] = [
  {
    branch: "section: a bold 'improvements' label under 'Technical details' lists what was built",
    markdown:
      "# Post-mortem: cache stampede\n\n## Technical details\n\n### The new loader\n\n**Main improvements:**\n- keys expire on a jittered schedule\n- misses coalesce into one upstream fetch\n",
    items: [],
  },
  {
    branch: "section: a bold 'prevention' label under 'Verification' lists what now holds",
    markdown:
      "# Post-mortem: cache stampede\n\n## Verification\n\n**Ongoing prevention:**\n- the loader no longer fans out on a miss\n- warm-up finishes before traffic shifts\n",
    items: [],
  },
  {
    branch: "section: a bold 'improvements' label in the story still reads a line led by a verb",
    markdown:
      "# Post-mortem: cache stampede\n\n## Technical details\n\n**Main improvements:**\n- keys expire on a jittered schedule\n- Add a hit-ratio alarm on the loader.\n",
    items: ["Add a hit-ratio alarm on the loader."],
  },
  {
    branch: "section: a bold label naming work to come in the story opens every line as written",
    markdown:
      "# Post-mortem: cache stampede\n\n## Technical details\n\n**Further work:**\n- a jittered expiry for the session keys\n",
    items: ["a jittered expiry for the session keys"],
  },
  {
    branch: "section: a bold 'improvements' label under an action heading keeps every line",
    markdown:
      "# Post-mortem: cache stampede\n\n## Follow-up\n\n**Main improvements:**\n- a jittered expiry for the session keys\n",
    items: ["a jittered expiry for the session keys"],
  },
];
