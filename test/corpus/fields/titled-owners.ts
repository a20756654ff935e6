import type { FieldRow } from "../fieldRow";

// An owner written after the action's own title, and a tag written as a link in brackets before the owner.
export const rows: FieldRow[] = [
  {
    branch:
      "title then owner: 'Harden the deploy job: Noor Haddad: before …' — the title stays in the text",
    markdown:
      "- Harden the deploy job: Noor Haddad: before applying, compare the target cluster with the workspace",
    expect: {
      owners: ["Noor Haddad"],
      ownerIsGroup: false,
      text: "Harden the deploy job: before applying, compare the target cluster with the workspace",
    },
  },
  {
    branch: "title then bracketed owner: 'Harden the deploy job: [noor] compare …'",
    markdown: "- Harden the deploy job: [noor] compare the target cluster with the workspace",
    expect: { owners: ["noor"], ownerIsGroup: false },
  },
  {
    branch:
      "title then ticket key: 'Harden the deploy job: OPS-812: …' names a ticket, not an owner",
    markdown: "- Harden the deploy job: OPS-812: compare the target cluster with the workspace",
    expect: { owners: [], trackers: ["OPS-812"] },
  },
  {
    branch:
      "title near miss: 'Add retries: the client gives up too soon' has no owner after the title",
    markdown: "- Add retries: the client gives up too soon",
    expect: { owners: [], text: "Add retries: the client gives up too soon" },
  },
  {
    branch:
      "tag as a link in brackets: '[[Proposal](issue url)] Noor Haddad: …' — the owner after the tag is read",
    markdown:
      "- [[Proposal](https://github.com/acme/rfcs/issues/87)] Noor Haddad: report volume usage per region",
    expect: {
      owners: ["Noor Haddad"],
      trackers: ["https://github.com/acme/rfcs/issues/87"],
      verb: "outcome",
    },
  },
];
