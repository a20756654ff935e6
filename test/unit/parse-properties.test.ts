import { strict as assert } from "node:assert";
import * as fc from "fast-check";
import { lint } from "../../server/src/core/lint";

// Parsing never fails: any text gives items and findings whose ranges lie inside the text.
const fragment = fc.constantFrom(
  "## Action items\n",
  "# Timeline\n",
  "- [ ] ",
  "- [x] ",
  "1. ",
  "  - Owner: ",
  "| Action | Owner | Due |\n|---|---|---|\n",
  "| ",
  " |",
  "Alice: ",
  "@bob ",
  "[Carla] ",
  "(owner: Dmitri) ",
  "— Eve",
  "review ",
  "add an alert ",
  "improve monitoring",
  "by 2026-03-15",
  " by next Friday",
  " Q2",
  " (PAY-12)",
  " #42",
  "~~",
  "**",
  "won't do",
  "DONE: ",
  "should have ",
  "---\nstatus: closed\n---\n",
  "<!-- follow-through-disable -->",
  "```\n",
  "\n",
  "\n\n",
  "\u2705",
  "\u0000",
  "?",
  // Shapes from exported and real-world documents.
  "AI-1: ",
  "P0: ",
  "&nbsp;",
  "PAY\\-12",
  "**Owner:** ",
  " \\- ",
  "| # | Action item | Priority | Owner | Issue |\n|---|---|---|---|---|\n",
  "[role]",
  "\u2610 ",
  "| [x] ",
  "<br>",
  "## Lessons learned and action items\n",
  "(cc @ana) ",
  "T351234 ",
  "group/sub/proj#12",
  "Duplicate of PAY-3",
);
const document = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("parser properties", () => {
  it("never throws and keeps every range inside the document", () => {
    fc.assert(
      fc.property(document, (text) => {
        const { findings, ruleErrors, doc } = lint(text, {
          today: new Date(Date.UTC(2026, 10, 24)),
        });
        assert.deepEqual(ruleErrors, []);
        for (const finding of findings) {
          assert.ok(
            finding.span.start >= 0 &&
              finding.span.end <= text.length &&
              finding.span.start <= finding.span.end,
            `span ${JSON.stringify(finding.span)} out of ${text.length}`,
          );
        }
        for (const item of doc.actions) {
          assert.ok(item.span.start >= 0 && item.span.end <= text.length);
        }
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });

  // Hostile inputs, each built to hit one weak spot; every one must lint without throwing, quickly.
  const hostile: [string, () => string][] = [
    [
      "binary garbage",
      () => {
        let state = 20261124;
        let text = "";
        for (let i = 0; i < 200_000; i++) {
          state = (state * 1103515245 + 12345) % 2 ** 31;
          text += String.fromCharCode(state % 256);
        }
        return text;
      },
    ],
    [
      "unterminated front matter",
      () =>
        "---\ntitle: Outage\nstatus: closed\naction_items:\n  - x\n\n## Action items\n\n- [ ] Improve monitoring\n",
    ],
    [
      "front matter that never closes and runs for 50,000 lines",
      () => "---\n" + "key: value\n".repeat(50_000),
    ],
    [
      "ragged table rows",
      () =>
        "## Action items\n\n| Action | Owner | Due | Ticket |\n|---|---|\n| Add an alert |\n| Add a test | Ana | 2027-01-01 | PAY-1 | extra | cells | here |\n|\n| | | | | |\n|Only|\n",
    ],
    [
      "a list nested 3,000 deep",
      () =>
        "## Action items\n\n" +
        Array.from(
          { length: 3000 },
          (_, depth) => `${"  ".repeat(depth)}- Improve monitoring level ${depth}`,
        ).join("\n"),
    ],
    [
      "blockquotes nested 3,000 deep",
      () => "## Action items\n\n" + ">".repeat(3000) + " - [ ] Improve monitoring\n",
    ],
    ["one 1 MB line", () => "## Action items\n\n- " + "Alice: add an alert ".repeat(50_000) + "\n"],
    // Each once took time quadratic in the run's length: a trailing-status or dash pattern was tried
    // from every character of the run.
    [
      "an item of 200,000 opening brackets",
      () => "## Action items\n\n- Add x (" + "[".repeat(200_000) + ")\n",
    ],
    [
      "an HTML action table of 300,000 unclosed cells",
      () =>
        "## Action items\n\n<table><tr>" + "<td>Add an alert".repeat(300_000) + "</tr></table>\n",
    ],
    [
      "an item with 200,000 blanks inside",
      () => "## Action items\n\n- Add x" + " ".repeat(200_000) + "x)\n",
    ],
    [
      "an item of 300,000 unclosed HTML comments",
      () => "## Action items\n\n- Add x " + "<!-- ".repeat(300_000) + "\n",
    ],
    [
      "an item of 200,000 unclosed HTML tags",
      () => "## Action items\n\n- Add x " + "<a ".repeat(200_000) + "\n",
    ],
    [
      "an HTML table of 200,000 unclosed rows",
      () => "## Action items\n\n<table>" + "<tr ".repeat(200_000) + "\n",
    ],
    [
      "an item of 200,000 tracker references",
      () => "## Action items\n\n- Add x " + "#1 AB-1 ".repeat(100_000) + "\n",
    ],
    [
      "an item of 100,000 issue links with no opening bracket",
      () =>
        "## Action items\n\n- Add x " +
        "](https://github.com/a/b/issues/1) ".repeat(100_000) +
        "\n",
    ],
    [
      "a details block of 200,000 unclosed summaries",
      () => "## Action items\n\n<details>" + "<summary ".repeat(200_000) + "\n",
    ],
    [
      "a 5 MB post-mortem",
      () => {
        const block =
          "## Timeline\n\n- 10:00 paged\n\n## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| Add an alert | Ana | 2027-01-01 |\n\n- [ ] Improve monitoring\n- Mei: review the runbook by Friday (PAY-1)\n\n";
        return "# Post-mortem\n\n" + block.repeat(Math.ceil((5 * 1024 * 1024) / block.length));
      },
    ],
  ];
  for (const [name, make] of hostile) {
    it(`never throws on ${name}`, function () {
      // A hang guard, not a benchmark (npm run bench:large times these): quadratic work on these inputs
      // takes hours, so the bound is loose enough for a busy two-core machine.
      this.timeout(240_000);
      const text = make();
      const started = Date.now();
      const { findings, ruleErrors } = lint(text, { today: new Date(Date.UTC(2026, 10, 24)) });
      assert.deepEqual(ruleErrors, []);
      for (const finding of findings) {
        assert.ok(finding.span.start >= 0 && finding.span.end <= text.length);
      }
      assert.ok(Date.now() - started < 120_000, `took ${Date.now() - started} ms`);
    });
  }

  it("says when front matter is never closed, instead of ignoring its status silently", () => {
    const { doc } = lint(
      "---\ntitle: Outage\nstatus: closed\n\n## Action items\n\n- [ ] Improve monitoring\n",
      { today: new Date(Date.UTC(2026, 10, 24)) },
    );
    assert.equal(doc.problems.length, 1);
    assert.match(doc.problems[0].message, /not closed/);
    // A thematic break at the top is not front matter.
    assert.deepEqual(
      lint("---\n\n# Outage\n", { today: new Date(Date.UTC(2026, 10, 24)) }).doc.problems,
      [],
    );
  });

  it("reports the same findings for the same text (no hidden state between runs)", () => {
    fc.assert(
      fc.property(document, (text) => {
        const first = lint(text, { today: new Date(Date.UTC(2026, 10, 24)) }).findings.map(
          (f) => `${f.rule}@${f.span.start}`,
        );
        const second = lint(text, { today: new Date(Date.UTC(2026, 10, 24)) }).findings.map(
          (f) => `${f.rule}@${f.span.start}`,
        );
        assert.deepEqual(first, second);
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
