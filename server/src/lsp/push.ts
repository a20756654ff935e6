// The server side of "Push to tracker": which tracker and actions (the plan), the push itself
// (search by marker, create only when absent), and the write-back edit computed against the text the
// editor holds when the answer arrives. Credentials arrive with each request and are never stored or logged.
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ResolvedConfig } from "../core/config";
import { lint } from "../core/lint";
import type { PostMortem } from "../core/types";
import type {
  PushPlanParams,
  PushPlanResult,
  PushToTrackerParams,
  PushToTrackerResult,
  TrackerLinkParams,
  TrackerLinkResult,
} from "../protocol";
import {
  createTracker,
  draftFor,
  linkChange,
  needsEmail,
  pushDraft,
  pushableItems,
  trackerSettingsFor,
  trackerWhere,
  TrackerError,
  type Tracker,
  type TrackerTuning,
} from "../trackers";
import { permalink, repoInfo, repoRelativePath } from "../trackers/repo";
import { chooseTracker } from "../trackers/settings";

export interface PushDeps {
  isTrusted(): boolean;
  /** The open document's lint (doc and config), or undefined when it is not a linted post-mortem. */
  lint(
    uri: string,
  ): Promise<
    | { document: TextDocument; doc: PostMortem; config: ResolvedConfig; filePath?: string }
    | undefined
  >;
  /** Tests point the trackers at local fakes with short retries. */
  tuning?: TrackerTuning;
}

const UNTRUSTED =
  "Pushing to a tracker is off in an untrusted workspace: trust the workspace to push.";

function target(found: NonNullable<Awaited<ReturnType<PushDeps["lint"]>>>) {
  const file = found.filePath;
  const repo = file === undefined ? undefined : repoInfo(file);
  const relativePath =
    file === undefined ? found.document.uri.replace(/^.*\//, "") : repoRelativePath(file, repo);
  const settings = trackerSettingsFor(found.config, found.doc, repo);
  const kind = chooseTracker(settings);
  return {
    repo,
    relativePath,
    settings,
    kind: kind !== undefined && settings[kind] !== undefined ? kind : undefined,
  };
}

export async function pushPlan(deps: PushDeps, params: PushPlanParams): Promise<PushPlanResult> {
  if (!deps.isTrusted()) return { problem: UNTRUSTED, items: [] };
  const found = await deps.lint(params.textDocument.uri);
  if (found === undefined)
    return { problem: "This document is not a post-mortem Follow-Through lints.", items: [] };
  const { settings, kind } = target(found);
  const items = pushableItems(found.doc)
    .filter((item) => params.actionId === undefined || item.id === params.actionId)
    .map((item) => ({
      id: item.id,
      title: item.text,
      owner: item.owners[0]?.name,
      due: item.deadline?.text,
    }));
  if (kind === undefined) {
    return {
      problem:
        "No tracker configured: add `tracker:` to .followthrough.yml (github: owner/repo, jira: { site, project }, linear: { team }, gitlab: { project }).",
      items,
    };
  }
  // No tracker is made here: without credentials a Jira Cloud tracker cannot be.
  return {
    tracker: {
      kind,
      where: trackerWhere(settings, kind) ?? kind,
      ...(needsEmail(settings, kind) ? { needsEmail: true } : {}),
    },
    items,
  };
}

export async function pushToTracker(
  deps: PushDeps,
  params: PushToTrackerParams,
): Promise<PushToTrackerResult> {
  const failed = (title: string, where: string, error: TrackerError): PushToTrackerResult => ({
    outcome: "failed",
    title,
    where,
    error: { kind: error.kind, message: error.message, short: error.short },
  });
  if (!deps.isTrusted()) return failed("", "", new TrackerError("forbidden", UNTRUSTED));
  const found = await deps.lint(params.textDocument.uri);
  const item =
    found === undefined
      ? undefined
      : found.doc.actions.find((candidate) => candidate.id === params.actionId);
  if (found === undefined || item === undefined) {
    return failed(
      "",
      "",
      new TrackerError(
        "validation",
        "The action is no longer in the document; nothing was pushed.",
      ),
    );
  }
  const { repo, relativePath, settings, kind } = target(found);
  if (kind === undefined)
    return failed(
      item.text,
      "",
      new TrackerError(
        "validation",
        "No tracker configured: add `tracker:` to .followthrough.yml.",
      ),
    );
  let tracker: Tracker;
  try {
    tracker = createTracker(settings, kind, params.credentials, deps.tuning);
  } catch (error) {
    return failed(
      item.text,
      "",
      error instanceof TrackerError ? error : new TrackerError("validation", String(error)),
    );
  }
  const draft = draftFor(item, kind, {
    doc: found.doc,
    relativePath,
    permalink: permalink(relativePath, repo),
    people: found.config.people,
    label: settings.label,
  });
  try {
    const { outcome, issue } = await pushDraft(
      tracker,
      draft,
      deps.tuning === undefined ? {} : { baseDelayMs: deps.tuning.retry?.baseDelayMs },
    );
    return {
      outcome,
      title: draft.title,
      where: tracker.where,
      issue: { key: issue.key, url: issue.url, state: issue.state },
    };
  } catch (error) {
    return failed(
      draft.title,
      tracker.where,
      error instanceof TrackerError ? error : new TrackerError("bad-response", String(error)),
    );
  }
}

/** The link edit against the text the client sent: the item is found again by its id. */
export function trackerLink(
  config: ResolvedConfig,
  fileName: string | undefined,
  params: TrackerLinkParams,
  positionAt: (text: string, offset: number) => { line: number; character: number },
): TrackerLinkResult {
  const doc = lint(params.text, { config, fileName }).doc;
  const change = linkChange(doc, params.actionId, params.issue);
  if (change.kind !== "change") return { edits: [], note: change.kind };
  const { start, end, newText } = change.change;
  return {
    edits: [
      {
        range: { start: positionAt(params.text, start), end: positionAt(params.text, end) },
        newText,
      },
    ],
  };
}
