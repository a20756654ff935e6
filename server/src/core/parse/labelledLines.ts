import type { ActionItem } from "../types";
import { pushItem, type Builder, type SectionContext } from "./builder";
import { readFields, startsWithVerb, type TextFields } from "./fields";
import {
  BOX_LED,
  TICK_LED,
  DOCUMENT_TODO,
  FIELD_LINE,
  labelsWork,
  LESSON_STATE_TAG,
  LIST_MARKER,
  TAKEN_ACTION_LABEL,
} from "./lineShapes";
import { CONTINUED_COMMITMENT, NARRATIVE_PAST } from "./lexicon";
import { toPlainText } from "./markdownText";
import { laterSentenceStillToCome } from "./status/grammar";
import {
  continuesLabelledLine,
  isFilledParagraph,
  MAX_WRAPPED_LENGTH,
  paragraphText,
} from "./paragraphLines";

// Labelled lines anywhere in a document ("Action item: …", "**DONE**: …", "☐ …"), and the paragraph that
// adds one more commitment right after a follow-up list ("Finally, we will …"). A labelled line is work by its
// label, so past tense reports it done ("**Follow-up:** Added a low-balance alert …"), as under an action heading.

/**
 * "Action item: …" and "**DONE**: …" paragraphs anywhere in the document, each with the wrapped lines that
 * continue it. Returns the item read from the paragraph's last line and that line, for a list right under it to annotate.
 */
export function readLabelledLines(
  builder: Builder,
  map: [number, number],
  section: SectionContext | undefined,
): { item: ActionItem; lastLine: number } | undefined {
  let last: { item: ActionItem; lastLine: number } | undefined;
  let filled: boolean | undefined;
  // Most paragraphs hold no label: each line is tested first, and only a labelled one looks for its continuation.
  for (let first = map[0]; first < map[1]; first++) {
    const lineText = builder.lines.lineText(first);
    const stateTag = section?.lessons === true ? LESSON_STATE_TAG.exec(lineText) : null;
    const taken =
      section?.lessons === true &&
      (TAKEN_ACTION_LABEL.test(lineText) ||
        (stateTag !== null && /^(?:fixed|resolved|done)$/i.test(stateTag[1] ?? "")));
    // "✅ Quick identification of the missing table" under "What went well" or the response: praise or a
    // step told, a box only as decoration.
    const boxLed =
      BOX_LED.test(lineText) &&
      !(TICK_LED.test(lineText) && (section?.story === true || section?.response === true));
    if (
      !(labelsWork(lineText) || boxLed || taken || stateTag !== null) ||
      DOCUMENT_TODO.test(lineText)
    ) {
      continue;
    }
    let lastLine = first;
    if (filled === undefined) {
      filled = isFilledParagraph(builder, map);
    }
    while (
      filled &&
      lastLine + 1 < map[1] &&
      !isLabelledLine(builder.lines.lineText(lastLine + 1))
    ) {
      lastLine++;
    }
    while (
      lastLine + 1 < map[1] &&
      continuesLabelledLine(
        builder.lines.lineText(lastLine),
        builder.lines.lineText(lastLine + 1),
        isLabelledLine,
      )
    ) {
      lastLine++;
    }
    // The sentences explaining it are the item's too, but a list under them is theirs, not its notes.
    const ownLastLine = lastLine;
    while (lastLine + 1 < map[1] && explainsLabelledLine(builder.lines.lineText(lastLine + 1))) {
      lastLine++;
    }
    const start = builder.lines.lineStart(first);
    const marker = LIST_MARKER.exec(lineText);
    const lead = marker === null ? lineText.length - lineText.trimStart().length : marker[0].length;
    // "→ Action: …": the arrow only points at the label.
    const offset = lead + (ARROW_LEAD.exec(lineText.slice(lead))?.[0].length ?? 0);
    const end = builder.lines.lineEnd(lastLine);
    const raw = builder.text.slice(start + offset, end).trimEnd();
    first = lastLine;
    const fields = readFields(raw, builder.ctx);
    // Nothing left once marks and owner are read ("✅ Gjort:" labelling the list below it), a writer's note,
    // or "☐ We lacked a metric for …", a checklist export of a lesson: no action.
    if (
      fields.actionText.trim() === "" ||
      isWritersNote(fields) ||
      (BOX_LED.test(lineText) && TOLD_IN_PAST.test(fields.verbText))
    ) {
      continue;
    }
    // Under a lesson, "Action taken: …" reports the change made: done unless the line says otherwise.
    const context = taken && section !== undefined ? { ...section, done: true } : section;
    last = {
      item: pushItem(builder, {
        raw,
        base: start + offset,
        end,
        format: "paragraph",
        fields,
        extra: [],
        section: context,
      }),
      lastLine: ownLastLine,
    };
  }
  // Only a labelled line that ends its paragraph has the list below it as its notes.
  return last?.lastLine === map[1] - 1 ? last : undefined;
}

