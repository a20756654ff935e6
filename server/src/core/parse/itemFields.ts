import type { Deadline, FieldSource, Owner, TrackerRef } from "../types";
import { DECISION_MAKER_ROLE, SINGLE_ROLE } from "./lexicon";
import type { Reading } from "./readers/reading";

/** What one place around an item says about its owner, deadline and tracker refs. Spans are absolute. */
export interface FieldLayer {
  owners?: Owner[];
  deadline?: Deadline;
  trackerRefs?: TrackerRef[];
  /** The owner is written as a placeholder here (TBD, ?, unassigned). */
  ownerUnassigned?: boolean;
  /** The subject here is everyone ("We will …"): nobody by name. */
  subjectIsEveryone?: boolean;
}

/** The fields of one item's text, resolved from its readers' claims. */
export interface TextFieldClaims {
  owners: Owner[];
  ownerUnassigned: boolean;
  subjectIsEveryone: boolean;
  deadline?: Deadline;
  deadlineUnset: boolean;
}

/** Which deadline claim in an item's text wins: a lower rank, then the first read. */
const DEADLINE_RANK: Partial<Record<FieldSource, number>> = {
  field: 0, // "Due: 2026-03-01", "(due: Friday)"
  parenthetical: 1, // "(Alice, by Friday)"
  text: 2, // "… by 2026-03-01": read only when neither of the above is written
};

/**
 * The owner, deadline and placeholders one item's text states, from the claims its readers made
 * (parse/readers/). Owners are claimed a name once, in reading order: all of them count.
 *
 * | field            | resolved as                                                   |
 * |------------------|---------------------------------------------------------------|
 * | owners           | every owner claim, in reading order                           |
 * | ownerUnassigned  | a placeholder owner ("TBD:", "Owner: ?") and no owner claim   |
 * | subjectIsEveryone| "We will …", "The team should …" and no owner claim           |
 * | deadline         | the best-ranked claim (DEADLINE_RANK), the first of equals    |
 * | deadlineUnset    | a Due field left empty or TBD, and no deadline claim          |
 */
export function resolveTextFields(reading: Reading): TextFieldClaims {
  const { deadlines } = reading;
  const owners = reading.owners.length < 2 ? reading.owners : withoutRoleBesideName(reading.owners);
  let deadline: Deadline | undefined;
  for (const claim of deadlines) {
    if (deadline === undefined || rankOf(claim) < rankOf(deadline)) {
      deadline = claim;
    }
  }
  const nobody = owners.length === 0;
  return {
    owners,
    ownerUnassigned: reading.ownerUnassigned && nobody,
    subjectIsEveryone: reading.subjectIsEveryone && nobody,
    deadline,
    deadlineUnset: reading.deadlineUnset && deadline === undefined,
  };
}

/**
 * "— Ana Ruiz — SRE lead", "Owner: Ana Ruiz, SRE lead": a role written beside one person's name is that
 * person's role, not a second owner (a decision-maker's role makes the person one).
 */
function withoutRoleBesideName(owners: Owner[]): Owner[] {
  const roles = owners.filter((owner) => !owner.isGroup && isRoleOnly(owner.name));
  const people = owners.filter((owner) => !owner.isGroup && !isRoleOnly(owner.name));
  if (roles.length !== 1 || people.length !== 1) {
    return owners;
  }
  const person = people[0];
  const decides = roles[0].isDecisionMaker || DECISION_MAKER_ROLE.test(roles[0].name);
  return owners
    .filter((owner) => owner !== roles[0])
    .map((owner) =>
      owner === person && decides && !person.isDecisionMaker
        ? { ...person, isDecisionMaker: true, role: roles[0].name }
        : owner,
    );
}

function isRoleOnly(name: string): boolean {
  return SINGLE_ROLE.test(name) || DECISION_MAKER_ROLE.test(name);
}

function rankOf(deadline: Deadline): number {
  return DEADLINE_RANK[deadline.source] ?? 3;
}

/** Every place an item's fields can be written, nearest first. */
export interface ItemLayers {
  /** The item's table row (Owner, Due, Tracking cells). */
  cell?: FieldLayer;
  /** The item's own text. */
  text: FieldLayer;
  /** `Owner:` / `Due:` / `Ticket:` lines under the item, in order. */
  fieldLines: FieldLayer[];
  /** The list item this one sits under. */
  parent?: FieldLayer;
  /** The heading (or intro) of the section holding the item. */
  section?: FieldLayer;
}

