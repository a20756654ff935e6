// Hovering an action item shows a compact card: a first line that ticks the five elements of a strong
// item (VS Code lists the line's problems above any hover, so the verdict must fit in the card's first
// line), then one line per element with what was read. The editor shows the findings' messages already,
// so a missing element gets a few words, not the message again.
import { MarkupKind, type Hover } from "vscode-languageserver";
import type { LintResult } from "../core/lint";
import { findRule } from "../core/rules";
import type { ActionItem, Finding } from "../core/types";
import { escapeMarkdown } from "./markdownEscape";

type Element = "owner" | "verb" | "outcome" | "tracker" | "deadline";

const ELEMENTS: [Element, string][] = [
  ["owner", "Owner"],
  ["verb", "Verb"],
  ["outcome", "Outcome"],
  ["tracker", "Tracker"],
  ["deadline", "Deadline"],
];

export interface HoverOptions {
  /** The client renders `$(icon)` codicons (VS Code's does; emoji need a font many machines lack). */
  themeIcons?: boolean;
}

/** One line of the card; `evidence` says what the parser read and where (core/evidence.ts). */
interface ElementLine {
  ok: boolean;
  label: string;
  state: string;
  evidence?: string;
}

/** A few words for a missing element, by the rule that found it. */
function shortState(finding: Finding, item: ActionItem, text: string): string {
  switch (finding.rule) {
    case "owner-missing":
      return "none named";
    case "owner-is-group":
      return `"${item.owners[0]?.name ?? "the owner"}" is a group`;
    case "systemic-needs-decision-maker":
      return "a systemic change needs a decision-maker";
    case "process-verb":
      return item.isQuestion || item.leadingVerb === undefined
        ? "a question, not a commitment"
        : `"${item.leadingVerb.text.toLowerCase()}" is activity, not a change`;
    case "vague-outcome":
      return "no checkable end state";
    case "tracker-missing": {
      // On a key `trackerKeys` does not list, the finding's span is that key.
      const key = /^[A-Z][A-Z0-9]+-\d+$/.exec(
        text.slice(finding.span.start, finding.span.end),
      )?.[0];
      return key === undefined ? "no ticket or link" : `"${key}" is not in trackerKeys`;
    }
    case "deadline-missing":
      return "none";
    case "deadline-past":
      return `${item.deadline?.text ?? "the date"} has passed`;
    default:
      return finding.rule;
  }
}

function present(item: ActionItem, element: Element): string {
  switch (element) {
    case "owner":
      return item.owners.map((owner) => owner.name).join(", ");
    case "verb":
      return item.leadingVerb === undefined ? "" : `"${item.leadingVerb.text}"`;
    case "outcome":
      return "checkable end state";
    case "tracker":
      return item.trackerRefs.map((ref) => ref.text).join(", ");
    case "deadline": {
      const deadline = item.deadline;
      if (deadline === undefined) {
        return "";
      }
      const iso = deadline.date?.toISOString().slice(0, 10);
      // "by 2026-12-11" already says the date; "end of Q1" gains it in brackets.
      return iso === undefined || deadline.text.includes(iso)
        ? deadline.text
        : `${deadline.text} (${iso})`;
    }
  }
}

function icon(ok: boolean, options: HoverOptions): string {
  return options.themeIcons === true ? (ok ? "$(pass)" : "$(error)") : ok ? "✓" : "✗";
}

// `state` and `evidence` quote the document (owner names, verbs, dates, the item's text), so they
// are escaped here, where they become Markdown.
function render(line: ElementLine): string {
  const evidence = line.evidence === undefined ? "" : ` · _${escapeMarkdown(line.evidence)}_`;
  return `**${line.label}** · ${escapeMarkdown(line.state)}${evidence}`;
}

export function itemAt(result: LintResult, offset: number): ActionItem | undefined {
  return result.doc.actions.find((item) => item.span.start <= offset && offset <= item.span.end);
}

export function hoverFor(
  result: LintResult,
  offset: number,
  options: HoverOptions = {},
): Hover | undefined {
  const item = itemAt(result, offset);
  if (item === undefined) {
    return undefined;
  }
  const findings = result.findings.filter((finding) => finding.actionId === item.id);
  const state =
    item.status.state === "open"
      ? "open"
      : item.status.state === "done"
        ? "done"
        : `deprioritized${item.status.reason === undefined ? "" : `: ${escapeMarkdown(item.status.reason)}`}`;
  const lines: string[] = [];
  if (item.status.state !== "open") {
    lines.push(`**Action item** · ${state}`, "Closed items are not checked for missing elements.");
  } else {
    const elementLines: ElementLine[] = ELEMENTS.map(([element, label]) => {
      const finding = findings.find((candidate) => findRule(candidate.rule)?.element === element);
      return finding === undefined
        ? { ok: true, label, state: present(item, element) || "ok" }
        : {
            ok: false,
            label,
            state: shortState(finding, item, result.doc.text),
            evidence: finding.evidence?.replace(/^[\w ]+: /, ""),
          };
    });
    const inPlace = elementLines.filter((line) => line.ok).length;
    const verdict =
      inPlace === ELEMENTS.length
        ? "Strong action item"
        : `Action item · ${inPlace} of ${ELEMENTS.length} in place`;
    const ticks = elementLines
      .map((line) => `${icon(line.ok, options)} ${line.label.toLowerCase()}`)
      .join(" · ");
    lines.push(`**${verdict}** · ${ticks}`);
    lines.push(...elementLines.map(render));
  }
  return {
    // Hard line breaks (two spaces) keep the card to one short line per element.
    contents: { kind: MarkupKind.Markdown, value: lines.join("  \n") },
    range: {
      start: result.doc.positionAt(item.span.start),
      end: result.doc.positionAt(item.span.end),
    },
  };
}
