import type { FieldRow } from "../fieldRow";

// A note added after the item that reports it done: an update's label, the item as the subject of its status,
// "went live" (readers/trailing.ts TRAILING_DONE_SENTENCE; lexicon/status.ts UPDATE_LABEL, ITEM_AS_SUBJECT and
// IN_SERVICE_STATUS; status/grammar.ts DEFINITE_COMPLETION).
export const rows: FieldRow[] = [
  {
    branch: "status: a closing 'Went live on <date>.' reports the item done",
    markdown: "- Page on replica lag over 30s. Went live on 2026-11-04.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: a bold '**Update:** done.' after the item reports it done",
    markdown: "- Page on replica lag over 30s. **Update:** done.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: 'UPDATE <date>: this shipped.' reports it done, the date with it",
    markdown: "- Page on replica lag over 30s. UPDATE 2026-11-10: this shipped.\n",
    expect: { status: "done" },
  },
  {
    branch: "status: an update that says it is still waiting leaves the item open",
    markdown: "- Page on replica lag over 30s. Update: still waiting on the vendor.\n",
    expect: { status: "open" },
  },
  {
    branch: "status: a bare noun phrase that 'is live' under an action heading is done",
    markdown: "- Replica lag paging is live\n",
    expect: { status: "done" },
  },
  {
    branch: "status: a bare noun phrase that 'is missing' is the problem, still open",
    markdown: "- Replica lag paging is missing for the EU region\n",
    expect: { status: "open" },
  },
  {
    branch: "status: a Status cell 'Went live 2026-11-04' is done",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag over 30s | Dana | Went live 2026-11-04 |\n",
    expect: { status: "done" },
  },
  {
    branch: "status: a Status cell 'Update: done' is done, 'Update: blocked' open",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag over 30s | Dana | Update: done |\n| Add a lag panel | Dana | Update: blocked |\n",
    expect: { status: "done" },
  },
  {
    branch: "status: a Status cell 'this shipped' names the item as the subject of its status",
    markdown:
      "| Action | Owner | Status |\n|---|---|---|\n| Page on replica lag over 30s | Dana | this shipped |\n",
    expect: { status: "done" },
  },
];
