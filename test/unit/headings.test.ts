import { strict as assert } from "node:assert";
import {
  headingWords,
  isActionCategoryHeadingText,
  isActionHeading,
} from "../../server/src/core/parse/headings";

describe("action headings", () => {
  const actionHeadings = [
    "Action items",
    "5. Action Items",
    "Follow-ups",
    "Follow-up actions",
    "Remediation",
    "Corrective and preventive actions",
    "Next steps",
    "Our commitments",
    "Preventive measures",
    "What we will do",
    "What we're doing about it",
    "TODO",
    "Lessons learned and action items",
    "How are we preventing it from happening again?",
    "Going forward",
    "How we are making incidents like this less likely",
    "Repair items",
    "Follow-on work",
    "Steps to prevent recurrence",
    "Open actions",
    "Countermeasures",
    "Post-incident work",
    "Changes we are making",
    "The changes we'll make",
    "Where we go from here",
    "Where we're going from here",
    "Things we're changing",
    // Word processors curl the apostrophe.
    "What we’re doing about it",
    "What we’ll do next",
    "Where we’re going from here",
    "Outstanding items",
    "Planned changes",
    "Proposed changes",
    // Typed in a hurry: one letter off, run together or with underscores.
    "Acton items",
    "Follwo-ups",
    "Next Setps",
    "Remidiation",
    "ActionItems",
    "Action_items",
  ];
  const narrativeHeadings = [
    "Timeline",
    "Actions taken",
    "Mitigation",
    "Root cause",
    "Impact",
    "Lessons learned",
    "What went wrong",
    "Resolution",
    "Summary",
    // Lessons in the "what went well / what to improve" form list observations, not actions.
    "Areas for improvement",
    "Opportunities for improvement",
    "Improvement opportunities",
    // What was done during the incident, and actions that belong to an earlier post-mortem.
    "Fixes applied",
    "Previous action items",
    "Action items from the last incident",
    "Status of previous action items",
    // Real words one letter from a heading word.
    "Auction",
    "Auction service",
    "Fellow responders",
  ];
  actionHeadings.push(
    "Improvements",
    "Improvement actions",
    "Actionables",
    "6. ACTION ITEMS",
    "7) Follow-up tasks",
  );

  for (const heading of actionHeadings) {
    it(`"${heading}" opens an action section`, () => assert.equal(isActionHeading(heading), true));
  }
  for (const heading of narrativeHeadings) {
    it(`"${heading}" does not`, () => assert.equal(isActionHeading(heading), false));
  }
});

describe("a heading's words", () => {
  for (const [heading, words] of [
    ["🛠️ Detection:", "Detection"],
    ["Detection 🔍", "Detection"],
    ["Next steps:", "Next steps"],
    ["What we’re doing about it", "What we're doing about it"],
    ["Action items", "Action items"],
    ["Ratio 3:1 for reads", "Ratio 3:1 for reads"],
  ]) {
    it(`"${heading}" reads "${words}"`, () => assert.equal(headingWords(heading), words));
  }
  it("an action category keeps its meaning with an emoji or a colon", () => {
    assert.equal(isActionCategoryHeadingText("🛠️ Detection:"), true);
    assert.equal(isActionCategoryHeadingText("Monitoring:"), true);
  });
});
