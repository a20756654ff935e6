// Hovering an action item shows the five elements of a strong item, each ticked or missing.
import { MarkupKind, type Hover } from "vscode-languageserver";
import type { LintResult } from "../core/lint";
import type { ActionItem, Finding } from "../core/types";

const ELEMENT_RULES: Record<string, string[]> = {
  owner: ["owner-missing", "owner-is-group", "systemic-needs-decision-maker"],
  verb: ["process-verb"],
  outcome: ["vague-outcome"],
  tracker: ["tracker-missing"],
  deadline: ["deadline-missing", "deadline-past"],
};

function line(ok: boolean, label: string, detail: string): string {
  return `${ok ? "✅" : "❌"} **${label}** — ${detail}`;
}

function present(item: ActionItem, element: string): string {
  switch (element) {
    case "owner":
      return item.owners.map((owner) => owner.name).join(", ");
    case "verb":
      return item.leadingVerb === undefined ? "" : `"${item.leadingVerb.text}"`;
    case "outcome":
      return "checkable end state";
    case "tracker":
      return item.trackerRefs.map((ref) => ref.text).join(", ");
    default:
      return item.deadline === undefined ? "" : item.deadline.date === undefined ? item.deadline.text : `${item.deadline.text} (${item.deadline.date.toISOString().slice(0, 10)})`;
  }
}

export function itemAt(result: LintResult, offset: number): ActionItem | undefined {
  return result.doc.actions.find((item) => item.span.start <= offset && offset <= item.span.end);
}

export function hoverFor(result: LintResult, offset: number): Hover | undefined {
  const item = itemAt(result, offset);
  if (item === undefined) {
    return undefined;
  }
  const findings = result.findings.filter((finding) => finding.actionId === item.id);
  const ruleMessage = (rules: string[]): Finding | undefined => findings.find((finding) => rules.includes(finding.rule));
  const labels: [string, string][] = [
    ["owner", "Named owner"],
    ["verb", "Outcome verb"],
    ["outcome", "Specific outcome"],
    ["tracker", "In the tracker"],
    ["deadline", "Deadline"],
  ];
  const state = item.status.state === "open" ? "open" : item.status.state === "done" ? "done" : `deprioritized${item.status.reason === undefined ? "" : `: ${item.status.reason}`}`;
  const lines = [`**Action item** · ${state}`, ""];
  if (item.status.state !== "open") {
    lines.push("Closed items are not checked for missing elements.");
  } else {
    for (const [element, label] of labels) {
      const finding = ruleMessage(ELEMENT_RULES[element]);
      lines.push(finding === undefined ? line(true, label, present(item, element) || "ok") : line(false, label, finding.message));
      lines.push("");
    }
  }
  if (item.status.state === "open" && findings.length === 0) {
    lines.push("A strong action item: owner, verb, outcome, tracker and deadline are all there.");
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join("\n") },
    range: { start: result.doc.positionAt(item.span.start), end: result.doc.positionAt(item.span.end) },
  };
}
