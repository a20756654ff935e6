import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import type { ActionItem } from "../../server/src/core/types";
import type { FieldRow, VerbClass } from "../corpus/fieldRow";

// The field-level corpus: what the parser reads from each item, not only which rule fires.
const CORPUS_DIR = path.join(__dirname, "..", "corpus", "fields");
const TODAY = new Date(Date.UTC(2026, 11, 4));

function documentFor(row: FieldRow): string {
  return /^(?:> ?)*#\s/m.test(row.markdown)
    ? row.markdown
    : `# Post-mortem: a test incident\n\nDate: 2026-11-20\n\n## Action items\n\n${row.markdown}\n`;
}

function verbClass(rules: Set<string>): VerbClass {
  return rules.has("process-verb") ? "process" : rules.has("vague-outcome") ? "vague" : "outcome";
}

function describeItem(item: ActionItem, rules: Set<string>): Record<string, unknown> {
  return {
    owners: item.owners.map((owner) => owner.name),
    ownerIsGroup: item.owners.length > 0 && item.owners.every((owner) => owner.isGroup),
    ownerUnassigned: item.ownerUnassigned === true,
    status: item.status.state,
    deadline: item.deadline?.text ?? null,
    deadlineDate: item.deadline?.date?.toISOString().slice(0, 10) ?? null,
    trackers: item.trackerRefs.map((ref) => ref.text),
    verb: verbClass(rules),
    annotations: (item.annotations ?? []).map((annotation) => annotation.text),
    text: item.text,
  };
}

for (const file of fs
  .readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith(".ts"))
  .sort()) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- mocha collects tests synchronously, so no import()
  const { rows } = require(path.join(CORPUS_DIR, file)) as { rows: FieldRow[] };
  describe(`field corpus: ${path.basename(file, ".ts")}`, () => {
    for (const row of rows) {
      it(row.branch, () => {
        const text = documentFor(row);
        const { doc, findings } = lint(text, { config: defaultConfig(), today: TODAY });
        if (row.items !== undefined) {
          assert.deepEqual(
            doc.actions.map((action, index) =>
              row.items![index] !== undefined && action.text.startsWith(row.items![index])
                ? row.items![index]
                : action.text,
            ),
            row.items,
            "the items read",
          );
        }
        if (row.expect === undefined) {
          return;
        }
        const item =
          row.item === undefined
            ? doc.actions[0]
            : doc.actions.find((action) => action.text.startsWith(row.item!));
        assert.ok(
          item !== undefined,
          `no item${row.item === undefined ? "" : ` starting "${row.item}"`}; read: ${JSON.stringify(doc.actions.map((a) => a.text))}`,
        );
        const rules = new Set(
          findings.filter((finding) => finding.actionId === item.id).map((finding) => finding.rule),
        );
        const actual = describeItem(item, rules);
        const wanted = Object.fromEntries(Object.keys(row.expect).map((key) => [key, actual[key]]));
        assert.deepEqual(wanted, row.expect, `read from: ${item.raw}`);
      });
    }
  });
}
