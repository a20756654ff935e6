import { strict as assert } from "node:assert";
import { withPastedBullets } from "../../server/src/core/parse/pastedBullets";
import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";

const TODAY = new Date(Date.UTC(2026, 10, 24));

describe("bullets pasted as characters", () => {
  it("reads a line-leading bullet character as a list marker, at the same offsets", () => {
    const text = "• Add the alert\n  ◦ Owner: Ana\n> ▪ quoted\n●\tTabbed\n○ Hollow";
    const read = withPastedBullets(text);
    assert.equal(read, "- Add the alert\n  - Owner: Ana\n> - quoted\n-\tTabbed\n- Hollow");
    assert.equal(read.length, text.length);
  });

  it("leaves bullets inside a sentence, without a following space, and in fenced code alone", () => {
    const text = "Status: open • Priority: high\n•no space\n```\n• in code\n```\n• after the fence";
    assert.equal(
      withPastedBullets(text),
      "Status: open • Priority: high\n•no space\n```\n• in code\n```\n- after the fence",
    );
  });

  it("returns the very same string when there is no bullet character", () => {
    const text = "- Add the alert\n";
    assert.equal(withPastedBullets(text), text);
  });

  it("lists a nested pasted list as items with their field lines, keeping the document's text", () => {
    const markdown =
      "# Post-mortem\n\n## Follow-ups\n\n• Add a replication lag alert at 30s\n  ◦ Owner: Ana Ruiz\n  ◦ Due: 2026-12-15\n• Remove the legacy retry flag — Ben Cho\n";
    const result = lint(markdown, { config: defaultConfig(), today: TODAY });
    assert.deepEqual(
      result.doc.actions.map((item) => [
        item.text,
        item.owners.map((owner) => owner.name).join(),
        item.deadline?.date?.toISOString().slice(0, 10),
      ]),
      [
        ["Add a replication lag alert at 30s", "Ana Ruiz", "2026-12-15"],
        ["Remove the legacy retry flag", "Ben Cho", undefined],
      ],
    );
    assert.equal(result.doc.text, markdown);
  });
});
