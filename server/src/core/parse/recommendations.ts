import type { ActionItem } from "../types";

// An RFC-style post-mortem lists its recommendations ("R1. Retries must be idempotent.") and then the
// action items that carry them out, each citing one ("(R1) Send an idempotency key …"). The cited
// recommendations are the reasons for the actions, not work of their own.

const LABEL = /^\s*(R\d{1,2})[.:)]\s/;
const CITATION = /[([]\s*(R\d{1,2})\s*[)\]]|^\s*(R\d{1,2})\s*[-–—:]/g;

/** The actions without the recommendations that actions in another section cite by label. */
export function withoutCitedRecommendations(actions: ActionItem[]): ActionItem[] {
  const labelled = actions.filter(
    (action) => action.text.charCodeAt(0) === 0x52 && LABEL.test(action.text),
  );
  if (labelled.length === 0) {
    return actions;
  }
  const cited = new Set<string>();
  for (const action of actions) {
    if (!action.text.includes("R")) {
      continue;
    }
    for (const m of action.text.matchAll(CITATION)) {
      cited.add(`${m[1] ?? m[2]}\u0000${action.sectionTitle}`);
    }
  }
  const dropped = new Set(
    labelled.filter((action) => {
      const label = LABEL.exec(action.text)![1];
      return [...cited].some(
        (key) => key.startsWith(`${label}\u0000`) && !key.endsWith(`\u0000${action.sectionTitle}`),
      );
    }),
  );
  return dropped.size === 0 ? actions : actions.filter((action) => !dropped.has(action));
}
