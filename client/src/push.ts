// "Push to tracker" and "Push all open actions in this post-mortem": the client authenticates,
// the server pushes (search by marker, create only when absent), and the link is written back in one
// edit against the version the server computed it for; if the user typed meanwhile, it is computed
// again against the new text (the item is found by its id), never written over their typing.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import {
  CloseInTrackerRequest,
  PushPlanRequest,
  PushToTrackerRequest,
  TrackerLinkRequest,
  TrackerStatusRequest,
  type PushPlanResult,
  type PushToTrackerResult,
  type TrackerKindName,
} from "../../server/src/protocol";
import { credentialsFor, type TrackerCredentials } from "./auth";
import type { Ctx } from "./ctx";

type LinkOutcome = "linked" | "already-linked" | "not-found" | "kept-changing";

interface Prepared {
  client: LanguageClient;
  document: vscode.TextDocument;
  plan: PushPlanResult & { tracker: { kind: TrackerKindName; where: string } };
  credentials: TrackerCredentials;
}

async function prepare(
  ctx: Ctx,
  uri: vscode.Uri,
  actionId?: string,
): Promise<Prepared | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      "Follow-Through: pushing to a tracker is off in an untrusted workspace. Trust the workspace to push.",
    );
    return undefined;
  }
  const client = ctx.client;
  if (client === undefined) {
    void vscode.window.showWarningMessage("Follow-Through: the language server is not running.");
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const plan = await client.sendRequest(PushPlanRequest.type, {
    textDocument: { uri: document.uri.toString() },
    actionId,
  });
  if (plan.tracker === undefined) {
    void vscode.window.showErrorMessage(
      `Follow-Through: ${plan.problem ?? "no tracker configured."}`,
    );
    return undefined;
  }
  if (plan.items.length === 0) {
    void vscode.window.showInformationMessage(
      "Follow-Through: no open action without a tracker link here; nothing to push.",
    );
    return undefined;
  }
  const credentials = await credentialsFor(ctx.extensionContext, plan.tracker.kind, {
    prompt: true,
    needsEmail: plan.tracker.needsEmail === true,
  });
  if (credentials === undefined) {
    return undefined;
  }
  return { client, document, plan: plan as Prepared["plan"], credentials };
}

async function pushOne(
  prepared: Prepared,
  ctx: Ctx,
  actionId: string,
): Promise<PushToTrackerResult & { link?: LinkOutcome }> {
  const { client, document } = prepared;
  let result = await client.sendRequest(PushToTrackerRequest.type, {
    textDocument: { uri: document.uri.toString() },
    actionId,
    credentials: prepared.credentials,
  });
  if (result.outcome === "failed" && result.error?.kind === "auth") {
    const again = await vscode.window.showErrorMessage(
      `Follow-Through: ${result.error.message}`,
      prepared.plan.tracker.kind === "github" ? "Sign in again" : "Enter a new token",
    );
    const fresh =
      again === undefined
        ? undefined
        : await credentialsFor(ctx.extensionContext, prepared.plan.tracker.kind, {
            prompt: true,
            forceNew: true,
            needsEmail: prepared.plan.tracker.needsEmail === true,
          });
    if (fresh === undefined) return result;
    prepared.credentials = fresh;
    result = await client.sendRequest(PushToTrackerRequest.type, {
      textDocument: { uri: document.uri.toString() },
      actionId,
      credentials: fresh,
    });
  }
  if (result.issue === undefined) return result;
  return { ...result, link: await writeLink(client, document.uri, actionId, result.issue) };
}

