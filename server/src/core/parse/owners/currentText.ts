import { TAKE_ON_VERBS } from "../lexicon";
import { STRUCK_IN_LINE } from "../strikethrough";

/**
 * Who owns it now, as a cell or field shows a change: "~~Ana~~ Bob" strikes the old owner, "Ana → Bob"
 * hands it over, and "Ana<br>Bob" lists two.
 */
export function currentOwnerText(raw: string): string {
  let text = raw.includes("<") ? raw.replace(LINE_BREAK_TAG, ", ") : raw;
  if (text.includes("~~")) {
    const kept = text.replace(STRUCK_IN_LINE, " ");
    text = kept.trim() === "" ? text : kept;
  }
  const handoff =
    text.includes(">") || text.includes("→") || text.includes("⇒") ? HANDOFF.exec(text) : null;
  const current = handoff === null ? text : handoff[2];
  // "Ana is the owner", "Ana as DRI", "Ana to own": the name, not the sentence.
  return current.includes(" is ") || current.includes(" as ") || current.includes(" to ")
    ? current.replace(ROLE_AFTER, "")
    : current;
}

const HANDOFF = /^(.+?)\s*(?:→|->|=>|⇒)\s*(.+)$/;

const LINE_BREAK_TAG = /<br\s*\/?>/gi;

const ROLE_AFTER = new RegExp(
  String.raw`\s+(?:(?:is|as)\s+(?:the\s+)?(?:owner|dri|directly responsible individual|lead|assignee|point person|poc)|to\s+(?:${TAKE_ON_VERBS})(?:\s+(?:it|this))?)\s*$`,
  "i",
);
