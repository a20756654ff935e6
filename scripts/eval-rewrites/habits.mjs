import {
  addLines,
  CONTINUES,
  FENCE,
  ITEM_LINE,
  LIST_ITEM,
  rewrite,
  rewriteRuns,
} from "./shapes.mjs";

// Habits: the same document written the way another team writes, every label still true.

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
  // Link targets keep their case: an address is not a heading's words.
  upperCaseHeadings: (line) =>
    /^#{1,6} /.test(line)
      ? line
          .split(/(\]\([^)\s]*\))/)
          .map((part, index) => (index % 2 === 1 ? part : part.toUpperCase()))
          .join("")
      : line,
  // ATX headings with their optional closing sequence: "## Action items ##".
  closedHeadings: (line) => line.replace(/^(#{1,6}) (.*?)\s*$/, "$1 $2 $1"),
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
  // Top-level list items indented by two spaces, as some editors write them.
  indentedLists: (line) =>
    /^(?:[-*+]|\d+[.)]) /.test(line) ? `  ${line}` : /^ {2,}\S/.test(line) ? `  ${line}` : line,
};

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
  htmlTables: (lines) => htmlTableLines(lines),
  // Pandoc's Markdown writer, which converts Word and Google Docs: "-   " and text at the fifth column.
  pandocBullets: (lines) => remarkBullets(lines, "-   "),
};

/** A wiki or word-processor export: every table as HTML, one row a line, links and bold as tags. */
export function htmlTableLines(lines) {
  const out = [...lines];
  for (let index = 0; index + 1 < out.length; index++) {
    if (!/\|/.test(out[index]) || !/^\s*\|?\s*:?-{3,}/.test(out[index + 1])) {
      continue;
    }
    let last = index + 1;
    while (last + 1 < out.length && /\|/.test(out[last + 1])) {
      last++;
    }
    out[index] = `<table><thead>${htmlRow(out[index], "th")}</thead>`;
    out[index + 1] = "<tbody>";
    for (let row = index + 2; row <= last; row++) {
      out[row] = htmlRow(out[row], "td");
    }
    out[last] += "</tbody></table>";
    index = last;
  }
  return out;
}

/** A Markdown table row as an HTML row, its links and bold written as tags. */
function htmlRow(line, cell) {
  const cells = line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((text) =>
      text
        .trim()
        .replace(/\\\|/g, "|")
        .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
        .replace(/\*\*([^*\n]+)\*\*/g, "<strong>$1</strong>"),
    );
  return `<tr>${cells.map((text) => `<${cell}>${text}</${cell}>`).join("")}</tr>`;
}

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

