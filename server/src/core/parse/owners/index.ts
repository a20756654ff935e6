// Owners: whether a piece of text names who owns an item (a person, a group or a role), says nobody
// does yet, or is not about ownership; and the owner lists readers claim.

export { classifyOwner } from "./classify";
export { isAcronym } from "./groups";
export { ownerAsWritten, ownersAsWritten, ownersFrom } from "./lists";
export { isHandle, looksLikeNames } from "./people";
export type { OwnerContext, OwnerVerdict } from "./verdicts";
