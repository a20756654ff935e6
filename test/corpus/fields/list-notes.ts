import type { FieldRow } from "../fieldRow";

// Notes about the list itself are no items (lineShapes.ts LIST_NOTE, PAGE_NOTE): "Legend: …", "Progress: 1 of
// 3 done", "(Items in bold are blockers.)", "Tracked in the epic OPS-100.", "Last reviewed: …". An intro
// ("The items below are ordered by priority.") over a "Note: …" paragraph is no title over a field line
// (fieldBlocks.ts, INTRO_WORDS). A footnote's mark after an item ("… (Ben, SRCH-17) *") closes nothing, so
// the fields before it are still read (readers/trailing.ts FOOTNOTE_MARK).
export const rows: FieldRow[] = [
  {
    branch: "items: legend, progress, typography note, epic pointer and review stamp are no items",
    markdown:
      "## Action items\n\nLegend: done, in progress\n\nProgress: 1 of 3 done.\n\n(Items in bold are blockers.)\n\nTracked in the epic OPS-100.\n\nLast reviewed: 2026-11-22 by Dana\n\nAdd a canary stage for config pushes (Dana, SRCH-12)\n\nRequire a second reviewer on config pushes (Ben, SRCH-17)\n",
    items: ["Add a canary stage", "Require a second reviewer"],
  },
  {
    branch: "items: 'Tracked in OPS-100 and rotate the key' still asks for work",
    markdown:
      "## Action items\n\nRotate the shared key and track it in OPS-100 (Dana)\n\nRequire a second reviewer on config pushes (Ben, SRCH-17)\n",
    items: ["Rotate the shared key", "Require a second reviewer"],
  },
  {
    branch: "items: an intro over a 'Note: …' paragraph is no title over a field line",
    markdown:
      "## Action items\n\nThe items below are ordered by priority.\n\nNote: all dates are in UTC.\n\n- Add a canary stage for config pushes (Dana, SRCH-12)\n",
    items: ["Add a canary stage"],
  },
  {
    branch: "owner: a footnote's '*' after the parenthetical leaves its owner read",
    markdown: "- Require a second reviewer on config pushes (Ben, SRCH-17) *\n",
    expect: {
      owners: ["Ben"],
      trackers: ["SRCH-17"],
      text: "Require a second reviewer on config pushes",
    },
  },
  {
    branch: "owner: a dagger after the parenthetical too",
    markdown: "- Require a second reviewer on config pushes (Ben, SRCH-17) †\n",
    expect: { owners: ["Ben"] },
  },
];
