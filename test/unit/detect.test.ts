import { strict as assert } from "node:assert";
import { isSupportingDocument, saysPostMortem } from "../../server/src/core/detect";

// Files that sit among post-mortems without being one are left out of folder searches and the editor.
describe("detect: supporting documents", () => {
  const cases: [string, string, boolean][] = [
    ["postmortems/README.md", "# Post-mortems\n\nOne file per incident.\n", true],
    ["postmortems/index.md", "# Incident reports\n", true],
    ["postmortems/README.md", "# On-call handbook\n", true],
    ["postmortems/2026-02-cache/README.md", "# Cache stampede\n", false],
    ["postmortems/cache/README.md", "# Post-mortem: cache stampede on 2026-02-12\n", false],
    ["postmortems/cache/README.md", "# Post-mortem: cache stampede\n", false],
    ["postmortems/postmortem-template.md", "# Post-mortem\n", true],
    ["postmortems/2026-01-db.md", "# Post-mortem: [Incident title]\n", true],
    ["postmortems/new.md", "# {{title}} post-mortem\n", true],
    ["postmortems/process.md", "# Post-mortem process\n", true],
    ["postmortems/how.md", "# How we write post-mortems\n", true],
    ["incidents/runbooks/failover.md", "# Runbook: database failover\n", true],
    ["incidents/2026-03-01-failover.md", "# Post-mortem: failover runbook skipped a step\n", false],
    ["postmortems/CHANGELOG.md", "# Changelog\n\n## TODO\n", true],
    [
      "postmortems/2026-01-db.md",
      "---\ntitle: Database failover\n---\n# Database failover\n",
      false,
    ],
    ["postmortems/2026-01-db.md", "# Incident report: checkout 502s\n", false],
    // Titles that only sound like supporting documents.
    ["postmortems/2026-02-email.md", "# Email template rendering broke invoices\n", false],
    [
      "postmortems/2026-02-helm.md",
      "# Post-mortem: Helm template error took down ingress\n",
      false,
    ],
    [
      "postmortems/2026-02-failover.md",
      "# Failover skipped a step in the database runbook\n",
      false,
    ],
    ["postmortems/2026-02-db.md", "# How we lost the primary database for 40 minutes\n", false],
    ["postmortems/template.md", "# Blameless post-mortem template (copy me)\n", true],
    ["postmortems/how.md", "# Template: incident report\n", true],
    ["incidents/db.md", "# Database failover runbook\n", true],
  ];
  for (const [file, text, expected] of cases) {
    it(`${file} "${text.split("\n").find((line) => line.startsWith("#"))}" → ${expected ? "supporting" : "a post-mortem"}`, () => {
      assert.equal(isSupportingDocument(file, text), expected);
    });
  }

  it("a README with a TODO section is not a post-mortem by its title", () => {
    assert.equal(saysPostMortem("# follow-through\n\n## TODO\n\n- Support Windows paths\n"), false);
  });
});