/**
 * The owner, deadline and tracker refs of an item, from every place they can be written:
 *
 * | field    | the item's own row, text and field lines          | else          | else           |
 * |----------|---------------------------------------------------|---------------|----------------|
 * | owners   | all of them, row first (a name once; with an      | the parent's  | the section's  |
 * |          | Owner cell, a "Topic:" lead in the text is none)  |               |                |
 * | deadline | the first of row, text, field lines               | the parent's  | the section's  |
 * | trackers | all of them, row first                            | the parent's  | the section's  |
 *
 * What comes from the parent or the section is marked `source: "section"` and has no span of its own.
 * With no owner at all, the text and field lines may say why: a placeholder (`ownerUnassigned`). A text
 * whose subject is everyone (`subjectIsEveryone`) keeps saying so under an owner from above, so a fix can
 * put a name in place of "We".
 */
export function resolveItemFields(layers: ItemLayers): ResolvedFields {
  const { text } = layers;
  if (
    layers.cell === undefined &&
    layers.fieldLines.length === 0 &&
    (text.owners?.length ?? 0) > 0 &&
    text.deadline !== undefined &&
    (text.trackerRefs?.length ?? 0) > 0
  ) {
    // The commonest strong item states all three itself: nothing else is read.
    return {
      owners: uniqueByName(text.owners!),
      deadline: text.deadline,
      trackerRefs: text.trackerRefs!,
      ownerUnassigned: false,
      subjectIsEveryone: false,
    };
  }
  const own =
    layers.cell === undefined
      ? [layers.text, ...layers.fieldLines]
      : [layers.cell, layers.text, ...layers.fieldLines];
  // Copied from the parent only when used: most items state their own fields or none.
  let above: FieldLayer | undefined;
  const parent = (): FieldLayer | undefined =>
    layers.parent === undefined ? undefined : (above ??= fromAbove(layers.parent));

  // A row whose Owner cell names someone: a "Topic: …" lead in its action cell titles the work ("Uptime
  // Kuma: migrate to compose"), it names no second owner.
  const cellOwned = (layers.cell?.owners?.length ?? 0) > 0;
  let owners = uniqueByName(
    joinLayers(own, (layer) =>
      cellOwned && layer === layers.text
        ? layer.owners?.filter((owner) => owner.source !== "prefix")
        : layer.owners,
    ),
  );
  if (owners.length === 0) {
    owners = parent()?.owners ?? [];
  }
  if (owners.length === 0) {
    owners = layers.section?.owners ?? [];
  }

  const deadline =
    own.find((layer) => layer.deadline !== undefined)?.deadline ??
    parent()?.deadline ??
    layers.section?.deadline;

  let trackerRefs = joinLayers(own, (layer) => layer.trackerRefs);
  if (trackerRefs.length === 0) {
    trackerRefs = parent()?.trackerRefs ?? [];
  }
  if (trackerRefs.length === 0) {
    trackerRefs = layers.section?.trackerRefs ?? [];
  }
  const nobody = owners.length === 0;
  return {
    owners,
    deadline,
    trackerRefs,
    ownerUnassigned: nobody && own.some((layer) => layer.ownerUnassigned === true),
    subjectIsEveryone: text.subjectIsEveryone === true,
  };
}

export interface ResolvedFields {
  owners: Owner[];
  deadline?: Deadline;
  trackerRefs: TrackerRef[];
  /** No owner, and the item writes it as a placeholder (TBD, ?, unassigned). */
  ownerUnassigned: boolean;
  /** The item's own text names no owner and its subject is everyone ("We will …"). */
  subjectIsEveryone: boolean;
}

/** A parent item's fields, as its children inherit them: stated above, with no span here. */
function fromAbove(layer: FieldLayer): FieldLayer {
  return {
    owners: layer.owners?.map((owner) => ({
      ...owner,
      source: "section" as const,
      span: undefined,
    })),
    deadline:
      layer.deadline === undefined
        ? undefined
        : { ...layer.deadline, source: "section" as const, span: undefined },
    trackerRefs: layer.trackerRefs?.map((ref) => ({
      ...ref,
      source: "section" as const,
      span: undefined,
    })),
  };
}

/** One field's lists from each layer, in layer order: a plain loop, since `flatMap` cost a lint 2%. */
function joinLayers<T>(layers: FieldLayer[], pick: (layer: FieldLayer) => T[] | undefined): T[] {
  let joined: T[] | undefined;
  let shared = true;
  for (const layer of layers) {
    const list = pick(layer);
    if (list === undefined || list.length === 0) {
      continue;
    }
    if (joined === undefined) {
      joined = list;
    } else {
      if (shared) {
        joined = joined.slice();
        shared = false;
      }
      for (const entry of list) {
        joined.push(entry);
      }
    }
  }
  return joined ?? [];
}

function uniqueByName(owners: Owner[]): Owner[] {
  if (owners.length < 2) {
    return owners;
  }
  const seen = new Set<string>();
  return owners.filter((owner) => {
    const key = owner.name.toLowerCase();
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
