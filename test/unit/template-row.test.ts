// The New Post-Mortem template, as VS Code inserts it, has no open action until its example row is
// filled in; the row counts as soon as a person writes the action.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { lint } from "../../server/src/core/lint";
import { REPO_ROOT } from "../support/cli-helpers";

/** The snippet's body with each tab stop at its default, the way the editor first shows it. */
function insertedTemplate(): string {
  const snippets = JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, "snippets", "markdown.code-snippets"), "utf8"),
  ) as Record<string, { body: string[] }>;
  return snippets["Post-mortem"].body
    .join("\n")
    .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, "$1")
    .replace(/\$\{\d+:([^}]*)\}/g, "$1")
    .replace(/\$\{CURRENT_YEAR\}/g, "2026")
    .replace(/\$\{CURRENT_MONTH\}/g, "11")
    .replace(/\$\{CURRENT_DATE\}/g, "24")
    .replace(/Incident title/g, "Card authorisation timeouts");
}

describe("the New Post-Mortem template's example row", () => {
  const template = insertedTemplate();
  const row = template.split("\n").find((line) => line.includes("KEY-123"))!;

  it("is not an action while it holds the template's prompts", () => {
    assert.ok(row.includes("…"), row);
    const { doc, findings } = lint(template, { today: new Date(Date.UTC(2026, 10, 24)) });
    assert.deepEqual(
      doc.actions.map((item) => item.text),
      [],
    );
    assert.deepEqual(
      findings.filter((finding) => finding.actionId !== undefined),
      [],
    );
  });

  it("counts once a person writes the action, even with the date and ticket still to fill in", () => {
    const filled = template.replace(
      row,
      row.replace(/add an alert on …/, "alert when card authorisation p99 exceeds 2 s"),
    );
    const { doc, findings } = lint(filled, { today: new Date(Date.UTC(2026, 10, 24)) });
    assert.deepEqual(
      doc.actions.map((item) => item.text),
      ["alert when card authorisation p99 exceeds 2 s"],
    );
    assert.ok(
      findings.some((finding) => finding.rule === "deadline-missing"),
      findings.map((finding) => finding.rule).join(", "),
    );
  });
});
