/** Rule ids, kept apart from the rule modules so config validation needs no rule code. */
export const ruleIds: readonly string[] = [
  "owner-missing",
  "owner-is-group",
  "process-verb",
  "vague-outcome",
  "deadline-missing",
  "deadline-past",
  "tracker-missing",
  "systemic-needs-decision-maker",
  "blame-language",
  "closed-with-open-actions",
  "deprioritized-without-reason",
];
