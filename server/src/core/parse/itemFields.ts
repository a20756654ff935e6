import type { Deadline, Owner, TrackerRef } from "../types";

/** What one place around an item says about its owner, deadline and tracker refs. Spans are absolute. */
export interface FieldLayer {
  owners?: Owner[];
  deadline?: Deadline;
  trackerRefs?: TrackerRef[];
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
 * | owners   | all of them, row first (a name once)              | the parent's  | the section's  |
 * | deadline | the first of row, text, field lines               | the parent's  | the section's  |
 * | trackers | all of them, row first                            | the parent's  | the section's  |
 *
 * What comes from the parent or the section is marked `source: "section"` and has no span of its own.
 */
export function resolveItemFields(layers: ItemLayers): {
  owners: Owner[];
  deadline?: Deadline;
  trackerRefs: TrackerRef[];
} {
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

  let owners = uniqueByName(own.flatMap((layer) => layer.owners ?? []));
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

  let trackerRefs = own.flatMap((layer) => layer.trackerRefs ?? []);
  if (trackerRefs.length === 0) {
    trackerRefs = parent()?.trackerRefs ?? [];
  }
  if (trackerRefs.length === 0) {
    trackerRefs = layers.section?.trackerRefs ?? [];
  }
  return { owners, deadline, trackerRefs };
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
