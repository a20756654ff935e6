import type { Person } from "../../config";
import type { Owner } from "../../types";

// What a piece of owner text says: who owns the item, that nobody does yet, or nothing about ownership.

export interface OwnerContext {
  people: Person[];
  groups: string[];
}

export type OwnerVerdict =
  | { kind: "owner"; owner: Omit<Owner, "source" | "span"> }
  | { kind: "unassigned" }
  | { kind: "not-owner" };

export const NOBODY: OwnerVerdict = { kind: "unassigned" };

export const NOT_AN_OWNER: OwnerVerdict = { kind: "not-owner" };

/** That `name` owns the item: a person unless `isGroup`, a decision-maker when a title says so. */
export function ownedBy(name: string, isGroup: boolean, isDecisionMaker = false): OwnerVerdict {
  return { kind: "owner", owner: { name, isGroup, isDecisionMaker } };
}

/** A person whose role is known (from the roster, or written beside the name): the role comes along. */
export function ownedWithRole(
  name: string,
  isDecisionMaker: boolean,
  role: string | undefined,
): OwnerVerdict {
  return { kind: "owner", owner: { name, isGroup: false, isDecisionMaker, role } };
}
