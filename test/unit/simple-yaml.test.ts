import { strict as assert } from "node:assert";
import * as fc from "fast-check";
import { parse } from "yaml";
import { readSimpleYaml } from "../../server/src/core/parse/simpleYaml";

const key = fc.constantFrom(
  "title",
  "date",
  "status",
  "severity",
  "services",
  "owners",
  "tracker",
  "incident_date",
  "sev",
  "team lead",
  "x-y",
);
const value = fc.constantFrom(
  "",
  "closed",
  "2026-03-02",
  '"Checkout outage: 40 minutes"',
  "'single quoted'",
  "[payments, ledger]",
  "[]",
  '["a", b]',
  "SEV1",
  "1",
  "-3",
  "0.5",
  "true",
  "False",
  "null",
  "~",
  "yes",
  "a: b",
  "text # comment",
  "[a, [b]]",
  "{a: 1}",
  "&anchor x",
  "*alias",
  "|",
  '"esc \\" quote"',
  "0x1F",
  "007",
  "http://example.com/x",
  "2026-03-02T10:00:00Z",
);
const line = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => (v === "" ? `${k}:` : `${k}: ${v}`)),
  fc.constantFrom(
    "  - alice",
    "  - 'bob'",
    "- carla",
    "",
    "# a comment",
    "   indented: x",
    "key without colon",
  ),
);
const frontMatter = fc.array(line, { maxLength: 10 }).map((lines) => lines.join("\n"));

describe("simple front-matter reader", () => {
  it("agrees with the yaml library whenever it answers", () => {
    fc.assert(
      fc.property(frontMatter, (text) => {
        const simple = readSimpleYaml(text);
        if (simple === undefined) {
          return;
        }
        let full: unknown;
        try {
          full = parse(text, { uniqueKeys: true }) ?? {};
        } catch (error) {
          assert.fail(
            `simple reader accepted YAML the library rejects (${(error as Error).message}):\n${text}`,
          );
        }
        assert.deepEqual(simple.data, full, text);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  it("answers for the flat front matter post-mortems use", () => {
    const text = [
      'title: "DB failover: 40 minutes"',
      "date: 2026-03-02",
      "status: closed",
      "severity: SEV1",
      "services: [payments, ledger]",
      "owners:",
      "  - alice",
      "  - bob",
    ].join("\n");
    const simple = readSimpleYaml(text);
    assert.ok(simple !== undefined);
    assert.deepEqual(simple.data, parse(text));
    const status = simple.spans.get("status")!;
    assert.equal(text.slice(status.start, status.end), "status: closed");
  });

  it("leaves anchors, nested maps and block scalars to the library", () => {
    for (const text of ["a: &x 1\nb: *x", "a:\n  b: 1", "a: |\n  text", "a: {b: 1}"]) {
      assert.equal(readSimpleYaml(text), undefined, text);
    }
  });
});
