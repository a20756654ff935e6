import type { FieldRow } from "../fieldRow";

// Where an inline field's value ends, and where a dropped item's reason starts.
export const rows: FieldRow[] = [
  {
    branch: "inline fields: a dash between fields ends each value ('— Assigned: … — ETA: … —')",
    markdown:
      "- Raise the mailer's worker pool from 8 to 32 — Assigned: Wen Li — ETA: next week — MAIL-41\n",
    expect: { owners: ["Wen Li"], deadline: "next week", trackers: ["MAIL-41"] },
  },
  {
    branch: "inline fields: a date after the owner's name in an owner field is the deadline",
    markdown: "- [ ] Move mailer sessions to the shared store (Owner: Kaito, Q1 2027)\n",
    expect: { owners: ["Kaito"], deadline: "Q1 2027" },
  },
  {
    branch: "inline fields: a key in bold ends the value before it ('**Owner:** … **Due:** …')",
    markdown:
      "**Action:** Drop the pinned signing cert from the app **Owner:** Rhea Tamm **Due:** 2026-10-15 **Ticket:** MOB-19\n",
    expect: { owners: ["Rhea Tamm"], deadline: "2026-10-15", trackers: ["MOB-19"] },
  },
  {
    branch:
      "inline fields: a bracket after the owner, then a comma, ends the value ('(owner: X (with Y), KEY)')",
    markdown:
      "- Disable the legacy fan-out path (owner: Arpad Szabo (with Priya), ENG-46, due 2026-08-28)\n",
    expect: { owners: ["Arpad Szabo"], trackers: ["ENG-46"], deadline: "due 2026-08-28" },
  },
  {
    branch:
      "trailing fields: after a comma, 'owner <Name>' without a colon leads the item's fields",
    markdown:
      "AI-5: Write the runbook page for a stalled export, owner Olu Ferreira, due 2026-11-13, LED-92.\n",
    expect: { owners: ["Olu Ferreira"], deadline: "due 2026-11-13", trackers: ["LED-92"] },
  },
  {
    branch:
      "inline fields: a middle dot between fields ends each value ('Owner: … · Due: … · KEY')",
    markdown:
      "**1. Move release signing into CI** — Owner: Dalia Ferris · Due: 2026-02-25 · MOB-880\n",
    expect: { owners: ["Dalia Ferris"], deadline: "2026-02-25", trackers: ["MOB-880"] },
  },
  {
    branch:
      "tracker: an incident tool's 'Linked:' field names the ticket, and leaves no field in the text",
    markdown:
      "1. Move the shard metadata to the new store · Assignee: Omar Haddad · Priority: P1 · Linked: OPS-42\n",
    expect: {
      owners: ["Omar Haddad"],
      trackers: ["OPS-42"],
      text: "Move the shard metadata to the new store",
    },
  },
];
