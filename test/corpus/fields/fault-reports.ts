import type { FieldRow } from "../fieldRow";

// A thing and what goes wrong with it, written where the action should be ("checksums failed", "the replica
// times out during backups", "the hooks can delay merges"), reports a fault, not a change
// (wording/complaint.ts faultReported). Requests that mention a failure stay checkable.
export const rows: FieldRow[] = [
  {
    branch: "vague: a thing that failed, and nothing asked",
    markdown: "- checksums failed\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a fault with specifics is still no change",
    markdown: "- Deploy failed: 404 when fetching the base image\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'times out' reports a fault",
    markdown: "- the read replica times out during the nightly backup\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'can delay' names a risk, not a change",
    markdown: "- hooks that scan every file can delay merges\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'confusing' names what was wrong",
    markdown: "- release docs confusing, partly because of the early beta\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a request led by a verb before 'failed' is the change",
    markdown: "- Retry failed payments every 10 minutes for 2 hours\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a failure in a condition is part of the request",
    markdown: "- Page the on-call engineer when the export fails twice in a row\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a relative clause about a failure describes the object",
    markdown: "- Add a regression test for the jobs that failed on 3 March\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a gate that fails the build is asked for",
    markdown: "- The schema check fails the build when a column is dropped\n",
    expect: { verb: "outcome" },
  },
];
