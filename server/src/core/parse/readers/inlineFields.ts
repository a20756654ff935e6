import {
  DEADLINE_FIELD_KEYS,
  DESCRIPTION_FIELD_KEYS,
  FIELD_KEYS,
  OWNER_FIELD_KEYS,
  REASON_FIELD_KEYS,
  STATUS_FIELD_KEYS,
  TRACKER_FIELD_KEYS,
} from "../lexicon";
import { findDeadline, splitFields } from "../dates";
import { toPlainText } from "../markdownText";
import { ownersAsWritten, ownersFrom } from "../owners";
import { findTrackerRefs, isNoDeadline, isPlaceholder, referenceLength } from "../trackerRefs";
import { claimOwners, claimStatus, type Reading } from "./reading";
import { statusFromWord } from "./statusWord";
import { claimTrackerText } from "./trackerClaims";
import { startsWithVerb } from "./verbs";

// Fields written inside the item's text: "Owner: Alice", "Due: 2026-03-01", "Ticket: PAY-1",
// "Status: done", "Reason: …". Each field is one claim, of the kind its key names.

// A value ends before the next field: after a semicolon, bracket, spaced dash or hyphen, middle dot ("Owner: Kim · Due: …"),
// comma or full stop, or at a key in bold ("**Owner:** Kim **Due:** …", as a form exports them); a bracket
// before a comma, a dash or a sentence's end stays with the value ("Owner: Kim (EM). Due: …").
const INLINE_FIELD = new RegExp(
  String.raw`(^|[\s(\[;,|])(?:\*\*|__)?(${FIELD_KEYS})(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*((?:\[[^\][\n]{1,80}\]\([^()\s]{1,300}\)|[^;()\[\]|\n·•])*?)\s*(?:\*\*|__)?(?=\s*(?:$|[;)\]|\n·•]|\s(?:[—–]|--?)\s|,\s*(?:${FIELD_KEYS})\s*[:=]|\s(?:due|by|deadline|eta|ticket|status|tracking|jira|bug|owner)\s*[:=]|\s(?:\*\*|__)(?:${FIELD_KEYS})(?:\*\*|__)?\s*[:=])|,\s*$|,\s*\[|(?<!(?:^|[\s.])[A-Z])(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Jr|St))\.(?:\s+[A-Z]|\s*$)|\s\([^()\n]{1,60}\)(?:\s*[.;]?\s*$|[ \t]*[;\n]|\s(?:[—–]|--?)\s|,\s|\.\s+(?:[A-Z]|\*\*|__)))`,
  "gi",
);
/** A cheap test before INLINE_FIELD's scan: most items have no field. */
const FIELD_HINT = new RegExp(String.raw`\b(?:${FIELD_KEYS})(?:\*\*|__)?\s*[:=]`, "i");
const OWNER_KEY = new RegExp(`^(?:${OWNER_FIELD_KEYS})$`);
const DEADLINE_KEY = new RegExp(`^(?:${DEADLINE_FIELD_KEYS})$`);
const TRACKER_KEY = new RegExp(`^(?:${TRACKER_FIELD_KEYS})$`);
const STATUS_KEY = new RegExp(`^(?:${STATUS_FIELD_KEYS})$`);
const REASON_KEY = new RegExp(`^(?:${REASON_FIELD_KEYS})$`);
const DESCRIPTION_KEY = new RegExp(`^(?:${DESCRIPTION_FIELD_KEYS})$`);
const BRACKET_AFTER = /^\s*\([^()\n]{1,40}\)/;
const NO_DIGIT = /^\D*$/;
/** Keys that say only that a link follows ("Link:", "URL:"), not that it is a ticket. */
const GENERIC_LINK_KEY = /^links?$/;
const OTHER_KEY = /^\p{L}[\p{L} -]{0,20}:/u;

