import { findDeadline } from "./dates";
import { classifyOwner, type OwnerContext } from "./owners";
import { STRUCK_IN_LINE } from "./strikethrough";

// A struck-through date or name inside an item corrects one of its fields ("due ~~2026-12-01~~
// 2027-01-12", "Owner: ~~Ana~~ Bo"): it does not strike the item out. Such a strike is blanked, at the
// same length so every offset still holds, before the readers run; the strike of an action stays.

export function withoutStruckFields(
  raw: string,
  ctx: OwnerContext & { reference: Date; dayFirst?: boolean },
): string {
  return raw.replace(STRUCK_IN_LINE, (strike, inner: string) =>
    isDate(inner, ctx) || isPerson(inner, ctx) ? " ".repeat(strike.length) : strike,
  );
}

function isDate(inner: string, ctx: { reference: Date; dayFirst?: boolean }): boolean {
  const text = inner.trim();
  const found = findDeadline(text, ctx.reference, ctx.dayFirst);
  return found !== undefined && found.text.length >= text.length - 2;
}

function isPerson(inner: string, ctx: OwnerContext): boolean {
  const verdict = classifyOwner(inner.trim(), ctx);
  return (
    verdict.kind === "owner" && !verdict.owner.isGroup && inner.trim().split(/\s+/).length <= 3
  );
}
