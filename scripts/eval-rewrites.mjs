// The judgement on the labelled post-mortems, written the ways other teams write: each rewrite keeps every
// line where it is (the labels point at lines) and changes one habit — bullet characters, heading marks,
// quotes and dashes, date formats, bold, links, line endings. A rewrite that scores below the unchanged
// set shows a reading that depends on one team's habits, which documents from unseen teams will not share.
//
//   npm run eval:rewrites                     all rewrites, one line each: the elements and items found
//   node scripts/eval-rewrites.mjs --only unicodeBullets,curledQuotes --errors
//
// The rewritten copies go to a temporary folder and are removed afterwards; nothing is copied into the
// project.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    set: { type: "string", default: path.resolve("../shared/eval/dev") },
    only: { type: "string" },
    errors: { type: "boolean", default: false },
  },
});
const scorer = path.join(path.dirname(args.set), "score.mjs");
if (!fs.existsSync(path.join(args.set, "actions.jsonl")) || !fs.existsSync(scorer)) {
  console.error(`No labelled set at ${args.set} (expected ../shared/eval beside the repository).`);
  process.exit(2);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ITEM_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\S/;

// One line in, one line out.
const REWRITES = {
  unchanged: (line) => line,
  starBullets: (line) => line.replace(/^(\s*)- /, "$1* "),
  plusBullets: (line) => line.replace(/^(\s*)[-*] /, "$1+ "),
  numberedToBullets: (line) => line.replace(/^(\s*)\d+[.)] /, "$1- "),
  unicodeBullets: (line) => line.replace(/^(\s*)[-*+] (?!\[)/, "$1• "),
  parenNumbers: (line) => line.replace(/^(\s*\d+)\. /, "$1) "),
  tabIndents: (line) => line.replace(/^ +(?=[-*+\d])/, (m) => "\t".repeat(Math.ceil(m.length / 4))),
  unicodeBoxes: (line) =>
    line.replace(/^(\s*[-*+] )\[ \] /, "$1☐ ").replace(/^(\s*[-*+] )\[[xX]\] /, "$1☑ "),
  deeperHeadings: (line) => line.replace(/^(#{1,5}) /, "#$1 "),
  shallowerHeadings: (line) => line.replace(/^#(#{1,5}) /, "$1 "),
  numberedHeadings: (line) => line.replace(/^(#{2,6}) (?!\d)/, "$1 4. "),
  emojiHeadings: (line) => line.replace(/^(#{2,6}) /, "$1 🛠️ "),
  colonHeadings: (line) => line.replace(/^(#{2,6} .*?[A-Za-z)])\s*$/, "$1:"),
  lowerCaseHeadings: (line) =>
    /^#{1,6} /.test(line)
      ? line.replace(
          /^(#+ )(.*)$/,
          (m, marks, words) => marks + words[0] + words.slice(1).toLowerCase(),
        )
      : line,
  boldLabelHeadings: (line) => line.replace(/^#{2,6} (.+?)\s*$/, "**$1**"),
  ...Object.fromEntries(
    [
      "Follow-ups",
      "Next steps",
      "Remediation items",
      "Corrective actions",
      "What we are changing",
      "Preventive measures",
      "Action plan",
      "Improvements",
      "Post-incident tasks",
      "TODO",
    ].map((words) => [
      `heading:${words}`,
      (line) => line.replace(/^(#{1,6})\s+action items\s*$/i, `$1 ${words}`),
    ]),
  ),
  underscoreBold: (line) => line.replace(/\*\*([^*\n]+?)\*\*/g, "__$1__"),
  noBold: (line) => line.replace(/\*\*([^*\n]+?)\*\*/g, "$1").replace(/__([^_\n]+?)__/g, "$1"),
  linksAsText: (line) => line.replace(/\[([^\]\n]+)\]\((https?:[^)\s]+)\)/g, "$1 ($2)"),
  curledQuotes: (line) => line.replace(/'/g, "’"),
  straightQuotes: (line) => line.replace(/[’‘]/g, "'").replace(/[“”]/g, '"'),
  emDashes: (line) => line.replace(/(\S) - /g, "$1 — "),
  hyphenDashes: (line) => line.replace(/ [—–] /g, " - "),
  longDates: (line) =>
    line.replace(
      /\b(20\d\d)-(\d\d)-(\d\d)\b/g,
      (m, y, mo, d) => `${MONTHS[mo - 1]} ${Number(d)}, ${y}`,
    ),
  dayMonthDates: (line) =>
    line.replace(
      /\b(20\d\d)-(\d\d)-(\d\d)\b/g,
      (m, y, mo, d) => `${Number(d)} ${MONTHS[mo - 1].slice(0, 3)} ${y}`,
    ),
  slashDatesMonthFirst: (line) =>
    line.replace(/\b(20\d\d)-(\d\d)-(\d\d)\b/g, (m, y, mo, d) => `${mo}/${d}/${y}`),
  ownerKeyAssignee: (line) => line.replace(/\bOwner(s?)(\*\*)?:/g, "Assignee$1$2:"),
  dueKeyTargetDate: (line) => line.replace(/\bDue( date)?(\*\*)?:/gi, "Target date$2:"),
  tablesWithoutOuterPipes: (line) =>
    /^\s*\|.*\|\s*$/.test(line) ? line.replace(/^(\s*)\|\s?/, "$1").replace(/\s?\|\s*$/, "") : line,
  tablesAligned: (line) => (/^\s*\|?\s*:?-{3,}/.test(line) ? line.replace(/-{3,}/g, ":---") : line),
  lowerCaseItems: (line) =>
    line.replace(
      /^(\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)([A-Z])(?=[a-z])/,
      (m, lead, first) => lead + first.toLowerCase(),
    ),
  noEmptyBoxes: (line) => line.replace(/^(\s*[-*+] )\[ \] /, "$1"),
  fullStops: (line) =>
    ITEM_LINE.test(line) && !/[.!?:)]\s*$/.test(line) ? line.replace(/\s*$/, ".") : line,
  noFullStops: (line) => (ITEM_LINE.test(line) ? line.replace(/\.\s*$/, "") : line),
  trailingSpaces: (line) => (line.trim() === "" ? line : `${line}  `),
  // Word processors and wiki exports: no-break spaces after colons and around dashes, HTML entities.
  noBreakSpaces: (line) =>
    line.replace(/: (?=\S)/g, ":\u00a0").replace(/(\S) ([—–-]) /g, "$1\u00a0$2 "),
  htmlEntities: (line) =>
    line
      .replace(/(?<=\p{L})'(?=\p{L})/gu, "&#39;")
      .replace(/ — /g, " &mdash; ")
      .replace(/ & /g, " &amp; "),
  crlf: (line) => `${line}\r`,
};

// A field written onto each labelled open item that lacks it, where the item's text ends (or, for a prefix,
// before its words), and the label changed to match: does the field read in every item shape the documents use? Table rows and lines
// that end in a colon (an intro over a list) are left as they are.
const open = (labels) => !labels.done;
const noOwner = (labels) => open(labels) && labels.owner_missing && !labels.owner_is_group;
const noDeadline = (labels) => open(labels) && labels.deadline_missing;
const noTicket = (labels) => open(labels) && labels.tracker_missing;
const ownerFix = { owner_missing: false };
const deadlineFix = { deadline_missing: false };
const ticketFix = { tracker_missing: false };
const FIELD_ADDITIONS = {
  ownerAdded: { suffix: " — Dana Whitfield", lacks: noOwner, fix: ownerFix },
  ownerFieldAdded: { suffix: " (owner: Dana Whitfield)", lacks: noOwner, fix: ownerFix },
  handleAdded: { suffix: " @dwhitfield", lacks: noOwner, fix: ownerFix },
  deadlineAdded: { suffix: " (due 2027-03-31)", lacks: noDeadline, fix: deadlineFix },
  quarterAdded: { suffix: " — by end of Q1 2027", lacks: noDeadline, fix: deadlineFix },
  trackerAdded: { suffix: " (OPS-4321)", lacks: noTicket, fix: ticketFix },
  issueLinkAdded: {
    suffix: " https://github.com/acme/platform/issues/4321",
    lacks: noTicket,
    fix: ticketFix,
  },
  boldOwnerAdded: { suffix: " — **Dana Whitfield**", lacks: noOwner, fix: ownerFix },
  ownerPrefixed: { prefix: "Dana Whitfield: ", lacks: noOwner, fix: ownerFix },
  ownerBracketPrefixed: { prefix: "[Dana Whitfield] ", lacks: noOwner, fix: ownerFix },
  etaAdded: { suffix: " (ETA 2027-03-31)", lacks: noDeadline, fix: deadlineFix },
  deadlinePrefixed: { prefix: "By 2027-03-31: ", lacks: noDeadline, fix: deadlineFix },
  trackerPrefixed: { prefix: "OPS-4321: ", lacks: noTicket, fix: ticketFix },
  trackerBracketPrefixed: { prefix: "[OPS-4321] ", lacks: noTicket, fix: ticketFix },
  jiraLinkAdded: {
    suffix: " https://acme.atlassian.net/browse/OPS-4321",
    lacks: noTicket,
    fix: ticketFix,
  },
  ownerParenAdded: { suffix: " (Dana Whitfield)", lacks: noOwner, fix: ownerFix },
  firstNameAdded: { suffix: " — Dana", lacks: noOwner, fix: ownerFix },
  emailAdded: { suffix: " (dana.whitfield@example.com)", lacks: noOwner, fix: ownerFix },
  slashDateAdded: { suffix: " (due 03/31/2027)", lacks: noDeadline, fix: deadlineFix },
  monthAdded: { suffix: " by end of March 2027", lacks: noDeadline, fix: deadlineFix },
  issueHashAdded: { suffix: " (#4321)", lacks: noTicket, fix: ticketFix },
  pullLinkAdded: {
    suffix: " https://github.com/acme/platform/pull/4321",
    lacks: noTicket,
    fix: ticketFix,
  },
  gitlabLinkAdded: {
    suffix: " https://gitlab.com/acme/platform/-/issues/4321",
    lacks: noTicket,
    fix: ticketFix,
  },
  ticketLinkAdded: {
    suffix: " ([OPS-4321](https://acme.atlassian.net/browse/OPS-4321))",
    lacks: noTicket,
    fix: ticketFix,
  },
  openMarked: { suffix: " (in progress)", lacks: open, fix: {} },
  wipMarked: { suffix: " — WIP", lacks: open, fix: {} },
  doneWordMarked: { suffix: " — done", lacks: (labels) => labels.done, fix: {} },
  doneMarked: { suffix: " ✅", lacks: (labels) => labels.done, fix: {} },
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

// Where an owner goes in front of a list item's or a line's words: after the bullet or number, a box and
// a label ("**TODO**:", "Action point:", "[[Proposal](…)]"); not on a heading.
const ITEM_START =
  /^(\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?(?:\*\*[^*\n]{1,30}\*\*:?\s+|[A-Z][A-Za-z ]{1,20}:\s+|\[\[[^\]\n]*\]\([^)\n]*\)\]\s+)?)(?=\*\*\S|\[[^\]\n]|\p{L})/u;
// Each labelled item's first line marked by its label: a box ticked or not, a done item struck through.
const ITEM_MARKS = {
  taskBoxes: (line, labels) =>
    line.replace(/^(\s*[-*+] )(?!\[[ xX]\])/, labels.done ? "$1[x] " : "$1[ ] "),
  doneStruck: (line, labels, wrapped) =>
    labels.done && !wrapped
      ? line.replace(/^(\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)(\S.*?)\s*$/, "$1~~$2~~")
      : line,
};

function markItems(text, items, mark) {
  const lines = text.split("\n");
  for (const item of items) {
    const index = item.line - 1;
    const wrapped = index + 1 < lines.length && CONTINUES.test(lines[index + 1]);
    lines[index] = mark(lines[index] ?? "", item.labels, wrapped);
  }
  return { text: lines.join("\n"), labels: items };
}

// A line that goes on with the item above it: not blank, not a new list item, heading, table row or fence.
const CONTINUES = /^(?!\s*$)(?!\s*(?:[-*+]|\d+[.)])\s)(?!\s*#)(?!\s*\|)(?!\s*(?:```|~~~))/;

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
const LIST_ITEM = /^(\s*(?:[-*+]|\d+[.)])\s+)\S/;
const LINE_ADDITIONS = {
  // A blank line between list items, as many editors write them.
  looseLists: (lines, items) => {
    const out = [];
    const moved = [];
    let inList = false;
    lines.forEach((line, index) => {
      const isItem = LIST_ITEM.test(line);
      if (isItem && inList) {
        out.push("");
      }
      moved[index] = out.length;
      out.push(line);
      inList = line.trim() !== "" && (isItem || (inList && CONTINUES.test(line)));
    });
    return { lines: out, moved, labels: items };
  },
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

function addLines(text, items, addition) {
  const written = addition(text.split("\n"), items);
  const labels = written.labels.map((item) => ({
    ...item,
    line: written.moved[item.line - 1] + 1,
  }));
  return { text: written.lines.join("\n"), labels };
}

// Rewrites that need the lines before: "- " as "1. " moves an item's text one column right, so the lines
// inside it move too, or they would fall out of the item.
const TEXT_REWRITES = {
  // The whole item in bold, the wrapped lines after its first included.
  boldItems: (lines) => {
    const out = [...lines];
    for (let index = 0; index < out.length; index++) {
      const item = /^(\s*(?:[-*+]|\d+[.)])\s+)(?=\p{L})/u.exec(out[index]);
      if (item === null) {
        continue;
      }
      let last = index;
      while (last + 1 < out.length && CONTINUES.test(out[last + 1])) {
        last++;
      }
      const text = out.slice(index, last + 1).join("\n");
      if (/\*\*|__/.test(text)) {
        continue;
      }
      out[index] = `${item[1]}**${out[index].slice(item[0].length)}`;
      out[last] = out[last].replace(/\s*$/, "**");
    }
    return out;
  },
  numberedItems: (lines) => remarkBullets(lines, "1. "),
  // Pandoc's Markdown writer, which converts Word and Google Docs: "-   " and text at the fifth column.
  pandocBullets: (lines) => remarkBullets(lines, "-   "),
};

/** "- " bullets written with `marker`, the lines inside each item moved as far as its text moved. */
function remarkBullets(lines, marker) {
  const open = [];
  return lines.map((line) => {
    if (line.trim() === "") {
      return line;
    }
    const indent = /^ */.exec(line)[0].length;
    while (open.length > 0 && open.at(-1) >= indent) {
      open.pop();
    }
    const shift = " ".repeat(open.length * (marker.length - 2));
    const bullet = /^( *)[-*+] (?=\S)/.exec(line);
    if (bullet === null) {
      return shift + line;
    }
    open.push(indent);
    return `${shift}${bullet[1]}${marker}${line.slice(bullet[0].length)}`;
  });
}

/** Applies a rewrite to every line outside fenced code. */
function rewrite(text, each) {
  let fenced = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*(?:```|~~~)/.test(line)) {
        fenced = !fenced;
        return line;
      }
      return fenced ? line : each(line);
    })
    .join("\n");
}

/** Applies a rewrite of all lines to each run of lines outside fenced code. */
function rewriteRuns(text, all) {
  const out = [];
  let run = [];
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^\s*(?:```|~~~)/.test(line) || fenced) {
      out.push(...all(run), line);
      run = [];
      if (/^\s*(?:```|~~~)/.test(line)) {
        fenced = !fenced;
      }
      continue;
    }
    run.push(line);
  }
  return [...out, ...all(run)].join("\n");
}

function score(set) {
  const run = spawnSync(
    process.execPath,
    [scorer, "--set", set, ...(args.errors ? ["--errors"] : ["--json"])],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    },
  );
  if (run.status !== 0) {
    console.error(run.stderr || run.stdout);
    process.exit(2);
  }
  return run.stdout;
}

const pair = (element) => `${element.precision.toFixed(2)}/${element.recall.toFixed(2)}`;
const names =
  args.only === undefined
    ? [
        ...Object.keys(REWRITES),
        ...Object.keys(TEXT_REWRITES),
        ...Object.keys(ITEM_MARKS),
        ...Object.keys(FIELD_ADDITIONS),
        ...Object.keys(LINE_ADDITIONS),
      ]
    : ["unchanged", ...args.only.split(",")];
const labelled = fs
  .readFileSync(path.join(args.set, "actions.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "follow-through-rewrites-"));
try {
  const corpus = path.join(args.set, "corpus");
  const files = fs.readdirSync(corpus).filter((file) => file.endsWith(".md"));
  console.log(
    `${"rewrite".padEnd(24)} owner      wording    deadline   tracker    items      strays  done`,
  );
  for (const name of names) {
    const each = REWRITES[name];
    const all = TEXT_REWRITES[name];
    const mark = ITEM_MARKS[name];
    const addition = FIELD_ADDITIONS[name];
    const moving = LINE_ADDITIONS[name];
    if ([each, all, mark, addition, moving].every((kind) => kind === undefined)) {
      const known = [
        ...Object.keys(REWRITES),
        ...Object.keys(TEXT_REWRITES),
        ...Object.keys(ITEM_MARKS),
        ...Object.keys(FIELD_ADDITIONS),
        ...Object.keys(LINE_ADDITIONS),
      ];
      console.error(`Unknown rewrite "${name}"; known: ${known.join(", ")}`);
      process.exit(2);
    }
    const set = path.join(scratch, name.replace(/[^\w-]/g, "_"));
    fs.mkdirSync(path.join(set, "corpus"), { recursive: true });
    const labels = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(corpus, file), "utf8");
      const items = labelled.filter((item) => item.file === file);
      const written =
        moving !== undefined
          ? addLines(text, items, moving)
          : addition !== undefined
            ? addField(text, items, addition)
            : mark !== undefined
              ? markItems(text, items, mark)
              : { text: all ? rewriteRuns(text, all) : rewrite(text, each), labels: items };
      fs.writeFileSync(path.join(set, "corpus", file), written.text);
      labels.push(...written.labels);
    }
    fs.writeFileSync(
      path.join(set, "actions.jsonl"),
      `${labels.map((item) => JSON.stringify(item)).join("\n")}\n`,
    );
    const out = score(set);
    if (args.errors) {
      console.log(`\n=== ${name}\n${out}`);
      continue;
    }
    const result = JSON.parse(out);
    const { owner, wording, deadline, tracker } = result.elements;
    const found = result.extraction;
    console.log(
      `${name.padEnd(24)} ${[owner, wording, deadline, tracker].map(pair).join("  ")}  ${found.precision.toFixed(2)}/${found.recall.toFixed(2)}  ${String(found.strays).padStart(6)}  ${found.doneRecall.toFixed(2)}`,
    );
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
