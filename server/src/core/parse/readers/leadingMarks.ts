import type { ActionStatus } from "../../types";
import { BOLD_STATUS_TAGS, DROPPED_MARKS, DONE_MARKS, OPEN_MARKS, TASK_KEYWORDS } from "../lexicon";
import { TYPED_LIST_MARK } from "../lineShapes";
import { claimStatus, hasStatus, type Reading } from "./reading";
import { DONE_EMOJI, OPEN_BOX, statusFromWord } from "./statusWord";

// Status claims written in front of the action: a status word ("Done: …", "[WIP] …"), a done emoji,
// an empty ballot box; and colour or progress marks that say nothing about the owner.

/** "Done: …", "[WIP] …", "**Blocked** - …": a status word, then the action. */
export const STATUS_PREFIX = new RegExp(
  String.raw`^\s*(?:\*\*|__)?(?:\[\s*|\(\s*)?(${DONE_MARKS}|${OPEN_MARKS}|${DROPPED_MARKS})(?:\s*\]|\s*\))?(?:\*\*|__)?(?:\s*[:\-–—|.]\s+|\s*[:\-–—|]\s*|(?<=[\])](?:\*\*|__)?)\s+)`,
  "i",
);
/**
 * "**DOING** the backup job …", "**Resolved** Add …": a status word in bold needs no colon to be one; of the
 * open words only the tags, since "**Open** the port" and "**New** dashboard" begin an action.
 */
const BOLD_STATUS_TAG = new RegExp(
  String.raw`^\s*(?:\*\*|__)(${BOLD_STATUS_TAGS}|${DONE_MARKS}|${DROPPED_MARKS})(?:\*\*|__)\s+`,
  "i",
);
// "- DONE add the alert", "- LATER write the runbook": an outliner's task keyword, capitals only, since
// "Now drain the queue" and "Done right, this …" are words.
const TASK_KEYWORD = new RegExp(
  String.raw`^\s*(?:(${TASK_KEYWORDS.open})|(${TASK_KEYWORDS.done})|(${TASK_KEYWORDS.dropped}))\s+(?=\S)`,
);

function keywordStatus(keyword: RegExpExecArray): ActionStatus {
  const span = { start: 0, end: keyword[0].length };
  const evidence = keyword[0].trim();
  return keyword[2] !== undefined
    ? { state: "done", evidence, span }
    : keyword[3] !== undefined
      ? { state: "deprioritized", evidence, span }
      : { state: "open", evidence, span };
}

// Any pictograph or bullet sign in front ("🔹", "👉", "▪", "➡️") decorates the line; those that say
// something are read before this: a done mark, an owner (👤), a date (📅) or a ticket (🎫) label.
const LEADING_MARK =
  /^(?:(?![\u{1F464}\u{1F64B}\u{1F3AB}\u{1F4C5}\u{1F5D3}])\p{Extended_Pictographic}|[\u2022\u2023\u2043\u2192\u21D2\u25AA-\u25FE\u2794\u27A1\u2B9E])\uFE0F?\s+/u;

const WIKI_TEMPLATE = /^\s*\{\{\s*(?:status\s*\|\s*)?([^{}|]{1,30}?)\s*\}\}\s*/i;
const WIKI_TICK = /^\s*(?:\(\/\)|\[[xX]\])\s+/;

export function readLeadingMarks(r: Reading): void {
  const { raw } = r;
  const statusPrefix = STATUS_PREFIX.exec(raw) ?? BOLD_STATUS_TAG.exec(raw);
  if (statusPrefix !== null) {
    r.statusPrefixWord = statusPrefix[1];
    claimStatus(
      r,
      "marker",
      statusFromWord(statusPrefix[1], { start: 0, end: statusPrefix[0].length }),
    );
    r.pos = statusPrefix[0].length;
    r.removals.push({ start: 0, end: r.pos });
  } else if (raw.charCodeAt(0) < 0x60 && TASK_KEYWORD.test(raw)) {
    const keyword = TASK_KEYWORD.exec(raw)!;
    r.statusPrefixWord = keyword[0].trim();
    claimStatus(r, "marker", keywordStatus(keyword));
    r.pos = keyword[0].length;
    r.removals.push({ start: 0, end: r.pos });
  }
  const tick =
    (raw.includes("(/)") || raw.includes("[x]") || raw.includes("[X]")) && !hasStatus(r)
      ? WIKI_TICK.exec(raw)
      : null;
  if (tick !== null) {
    // "(/) Rotate the key": Confluence's wiki markup for its green tick; "[x] Re-send …" a ticked box
    // no list took, as in a table cell.
    claimStatus(r, "marker", {
      state: "done",
      evidence: tick[0].trim(),
      span: { start: 0, end: tick[0].length },
    });
    r.removals.push({ start: 0, end: tick[0].length });
    r.pos = tick[0].length;
  }
  const template = raw.includes("{{") && !hasStatus(r) ? WIKI_TEMPLATE.exec(raw) : null;
  const templateStatus =
    template === null
      ? undefined
      : statusFromWord(/^tick$/i.test(template[1]) ? "done" : template[1], {
          start: 0,
          end: template[0].length,
        });
  if (template !== null && templateStatus !== undefined) {
    // "{{done}} Restore …", "{{Status|declined}} Move …": a wiki's status template in front, a status
    // word in front as "Declined: …" is (so the words after it are the action, not its reason).
    r.statusPrefixWord = template[1];
    claimStatus(r, "marker", templateStatus);
    r.removals.push({ start: 0, end: template[0].length });
    r.pos = template[0].length;
  }
  const emoji = DONE_EMOJI.exec(raw);
  if (emoji !== null && !hasStatus(r)) {
    const span = { start: emoji.index, end: emoji.index + emoji[0].length };
    claimStatus(r, "marker", { state: "done", evidence: emoji[0], span });
    r.removals.push({ start: span.start, end: span.end });
    if (raw.slice(0, emoji.index).trim() === "") {
      r.pos = span.end;
    }
  } else if (!hasStatus(r) && OPEN_BOX.test(raw)) {
    // "☐ Lin: add …": an empty ballot box, as exported from Google Docs, Notion or Word checklists.
    const box = OPEN_BOX.exec(raw)!;
    claimStatus(r, "marker", {
      state: "open",
      evidence: box[0].trim(),
      span: { start: 0, end: box[0].length },
    });
    r.removals.push({ start: 0, end: box[0].length });
    r.pos = box[0].length;
  } else if (!hasStatus(r) && TYPED_LIST_MARK.test(raw)) {
    // "a) Add …", "(2) Cap …", "o Move …": a typed list marker numbers the item and names nobody.
    const mark = TYPED_LIST_MARK.exec(raw)!;
    r.removals.push({ start: 0, end: mark[0].length });
    r.pos = mark[0].length;
  } else if (!hasStatus(r) && raw.charCodeAt(0) > 0x2000 && LEADING_MARK.test(raw)) {
    // "🟡 Theo: add …", "⏳ Mei: …": a colour or progress mark in front says nothing about the owner.
    const mark = LEADING_MARK.exec(raw)!;
    r.removals.push({ start: 0, end: mark[0].length });
    r.pos = mark[0].length;
  }
  r.ownerInsertAt = r.pos;
}
