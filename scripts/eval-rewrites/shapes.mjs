// The shapes of Markdown lines the rewrites find their way by, and what the labels say an item lacks.

export const ITEM_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\S/;

export const LIST_ITEM = /^(\s*(?:[-*+]|\d+[.)])\s+)\S/;

// A line that goes on with the item above it: not blank, not a new list item, heading, table row or fence.
export const CONTINUES = /^(?!\s*$)(?!\s*(?:[-*+]|\d+[.)])\s)(?!\s*#)(?!\s*\|)(?!\s*(?:```|~~~))/;

// Where an owner goes in front of a list item's or a line's words: after the bullet or number, a box and
// a label ("**TODO**:", "Action point:", "[[Proposal](…)]"); not on a heading.
export const ITEM_START =
  /^(\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?(?:\*\*[^*\n]{1,30}\*\*:?\s+|[A-Z][A-Za-z ]{1,20}:\s+|\[\[[^\]\n]*\]\([^)\n]*\)\]\s+)?)(?=\*\*\S|\[[^\]\n]|\p{L})/u;

// What a labelled item lacks, and the label once a rewrite wrote it.
export const open = (labels) => !labels.done;
export const noOwner = (labels) => open(labels) && labels.owner_missing && !labels.owner_is_group;
export const noDeadline = (labels) => open(labels) && labels.deadline_missing;
export const noTicket = (labels) => open(labels) && labels.tracker_missing;
export const ownerFix = { owner_missing: false };
export const deadlineFix = { deadline_missing: false };
export const ticketFix = { tracker_missing: false };

// A code fence: "```" whose info string holds no backtick ("```code```" on one line is inline code), or "~~~".
export const FENCE = /^\s*(?:```(?!.*`)|~~~)/;

/** Applies a rewrite to every line outside fenced code. */
export function rewrite(text, each) {
  let fenced = false;
  return text
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return line;
      }
      return fenced ? line : each(line);
    })
    .join("\n");
}

/** Applies a rewrite of all lines to each run of lines outside fenced code. */
export function rewriteRuns(text, all) {
  const out = [];
  let run = [];
  let fenced = false;
  for (const line of text.split("\n")) {
    if (FENCE.test(line) || fenced) {
      out.push(...all(run), line);
      run = [];
      if (FENCE.test(line)) {
        fenced = !fenced;
      }
      continue;
    }
    run.push(line);
  }
  return [...out, ...all(run)].join("\n");
}

/**
 * Applies a rewrite that adds lines: `addition(lines, items)` returns the new lines, where each old line went
 * (`moved`) and the labels, which then follow their lines.
 */
export function addLines(text, items, addition) {
  const written = addition(text.split("\n"), items);
  const labels = written.labels.map((item) => ({
    ...item,
    line: written.moved[item.line - 1] + 1,
  }));
  return { text: written.lines.join("\n"), labels };
}
