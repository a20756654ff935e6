// The CLI's pure helpers, imported from source: UTF-8 checking, post-mortem titles, option parsing.
import { strict as assert } from "node:assert";
import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { titleText } from "../../server/src/core/detect";
import {
  parseCommandLine,
  UsageError,
  type LintCommandOptions,
} from "../../server/src/cli/options";
import { decodeSource, firstInvalidUtf8Byte } from "../../server/src/cli/read";

const environment = { env: {}, stdoutIsTTY: false, now: new Date(Date.UTC(2026, 10, 24)) };

function lintOptions(
  argv: string[],
  overrides: Partial<typeof environment> = {},
): LintCommandOptions {
  const parsed = parseCommandLine(argv, { ...environment, ...overrides });
  assert.equal(parsed.kind, "run");
  assert.equal(parsed.options.command, "lint");
  return parsed.options;
}

describe("cli internals: UTF-8", () => {
  it("finds the first invalid byte of known bad sequences", () => {
    const cases: [number[], number][] = [
      [[0x61, 0x62], -1],
      [[0x61, 0xff], 1],
      [[0xc3, 0xa9, 0xc3], 2], // truncated at the end
      [[0xc0, 0xaf], 0], // overlong "/"
      [[0xe0, 0x80, 0xaf], 0], // overlong
      [[0xed, 0xa0, 0x80], 0], // a UTF-16 surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf0, 0x9f, 0x98, 0x80, 0x80], 4], // emoji, then a stray continuation byte
      [[0xe2, 0x82, 0xac], -1], // €
    ];
    for (const [bytes, expected] of cases) {
      assert.equal(
        firstInvalidUtf8Byte(Uint8Array.from(bytes)),
        expected,
        Buffer.from(bytes).toString("hex"),
      );
    }
  });

  it("agrees with Node's validator on arbitrary bytes, and the prefix before the bad byte is valid", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const at = firstInvalidUtf8Byte(bytes);
        assert.equal(at === -1, isUtf8(bytes));
        if (at >= 0) {
          assert.ok(isUtf8(bytes.subarray(0, at)));
        }
      }),
      { numRuns: 2000 },
    );
    // Mostly-valid text with one byte overwritten exercises the multi-byte paths.
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (text, position, byte) => {
          const bytes = Buffer.from(text, "utf8");
          bytes[position % bytes.length] = byte;
          const at = firstInvalidUtf8Byte(bytes);
          assert.equal(at === -1, isUtf8(bytes));
          if (at >= 0) {
            assert.ok(isUtf8(bytes.subarray(0, at)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("decodeSource: NUL means binary, a BOM is dropped, bad bytes are reported with the BOM counted", () => {
    assert.deepEqual(decodeSource(Buffer.from([0x23, 0x00, 0x41])), { kind: "binary" });
    assert.deepEqual(decodeSource(Buffer.from([0xef, 0xbb, 0xbf, 0x41])), {
      kind: "text",
      text: "A",
    });
    assert.deepEqual(decodeSource(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff])), {
      kind: "text",
      text: "A\ufffd",
      invalidUtf8At: 4,
    });
  });
});

/** Each head's title, as `[head, title]` pairs. */
function expectTitles(cases: [string, string][]): void {
  for (const [head, expected] of cases) {
    assert.equal(titleText(head), expected, JSON.stringify(head));
  }
}

