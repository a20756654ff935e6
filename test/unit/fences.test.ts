import { strict as assert } from "node:assert";
import { FenceTracker } from "../../server/src/core/parse/fences";
import { withPastedBullets } from "../../server/src/core/parse/pastedBullets";
import { titleText } from "../../server/src/core/detect";

/** Which of `lines` a fresh tracker calls code. */
function codeLines(lines: string[]): boolean[] {
  const fences = new FenceTracker();
  return lines.map((line) => fences.isCode(line));
}

describe("fenced code", () => {
  it("counts the fence lines and what lies between them as code", () => {
    assert.deepEqual(codeLines(["text", "```sh", "ls", "```", "text"]), [
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it("closes a fence only at the same character, at least as long", () => {
    const lines = ["~~~~", "```", "still code", "~~~", "still code", "~~~~~", "prose"];
    assert.deepEqual(codeLines(lines), [true, true, true, true, true, true, false]);
  });

  it("reads backticks around text on one line as inline code, not a fence", () => {
    assert.deepEqual(codeLines(["```error: name does not match```", "• prose"]), [false, false]);
  });

  it("closes a backtick fence only at a line of backticks alone", () => {
    const lines = ["```", "```js still code", "```", "prose"];
    assert.deepEqual(codeLines(lines), [true, true, true, false]);
  });

  it("does not take a line indented four spaces for a fence", () => {
    assert.deepEqual(codeLines(["    ```", "prose"]), [false, false]);
  });

  it("keeps pasted bullets inside a tilde fence that holds backticks", () => {
    const text = "~~~\n```\n• in code\n~~~\n• prose";
    assert.equal(withPastedBullets(text), "~~~\n```\n• in code\n~~~\n- prose");
  });

  it("skips a heading inside fenced code when looking for the document's title", () => {
    assert.equal(
      titleText("```md\n# Not the title\n```\n# Incident review\n"),
      "# Incident review",
    );
  });
});
