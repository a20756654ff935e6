// Quick fixes built from the fix carried in each diagnostic's `data` (no server cache), plus "Fix all"
// and "Disable". The text each fix writes is decided in core/fixes.ts; this module decides the menu.
// A client with pickers (VS Code's) gets the few likely fixes directly and the long lists behind one
// "…" entry each, so a weak line fits the lightbulb menu; other clients get every choice as its own fix.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Person } from "../core/config";
import {
  DATE_PLACEHOLDER,
  disableFileChange,
  disableLineChange,
  fixChoices,
  type FixChoice,
  type FixContext,
  type TextChange,
} from "../core/fixes";
import type { ActionItem, Finding, FixData } from "../core/types";
import { PickFixCommand, type PickFixArguments, type PickFixChoice } from "../protocol";
import type { DiagnosticData } from "./diagnostics";

/** Owners named directly in the lightbulb when the rest sit behind "Assign owner…". */
const DIRECT_OWNERS = 2;
/** Without a picker, more names than this turn the menu into a phone book; completion offers the rest. */
const MAX_FLAT_OWNERS = 10;
const ISO_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

export interface CodeActionInput {
  document: TextDocument;
  /** Our diagnostics in the requested range, each with its data. */
  diagnostics: { diagnostic: Diagnostic; data: DiagnosticData }[];
  people: Person[];
  today: Date;
  /** The client accepts versioned `documentChanges`. */
  useDocumentChanges: boolean;
  /** The client runs `followThrough.pickFix`, so long lists can sit behind one "…" entry. */
  pickers?: boolean;
  /** Parses the document; only called for fixes that name action items by id. */
  actionItems(): ActionItem[];
  /** Every finding in the document, for "Fix all of RULE in this file". */
  allFindings(): Finding[];
  author?: string;
  recentAuthors?: string[];
  /** "Push to tracker" runs the client's command; never offered in an untrusted workspace. */
  offerPush?: boolean;
}

/** A choice of a picker; `title` is its name when it stands alone in the menu. */
interface MenuChoice extends FixChoice {
  label: string;
  description?: string;
  ask?: PickFixChoice["ask"];
}

/** What one fix puts in the menu: choices shown directly, and the rest behind one "…" entry. */
interface MenuPart {
  direct: FixChoice[];
  picker?: { title: string; choices: MenuChoice[] };
}

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const { document } = input;
  const text = document.getText();
  const pickers = input.pickers === true;
  const editAction = (
    title: string,
    diagnostic: Diagnostic,
    changes: TextChange[],
    isPreferred = false,
  ): CodeAction => {
    const codeAction: CodeAction = {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit(input, changes),
    };
    if (isPreferred) {
      codeAction.isPreferred = true;
    }
    return codeAction;
  };
  const pickerAction = (
    title: string,
    diagnostics: Diagnostic[],
    choices: MenuChoice[],
  ): CodeAction => {
    const args: PickFixArguments = {
      title: title.replace(/…$/, ""),
      choices: choices.map((choice) => ({
        label: choice.label,
        description: choice.description,
        ask: choice.ask,
        edit: workspaceEdit(input, choice.changes),
      })),
    };
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title, command: PickFixCommand.command, arguments: [args] },
    };
  };
  const menuActions = (part: MenuPart, diagnostic: Diagnostic): CodeAction[] => {
    const actions = part.direct.map((choice) =>
      editAction(choice.title, diagnostic, choice.changes, choice.isPreferred === true),
    );
    const picker = part.picker;
    if (
      picker !== undefined &&
      picker.choices.length === 1 &&
      picker.choices[0].ask === undefined
    ) {
      actions.push(editAction(picker.choices[0].title, diagnostic, picker.choices[0].changes));
    } else if (picker !== undefined && picker.choices.length > 0) {
      actions.push(pickerAction(picker.title, [diagnostic], picker.choices));
    }
    return actions;
  };

  const fixContext: FixContext = {
    text,
    people: input.people,
    today: input.today,
    actionItems: () => input.actionItems(),
    author: input.author,
    recentAuthors: input.recentAuthors,
  };
  const fixes: CodeAction[] = [];
  const fixAlls: CodeAction[] = [];
  const seenFixAll = new Set<string>();
  const ownerFixed = new Set<string>();
  for (const { diagnostic, data } of input.diagnostics) {
    if (data.fix === undefined) {
      continue;
    }
    if (data.fix.kind === "pushToTracker" && input.offerPush === true) {
      // The client authenticates, asks the server to push, then writes the link in one versioned edit.
      fixes.push({
        title: "Push to tracker",
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title: "Push to tracker",
          command: "followThrough.pushToTracker",
          arguments: [document.uri, data.fix.actionId, document.version],
        },
      });
    }
    let fix: FixData = data.fix;
    if (fix.kind === "insertOwner") {
      // owner-missing and systemic-needs-decision-maker on one item: one list of owners, leaders first if either asks.
      const key = data.actionId ?? `${diagnostic.range.start.line}`;
      if (ownerFixed.has(key)) {
        continue;
      }
      ownerFixed.add(key);
      const decisionMaker = input.diagnostics.some(
        (other) =>
          other.data.actionId === data.actionId &&
          other.data.fix?.kind === "insertOwner" &&
          other.data.fix.decisionMaker === true,
      );
      fix = { ...fix, decisionMaker };
    }
    const choices = fixChoices(fix, fixContext, data.actionId);
    fixes.push(
      ...menuActions(pickers ? pickerMenu(fix, choices) : flatMenu(fix, choices), diagnostic),
    );
    if (!seenFixAll.has(data.rule)) {
      seenFixAll.add(data.rule);
      const all = fixAllOf(data.rule, input.allFindings(), fixContext);
      if (all !== undefined) {
        fixAlls.push(editAction(all.title, diagnostic, all.changes));
      }
    }
  }
  const disables = disableChoices(input, text);
  const disableActions = pickers
    ? disables.length === 0
      ? []
      : [
          pickerAction(
            "Disable a Follow-Through rule here…",
            input.diagnostics.map(({ diagnostic }) => diagnostic),
            disables,
          ),
        ]
    : disables.map((choice) => editAction(choice.title, choice.diagnostic, choice.changes));
  return [...fixes, ...fixAlls, ...disableActions];
}