export function readInlineFields(r: Reading): void {
  const { raw } = r;
  if ((!raw.includes(":") && !raw.includes("=")) || !FIELD_HINT.test(raw)) {
    return;
  }
  INLINE_FIELD.lastIndex = 0;
  for (let m = INLINE_FIELD.exec(raw); m !== null; m = INLINE_FIELD.exec(raw)) {
    const start = m.index + m[1].length;
    const end = m.index + m[0].length;
    if (start < r.pos) {
      continue; // Read already, as an owner field in front of the action.
    }
    r.removals.push({ start, end });
    const key = m[2].toLowerCase();
    const value = m[3].trim();
    if (OWNER_KEY.test(key)) {
      readOwnerField(r, value, start, end);
    } else if (DEADLINE_KEY.test(key)) {
      readDeadlineField(r, value, start, end, key);
    } else if (TRACKER_KEY.test(key)) {
      if (
        !isPlaceholder(value) &&
        NO_DIGIT.test(value) &&
        !value.includes("/") &&
        startsWithVerb(toPlainText(value))
      ) {
        // "Bug: fix the double charge": a ticket's kind labelling the action, no reference.
        r.removals.pop();
        continue;
      }
      // "Link: <runbook>": a key that names no ticket holds one only when the value is shaped like one.
      const named = !GENERIC_LINK_KEY.test(key) || hasTrackerRef(value, r);
      if (!isPlaceholder(value) && named) {
        r.trackerFieldValue = true;
        claimTrackerText(r, value.slice(0, referenceLength(value)), "cell", "field", start, end);
      }
    } else if (STATUS_KEY.test(key)) {
      // "Status: Done (partially)": the bracket after the word qualifies it.
      const bracket = BRACKET_AFTER.exec(raw.slice(end));
      const word = bracket === null ? value : `${value} ${bracket[0].trim()}`;
      claimStatus(r, "field", statusFromWord(word, { start, end }));
    } else if (DESCRIPTION_KEY.test(key)) {
      if (!isPlaceholder(value)) {
        r.descriptionText = toPlainText(value);
      }
    } else if (REASON_KEY.test(key)) {
      r.reasonText = value;
    }
  }
}

/** "Owner: Alice", "Owner: TBD"; a value the owner reader cannot place is still the owner as written. */
function readOwnerField(r: Reading, written: string, start: number, end: number): void {
  // "(Owner: Kim, Q1 2027)": a date after the name is the deadline, read by the deadline readers.
  const parts = splitFields(written);
  // "(owner: Ana Ruiz, backup: Tariq Aziz)": a key of another field, one the lexicon need not know, ends the owner.
  const keyed = parts.length > 1 ? parts.findIndex((part, i) => i > 0 && OTHER_KEY.test(part)) : -1;
  if (keyed > 0) {
    parts.length = keyed;
  }
  // "(Owner: Kim, PAY-779)": so is a tracker ref, read by the tracker readers.
  while (parts.length > 1 && isDeadlineOrRef(parts[parts.length - 1], r)) {
    parts.pop();
  }
  let value = parts.join(", ");
  // "Owner: Billing ops (Grace Kim)": the value stops at the bracket, which names who in the group owns it.
  const bracket = parts.length === 1 ? BRACKET_AFTER.exec(r.raw.slice(end)) : null;
  if (bracket !== null) {
    value = `${value} ${bracket[0].trim()}`;
    end += bracket[0].length;
    r.removals.push({ start, end });
  }
  const found = ownersFrom(value, "field", r.ctx, { start, end });
  if (found === undefined && value !== "") {
    claimOwners(r, ownersAsWritten(value, "field", { start, end }));
  } else {
    claimOwners(r, found ?? "unassigned");
  }
}

function isDeadlineOrRef(part: string, r: Reading): boolean {
  return (
    findDeadline(part, r.ctx.reference, r.ctx.dayFirst) !== undefined ||
    findTrackerRefs(part, { trackerKeys: r.ctx.trackerKeys }).some(
      (ref) => ref.start === 0 && ref.end >= part.trimEnd().length,
    )
  );
}

/** "Due: 2026-03-01", "Due: TBD" (a deadline field left unset is the item's answer). */
function readDeadlineField(
  r: Reading,
  value: string,
  start: number,
  end: number,
  key: string,
): void {
  if (isPlaceholder(value) || isNoDeadline(value)) {
    r.deadlineUnset = true;
    return;
  }
  // "ETA: done", "Due: won't do": the column or field holds the outcome once the work is settled.
  const settled = NO_DIGIT.test(value) ? statusFromWord(value, { start, end }) : undefined;
  if (settled !== undefined && settled.state !== "open") {
    claimStatus(r, "field", settled);
    return;
  }
  const found = findDeadline(toPlainText(value), r.ctx.reference, r.ctx.dayFirst);
  // "Target: 99.9% of jobs under 2 s": a target with figures and no date is the outcome, not a deadline.
  if (found === undefined && key === "target" && !NO_DIGIT.test(value)) {
    return;
  }
  r.deadlines.push({ text: value, date: found?.date, source: "field", span: { start, end } });
}

function hasTrackerRef(value: string, r: Reading): boolean {
  return findTrackerRefs(value, { trackerKeys: r.ctx.trackerKeys }).length > 0;
}
