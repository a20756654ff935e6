// The outline: each action section with its action items, so a long post-mortem can be walked item by item.
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { LintResult } from "../core/lint";

const MAX_NAME = 80;

function shorten(text: string): string {
  return text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text || "(empty)";
}

export function symbolsFor(result: LintResult): DocumentSymbol[] {
  const { doc, findings } = result;
  const weak = new Set(
    findings.map((finding) => finding.actionId).filter((id): id is string => id !== undefined),
  );
  const groups = new Map<string, DocumentSymbol>();
  const roots: DocumentSymbol[] = [];
  for (const item of doc.actions) {
    const range = { start: doc.positionAt(item.span.start), end: doc.positionAt(item.span.end) };
    const details = [
      item.status.state !== "open" ? item.status.state : weak.has(item.id) ? "weak" : "strong",
    ];
    if (item.owners.length > 0) {
      details.push(item.owners.map((owner) => owner.name).join(", "));
    }
    if (item.deadline !== undefined) {
      details.push(item.deadline.text);
    }
    const symbol: DocumentSymbol = {
      name: shorten(item.text),
      detail: details.join(" · "),
      kind: SymbolKind.Event,
      range,
      selectionRange: range,
    };
    const section = doc.sections
      .filter((candidate) => candidate.span.start <= item.span.start)
      .pop();
    if (section === undefined) {
      roots.push(symbol);
      continue;
    }
    let group = groups.get(section.title + section.span.start);
    if (group === undefined) {
      const sectionRange = { start: doc.positionAt(section.span.start), end: range.end };
      group = {
        name: section.title || "(untitled)",
        kind: SymbolKind.Namespace,
        range: sectionRange,
        selectionRange: { start: sectionRange.start, end: doc.positionAt(section.span.end) },
        children: [],
      };
      groups.set(section.title + section.span.start, group);
      roots.push(group);
    }
    group.children!.push(symbol);
    group.range = { start: group.range.start, end: range.end };
  }
  return roots;
}
