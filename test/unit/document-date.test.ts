import { strict as assert } from "node:assert";
import { lint } from "../../server/src/core/lint";

const today = new Date(Date.UTC(2026, 10, 24));
const body =
  "# DB outage\n\n## How are we preventing it from happening again?\n\n- [ ] Alice: add a replica lag alert by end of month (PAY-1)\n";

describe("the post-mortem's own date", () => {
  it("comes from the file name when the text has none, so relative deadlines age with it", () => {
    const { findings, doc } = lint(body, {
      today,
      fileName: "docs/postmortems/2026-03-02-db-outage.md",
    });
    assert.equal(doc.date?.toISOString().slice(0, 10), "2026-03-02");
    assert.equal(doc.actions.length, 1, "a question heading about prevention is an action section");
    assert.deepEqual(
      findings.map((f) => f.rule),
      ["deadline-past"],
    );
  });

  it("prefers front matter over the file name", () => {
    const { doc } = lint(`---\ndate: 2026-11-01\n---\n${body}`, {
      today,
      fileName: "2026-03-02-db-outage.md",
    });
    assert.equal(doc.date?.toISOString().slice(0, 10), "2026-11-01");
  });

  it("comes from a full date in the title when nothing else gives one", () => {
    const titled = body.replace("# DB outage", "# Incident report July 11 2026 - DB outage");
    const { findings, doc } = lint(titled, { today, fileName: "db-outage.md" });
    assert.equal(doc.date?.toISOString().slice(0, 10), "2026-07-11");
    assert.deepEqual(
      findings.map((f) => f.rule),
      ["deadline-past"],
    );
    // A weekday or a month without a year is no date for the document.
    assert.equal(
      lint(body.replace("# DB outage", "# DB outage on Friday"), {
        today,
        fileName: "db-outage.md",
      }).doc.date,
      undefined,
    );
    assert.equal(
      lint(body.replace("# DB outage", "# DB outage, 3 March"), { today, fileName: "db-outage.md" })
        .doc.date,
      undefined,
    );
  });

  it("comes from a date line, a range's year written once after its last day", () => {
    const dated = body.replace("# DB outage\n", "# DB outage\n\n**Date:** March 2-4, 2026\n");
    assert.equal(lint(dated, { today }).doc.date?.toISOString().slice(0, 10), "2026-03-02");
  });

  it("is none from a date line without a year, so relative deadlines are never counted from 2000", () => {
    const dated = body.replace("# DB outage\n", "# DB outage\n\n**Date:** March 3\n");
    const { doc, findings } = lint(dated, { today });
    assert.equal(doc.date, undefined);
    assert.deepEqual(
      findings.map((f) => f.rule),
      [],
    );
  });

  it("is never a retro item's due date read as a 'Start:' line", () => {
    const retro =
      "# DB outage\n\n## Action items\n\n- Start: write the pager rota into the calendar (Mia Chen, 2027-01-20)\n";
    const { doc } = lint(retro, { today });
    assert.equal(doc.date, undefined);
    assert.equal(doc.actions[0].deadline?.text, "2027-01-20");
  });

  it("without any date, relative deadlines count from today and are never past", () => {
    const { findings } = lint(body, { today, fileName: "db-outage.md" });
    assert.deepEqual(
      findings.map((f) => f.rule),
      [],
    );
  });
});
