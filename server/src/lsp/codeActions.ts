// Quick fixes built from the fix carried in each diagnostic's `data` (no server cache), plus
// "Disable RULE for this line / file".
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Person } from "../core/config";
import type { ActionItem, FixData } from "../core/types";
import { deadlineChoices } from "./deadlineChoices";
import type { DiagnosticData } from "./diagnostics";
import { OWNER_PLACEHOLDER, REASON_PLACEHOLDER, disableFileEdit, disableLineEdit, fieldEdit } from "./fixText";

/** More names than this turn the lightbulb menu into a phone book; completion offers the rest. */
const MAX_ROSTER_ACTIONS = 10;

export interface CodeActionInput {
  document: TextDocument;
  /** Our diagnostics in the requested range, each with its data. */
  diagnostics: { diagnostic: Diagnostic; data: DiagnosticData }[];
  people: Person[];
  today: Date;
  /** The client accepts versioned `documentChanges`. */
  useDocumentChanges: boolean;
  /** Parses the document; only called for fixes that name action items by id. */
  actionItems(): ActionItem[];
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const seenDisables = new Set<string>();
  const action = (title: string, diagnostic: Diagnostic, edits: TextEdit[], isPreferred = false): CodeAction => {
    const codeAction: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(input, edits) };
    if (isPreferred) {
      codeAction.isPreferred = true;
    }
    return codeAction;
  };

  for (const { diagnostic, data } of input.diagnostics) {
    if (data.fix !== undefined) {
      fixes.push(...fixActions(input, diagnostic, data.fix, action));
    }
    const line = diagnostic.range.start.line;
    const lineKey = `line:${data.rule}:${line}`;
    if (!seenDisables.has(lineKey)) {
      seenDisables.add(lineKey);
      disables.push(action(`Disable ${data.rule} for this line`, diagnostic, [disableLineEdit(input.document, line, data.rule)]));
    }
    const fileKey = `file:${data.rule}`;
    if (!seenDisables.has(fileKey)) {
      seenDisables.add(fileKey);
      disables.push(action(`Disable ${data.rule} for this file`, diagnostic, [disableFileEdit(input.document, data.rule)]));
    }
  }
  return [...fixes, ...disables];
}

type MakeAction = (title: string, diagnostic: Diagnostic, edits: TextEdit[], isPreferred?: boolean) => CodeAction;

function fixActions(input: CodeActionInput, diagnostic: Diagnostic, fix: FixData, action: MakeAction): CodeAction[] {
  const { document } = input;
  switch (fix.kind) {
    case "insertOwner": {
      const actions = input.people
        .slice(0, MAX_ROSTER_ACTIONS)
        .map((person, index) => action(`Assign to ${person.name}`, diagnostic, [fieldEdit(document, fix.at, "owner", person.name)], index === 0));
      actions.push(action("Assign owner…", diagnostic, [fieldEdit(document, fix.at, "owner", OWNER_PLACEHOLDER)]));
      return actions;
    }
    case "replaceVerb": {
      const range = { start: document.positionAt(fix.span.start), end: document.positionAt(fix.span.end) };
      const verb = fix.verb !== "" ? fix.verb : document.getText(range);
      const written = document.getText(range);
      return fix.suggestions.map((suggestion) =>
        action(`Replace '${verb}' with '${suggestion}'`, diagnostic, [{ range, newText: matchCase(written, suggestion) }]),
      );
    }
    case "insertDeadline":
      return deadlineChoices(input.today).map((choice, index) =>
        action(`Add deadline: ${choice.label} (${choice.date})`, diagnostic, [fieldEdit(document, fix.at, "deadline", choice.date)], index === 0),
      );
    case "markDeprioritized":
      return [action("Deprioritize with reason…", diagnostic, [fieldEdit(document, fix.at, "status", REASON_PLACEHOLDER)])];
    case "deprioritizeOpenActions": {
      const wanted = new Set(fix.actionIds);
      const edits: TextEdit[] = [];
      for (const item of input.actionItems()) {
        if (wanted.has(item.id) && item.status.state === "open" && item.insert.status !== undefined) {
          edits.push(fieldEdit(document, item.insert.status, "status", REASON_PLACEHOLDER));
        }
      }
      if (edits.length === 0) {
        return [];
      }
      const title = edits.length === 1 ? "Deprioritize the open action with reason…" : `Deprioritize the ${edits.length} open actions with reason…`;
      return [action(title, diagnostic, edits)];
    }
    case "pushToTracker":
    case "none":
      // "Push to tracker" arrives with the tracker commands in the client.
      return [];
  }
}

/** "Review" -> "Lower", "review" -> "lower". */
function matchCase(written: string, suggestion: string): string {
  const first = written.charAt(0);
  if (first !== "" && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}

function workspaceEdit(input: CodeActionInput, edits: TextEdit[]): WorkspaceEdit {
  const { uri, version } = input.document;
  if (input.useDocumentChanges) {
    return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  }
  return { changes: { [uri]: edits } };
}
