import type { FieldRow } from "../fieldRow";

// A way of working together, with nothing named that makes it: no meeting, channel or rule to check.
export const rows: FieldRow[] = [
  {
    branch: "vague: 'establish regular communication between …' names a way of working",
    markdown: "- Establish regular communication between the relay and pricing teams\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a noun phrase of ways of working that 'should be established' is vague too",
    markdown:
      "- Closer coordination and communication among the wallet teams should be established.\n",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: 'foster collaboration with …' names a way of working",
    markdown: "- Foster closer collaboration with the customer support desk\n",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: the way of working made by a named meeting is checkable",
    markdown:
      "- Establish regular communication with the relay vendor through a fortnightly call\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: a communication channel is a thing to set up",
    markdown: "- Establish a communication channel with the relay vendor\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: communication templates are a deliverable",
    markdown: "- Create communication templates for the status page\n",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "process: 'coordinate <work> with <others>' names the working together, as 'coordinate with' does",
    markdown:
      "- **Operator coordination**: Coordinate major version upgrades with the other node operators\n",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'coordinate <work> with <others> to <change>' is the change it leads to",
    markdown: "- Coordinate the key rotation with the vendor to move every client to the new key\n",
    expect: { verb: "outcome" },
  },
  {
    branch: "outcome: 'connect <thing> with <thing>' is a change, not working together",
    markdown: "- Connect the uptime probe with the paging service\n",
    expect: { verb: "outcome" },
  },
];