describe("cli internals: post-mortem titles", () => {
  it("reads the front matter and the first heading, ignoring fenced code", () => {
    assert.equal(
      titleText("---\ntype: postmortem\n---\n# Checkout\n## Later"),
      "type: postmortem\n# Checkout",
    );
    assert.equal(titleText("```\n# Not this\n```\n# This one\n"), "# This one");
    assert.equal(titleText("Intro\n\nIncident review\n===\n"), "Incident review");
    assert.equal(titleText("No headings at all\n"), "");
  });

  it("splits lines as Markdown does: LF or CRLF ends a line, a lone CR does not", () => {
    expectTitles([
      ["---\r\ntitle: Post-mortem\r\n---\r\n# Checkout\r\n", "title: Post-mortem\n# Checkout"],
      ["# Checkout\r\r\nText", "# Checkout\r"], // only the CR right before LF goes
      ["Text\r# Not a line of its own\n", ""],
      ["# Checkout", "# Checkout"], // the last line has no ending
      ["Checkout\r\n===", "Checkout"],
      ["\uFEFF# After a BOM\n", "# After a BOM"],
      ["\uFEFF---\ntitle: Retro\n---\n", "title: Retro"],
      ["", ""],
    ]);
  });

  it("front matter: closed by --- or ..., and an unclosed one runs to the end", () => {
    expectTitles([
      ["---\ntitle: Retro\n...\n# Checkout\n", "title: Retro\n# Checkout"],
      ["---\na: 1\nb: 2\n---   \nText\n# Checkout", "a: 1\nb: 2\n# Checkout"],
      ["---\ntitle: Retro\n# Checkout\n", "title: Retro\n# Checkout\n"],
      ["Intro\n---\ntitle: not front matter\n---\n", "Intro"], // a setext heading
    ]);
  });

  it("headings: ATX with a space or nothing after the hashes, setext under text that is no list item", () => {
    expectTitles([
      ["#NoSpace\n# Checkout\n", "# Checkout"],
      ["#\nText\n", "#"],
      ["####### Seven\n###### Six\n", "###### Six"],
      ["    # Indented code\n   # Checkout\n", "   # Checkout"],
      ["- item\n---\n# Checkout\n", "# Checkout"],
      ["\n===\nCheckout\n---\n", "Checkout"],
      ["Text\n\n===\n", ""],
      ["Checkout\n   ===\n", "Checkout"],
      ["Code\n    ===\n# Checkout\n", "# Checkout"],
    ]);
  });

  it("fenced code: closed only by its own kind of fence at least as long, and an unclosed fence hides the rest", () => {
    expectTitles([
      ["```\n~~~\n# Inside\n```\n# Checkout\n", "# Checkout"],
      ["~~~~\n# Inside\n~~~~~\n# Checkout\n", "# Checkout"],
      // A shorter fence does not close a longer one (CommonMark, as markdown-it reads it).
      ["~~~~\n# Inside\n~~~\n# Checkout\n", ""],
      ["```\n# Never closed\n", ""],
      ["   ```\nTitle\n===\n```\nCheckout\n===\n", "Checkout"],
    ]);
  });
});

describe("cli internals: options", () => {
  it("defaults: text, current folder, 50 MB, today from the clock", () => {
    const options = lintOptions(["lint"]);
    assert.deepEqual(options.inputs, ["."]);
    assert.equal(options.format, "text");
    assert.equal(options.maxFileSizeBytes, 50 * 1024 * 1024);
    assert.equal(options.today.toISOString(), "2026-11-24T00:00:00.000Z");
    assert.equal(options.quiet, false);
  });

  it("--today is a UTC date; --max-file-size accepts fractions", () => {
    const options = lintOptions([
      "lint",
      "--today",
      "2024-02-29",
      "--max-file-size",
      "1.5",
      "a.md",
      "-q",
    ]);
    assert.equal(options.today.toISOString(), "2024-02-29T00:00:00.000Z");
    assert.equal(options.maxFileSizeBytes, 1.5 * 1024 * 1024);
    assert.equal(options.quiet, true);
    assert.deepEqual(options.inputs, ["a.md"]);
    assert.throws(() => lintOptions(["lint", "--today", "2023-02-29"]), UsageError);
    assert.throws(() => lintOptions(["lint", "--today", "24/11/2026"]), UsageError);
    assert.throws(() => lintOptions(["lint", "--max-file-size", "0"]), UsageError);
  });

  it("colour: a terminal without NO_COLOR; flags win over the environment", () => {
    assert.equal(lintOptions(["lint"], { stdoutIsTTY: true }).color, true);
    assert.equal(lintOptions(["lint"], { stdoutIsTTY: true, env: { NO_COLOR: "1" } }).color, false);
    assert.equal(lintOptions(["lint"], { stdoutIsTTY: true, env: { NO_COLOR: "" } }).color, true);
    assert.equal(lintOptions(["lint"], { stdoutIsTTY: true, env: { TERM: "dumb" } }).color, false);
    assert.equal(lintOptions(["lint"], { stdoutIsTTY: false }).color, false);
    assert.equal(
      lintOptions(["lint"], { stdoutIsTTY: false, env: { FORCE_COLOR: "1" } }).color,
      true,
    );
    assert.equal(
      lintOptions(["lint"], { stdoutIsTTY: true, env: { FORCE_COLOR: "0" } }).color,
      false,
    );
    assert.equal(lintOptions(["lint", "--no-color"], { stdoutIsTTY: true }).color, false);
    assert.equal(
      lintOptions(["lint", "--color"], { stdoutIsTTY: false, env: { NO_COLOR: "1" } }).color,
      true,
    );
  });

  it("arguments after -- are inputs even when they look like options", () => {
    assert.deepEqual(lintOptions(["lint", "--", "--weird-name.md"]).inputs, ["--weird-name.md"]);
  });
});
