// What the linked trackers say about the workspace's actions: each linked issue's state and assignee,
// and the labelled issues no post-mortem links ("From the tracker"). Read only when the user asks
// (Check Trackers in the Open actions view), never while typing; shown until the next check.
import * as vscode from "vscode";
import {
  TrackerIssuesRequest,
  type TrackerIssueInfo,
  type TrackerIssuesResult,
  type TrackerKindName,
} from "../../../server/src/protocol";
import { credentialsFor, storedCredentials } from "../auth";
import type { Ctx } from "../ctx";

export type TrackerReport = TrackerIssuesResult["trackers"][number];

const NAMES: Record<TrackerKindName, string> = {
  github: "GitHub",
  jira: "Jira",
  linear: "Linear",
  gitlab: "GitLab",
};

export class TrackerIssues {
  private linkedByAction = new Map<string, TrackerIssueInfo & { kind: TrackerKindName }>();
  private reports: TrackerReport[] = [];
  private checked: Date | undefined;

  /** True once a check has answered: the tree then shows the "From the tracker" group. */
  get hasChecked(): boolean {
    return this.checked !== undefined;
  }

  get checkedAt(): Date | undefined {
    return this.checked;
  }

  get trackers(): readonly TrackerReport[] {
    return this.reports;
  }

  /** The tracker's view of one action, when the last check read it. */
  linked(
    uri: string,
    actionId: string,
  ): (TrackerIssueInfo & { kind: TrackerKindName }) | undefined {
    return this.linkedByAction.get(`${uri}#${actionId}`);
  }

  /** Back to "never checked": no "From the tracker" group, no issue states on actions. */
  forget(): void {
    this.reports = [];
    this.linkedByAction = new Map();
    this.checked = undefined;
  }

  store(result: TrackerIssuesResult): void {
    this.reports = result.trackers;
    this.linkedByAction = new Map();
    for (const report of result.trackers) {
      for (const issue of report.linked) {
        this.linkedByAction.set(`${issue.uri}#${issue.actionId}`, {
          key: issue.key,
          url: issue.url,
          title: issue.title,
          state: issue.state,
          assignees: issue.assignees,
          kind: report.kind,
        });
      }
    }
    this.checked = new Date();
  }

  /**
   * "Check Trackers": asks the server with the credentials VS Code already holds; a tracker that
   * needs them is offered a sign-in (GitHub) or a token prompt, then checked again.
   */
  async check(ctx: Ctx, redraw: () => void): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(
        "Follow-Through: trackers are not read in an untrusted workspace.",
      );
      return;
    }
    const client = ctx.client;
    if (client === undefined) return;
    const credentials = await storedCredentials(ctx.extensionContext);
    const result = await vscode.window.withProgress(
      { location: { viewId: "followThrough.actions" }, title: "Reading the trackers" },
      () => client.sendRequest(TrackerIssuesRequest.type, { credentials }),
    );
    if (result.problem !== undefined) {
      void vscode.window.showWarningMessage(`Follow-Through: ${result.problem}`);
      return;
    }
    if (result.trackers.length === 0) {
      // No tracker was read: the tree must not show a "From the tracker" group as if one had been.
      this.forget();
      redraw();
      void vscode.window.showInformationMessage(
        "Follow-Through: no post-mortem in the workspace names a tracker (add `tracker:` to .followthrough.yml).",
      );
      return;
    }
    this.store(result);
    redraw();
    const needCredentials = result.trackers.filter((report) => report.error?.kind === "auth");
    const failed = result.trackers.filter(
      (report) => report.error !== undefined && report.error.kind !== "auth",
    );
    const read = result.trackers.filter((report) => report.error === undefined);
    if (read.length > 0) {
      const unlinked = read.reduce((sum, report) => sum + report.unlinked.length, 0);
      const linked = read.reduce((sum, report) => sum + report.linked.length, 0);
      vscode.window.setStatusBarMessage(
        `Follow-Through: ${linked} linked issue${linked === 1 ? "" : "s"} read, ${unlinked} open in the tracker with no post-mortem line`,
        5000,
      );
    }
    for (const report of failed) {
      void vscode.window.showWarningMessage(
        `Follow-Through: ${NAMES[report.kind]} ${report.where}: ${report.error!.message}`,
      );
    }
    for (const report of needCredentials) {
      const action =
        report.kind === "github" ? "Sign in to GitHub" : `Set ${NAMES[report.kind]} Token`;
      const choice = await vscode.window.showWarningMessage(
        `Follow-Through: ${NAMES[report.kind]} ${report.where} needs credentials to be read.`,
        action,
      );
      if (
        choice === action &&
        (await credentialsFor(ctx.extensionContext, report.kind, {
          prompt: true,
          forceNew: credentials[report.kind] !== undefined,
        })) !== undefined
      ) {
        await this.check(ctx, redraw);
        return;
      }
    }
  }
}

/** "#12 closed · priya": the state a tree item shows for a linked issue. */
export function trackerDescription(issue: TrackerIssueInfo): string {
  return [
    `${issue.key} ${issue.state}`,
    ...(issue.assignees.length > 0 ? [issue.assignees.join(", ")] : []),
  ].join(" · ");
}

export function trackerName(kind: TrackerKindName): string {
  return NAMES[kind];
}
