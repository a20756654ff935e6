import {
  addLines,
  CONTINUES,
  ITEM_START,
  LIST_ITEM,
  deadlineFix,
  noDeadline,
  noOwner,
  noTicket,
  open,
  ownerFix,
  ticketFix,
} from "./shapes.mjs";

// A field written onto each labelled open item that lacks it, where the item's text ends (or, for a prefix,
// before its words), and the label changed to match: does the field read in every item shape the documents use? Table rows and lines
// that end in a colon (an intro over a list) are left as they are.
// Which items each field goes onto, and the label once it is written.
const OWNER = { lacks: noOwner, fix: ownerFix };
const DEADLINE = { lacks: noDeadline, fix: deadlineFix };
const TICKET = { lacks: noTicket, fix: ticketFix };
const OPEN = { lacks: open, fix: {} };
const DONE = { lacks: (labels) => labels.done, fix: {} };
const FIELD_ADDITIONS = {
  ownerAdded: { suffix: " — Dana Whitfield", ...OWNER },
  ownerFieldAdded: { suffix: " (owner: Dana Whitfield)", ...OWNER },
  handleAdded: { suffix: " @dwhitfield", ...OWNER },
  deadlineAdded: { suffix: " (due 2027-03-31)", ...DEADLINE },
  quarterAdded: { suffix: " — by end of Q1 2027", ...DEADLINE },
  trackerAdded: { suffix: " (OPS-4321)", ...TICKET },
  issueLinkAdded: {
    suffix: " https://github.com/acme/platform/issues/4321",
    ...TICKET,
  },
  boldOwnerAdded: { suffix: " — **Dana Whitfield**", ...OWNER },
  ownerPrefixed: { prefix: "Dana Whitfield: ", ...OWNER },
  ownerBracketPrefixed: { prefix: "[Dana Whitfield] ", ...OWNER },
  etaAdded: { suffix: " (ETA 2027-03-31)", ...DEADLINE },
  deadlinePrefixed: { prefix: "By 2027-03-31: ", ...DEADLINE },
  trackerPrefixed: { prefix: "OPS-4321: ", ...TICKET },
  trackerBracketPrefixed: { prefix: "[OPS-4321] ", ...TICKET },
  jiraLinkAdded: {
    suffix: " https://acme.atlassian.net/browse/OPS-4321",
    ...TICKET,
  },
  ownerParenAdded: { suffix: " (Dana Whitfield)", ...OWNER },
  firstNameAdded: { suffix: " — Dana", ...OWNER },
  emailAdded: { suffix: " (dana.whitfield@example.com)", ...OWNER },
  slashDateAdded: { suffix: " (due 03/31/2027)", ...DEADLINE },
  monthAdded: { suffix: " by end of March 2027", ...DEADLINE },
  issueHashAdded: { suffix: " (#4321)", ...TICKET },
  pullLinkAdded: {
    suffix: " https://github.com/acme/platform/pull/4321",
    ...TICKET,
  },
  gitlabLinkAdded: {
    suffix: " https://gitlab.com/acme/platform/-/issues/4321",
    ...TICKET,
  },
  ticketLinkAdded: {
    suffix: " ([OPS-4321](https://acme.atlassian.net/browse/OPS-4321))",
    ...TICKET,
  },
  mentionAdded: { suffix: " @Dana Whitfield", ...OWNER },
  assignedToAdded: { suffix: ", assigned to Dana Whitfield", ...OWNER },
  dotDateAdded: { suffix: " (due 31.03.2027)", ...DEADLINE },
  dayMonthAdded: { suffix: " — due 31 March 2027", ...DEADLINE },
  sprintAdded: { suffix: " (Sprint 42)", ...DEADLINE },
  halfAdded: { suffix: " [target: H1 2027]", ...DEADLINE },
  repoIssueAdded: { suffix: " (acme/platform#4321)", ...TICKET },
  linearLinkAdded: { suffix: " https://linear.app/acme/issue/ENG-4321", ...TICKET },
  mergeRequestAdded: { suffix: " (!4321)", ...TICKET },
  completedMarked: { suffix: " (Completed)", ...DONE },
  doneBracketPrefixed: { prefix: "[DONE] ", ...DONE },
  notStartedMarked: { suffix: " (not started)", ...OPEN },
  openMarked: { suffix: " (in progress)", ...OPEN },
  todoPrefixed: { prefix: "TODO: ", ...OPEN },
  actionLabelPrefixed: { prefix: "Action item: ", ...OPEN },
  numberLabelPrefixed: { prefix: "AI-7 ", ...OPEN },
  wipMarked: { suffix: " — WIP", ...OPEN },
  doneWordMarked: { suffix: " — done", ...DONE },
  doneMarked: { suffix: " ✅", ...DONE },
  allFieldsBracketed: {
    suffix: " [Dana Whitfield, 2027-03-31, OPS-4321]",
    lacks: (labels) => noOwner(labels) && noDeadline(labels) && noTicket(labels),
    fix: { ...ownerFix, ...deadlineFix, ...ticketFix },
  },
  allFieldsAdded: {
    suffix: " — Dana Whitfield, due 2027-03-31, OPS-4321",
    lacks: (labels) => noOwner(labels) && noDeadline(labels) && noTicket(labels),
    fix: { ...ownerFix, ...deadlineFix, ...ticketFix },
  },
};

