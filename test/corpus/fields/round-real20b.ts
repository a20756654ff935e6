import type { FieldRow } from "../fieldRow";

// Shapes from company write-ups the dev set does not hold (round real20b): a page titled by the day of the
// incident written day first, a bold label that names the responders' fixes under "Resolution and recovery", "What is being done about it?" over paragraphs of plans, one written unwrapped past 300 characters, a finished item whose next sentence tells what the work brings, "prevent it from being deleted" after the change, "as part of the review process", "…, removing the need for …", a lone writer's "I also want to …" after the list, …
export const rows: FieldRow[] = [
  {
    branch:
      "document title: '# 17-09-2025 - … Actions quota' is the page's title, so its sections are judged by their own headings",
    markdown:
      "# 17-09-2025 - Nightly export stuck behind the Actions runner quota\n\n## Severity\n\n**High** - exports ran late for every customer.\n\n## Action items\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
  {
    branch: "document title: a US-style '# 3/14/2025 Actions runner backlog' titles the page too",
    markdown:
      "# 3/14/2025 Actions runner backlog\n\n## Severity\n\n**High** - exports ran late for every customer.\n\n## Follow-ups\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
  {
    branch:
      "document title near miss: a dated second-level heading '## 17-09-2025 follow-ups' still opens an action section",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## 17-09-2025 follow-ups\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
  {
    branch:
      "response part: '**First fixes (2 May):**' under '## Resolution and recovery' lists what the responders did, not items",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## Resolution and recovery\n\n**First fixes (2 May):**\n\n1. Restarted the export workers with a smaller batch size\n2. Cleared the stuck jobs from the queue\n\n## Action items\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
  {
    branch:
      "response part near miss: '**Follow-ups:**' under '## Resolution and recovery' still lists follow-up work",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## Resolution and recovery\n\nThe workers were restarted with a smaller batch size.\n\n**Follow-ups:**\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
  {
    branch:
      "response part near miss: '**Short-term fixes:**' under '## Root cause' still opens an action section",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## Root cause\n\nThe batch size outgrew the worker memory.\n\n**Short-term fixes:**\n\n- Cap the export batch at five thousand rows (Ines Duarte)",
    items: ["Cap the export batch"],
  },
  {
    branch:
      "response part near miss: '### Next steps' under '## Resolution and recovery' is follow-up work",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## Resolution and recovery\n\nThe workers were restarted with a smaller batch size.\n\n### Next steps\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
  {
    branch:
      "plans heading: 'What is being done about it?' opens an action section of one paragraph per item",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## What happened\n\nThe export workers ran out of memory.\n\n## What is being done about it?\n\nWe will page the on-call engineer when the runner queue passes eighty jobs.\n\nWe will also cap each export batch at five thousand rows.",
    items: ["We will page the on-call engineer", "We will also cap each export batch"],
  },
  {
    branch:
      "plans heading near miss: 'What was being done when it broke' tells the story, no items",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## What was being done when it broke\n\nWe were moving the export workers to larger hosts.\n\nWe had paused the nightly run for the move.\n\n## Action items\n\n- Cap each export batch at five thousand rows (Ines Duarte)",
    items: ["Cap each export batch"],
  },
  {
    branch:
      "one paragraph per item: a plan written as one unwrapped line over 300 characters is still an item",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## Next steps\n\nWe will page the on-call engineer when the runner queue passes eighty jobs.\n\nWe will also start shipping each release to a handful of randomly picked export hosts first and hold it there for a full day, so that a crash or a leak shows up on a few machines before the release reaches the whole fleet; this is on top of the tests we already run in staging and covers a small share of real traffic only.\n\nWe will cap each export batch at five thousand rows.",
    items: [
      "We will page the on-call engineer",
      "We will also start shipping each release",
      "We will cap each export batch",
    ],
  },
  {
    branch:
      "one paragraph per item near miss: a long unwrapped line under a list is prose, not an item",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## Next steps\n\n- Cap each export batch at five thousand rows (Ines Duarte)\n\nThe export workers had been sized for the old batch limits years ago, and nobody revisited those numbers when the largest customers started sending exports ten times bigger, which is why the memory ran out at night when the largest jobs queued up behind one another and the retries piled on top of them.",
    items: ["Cap each export batch"],
  },
  {
    branch:
      "done: 'We have bought a spare block of addresses. This will give us room …' is done; the effect reopens nothing",
    markdown:
      "- We have bought a spare block of addresses for the export hosts. This will give us room to add hosts without a firewall change.",
    expect: { status: "done" },
  },
  {
    branch:
      "done: 'The node templates have been changed … This adds toil and may result in slower patching' is done",
    markdown:
      "1. The node templates have been changed so that every host boots a pinned image. This adds toil for the platform team and may result in slower patching.",
    expect: { status: "done" },
  },
  {
    branch:
      "done near miss: 'We have bought a spare block … It should be rolled out to every region' asks for more",
    markdown:
      "- We have bought a spare block of addresses for the export hosts. It should be rolled out to every region next.",
    expect: { status: "open" },
  },
  {
    branch:
      "wording: '…, and prevent it from being deleted by a sync' names what to keep safe: an outcome, not a never-again wish",
    markdown:
      "- Detach the tenant namespace from the operator once it exists, and prevent it from being deleted by a later sync (Ines Duarte)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "wording near miss: 'Prevent this from happening again' is still a wish with no change named",
    markdown: "- Prevent this from happening again (Ines Duarte)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "wording: 'as part of the release review' says where the check happens, not how much: an outcome",
    markdown:
      "- Add a secrets scan as part of the release review for every change to the build scripts (Ines Duarte)",
    expect: { verb: "outcome" },
  },
  {
    branch: "wording near miss: 'Clean up part of the backlog' still hedges how much",
    markdown: "- Clean up part of the backlog of stale alerts (Ines Duarte)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "wording: 'An improved infrastructure …, removing the need for manual restarts' names what goes away: an outcome",
    markdown:
      "- An improved infrastructure for the export hosts, removing the need for manual restarts (Ines Duarte)",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "wording near miss: 'An improved infrastructure for the export hosts' alone has no measure",
    markdown: "- An improved infrastructure for the export hosts (Ines Duarte)",
    expect: { verb: "vague" },
  },
  {
    branch:
      "response part near miss: '### Remediation' under '## Resolution' still lists follow-up work",
    markdown:
      "# Post-mortem: a stuck export\n\nDate: 2026-11-20\n\n## Resolution\n\nThe workers were restarted with a smaller batch size.\n\n### Remediation\n\n- Cap each export batch at five thousand rows (Ines Duarte)",
    items: ["Cap each export batch"],
  },
  {
    branch:
      "after a list: 'While I had emailed …, I also want to post a public write-up' adds one more item",
    markdown:
      "## Next steps\n\n- Move the stray uploads to the production bucket (EXP-41)\n\nWhile I had emailed the two customers, I also want to post a public write-up of the outage on the blog.",
    items: ["Move the stray uploads", "While I had emailed the two customers"],
  },
  {
    branch:
      "after a list near miss: 'I also want to thank everyone who helped overnight' is no item",
    markdown:
      "## Next steps\n\n- Move the stray uploads to the production bucket (EXP-41)\n\nI also want to thank everyone who helped overnight.",
    items: ["Move the stray uploads"],
  },
  {
    branch:
      "document title: '# March 4, 2026: Webhooks stalled by the Actions quota' is led by the day in words, so it titles the page",
    markdown:
      "# March 4, 2026: Webhooks stalled by the Actions quota\n\n## Severity\n\n**High** - exports ran late for every customer.\n\n## Follow-ups\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
  {
    branch:
      "document title: '# 4 March 2026 - Actions quota backlog' is led by the day in words too",
    markdown:
      "# 4 March 2026 - Actions quota backlog\n\n## Severity\n\n**High** - exports ran late for every customer.\n\n## Follow-ups\n\n- Page the on-call engineer when the runner queue passes eighty jobs (Ines Duarte)",
    items: ["Page the on-call engineer"],
  },
];