// Habits that add lines; the labels follow their lines.
const LINE_HABITS = {
  // A blank line between list items, as many editors write them.
  // Docs-as-code sites (Jekyll, Hugo, Docusaurus): the page's title, date and authors in YAML front matter.
  frontMatter: (lines, items) => {
    const head = [
      "---",
      "title: Incident review",
      "date: 2026-01-15",
      "authors: [ana, li]",
      "tags: [incident, postmortem]",
      "---",
      "",
    ];
    return {
      lines: [...head, ...lines],
      moved: lines.map((_, index) => index + head.length),
      labels: items,
    };
  },
  // No blank line between a heading and what follows it.
  tightHeadings: (lines, items) => {
    const out = [];
    const moved = [];
    lines.forEach((line, index) => {
      if (line.trim() === "" && /^#{1,6} /.test(lines[index - 1] ?? "")) {
        moved[index] = out.length;
        return;
      }
      moved[index] = out.length;
      out.push(line);
    });
    return { lines: out, moved, labels: items };
  },
  // No blank line between a paragraph and the list under it ("Follow-ups:" right above "- …").
  tightLists: (lines, items) => {
    const out = [];
    const moved = [];
    lines.forEach((line, index) => {
      moved[index] = out.length;
      const before = lines[index - 1] ?? "";
      const next = lines[index + 1] ?? "";
      if (
        line.trim() === "" &&
        /^[-*+] \S/.test(next) &&
        /^\p{L}|^\*\*/u.test(before) &&
        !/^#/.test(before)
      ) {
        return;
      }
      out.push(line);
    });
    return { lines: out, moved, labels: items };
  },
  // An HTML comment between list items, as templates leave behind ("<!-- one line per action -->").
  commentedLists: (lines, items) => {
    const out = [];
    const moved = [];
    lines.forEach((line, index) => {
      if (/^[-*+] \S/.test(line) && /^[-*+] \S/.test(lines[index - 1] ?? "")) {
        out.push("<!-- next action -->");
      }
      moved[index] = out.length;
      out.push(line);
    });
    return { lines: out, moved, labels: items };
  },
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
  // "Action items" over a line of dashes instead of "## Action items".
  setextHeadings: (lines, items) => {
    const out = [];
    const moved = [];
    lines.forEach((line, index) => {
      moved[index] = out.length;
      const heading = /^(#{1,2})\s+(.+?)\s*#*\s*$/.exec(line);
      if (heading === null) {
        out.push(line);
        return;
      }
      // A setext heading after text needs a blank line, or the text would become its first line.
      if ((lines[index - 1] ?? "").trim() !== "") {
        out.push("");
        moved[index] = out.length;
      }
      out.push(heading[2], (heading[1] === "#" ? "=" : "-").repeat(Math.max(3, heading[2].length)));
    });
    return { lines: out, moved, labels: items };
  },
  // Prose hard-wrapped at a fixed column, as Prettier's `proseWrap: "always"` or an editor's "reflow" writes it.
  hardWrapped80: (lines, items) => hardWrap(lines, items, 80),
  hardWrapped72: (lines, items) => hardWrap(lines, items, 72),
};

// Lines a reflow leaves alone: headings, table rows, HTML, link definitions, setext underlines, indented code.
const UNWRAPPED = /^(?:\s*#|.*\|.*\||\s*<|\s*\[[^\]]+\]:\s|\s*[=-]+\s*$| {4,}(?![-*+]|\d+[.)]))/;
// A word that would open a block of its own at the start of a line; a wrap never puts one there.
const BLOCK_OPENER = /^(?:[-*+>#=]+|\d+[.)])$/;
const LEAD = /^(\s*(?:>\s?)*(?:(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?)?)/;

/**
 * Each paragraph or list item's lines joined and filled again up to `width` columns, continuation lines
 * indented to the text. A line where a labelled item starts is never joined to the line before it, and a
 * hard line break (two trailing spaces) is kept, so every label stays true.
 */
function hardWrap(lines, items, width) {
  const starts = new Set(items.map((item) => item.line - 1));
  const out = [];
  const moved = [];
  let fenced = false;
  let frontMatter = lines[0] === "---";
  const wrappable = (line) =>
    !fenced && !frontMatter && line.trim() !== "" && !UNWRAPPED.test(line) && !FENCE.test(line);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    moved[index] = out.length;
    if (FENCE.test(line)) {
      fenced = !fenced;
    }
    if (frontMatter && index > 0 && line === "---") {
      frontMatter = false;
      out.push(line);
      continue;
    }
    if (!wrappable(line)) {
      out.push(line);
      continue;
    }
    const lead = LEAD.exec(line)[1];
    const quote = /^\s*(?:>\s?)*/.exec(lead)[0];
    let text = line.slice(lead.length).trimEnd();
    let last = index;
    while (
      last + 1 < lines.length &&
      !/ {2}$|\\$/.test(lines[last]) &&
      !starts.has(last + 1) &&
      wrappable(lines[last + 1]) &&
      LEAD.exec(lines[last + 1])[1].replace(/\s/g, "") === quote.replace(/\s/g, "")
    ) {
      last++;
      moved[last] = out.length;
      text += ` ${lines[last].slice(LEAD.exec(lines[last])[1].length).trim()}`;
    }
    const hardBreak = / {2}$/.test(lines[last]) ? "  " : "";
    const indent = quote + " ".repeat(lead.length - quote.length);
    const words = text.split(/ +(?=\S)/);
    let current = lead + words[0];
    for (const word of words.slice(1)) {
      if (current.length + 1 + word.length > width && !BLOCK_OPENER.test(word)) {
        out.push(current);
        current = indent + word;
      } else {
        current += ` ${word}`;
      }
    }
    out.push(current + hardBreak);
    index = last;
  }
  return { lines: out, moved, labels: items };
}

/** Every habit as (text, labelled items) => { text, labels }. */
export const HABITS = {
  ...Object.fromEntries(
    Object.entries(REWRITES).map(([name, each]) => [
      name,
      (text, items) => ({ text: rewrite(text, each), labels: items }),
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(TEXT_REWRITES).map(([name, all]) => [
      name,
      (text, items) => ({ text: rewriteRuns(text, all), labels: items }),
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(LINE_HABITS).map(([name, habit]) => [
      name,
      (text, items) => addLines(text, items, habit),
    ]),
  ),
  // Pasted into an e-mail or a comment as a quote: every line behind "> ".
  quotedDoc: (text, items) => ({
    text: text
      .split("\n")
      .map((line) => (line === "" ? ">" : `> ${line}`))
      .join("\n"),
    labels: items,
  }),
  ...Object.fromEntries(
    Object.entries(ITEM_MARKS).map(([name, mark]) => [
      name,
      (text, items) => markItems(text, items, mark),
    ]),
  ),
};