/** Every choice as its own quick fix, the owners capped. */
function flatMenu(fix: FixData, choices: FixChoice[]): MenuPart {
  if (fix.kind !== "insertOwner") {
    return { direct: choices };
  }
  const named = choices.filter((choice) => choice.placeholder === undefined);
  return {
    direct: [
      ...named.slice(0, MAX_FLAT_OWNERS),
      ...choices.filter((choice) => choice.placeholder !== undefined),
    ],
  };
}

/** The likely choices directly, the full list (and a typed value) behind one "…" entry. */
function pickerMenu(fix: FixData, choices: FixChoice[]): MenuPart {
  const ready = choices.filter((choice) => choice.placeholder === undefined);
  const typed = choices.find((choice) => choice.placeholder !== undefined);
  switch (fix.kind) {
    case "insertOwner": {
      const picked = ready.map(asMenuChoice);
      if (typed !== undefined) {
        picked.push({
          ...typed,
          label: "Someone else…",
          ask: {
            prompt: "The owner's name (one person)",
            placeHolder: "First Last",
            token: typed.placeholder!,
          },
        });
      }
      return {
        direct: ready.slice(0, DIRECT_OWNERS),
        picker: { title: "Assign owner…", choices: picked },
      };
    }
    case "insertDeadline": {
      const picked = ready.map(asMenuChoice);
      if (typed !== undefined) {
        picked.push({
          ...typed,
          label: "Another date…",
          ask: {
            prompt: "The deadline (YYYY-MM-DD)",
            placeHolder: DATE_PLACEHOLDER,
            token: typed.placeholder!,
            pattern: ISO_DATE_PATTERN,
            invalid: "Write the date as YYYY-MM-DD.",
          },
        });
      }
      return { direct: ready.slice(0, 1), picker: { title: "Add deadline…", choices: picked } };
    }
    case "replaceVerb":
      return {
        direct: [],
        picker: { title: `Replace '${fix.verb}'…`, choices: ready.map(asMenuChoice) },
      };
    default:
      return { direct: choices };
  }
}

function asMenuChoice(choice: FixChoice): MenuChoice {
  return { ...choice, label: choice.label ?? choice.title, description: choice.detail };
}

type DisableChoice = MenuChoice & { diagnostic: Diagnostic; scope: "line" | "file" };

/** "Disable RULE for this line / file", once per rule and line; a picker lists the lines first. */
function disableChoices(input: CodeActionInput, text: string): DisableChoice[] {
  const seen = new Set<string>();
  const choices: DisableChoice[] = [];
  for (const { diagnostic, data } of input.diagnostics) {
    const line = diagnostic.range.start.line;
    if (!seen.has(`line:${data.rule}:${line}`)) {
      seen.add(`line:${data.rule}:${line}`);
      const changes = [disableLineChange(text, line, data.rule)];
      choices.push({
        title: `Disable ${data.rule} for this line`,
        label: `${data.rule} on this line`,
        changes,
        diagnostic,
        scope: "line",
      });
    }
    if (!seen.has(`file:${data.rule}`)) {
      seen.add(`file:${data.rule}`);
      choices.push({
        title: `Disable ${data.rule} for this file`,
        label: `${data.rule} in this file`,
        changes: [disableFileChange(text, data.rule)],
        diagnostic,
        scope: "file",
      });
    }
  }
  return input.pickers === true
    ? [
        ...choices.filter((choice) => choice.scope === "line"),
        ...choices.filter((choice) => choice.scope === "file"),
      ]
    : choices;
}

/** "Fix all of RULE in this file": the preferred choice for every finding of the rule, when each has one. */
function fixAllOf(
  rule: string,
  findings: Finding[],
  ctx: FixContext,
): { title: string; changes: TextChange[] } | undefined {
  const ofRule = findings.filter((finding) => finding.rule === rule && finding.fix !== undefined);
  if (ofRule.length < 2) {
    return undefined;
  }
  const changes: TextChange[] = [];
  let label: string | undefined;
  for (const finding of ofRule) {
    const preferred = fixChoices(finding.fix!, ctx, finding.actionId).find(
      (choice) => choice.isPreferred === true,
    );
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

export function toTextEdit(document: TextDocument, change: TextChange): TextEdit {
  return {
    range: { start: document.positionAt(change.start), end: document.positionAt(change.end) },
    newText: change.newText,
  };
}

function workspaceEdit(input: CodeActionInput, changes: TextChange[]): WorkspaceEdit {
  const { uri, version } = input.document;
  const edits = changes.map((change) => toTextEdit(input.document, change));
  if (input.useDocumentChanges) {
    return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  }
  return { changes: { [uri]: edits } };
}
