// Quick fixes built from the fix carried in each diagnostic's `data` (no server cache), plus
// "Disable RULE for this line / file". The text each fix writes is decided in core/fixes.ts.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Person } from "../core/config";
import { disableFileChange, disableLineChange, fixChoices, type TextChange } from "../core/fixes";
import type { ActionItem, Finding } from "../core/types";
import type { DiagnosticData } from "./diagnostics";

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
  /** Every finding in the document, for "Fix all of RULE in this file". */
  allFindings(): Finding[];
  author?: string;
  recentAuthors?: string[];
  /** "Push to tracker" runs the client's command; never offered in an untrusted workspace. */
  offerPush?: boolean;
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const { document } = input;
  const text = document.getText();
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const seenDisables = new Set<string>();
  const action = (title: string, diagnostic: Diagnostic, changes: TextChange[], isPreferred = false): CodeAction => {
    const codeAction: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(input, changes.map((change) => toTextEdit(document, change))) };
    if (isPreferred) {
      codeAction.isPreferred = true;
    }
    return codeAction;
  };

  const fixContext = { text, people: input.people, today: input.today, actionItems: input.actionItems, author: input.author, recentAuthors: input.recentAuthors };
  const fixAlls: CodeAction[] = [];
  const seenFixAll = new Set<string>();
  for (const { diagnostic, data } of input.diagnostics) {
    if (data.fix !== undefined) {
      if (data.fix.kind === "pushToTracker" && input.offerPush === true) {
        // The client authenticates, asks the server to push, then writes the link in one versioned edit.
        fixes.push({
          title: "Push to tracker",
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: "Push to tracker", command: "followThrough.pushToTracker", arguments: [document.uri, data.fix.actionId, document.version] },
        });
      }
      const choices = fixChoices(data.fix, fixContext, data.actionId);
      fixes.push(...choices.map((choice) => action(choice.title, diagnostic, choice.changes, choice.isPreferred === true)));
      if (!seenFixAll.has(data.rule)) {
        seenFixAll.add(data.rule);
        const all = fixAllOf(data.rule, input.allFindings(), fixContext);
        if (all !== undefined) {
          fixAlls.push(action(all.title, diagnostic, all.changes));
        }
      }
    }
    const line = diagnostic.range.start.line;
    const lineKey = `line:${data.rule}:${line}`;
    if (!seenDisables.has(lineKey)) {
      seenDisables.add(lineKey);
      disables.push(action(`Disable ${data.rule} for this line`, diagnostic, [disableLineChange(text, line, data.rule)]));
    }
    const fileKey = `file:${data.rule}`;
    if (!seenDisables.has(fileKey)) {
      seenDisables.add(fileKey);
      disables.push(action(`Disable ${data.rule} for this file`, diagnostic, [disableFileChange(text, data.rule)]));
    }
  }
  return [...fixes, ...fixAlls, ...disables];
}

/** "Fix all of RULE in this file": the preferred choice for every finding of the rule, when each has one. */
function fixAllOf(rule: string, findings: Finding[], ctx: Parameters<typeof fixChoices>[1]): { title: string; changes: TextChange[] } | undefined {
  const ofRule = findings.filter((finding) => finding.rule === rule && finding.fix !== undefined);
  if (ofRule.length < 2) {
    return undefined;
  }
  const changes: TextChange[] = [];
  let label: string | undefined;
  for (const finding of ofRule) {
    const preferred = fixChoices(finding.fix!, ctx, finding.actionId).find((choice) => choice.isPreferred === true);
    if (preferred === undefined) {
      return undefined; // A choice only a person can make: no bulk fix.
    }
    label ??= preferred.title.replace(/ \(.*\)$/, "");
    changes.push(...preferred.changes);
  }
  const starts = changes.map((change) => change.start).sort((a, b) => a - b);
  if (starts.some((start, index) => index > 0 && start === starts[index - 1])) {
    return undefined; // Two fixes writing at one place would interleave.
  }
  return { title: `Fix all ${ofRule.length} ${rule} in this file: ${label}`, changes };
}

function toTextEdit(document: TextDocument, change: TextChange): TextEdit {
  return { range: { start: document.positionAt(change.start), end: document.positionAt(change.end) }, newText: change.newText };
}

function workspaceEdit(input: CodeActionInput, edits: TextEdit[]): WorkspaceEdit {
  const { uri, version } = input.document;
  if (input.useDocumentChanges) {
    return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  }
  return { changes: { [uri]: edits } };
}
