import type { FieldRow } from "../fieldRow";

// Who owns an item, from each place an owner can be written.
export const rows: FieldRow[] = [
  { branch: "owner: lower-case login in brackets", markdown: "- [kofi] cap the retry budget at 3", expect: { owners: ["kofi"], ownerIsGroup: false } },
  { branch: "owner: tentative login in brackets", markdown: "- [tamsin?] cap the retry budget at 3", expect: { owners: ["tamsin"], ownerIsGroup: false } },
  { branch: "owner: login in round brackets", markdown: "- (kofi) move the cron to the new host", expect: { owners: ["kofi"], ownerIsGroup: false } },
  { branch: "owner: a tag in brackets is no owner", markdown: "- (optional) move the cron to the new host", expect: { owners: [] } },
  { branch: "owner: an acronym 'to …' is an organisation", markdown: "- QXP to rotate the signing key", expect: { owners: ["QXP"], ownerIsGroup: true } },
  { branch: "owner: an acronym in brackets is an organisation", markdown: "- [QXP] rotate the signing key", expect: { owners: ["QXP"], ownerIsGroup: true } },
  { branch: "owner: a passive future names no owner", markdown: "- Images will be rebuilt nightly by the pipeline", expect: { owners: [] } },
  { branch: "owner: 'X will …' names X", markdown: "- Dana Okafor will add a canary stage", expect: { owners: ["Dana Okafor"], ownerIsGroup: false } },
  { branch: "owner: 'we' is no named individual", markdown: "- We will add a canary stage before each rollout", expect: { owners: ["We"], ownerIsGroup: true } },
];
