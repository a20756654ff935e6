import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import type { FieldRow } from "../corpus/fieldRow";
import { actionSection } from "../support/actionSection";

// The same item, written the ways people write it, must read the same: in another list or heading, wrapped
// over two lines, ending in a full stop, with typed hyphens for dashes, no-break spaces, CRLF line ends.
// Every one-line row of the field-level corpus is rewritten each way and compared with its own reading.
const CORPUS_DIR = path.join(__dirname, "..", "corpus", "fields");
const TODAY = new Date(Date.UTC(2026, 11, 4));
const ONE_ITEM = /^- (\[[ xX]\] )?([^\n]+)$/;

const documentFor = actionSection;

type Rewrite = (text: string, box: string, row: FieldRow) => string | undefined;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const ISO_DATE = /\b(20\d\d)-(\d\d)-(\d\d)\b/;

/** The row's first ISO date written another way, or undefined when it has none. */
function redated(text: string, write: (year: string, month: number, day: number) => string) {
  const date = ISO_DATE.exec(text);
  return date === null
    ? undefined
    : text.replace(date[0], write(date[1], Number(date[2]), Number(date[3])));
}

/** The row's first owner written in italics where it stands on its own (not inside "[…]", "`…`" or after "@"). */
function italicOwner(text: string, row: FieldRow): string | undefined {
  const name = row.expect?.owners?.[0];
  const at = name === undefined ? -1 : text.indexOf(name);
  return at === -1 || /[*_]/.test(text) || /[@[(`\w]/.test(text.charAt(at - 1))
    ? undefined
    : `${text.slice(0, at)}_${name}_${text.slice(at + name!.length)}`;
}

const REWRITES: Record<string, Rewrite> = {
  "in a numbered list": (text, box) => documentFor(`1. ${box}${text}`),
  "numbered with a bracket": (text, box) => documentFor(`1) ${box}${text}`),
  "with a star bullet": (text, box) => documentFor(`* ${box}${text}`),
  "with a plus bullet": (text, box) => documentFor(`+ ${box}${text}`),
  "in a block quote": (text, box) => documentFor(`> - ${box}${text}`),
  "with CRLF line ends": (text, box) => documentFor(`- ${box}${text}`).replace(/\n/g, "\r\n"),
  "under a group label": (text, box) => documentFor(`- Monitoring:\n  - ${box}${text}`),
  "under a group label, indented with a tab": (text, box) =>
    documentFor(`- Monitoring:\n\t- ${box}${text}`),
  "under a follow-up heading": (text, box) =>
    documentFor(`- ${box}${text}`, "## Follow-up actions"),
  "under a level-3 heading": (text, box) => documentFor(`- ${box}${text}`, "### Remediation items"),
  "with two blanks after the bullet": (text, box) => documentFor(`-  ${box}${text}`),
  "with trailing blanks": (text, box) => documentFor(`- ${box}${text}  `),
  "wrapped over two lines": (text, box) => {
    const words = text.split(" ");
    const half = Math.floor(words.length / 2);
    return words.length < 6
      ? undefined
      : documentFor(`- ${box}${words.slice(0, half).join(" ")}\n  ${words.slice(half).join(" ")}`);
  },
  "with a no-break space": (text, box) =>
    text.includes(" ") ? documentFor(`- ${box}${text.replace(/ (?=\S+$)/, "\u00a0")}`) : undefined,
  "ending in a full stop": (text, box) =>
    /[.!?)\]]$/.test(text) ? undefined : documentFor(`- ${box}${text}.`),
  "with typographic apostrophes": (text, box) =>
    text.includes("'") ? documentFor(`- ${box}${text.replace(/'/g, "\u2019")}`) : undefined,
  "with an en dash for each em dash": (text, box) =>
    text.includes(" — ") ? documentFor(`- ${box}${text.replace(/ — /g, " – ")}`) : undefined,
  "with a typed hyphen for each em dash": (text, box) =>
    text.includes(" — ") ? documentFor(`- ${box}${text.replace(/ — /g, " - ")}`) : undefined,
  "with two typed hyphens for each em dash": (text, box) =>
    text.includes(" — ") ? documentFor(`- ${box}${text.replace(/ — /g, " -- ")}`) : undefined,
  "with the owner in italics": (text, box, row) => {
    const italic = italicOwner(text, row);
    return italic === undefined ? undefined : documentFor(`- ${box}${italic}`);
  },
  "with the date written 'Dec 18, 2026'": (text, box) => {
    const written = redated(text, (year, month, day) => `${MONTHS[month - 1]} ${day}, ${year}`);
    return written === undefined ? undefined : documentFor(`- ${box}${written}`);
  },
  "with the date written '18 Dec 2026'": (text, box) => {
    const written = redated(text, (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`);
    return written === undefined ? undefined : documentFor(`- ${box}${written}`);
  },
  "with the date written '12/18/2026'": (text, box) => {
    const written = redated(text, (year, month, day) => `${month}/${day}/${year}`);
    return written === undefined ? undefined : documentFor(`- ${box}${written}`);
  },
};
/** Rewrites that change how a date is written: the text keeps it where it was not a deadline. */
const REDATED = new Set(Object.keys(REWRITES).filter((way) => way.includes("the date written")));

/** What must not change: the fields as read, and the text up to punctuation the rewrite itself changed. */
function reading(markdown: string, withText = true): string {
  const { doc, findings } = lint(markdown, { config: defaultConfig(), today: TODAY });
  if (doc.actions.length !== 1) {
    return `${doc.actions.length} items: ${JSON.stringify(doc.actions.map((a) => a.text))}`;
  }
  const item = doc.actions[0];
  const rules = new Set(findings.filter((f) => f.actionId === item.id).map((f) => f.rule));
  const spaced = (text: string): string => text.replace(/\s+/g, " ").trim();
  return JSON.stringify({
    owners: item.owners.map((owner) => `${spaced(owner.name)}${owner.isGroup ? " (group)" : ""}`),
    status: item.status.state,
    deadline: item.deadline === undefined ? null : withText ? spaced(item.deadline.text) : "a date",
    deadlineDate: item.deadline?.date?.toISOString().slice(0, 10) ?? null,
    trackers: item.trackerRefs.map((ref) => spaced(ref.text)),
    wording: rules.has("process-verb")
      ? "process"
      : rules.has("vague-outcome")
        ? "vague"
        : "outcome",
    text: !withText
      ? undefined
      : spaced(item.text)
          .replace(/\.$/, "")
          .replace(/\u2019/g, "'")
          .replace(/ (?:–|--?) /g, " — "),
  });
}

const rows: FieldRow[] = fs
  .readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- mocha collects tests synchronously, so no import()
  .flatMap((name) => (require(path.join(CORPUS_DIR, name)) as { rows: FieldRow[] }).rows);

describe("field corpus: the same item written another way reads the same", () => {
  const oneLine = rows.filter((row) => ONE_ITEM.test(row.markdown) && row.items === undefined);

  it("has one-line rows to rewrite", () => {
    assert.ok(oneLine.length > 200, `only ${oneLine.length} one-line rows`);
  });

  for (const [way, rewrite] of Object.entries(REWRITES)) {
    it(way, () => {
      const differences: string[] = [];
      let compared = 0;
      for (const row of oneLine) {
        const [, box = "", text] = ONE_ITEM.exec(row.markdown)!;
        const withText = !REDATED.has(way);
        const base = reading(documentFor(row.markdown), withText);
        const rewritten = rewrite(text, box, row);
        if (base.startsWith("{") && rewritten !== undefined) {
          compared++;
          const got = reading(rewritten, withText);
          if (got !== base) {
            differences.push(`${row.branch}\n    as written: ${base}\n    rewritten:  ${got}`);
          }
        }
      }
      assert.ok(compared > 0, "no row could be rewritten this way");
      assert.deepEqual(
        differences,
        [],
        `${differences.length} of ${compared} rows read differently`,
      );
    });
  }
});