/** One edit, computed by the server against the exact text and version it will apply to. */
async function writeLink(
  client: LanguageClient,
  uri: vscode.Uri,
  actionId: string,
  issue: { key: string; url: string },
): Promise<LinkOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const document = await vscode.workspace.openTextDocument(uri);
    const version = document.version;
    const answer = await client.sendRequest(TrackerLinkRequest.type, {
      textDocument: { uri: uri.toString() },
      text: document.getText(),
      actionId,
      issue,
    });
    if (answer.edits.length === 0) {
      return answer.note ?? "not-found";
    }
    if (document.version !== version) {
      continue; // Typed while the server computed the edit: compute it again against the new text.
    }
    const edit = new vscode.WorkspaceEdit();
    for (const textEdit of answer.edits) {
      edit.replace(uri, client.protocol2CodeConverter.asRange(textEdit.range), textEdit.newText);
    }
    // The edit carries the document's version; VS Code refuses it if the text changed in between.
    if (document.version === version && (await vscode.workspace.applyEdit(edit))) {
      return "linked";
    }
  }
  return "kept-changing";
}

function linkNote(issue: { key: string; url: string }, link: LinkOutcome | undefined): string {
  switch (link) {
    case "linked":
      return "linked in the document";
    case "already-linked":
      return "the item already had a link";
    case "not-found":
      return `the item is no longer in the document; add ${issue.url} by hand`;
    default:
      return `the document kept changing; add ${issue.url} by hand`;
  }
}

/** Code action "Push to tracker": arguments (uri, actionId, version) from the server. */
export function pushToTracker(ctx: Ctx) {
  return async (uriArg?: unknown, actionIdArg?: unknown): Promise<void> => {
    const uri =
      typeof uriArg === "string"
        ? vscode.Uri.parse(uriArg)
        : vscode.window.activeTextEditor?.document.uri;
    if (uri === undefined) return;
    const prepared = await prepare(
      ctx,
      uri,
      typeof actionIdArg === "string" ? actionIdArg : undefined,
    );
    if (prepared === undefined) return;
    const actionId = typeof actionIdArg === "string" ? actionIdArg : prepared.plan.items[0].id;
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Follow-Through: pushing to ${prepared.plan.tracker.where}…`,
      },
      () => pushOne(prepared, ctx, actionId),
    );
    if (result.issue === undefined) {
      if (result.error?.kind !== "auth")
        void vscode.window.showErrorMessage(
          `Follow-Through: ${result.error?.message ?? "the push failed."}`,
        );
      return;
    }
    const verb = result.outcome === "created" ? "Created" : "Found existing";
    const open = await vscode.window.showInformationMessage(
      `Follow-Through: ${verb} ${result.issue.key} in ${result.where}; ${linkNote(result.issue, result.link)}.`,
      "Open issue",
    );
    if (open !== undefined) await vscode.env.openExternal(vscode.Uri.parse(result.issue.url));
  };
}

/** "Push all open actions in this post-mortem": preview, progress with cancel, then a summary. */
export function pushAllToTracker(ctx: Ctx) {
  return async (uriArg?: unknown): Promise<void> => {
    const uri =
      uriArg instanceof vscode.Uri
        ? uriArg
        : typeof uriArg === "string"
          ? vscode.Uri.parse(uriArg)
          : vscode.window.activeTextEditor?.document.uri;
    if (uri === undefined) {
      void vscode.window.showWarningMessage("Follow-Through: open a post-mortem first.");
      return;
    }
    const prepared = await prepare(ctx, uri);
    if (prepared === undefined) return;
    const picked = await vscode.window.showQuickPick(
      prepared.plan.items.map((item) => ({
        label: item.title,
        description: [item.owner, item.due].filter((part) => part !== undefined).join(" · "),
        picked: true,
        id: item.id,
      })),
      {
        canPickMany: true,
        title: `Push to ${prepared.plan.tracker.where}`,
        placeHolder:
          "The actions to create issues for (each is searched for first: nothing is created twice)",
      },
    );
    if (picked === undefined || picked.length === 0) return;
    const counts = { created: 0, existed: 0, failed: [] as string[], unlinked: [] as string[] };
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Follow-Through: pushing to ${prepared.plan.tracker.where}`,
        cancellable: true,
      },
      async (progress, token) => {
        for (const [index, item] of picked.entries()) {
          if (token.isCancellationRequested) break;
          progress.report({
            message: `${index + 1} of ${picked.length}: ${item.label}`,
            increment: 100 / picked.length,
          });
          const result = await pushOne(prepared, ctx, item.id);
          if (result.outcome === "failed") {
            counts.failed.push(
              `${result.error?.short ?? "error"} on ${result.where || prepared.plan.tracker.where}`,
            );
            ctx.log.warn(`push "${result.title}": ${result.error?.message ?? "failed"}`);
            if (result.error?.kind === "auth") break;
            continue;
          }
          counts[result.outcome]++;
          if (
            result.link !== "linked" &&
            result.link !== "already-linked" &&
            result.issue !== undefined
          )
            counts.unlinked.push(result.issue.url);
        }
      },
    );
    const parts = [`${counts.created} created`, `${counts.existed} already existed`];
    if (counts.failed.length > 0)
      parts.push(`${counts.failed.length} failed: ${[...new Set(counts.failed)].join(", ")}`);
    const summary = `Follow-Through: ${parts.join(", ")}.${counts.unlinked.length > 0 ? ` Not linked (the text changed): ${counts.unlinked.join(", ")}.` : ""}`;
    if (counts.failed.length > 0) void vscode.window.showWarningMessage(summary);
    else void vscode.window.showInformationMessage(summary);
  };
}

