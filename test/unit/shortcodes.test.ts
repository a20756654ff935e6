import { strict as assert } from "node:assert";
import { withShortcodeCharacters } from "../../server/src/core/parse/shortcodes";

describe("status shortcodes", () => {
  it("reads a status shortcode as its character, keeping every offset", () => {
    const text = "- :white_check_mark: Rotate the token (Marc, CI-90)\n| x | :construction: wip |";
    const read = withShortcodeCharacters(text);
    assert.equal(read.length, text.length);
    assert.ok(read.startsWith("- \u2705 "));
    assert.equal(read.indexOf("Rotate"), text.indexOf("Rotate"));
    assert.equal(read.indexOf("wip"), text.indexOf("wip"));
    assert.ok(read.includes("\u{1F6A7}"));
  });

  it("leaves other shortcodes, times and object keys as written", () => {
    const text = "Deploy at 10:30:00 :tada: :constructor: :toString: done";
    assert.equal(withShortcodeCharacters(text), text);
  });
});
