// Completion inside post-mortems: people after "@" or "Owner:", dates after "by " or "Due:".
import { CompletionItemKind, type CompletionItem, type Position } from "vscode-languageserver";
import type { Person } from "../core/config";
import { deadlineChoices } from "../core/fixes";

const AFTER_MENTION = /(?:^|[\s(\[])@([\w.-]*)$/;
const AFTER_OWNER_FIELD = /\b(?:owners?|assignee|assigned to|dri)\s*[:=]\s*([\p{L}\w .'-]*)$/iu;
const AFTER_DEADLINE = /(?:\bby|\b(?:due|deadline|eta)\s*[:=])\s+([\w-]*)$/i;

export function completionsFor(
  linePrefix: string,
  position: Position,
  people: Person[],
  author: string | undefined,
  today: Date,
): CompletionItem[] {
  const mention = AFTER_MENTION.exec(linePrefix);
  if (mention !== null) {
    const start = { line: position.line, character: position.character - mention[1].length };
    return people.map((person, index) => {
      const handle = person.github ?? person.name.toLowerCase().replace(/\s+/g, "");
      return {
        label: `@${handle}`,
        detail: person.role === undefined ? person.name : `${person.name} — ${person.role}`,
        kind: CompletionItemKind.Reference,
        sortText: String(index).padStart(4, "0"),
        filterText: `${handle} ${person.name}`,
        textEdit: { range: { start, end: position }, newText: handle },
      };
    });
  }
  const owner = AFTER_OWNER_FIELD.exec(linePrefix);
  if (owner !== null) {
    const start = { line: position.line, character: position.character - owner[1].length };
    const names = [
      ...people.map((person) => ({ name: person.name, detail: person.role ?? "from the roster" })),
    ];
    if (author !== undefined && !names.some((entry) => entry.name === author)) {
      names.unshift({ name: author, detail: "the post-mortem's author" });
    }
    return names.map((entry, index) => ({
      label: entry.name,
      detail: entry.detail,
      kind: CompletionItemKind.Reference,
      sortText: String(index).padStart(4, "0"),
      textEdit: { range: { start, end: position }, newText: entry.name },
    }));
  }
  const deadline = AFTER_DEADLINE.exec(linePrefix);
  if (deadline !== null) {
    const start = { line: position.line, character: position.character - deadline[1].length };
    return deadlineChoices(today).map((choice, index) => ({
      label: choice.date,
      detail: choice.label,
      kind: CompletionItemKind.Value,
      sortText: String(index).padStart(4, "0"),
      filterText: `${choice.date} ${choice.label}`,
      textEdit: { range: { start, end: position }, newText: choice.date },
    }));
  }
  return [];
}
