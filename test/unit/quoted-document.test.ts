import { strict as assert } from "node:assert";
import { withoutDocumentQuote } from "../../server/src/core/parse/quotedDocument";

describe("a page quoted whole", () => {
  it("reads every line without its first quote mark, at the same offsets", () => {
    const text = "> ## Follow-ups\n>\n> - Add the alert\n>   - Owner: Ana\n> > a quote inside\n";
    const read = withoutDocumentQuote(text);
    assert.equal(
      read,
      "  ## Follow-ups\n \n  - Add the alert\n    - Owner: Ana\n  > a quote inside\n",
    );
    assert.equal(read.length, text.length);
  });

  it("leaves a page alone when some line is not quoted", () => {
    const text =
      "> The customer wrote: it was down all morning.\n\n## Follow-ups\n\n- Add the alert\n";
    assert.equal(withoutDocumentQuote(text), text);
  });
});
