// The README's pictures and what each shows, shared by the UI suites that take them and the unit test
// that checks none is older than what it shows.

/** Taken by test/ui/editor.test.ts on a copy of examples/. */
export const EXAMPLE_IMAGES = [
  "quick-fix-dark",
  "quick-fix-light",
  "fixed-light",
  "problems-dark",
  "actions-view-dark",
  "dashboard-dark",
  "hover-dark",
  "owner-picker-light",
];

/** Taken by test/ui/strong-item.test.ts on a document it types itself. */
export const TYPED_IMAGES = ["typed-weak-item-dark", "strong-item-dark", "tracker-view-dark"];
