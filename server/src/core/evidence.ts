import { GENERIC_ROLES } from "./parse/lexicon";
import { isAcronym } from "./parse/owners";
import type { ActionItem, FieldSource, Owner } from "./types";

// Why a finding was raised, in one line a person can check against the document: what the parser read
// for the element and where it read it. The hover and `follow-through lint --explain` show it.

const WHERE: Record<FieldSource, string> = {
  prefix: "before the action",
  mention: "as a mention",
  field: "in an Owner field",
  parenthetical: "in brackets after the action",
  trailer: "after a dash",
  cell: "in the table's owner column",
  section: "in the heading or list above the item",
  text: "in the item's text",
};

export function whereRead(source: FieldSource): string {
  return WHERE[source];
}

/** "owner: none — …" or "owner: 'QXP' before the action is a group". */
export function ownerEvidence(item: ActionItem): string {
  if (item.owners.length === 0) {
    return item.ownerUnassigned === true
      ? 'owner: none — the owner is written as a placeholder, a guess or a choice (TBD, ?, "TBD (likely Ana)", "Ana or Bo")'
      : item.subjectIsEveryone === true
        ? 'owner: none — the sentence\'s subject ("we", "the team") is everyone, so nobody by name'
        : "owner: none in the item, its field lines, the item above it, its row or its heading";
  }
  const groups = item.owners.filter((owner) => owner.isGroup);
  if (groups.length === item.owners.length) {
    return `owner: ${groups.map(describeGroup).join("; ")}`;
  }
  const people = item.owners
    .filter((owner) => !owner.isGroup)
    .map((owner) => `"${owner.name}" ${whereRead(owner.source)}`);
  return `owner: ${people.join(", ")}`;
}

function describeGroup(owner: Owner): string {
  const why = isAcronym(owner.name)
    ? "an organisation's or team's acronym"
    : /^(?:we|us|our)$/i.test(owner.name)
      ? "the whole organisation"
      : GENERIC_ROLES.has(owner.name.toLowerCase())
        ? "a role anyone could fill"
        : "a group";
  return `"${owner.name}" ${whereRead(owner.source)} is ${why}, not one person`;
}

export function deadlineEvidence(item: ActionItem): string {
  if (item.deadline !== undefined) {
    return `deadline: "${item.deadline.text}" ${whereRead(item.deadline.source)}`;
  }
  return "deadline: no date, sprint, quarter or timebox in the item, its field lines, its row or its heading (a cadence is none)";
}

export function trackerEvidence(item: ActionItem): string {
  if (item.trackerRefs.length > 0) {
    return `tracker: ${item.trackerRefs.map((ref) => `"${ref.text}" ${whereRead(ref.source)}`).join(", ")}`;
  }
  return "tracker: no issue key, issue number or issue/PR link (links to docs, runbooks or commits do not count)";
}

export function statusEvidence(item: ActionItem): string {
  const { status } = item;
  const how =
    status.evidence === "default"
      ? "nothing marks it done"
      : status.inferred === true
        ? `read from the sentence: ${status.evidence}`
        : status.evidence;
  return `status: ${status.state} — ${how}`;
}

/** "wording: vague — \"some sort of\" cannot be counted as done, in \"add some sort of canary …\"". */
export function wordingEvidence(item: ActionItem, kind: "process" | "vague", why: string): string {
  const quoted = item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
  return `wording: ${kind} — ${why}, in "${quoted}"`;
}
