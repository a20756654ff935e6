import { defaultConfig } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import type { ActionItem } from "../../server/src/core/types";

// The consistency tests write one action section in many ways and compare what is read from it.

/** The day the tests lint on; the post-mortem itself is dated Friday 2026-11-20. */
const TODAY = new Date(Date.UTC(2026, 11, 4));

/** A post-mortem whose only section is `body` under `heading`. */
export function actionSection(body: string, heading = "## Action items"): string {
  return `# Post-mortem: a test incident\n\nDate: 2026-11-20\n\n${heading}\n\n${body}\n`;
}

export interface ReadItem {
  item: ActionItem;
  /** The rules that fire on the item. */
  rules: Set<string>;
}

/** The items read from `markdown`, each with the rules it fires. */
export function readItems(markdown: string): ReadItem[] {
  const { doc, findings } = lint(markdown, { config: defaultConfig(), today: TODAY });
  return doc.actions.map((item) => ({
    item,
    rules: new Set(findings.filter((f) => f.actionId === item.id).map((f) => f.rule)),
  }));
}

/** The one item read from an action section of `body`, or how many items were read instead. */
export function onlyItem(body: string): ReadItem | string {
  const read = readItems(actionSection(body));
  return read.length === 1 ? read[0] : `${read.length} items`;
}

/** Five actions with their owner, due date and ticket, written by the section-format suites in each format. */
export const FIVE_ACTIONS: [string, string, string, string][] = [
  ["Add an alert on queue depth above 500", "Dana", "2027-01-15", "OPS-41"],
  ["Cap the retry budget at 3 attempts", "Nadia", "2027-01-20", "OPS-42"],
  ["Move the ledger cron to the new scheduler", "Kim Lee", "2027-02-01", "OPS-43"],
  ["Document the failover runbook for the billing database", "Ravi", "2027-02-15", "OPS-44"],
  ["Remove the legacy queue consumer", "Mei Chen", "2027-03-01", "OPS-45"],
];
