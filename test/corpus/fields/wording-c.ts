import type { FieldRow } from "../fieldRow";

// The wording reader on styles from teams the dev set does not hold, round C: goal lists (OKRs), ticket
// titles, card titles, wishes and nominal styles, and checkable items that hold a word of a vague reading.
export const rows: FieldRow[] = [
  {
    branch: "vague: a key result's label is skipped, the direction after it is read",
    markdown: "- Key result: improve paging for the kiosk fleet",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a goal's label is skipped, the study after it is read",
    markdown: "- Goal: evaluate whether the kiosks can cache receipts offline",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a goal label over a checkable state stays silent",
    markdown:
      "- Objective: every kiosk reports its disk use to the fleet dashboard every 5 minutes",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a card title whose head names an area of work ('… tuning')",
    markdown: "- Kiosk disk quota tuning",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a card title of ownership, with what it is of",
    markdown: "- Ownership of the kiosk image pipeline",
    expect: { verb: "vague" },
  },
  {
    branch:
      "vague: a verb's spelling before a direction noun is its adjunct ('Dashboard improvements …')",
    markdown: "- Dashboard improvements for the kiosk fleet",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: an area head as a verb's object names what is written ('document the … process')",
    markdown: "- Document the kiosk rollback process in the fleet runbook",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: experimenting with a setting tries it out",
    markdown: "- Experiment with a shorter lease time on the kiosk DHCP pool",
    expect: { verb: "process" },
  },
  {
    branch: "process: 'verify if' asks whether, as 'check if' does",
    markdown: "- To verify if the other kiosk batches have the same fault",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: 'verify that' a state holds names the check",
    markdown: "- Verify that a kiosk restore finishes within 20 minutes",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: keeping a closer eye on something watches without an end",
    markdown: "- Going forward we'll keep a closer eye on the kiosk vendor's release notes",
    expect: { verb: "process" },
  },
  {
    branch: "vague: owning a topic is a role with no end state",
    markdown: "- Own the kiosk data retention topic",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: championing an idea changes nothing checkable",
    markdown: "- Champion privacy reviews for kiosk features",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: continued investment in an area, with nothing to check",
    markdown: "- Continued investment in kiosk fleet tooling",
    expect: { verb: "vague" },
  },
  {
    branch:
      "outcome: an open task's sub-item led by an outcome verb names the change its title only heads",
    markdown:
      "- [ ] Harden the kiosk hosts\n  - apply the CIS level 1 benchmark and allow SSH only from the bastion",
    expect: { verb: "outcome" },
  },
  {
    branch: "process: a sub-item that only points elsewhere names no change ('see …')",
    markdown: "- [ ] Review the kiosk firewall rules\n  - see the thread in the network channel",
    expect: { verb: "process" },
  },
  {
    branch: "vague: a sub-item that reports what happened names no change",
    markdown: "- [ ] Improve kiosk monitoring\n  - we got paged 40 times that night",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a sub-item as vague as its title does not make it checkable",
    markdown: "- [ ] Improve kiosk monitoring\n  - add more alerts",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: a table's success-criteria cell names the check a vague title leaves out",
    markdown:
      "| Action | Owner | Success criteria |\n|---|---|---|\n| Kiosk printer capacity | Dana Ruiz | 2 spare printers per store, paper alert at 10% |",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a success-criteria cell as vague as the title does not make it checkable",
    markdown:
      "| Action | Owner | Success criteria |\n|---|---|---|\n| Improve kiosk printing | Dana Ruiz | better uptime |",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: an amount in the passive with no target ('are to be reduced')",
    markdown: "- Manual steps in the kiosk restock run are to be reduced",
    expect: { verb: "vague" },
  },
  {
    branch: "outcome: an amount in the passive with its target",
    markdown: "- Manual steps in the kiosk restock run are to be reduced to two",
    expect: { verb: "outcome" },
  },
  {
    branch:
      "outcome: a passive review followed by what is removed after it ('and unused accounts removed')",
    markdown: "- Kiosk admin rights will be reviewed and unused accounts removed",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: a nominal harmonisation of an area",
    markdown: "- Harmonisation of the kiosk receipt formats",
    expect: { verb: "vague" },
  },
  {
    branch: "vague: a tidy state kept, with nothing to measure it by",
    markdown: "- keep the kiosk flag list tidy",
    expect: { verb: "vague" },
  },
  {
    branch: "process: a study noun over a question, however long ('Examination of whether …')",
    markdown:
      "- Examination of whether the kiosk image server can be moved to the managed cloud service",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: aligning one setting with another names the value it ends at",
    markdown: "- Align the kiosk session timeout with the gateway idle timeout",
    expect: { verb: "outcome" },
  },
  {
    branch: "vague: aligning an approach with a party names no value",
    markdown: "- Align the kiosk alerting approach with the platform team",
    expect: { verb: "vague" },
  },
  {
    branch:
      "process: a title, then a wish for someone's time said of it ('…: needs a closer look')",
    markdown: "- Kiosk receipt layout: needs a closer look",
    expect: { verb: "process" },
  },
  {
    branch: "outcome: a title, then what it needs, named with its value",
    markdown: "- Kiosk queue alert: needs a 10k threshold",
    expect: { verb: "outcome" },
  },
];
