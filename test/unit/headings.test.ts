import { strict as assert } from "node:assert";
import { isActionHeading } from "../../server/src/core/parse/headings";

describe("action headings", () => {
  const actionHeadings = [
    "Action items", "5. Action Items", "Follow-ups", "Follow-up actions", "Remediation", "Corrective and preventive actions",
    "Next steps", "Preventive measures", "What we will do", "What we're doing about it", "TODO", "Lessons learned and action items",
    "How are we preventing it from happening again?", "Going forward", "How we are making incidents like this less likely",
    "Repair items", "Follow-on work", "Steps to prevent recurrence", "Open actions",
  ];
  const narrativeHeadings = ["Timeline", "Actions taken", "Mitigation", "Root cause", "Impact", "Lessons learned", "What went wrong", "Resolution", "Summary"];

  for (const heading of actionHeadings) {
    it(`"${heading}" opens an action section`, () => assert.equal(isActionHeading(heading), true));
  }
  for (const heading of narrativeHeadings) {
    it(`"${heading}" does not`, () => assert.equal(isActionHeading(heading), false));
  }
});