function addField(text, items, addition) {
  const lines = text.split("\n");
  const labels = [];
  const starts = new Set(items.map((item) => item.line - 1));
  for (const item of items) {
    // The field goes where the item's text ends: its first line and the wrapped lines after it.
    let index = item.line - 1;
    while (index + 1 < lines.length && !starts.has(index + 1) && CONTINUES.test(lines[index + 1])) {
      index++;
    }
    const line = lines[index] ?? "";
    const plain = line.replace(/\r$/, "");
    const first = lines[item.line - 1] ?? "";
    if (
      !addition.lacks(item.labels) ||
      /^\s*\|/.test(plain) ||
      /:\s*$/.test(plain) ||
      (addition.prefix !== undefined && !ITEM_START.test(first))
    ) {
      labels.push(item);
      continue;
    }
    if (addition.prefix !== undefined) {
      lines[item.line - 1] = first.replace(ITEM_START, `$1${addition.prefix}`);
    } else {
      lines[index] = plain.trimEnd() + addition.suffix + (line.endsWith("\r") ? "\r" : "");
    }
    labels.push({ ...item, labels: { ...item.labels, ...addition.fix } });
  }
  return { text: lines.join("\n"), labels };
}

// Rewrites that add lines: each returns the new lines and where each old line went, so the labels follow.
const LINE_ADDITIONS = {
  ownerSubBullet: fieldLine("- Owner: Dana Whitfield", noOwner, ownerFix),
  ownerLine: fieldLine("Owner: Dana Whitfield", noOwner, ownerFix),
  dueSubBullet: fieldLine("- Due: 2027-03-31", noDeadline, deadlineFix),
  ticketSubBullet: fieldLine("- Ticket: OPS-4321", noTicket, ticketFix),
};

/** A field on a line of its own under each labelled list item that lacks it, at the item's text column. */
function fieldLine(field, lacks, fix) {
  return (lines, items) => {
    const after = new Map();
    const labels = items.map((item) => {
      const first = lines[item.line - 1] ?? "";
      const marker = LIST_ITEM.exec(first);
      if (marker === null || !lacks(item.labels)) {
        return item;
      }
      let index = item.line - 1;
      while (index + 1 < lines.length && CONTINUES.test(lines[index + 1])) {
        index++;
      }
      if (/:\s*$/.test(lines[index])) {
        return item; // An intro over its list ("… quickly:") takes no field line.
      }
      // At the text's column, or where the item's sub-items already stand, so they stay its own.
      const child = /^(\s*)(?:[-*+]|\d+[.)])\s/.exec(lines[index + 1] ?? "");
      const column = marker[1].replace(/\t/g, "    ").length;
      const indent =
        child !== null && child[1].length > /^\s*/.exec(first)[0].length
          ? child[1]
          : " ".repeat(column);
      after.set(index, indent + field);
      return { ...item, labels: { ...item.labels, ...fix } };
    });
    const out = [];
    const moved = [];
    lines.forEach((line, index) => {
      moved[index] = out.length;
      out.push(line);
      if (after.has(index)) {
        out.push(after.get(index));
      }
    });
    return { lines: out, moved, labels };
  };
}

/** Every field addition as (text, labelled items) => { text, labels }. */
export const FIELDS = {
  ...Object.fromEntries(
    Object.entries(FIELD_ADDITIONS).map(([name, addition]) => [
      name,
      (text, items) => addField(text, items, addition),
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(LINE_ADDITIONS).map(([name, addition]) => [
      name,
      (text, items) => addLines(text, items, addition),
    ]),
  ),
};