/** The tracker and credentials for a status check or a close, asked for inside the user's command. */
async function trackerAccess(
  ctx: Ctx,
  uri: vscode.Uri,
): Promise<{ client: LanguageClient; credentials: TrackerCredentials } | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      "Follow-Through: tracker status is not read in an untrusted workspace.",
    );
    return undefined;
  }
  const client = ctx.client;
  if (client === undefined) return undefined;
  const plan = await client.sendRequest(PushPlanRequest.type, {
    textDocument: { uri: uri.toString() },
  });
  if (plan.tracker === undefined) {
    void vscode.window.showErrorMessage(
      `Follow-Through: ${plan.problem ?? "no tracker configured."}`,
    );
    return undefined;
  }
  const credentials = await credentialsFor(ctx.extensionContext, plan.tracker.kind, {
    prompt: true,
    needsEmail: plan.tracker.needsEmail === true,
  });
  return credentials === undefined ? undefined : { client, credentials };
}

/** "Follow-Through: Check Tracker Status": reads the linked issues' states once (kept 5 minutes). */
export function checkTrackerStatus(ctx: Ctx) {
  return async (uriArg?: unknown): Promise<void> => {
    const uri =
      uriArg instanceof vscode.Uri ? uriArg : vscode.window.activeTextEditor?.document.uri;
    if (uri === undefined) return;
    const access = await trackerAccess(ctx, uri);
    if (access === undefined) return;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: "Follow-Through: reading tracker status" },
      () =>
        access.client.sendRequest(TrackerStatusRequest.type, {
          textDocument: { uri: uri.toString() },
          credentials: access.credentials,
        }),
    );
    const summary = `Follow-Through: ${result.checked} linked issue${result.checked === 1 ? "" : "s"} checked, ${result.mismatches} out of step with the document.`;
    if (result.errors.length > 0)
      void vscode.window.showWarningMessage(`${summary} ${result.errors[0]}`);
    else void vscode.window.showInformationMessage(summary);
  };
}

/** Quick fix "Close KEY in the tracker" on an item done here but open there. */
export function closeInTracker(ctx: Ctx) {
  return async (uriArg?: unknown, actionIdArg?: unknown): Promise<void> => {
    if (typeof uriArg !== "string" || typeof actionIdArg !== "string") return;
    const uri = vscode.Uri.parse(uriArg);
    const access = await trackerAccess(ctx, uri);
    if (access === undefined) return;
    const result = await access.client.sendRequest(CloseInTrackerRequest.type, {
      textDocument: { uri: uriArg },
      actionId: actionIdArg,
      credentials: access.credentials,
    });
    if (result.closed)
      void vscode.window.showInformationMessage(
        `Follow-Through: closed ${result.key} in the tracker.`,
      );
    else
      void vscode.window.showErrorMessage(
        `Follow-Through: ${result.error ?? "could not close the issue."}`,
      );
  };
}