function isLabelledLine(line: string): boolean {
  return labelsWork(line) || BOX_LED.test(line) || TAKEN_ACTION_LABEL.test(line);
}

/**
 * "The simplest fix is a nightly expiry check … (see issue …)", "This bit the status page once already.": a
 * sentence of the labelled line's paragraph that explains it, so its fields are the item's; not an item of its own.
 */
const EXPLAINING_SENTENCE = /^(?:the|this|that|these|those|it|its|there|our)\s/i;
function explainsLabelledLine(next: string): boolean {
  const after = next.trim();
  return EXPLAINING_SENTENCE.test(after) && !isLabelledLine(after) && !FIELD_LINE.test(after);
}

const ARROW_LEAD = /^(?:→|⇒|->|=>)\s*/;
/** "We lacked …", "The alert was …": a subject and a verb that tell what happened. */
const TOLD_IN_PAST = new RegExp(
  String.raw`^(?:we|i|they|it|nobody|no one|the [\w-]+(?: [\w-]+)?)\s+(?:${[...NARRATIVE_PAST].join("|")}|was|were|had|did|didn['’]t|wasn['’]t|weren['’]t)\b`,
  "i",
);

/** "TODO: vendor email": two words and no verb, a note the writer left for the write-up, not an action. */
function isWritersNote(fields: TextFields): boolean {
  return (
    fields.actionText.split(/\s+/).filter(Boolean).length <= 2 &&
    !startsWithVerb(fields.verbText) &&
    fields.trackerRefs.length === 0 &&
    fields.owners.length === 0
  );
}

/** A link or an issue number somewhere in the paragraph, before reading its sentences. */
const LINK_HINT = /https?:\/\/|#\d/;
const OPENED_TICKET_TO =
  /^we(?: have|'ve|’ve)?(?: also)? (?:opened|filed|created|raised|logged)\s(?:[^.]|\.(?=\S)){1,200}?\bto\s+[a-z]/i;

/** The paragraph right after a follow-up list that adds one more commitment to it: the whole paragraph is the item. */
export function readFollowUpContinuation(
  builder: Builder,
  map: [number, number],
  section: SectionContext,
): { item: ActionItem; lastLine: number } | undefined {
  const first = toPlainText(builder.lines.lineText(map[0]).trim());
  const continued = CONTINUED_COMMITMENT.test(first);
  const opened = !continued && OPENED_TICKET_TO.test(first);
  const { start, end, raw } = paragraphText(builder, map);
  // "An ideal setup lets you recover quickly. For example, we are in the process of setting up … <issue>":
  // work under way in a later sentence, with its ticket named.
  const later =
    !continued && !opened && LINK_HINT.test(raw) && laterSentenceStillToCome(toPlainText(raw));
  if ((!continued && !opened && !later) || raw.length > MAX_WRAPPED_LENGTH) {
    return undefined;
  }
  const fields = readFields(raw, builder.ctxPastTenseOpen);
  if ((opened || later) && fields.trackerRefs.length === 0) {
    return undefined; // "We opened a channel to coordinate": no ticket, a step of the response.
  }
  return {
    item: pushItem(builder, {
      raw,
      base: start,
      end,
      format: "paragraph",
      fields,
      extra: [],
      section,
    }),
    lastLine: map[1] - 1,
  };
}
