import type { ActionItem, Deadline, FieldSource, Owner } from "../types";
import type { Builder } from "./builder";
import { readFields, shiftSpans } from "./fields";

// "Improve the tiering script:" over "- detect a stopped database … (owner=eng, due=2026-02-15)": the sub-items
// only spell out the work, so an owner or a date stated on one of them is the item's when it states none.

/**
 * Where a field is stated as one, not found in a sentence: a date in brackets, after a dash or a key; an
 * owner only after its key ("owner=eng", "Owner: Dana"), as a part's "(rotation delay only)" names nobody.
 */
const STATED_DATE: ReadonlySet<FieldSource> = new Set(["field", "parenthetical", "trailer"]);
/** What a stated owner or date needs: a bracket, a field's colon or equals sign, or a dash before a name. */
const STATED_HINT = /[(=:]|\s[-–—]\s/;

/** What the parts of one item stated, gathered while its sub-items are read. */
export interface PartFields {
  owners: Owner[];
  deadline?: Deadline;
}

/** Reads one part's stated owner and date into `found`, when the open item lacks them. */
export function gatherPartFields(
  builder: Builder,
  item: ActionItem,
  part: { raw: string; base: number },
  found: PartFields,
): void {
  const needsOwner = item.owners.length === 0 && item.ownerUnassigned !== true;
  if (
    item.status.state !== "open" ||
    (!needsOwner && item.deadline !== undefined) ||
    !STATED_HINT.test(part.raw)
  ) {
    return;
  }
  const fields = readFields(part.raw, builder.ctxPastTenseOpen);
  shiftSpans(fields, part.base);
  for (const owner of fields.owners) {
    if (owner.source === "field" && !found.owners.some((known) => known.name === owner.name)) {
      found.owners.push(owner);
    }
  }
  const deadline = fields.deadline;
  // The work is done when its last part is: the latest date stands for the item.
  if (
    deadline?.date !== undefined &&
    STATED_DATE.has(deadline.source) &&
    (found.deadline?.date === undefined || deadline.date > found.deadline.date)
  ) {
    found.deadline = deadline;
  }
}

/** The item takes what its parts stated and it did not. */
export function takePartFields(item: ActionItem, found: PartFields): void {
  if (item.owners.length === 0 && item.ownerUnassigned !== true && found.owners.length > 0) {
    item.owners = found.owners;
  }
  if (item.deadline === undefined && found.deadline !== undefined) {
    item.deadline = found.deadline;
  }
}
