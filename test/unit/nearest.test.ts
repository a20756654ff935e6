import { strict as assert } from "node:assert";
import { editDistance, nearest } from "../../server/src/core/nearest";

describe("nearest: did you mean", () => {
  it("counts inserts, deletes, substitutions and swapped neighbours as one edit each", () => {
    assert.equal(editDistance("color", "colour"), 1);
    assert.equal(editDistance("quiet", "qiuet"), 1);
    assert.equal(editDistance("owner", "onwer"), 1);
    assert.equal(editDistance("", "abc"), 3);
  });

  it("suggests a name only when it is near enough to be a typo", () => {
    const rules = [
      "owner-missing",
      "owner-is-group",
      "deadline-missing",
      "deadline-past",
      "tracker-missing",
    ];
    assert.equal(nearest("owner-mising", rules), "owner-missing");
    assert.equal(nearest("deadline-passed", rules), "deadline-past");
    assert.equal(nearest("tracker", rules), "tracker-missing", "the one name it starts");
    assert.equal(nearest("spelling", rules), undefined);
    assert.equal(nearest("--COLOUR", ["--color", "--config"]), "--color");
  });
});
