// The "…" quick fixes: the server sends every choice with its edit; this shows the picker, asks for a
// typed value when the choice needs one, and applies the edit. Nothing here decides what is written.
import * as vscode from "vscode";
import type { TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import type { PickFixArguments, PickFixChoice } from "../../server/src/protocol";
import type { Ctx } from "./ctx";

export function pickFix(ctx: Ctx) {
  return async (args?: unknown): Promise<boolean> => {
    const client = ctx.client;
    const pick = args as PickFixArguments | undefined;
    if (client === undefined || pick === undefined || !Array.isArray(pick.choices)) {
      return false;
    }
    const chosen = await vscode.window.showQuickPick(
      pick.choices.map((choice) => ({
        label: choice.label,
        description: choice.description,
        choice,
      })),
      { title: pick.title, placeHolder: pick.title, matchOnDescription: true },
    );
    if (chosen === undefined) {
      return false;
    }
    const edit = await editFor(chosen.choice);
    if (edit === undefined) {
      return false;
    }
    return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  };
}

/** The choice's edit, with the person's answer written in place of the token when it asks for one. */
async function editFor(choice: PickFixChoice): Promise<WorkspaceEdit | undefined> {
  const ask = choice.ask;
  if (ask === undefined) {
    return choice.edit;
  }
  const pattern = ask.pattern === undefined ? undefined : new RegExp(ask.pattern);
  const answer = await vscode.window.showInputBox({
    prompt: ask.prompt,
    placeHolder: ask.placeHolder,
    validateInput: (value) =>
      value.trim() === ""
        ? ask.prompt
        : pattern !== undefined && !pattern.test(value.trim())
          ? (ask.invalid ?? ask.prompt)
          : undefined,
  });
  if (answer === undefined || answer.trim() === "") {
    return undefined;
  }
  const fill = (edits: TextEdit[]): TextEdit[] =>
    edits.map((edit) => ({ ...edit, newText: edit.newText.split(ask.token).join(answer.trim()) }));
  const { changes, documentChanges } = choice.edit;
  return {
    changes:
      changes === undefined
        ? undefined
        : Object.fromEntries(Object.entries(changes).map(([uri, edits]) => [uri, fill(edits)])),
    documentChanges: documentChanges?.map((change) =>
      "edits" in change ? { ...change, edits: fill(change.edits as TextEdit[]) } : change,
    ),
  };
}
