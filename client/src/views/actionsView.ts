// The "Open actions" tree: every post-mortem action of the workspace, from the server's index
// (followThrough/workspaceActions), kept current by followThrough/indexChanged. The client only
// groups, filters and draws; Mark done and Deprioritize ask the server for the edit.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import {
  ActionEditRequest,
  IndexChangedNotification,
  WorkspaceActionsRequest,
  type ActionChange,
  type IndexChangedParams,
  type IndexedPostMortem,
  type WorkspaceActionsResult,
} from "../../../server/src/protocol";
import type { Ctx } from "../ctx";
import {
  actionAsMarkdown,
  actionDescription,
  actionLook,
  countActions,
  groupActions,
  GROUPINGS,
  type ActionEntry,
  type ActionLook,
  type Group,
  type Grouping,
  type ViewFilter,
} from "../../../server/src/core/index/grouping";
import { resolveIdentity } from "./identity";
import { vscodeSources } from "./identitySources";
import {
  TrackerIssues,
  trackerDescription,
  trackerName,
  type TrackerReport,
} from "./trackerIssues";

export const VIEW_ID = "followThrough.actions";
/** The view's name in package.json; the title adds the overdue count. */
const VIEW_TITLE = "Open actions";
/** Post-mortems per followThrough/workspaceActions answer when the whole index is read. */
const PAGE_SIZE = 500;

export type ActionsNode =
  | { kind: "group"; group: Group }
  | { kind: "action"; entry: ActionEntry; groupId: string }
  /** "From the tracker": labelled issues that no post-mortem links, after a Check Trackers. */
  | { kind: "fromTracker" }
  | { kind: "trackerIssue"; issue: TrackerReport["unlinked"][number]; tracker: TrackerReport }
  | { kind: "trackerError"; tracker: TrackerReport };
type Node = ActionsNode;

const ICONS: Record<ActionLook, vscode.ThemeIcon> = {
  open: new vscode.ThemeIcon("circle-large-outline"),
  weak: new vscode.ThemeIcon("warning", new vscode.ThemeColor("list.warningForeground")),
  overdue: new vscode.ThemeIcon("clock", new vscode.ThemeColor("list.errorForeground")),
  done: new vscode.ThemeIcon("pass-filled", new vscode.ThemeColor("testing.iconPassed")),
  deprioritized: new vscode.ThemeIcon("circle-slash", new vscode.ThemeColor("disabledForeground")),
};

const LOOK_LABEL: Record<ActionLook, string> = {
  open: "Open",
  weak: "Open, weak",
  overdue: "Open, overdue",
  done: "Done",
  deprioritized: "Deprioritized",
};

export class ActionsView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly postMortems = new Map<string, IndexedPostMortem>();
  private indexing = true;
  private loaded = false;
  private grouping: Grouping;
  private mine: boolean;
  private showClosed: boolean;
  private identities: string[] | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly indexEmitter = new vscode.EventEmitter<void>();
  /**
   * Fires after each read of the index (a followThrough/indexChanged, a refresh, a restart). The
   * client has one handler per notification, so others (the dashboard) listen here, not to the client.
   */
  readonly onDidChangeIndex = this.indexEmitter.event;
  private readonly tree: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private clientDisposables: vscode.Disposable[] = [];
  readonly trackerIssues = new TrackerIssues();
  /** Index reads run one after another, so an older answer never overwrites a newer one. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: Ctx) {
    const state = ctx.extensionContext.workspaceState;
    this.grouping = state.get<Grouping>("followThrough.actions.grouping", "postMortem");
    this.mine = state.get<boolean>("followThrough.actions.mine", false);
    this.showClosed = state.get<boolean>("followThrough.actions.showClosed", false);
    this.tree = vscode.window.createTreeView(VIEW_ID, {
      treeDataProvider: this,
      showCollapseAll: true,
    });
    this.disposables.push(
      this.tree,
      this.changeEmitter,
      this.indexEmitter,
      ctx.onDidStartClient((client) => this.attach(client)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration("followThrough.identity")) {
          void this.loadIdentity().then(() => this.redraw());
        }
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(
        () => void this.loadIdentity().then(() => this.redraw()),
      ),
    );
    // Overdue is judged against today: a window left open overnight redraws.
    const hourly = setInterval(() => this.redraw(), 60 * 60 * 1000);
    this.disposables.push({ dispose: () => clearInterval(hourly) });
    this.registerCommands();
    // After activation: git runs in a child process and the GitHub session is asked of another extension.
    setImmediate(() => void this.loadIdentity().then(() => this.updateContext()));
    this.disposables.push(
      vscode.authentication.onDidChangeSessions(
        (event) =>
          event.provider.id === "github" && void this.loadIdentity().then(() => this.redraw()),
      ),
    );
    if (ctx.client?.isRunning() === true) {
      this.attach(ctx.client);
    }
    this.updateContext();
  }

  // ----- Tree data -----

  getChildren(node?: Node): Node[] {
    if (node === undefined) {
      const groups: Node[] = groupActions(
        this.postMortems.values(),
        this.grouping,
        this.filter(),
      ).map((group) => ({ kind: "group", group }));
      return this.trackerIssues.hasChecked ? [...groups, { kind: "fromTracker" }] : groups;
    }
    switch (node.kind) {
      case "group":
        // Lazy: a group's items are made when it is expanded.
        return node.group.entries.map((entry) => ({
          kind: "action",
          entry,
          groupId: node.group.id,
        }));
      case "fromTracker":
        return this.trackerIssues.trackers.flatMap((tracker): Node[] =>
          tracker.error !== undefined
            ? [{ kind: "trackerError", tracker }]
            : tracker.unlinked.map((issue) => ({ kind: "trackerIssue", issue, tracker })),
        );
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case "group":
        return this.groupItem(node.group);
      case "action":
        return this.actionItem(node.entry, node.groupId);
      case "fromTracker":
        return this.fromTrackerItem();
      case "trackerIssue":
        return trackerIssueItem(node.issue, node.tracker);
      case "trackerError":
        return trackerErrorItem(node.tracker);
    }
  }

  private fromTrackerItem(): vscode.TreeItem {
    const trackers = this.trackerIssues.trackers;
    const count = trackers.reduce((sum, tracker) => sum + tracker.unlinked.length, 0);
    const read = trackers.filter((tracker) => tracker.error === undefined);
    const item = new vscode.TreeItem(
      "From the tracker",
      count > 0 || read.length < trackers.length
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = "fromTracker";
    item.iconPath = new vscode.ThemeIcon("cloud");
    // "Nothing unlinked" only says something about trackers that were read.
    item.description =
      read.length === 0
        ? "not read"
        : count === 0
          ? `nothing unlinked in ${read.map((tracker) => trackerName(tracker.kind)).join(", ")}`
          : `${count} open, linked from no post-mortem`;
    const at = this.trackerIssues.checkedAt;
    item.tooltip = `Open issues labelled as post-mortem actions that no post-mortem line links (made by hand, or their line was deleted).${at === undefined ? "" : ` Read at ${at.toLocaleTimeString()}.`}`;
    item.contextValue = "fromTracker";
    return item;
  }

  private groupItem(group: Group): vscode.TreeItem {
    const few = this.grouping !== "postMortem" || group.entries.length <= 5;
    const item = new vscode.TreeItem(
      group.label,
      few ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = group.id;
    item.description = group.description;
    if (group.postMortem !== undefined) {
      const postMortem = group.postMortem;
      item.resourceUri = vscode.Uri.parse(postMortem.uri);
      item.iconPath = new vscode.ThemeIcon("book");
      item.contextValue = "postMortem";
      item.command = {
        command: "followThrough.revealAction",
        title: "Open",
        arguments: [postMortem.uri],
      };
      const tooltip = new vscode.MarkdownString(`**${escape(postMortem.title)}**\n\n`);
      for (const [label, value] of [
        ["Date", postMortem.date],
        ["Severity", postMortem.severity],
        ["Services", postMortem.services.join(", ")],
        ["Status", postMortem.status],
        ["File", vscode.workspace.asRelativePath(vscode.Uri.parse(postMortem.uri))],
      ]) {
        if (value !== undefined && value !== "") {
          tooltip.appendMarkdown(`${label}: ${escape(value)}  \n`);
        }
      }
      item.tooltip = tooltip;
    } else {
      item.iconPath = new vscode.ThemeIcon(
        this.grouping === "owner" ? "person" : this.grouping === "due" ? "calendar" : "server",
      );
    }
    return item;
  }

  private actionItem(entry: ActionEntry, groupId: string): vscode.TreeItem {
    const { action, postMortem } = entry;
    const look = actionLook(action, this.today());
    const item = new vscode.TreeItem(
      action.text || "(empty)",
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${groupId}/${action.uri}#${action.id}`;
    const inTracker = this.trackerIssues.linked(action.uri, action.id);
    item.description =
      inTracker === undefined
        ? actionDescription(action)
        : [actionDescription(action), trackerDescription(inTracker)]
            .filter((part) => part !== "")
            .join(" · ");
    item.iconPath = ICONS[look];
    const hasUrl = action.trackerUrl !== undefined;
    item.contextValue = `action.${action.state}${hasUrl ? ".url" : ""}${action.trackerRefs.length === 0 ? ".unlinked" : ""}`;
    item.command = {
      command: "followThrough.revealAction",
      title: "Reveal",
      arguments: [action.uri, action.range],
    };
    const tooltip = new vscode.MarkdownString(`**${escape(action.text)}**\n\n`);
    tooltip.appendMarkdown(
      `${LOOK_LABEL[look]}${action.reason !== undefined ? `: ${escape(action.reason)}` : ""}  \n`,
    );
    tooltip.appendMarkdown(
      `Owner: ${action.owners.length > 0 ? escape(action.owners.join(", ")) : "_none_"}  \n`,
    );
    tooltip.appendMarkdown(
      `Due: ${action.deadline !== undefined ? escape(action.deadline.date ?? action.deadline.text) : "_none_"}  \n`,
    );
    tooltip.appendMarkdown(
      `Tracker: ${action.trackerRefs.length > 0 ? escape(action.trackerRefs.join(", ")) : "_none_"}  \n`,
    );
    if (inTracker !== undefined) {
      tooltip.appendMarkdown(
        `In ${trackerName(inTracker.kind)}: ${escape(inTracker.key)} is ${inTracker.state}${inTracker.assignees.length > 0 ? `, assigned to ${escape(inTracker.assignees.join(", "))}` : ", unassigned"}  \n`,
      );
    }
    tooltip.appendMarkdown(
      `From: ${escape(postMortem.title)}, line ${action.range.start.line + 1}`,
    );
    if (action.state === "open" && action.weak.length > 0) {
      tooltip.appendMarkdown(`\n\nWeak: ${action.weak.map((rule) => `\`${rule}\``).join(", ")}`);
    }
    item.tooltip = tooltip;
    item.accessibilityInformation = {
      label: `${action.text}, ${LOOK_LABEL[look]}${item.description === "" ? "" : `, ${item.description}`}`,
    };
    return item;
  }

  // ----- Index reads -----

  private attach(client: LanguageClient): void {
    for (const disposable of this.clientDisposables.splice(0)) {
      disposable.dispose();
    }
    this.clientDisposables.push(
      client.onNotification(IndexChangedNotification.type, (params) => this.indexChanged(params)),
    );
    this.postMortems.clear();
    this.loaded = false;
    this.enqueue(() => this.load(client, undefined));
  }

  private indexChanged(params: IndexChangedParams): void {
    const client = this.ctx.client;
    if (client === undefined) {
      return;
    }
    this.indexing = params.indexing;
    this.enqueue(() => this.load(client, params.uris));
  }

  private enqueue(task: () => Promise<void>): void {
    this.queue = this.queue
      .then(task)
      .catch((error: unknown) =>
        this.ctx.log.warn(`Follow-Through: reading the action index failed: ${String(error)}`),
      );
  }

  /** Reads the whole index, or only the named documents (a document missing from the answer was removed). */
  private async load(client: LanguageClient, uris: string[] | undefined): Promise<void> {
    let result: WorkspaceActionsResult;
    if (uris === undefined) {
      // Page by page: a workspace of 10,000 post-mortems is never one answer of tens of megabytes.
      const pages = new Map<string, IndexedPostMortem>();
      let offset = 0;
      do {
        result = await client.sendRequest(WorkspaceActionsRequest.type, {
          offset,
          limit: PAGE_SIZE,
        });
        for (const postMortem of result.postMortems) {
          pages.set(postMortem.uri, postMortem);
        }
        offset += PAGE_SIZE;
      } while (offset < result.total);
      this.postMortems.clear();
      for (const [uri, postMortem] of pages) {
        this.postMortems.set(uri, postMortem);
      }
    } else {
      result = await client.sendRequest(WorkspaceActionsRequest.type, { uris });
      for (const uri of uris) {
        this.postMortems.delete(uri);
      }
      for (const postMortem of result.postMortems) {
        this.postMortems.set(postMortem.uri, postMortem);
      }
    }
    this.indexing = result.indexing;
    this.loaded = true;
    this.redraw();
    this.indexEmitter.fire();
  }

  private redraw(): void {
    this.updateContext();
    this.changeEmitter.fire(undefined);
  }

  private filter(): ViewFilter {
    return {
      identities: this.mine ? (this.identities ?? []) : undefined,
      showClosed: this.showClosed,
      today: this.today(),
    };
  }

  private today(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  }

  private async loadIdentity(): Promise<void> {
    this.identities = await resolveIdentity(vscodeSources());
  }

  /** Badge, title description and the context keys the welcome views and menus read. */
  private updateContext(): void {
    const filter = this.filter();
    const counts = countActions(this.postMortems.values(), filter);
    this.tree.badge =
      counts.open > 0
        ? {
            value: counts.open,
            tooltip: `${counts.open} open action${counts.open === 1 ? "" : "s"}${counts.overdue > 0 ? `, ${counts.overdue} overdue` : ""}`,
          }
        : undefined;
    // With one view in its container VS Code shows only the title ("Follow-Through: Open actions"), never
    // the description, so the overdue count goes in the title; the description keeps it for a shared container.
    this.tree.title = counts.overdue > 0 ? `${VIEW_TITLE} · ${counts.overdue} overdue` : VIEW_TITLE;
    this.tree.description = counts.overdue > 0 ? `${counts.overdue} overdue` : undefined;
    this.tree.message =
      this.indexing && this.loaded && this.postMortems.size > 0
        ? "Indexing post-mortems…"
        : this.mine
          ? `My actions: ${(this.identities ?? ["(no identity set)"]).join(", ")}`
          : undefined;
    let state: string;
    if (!this.loaded || (this.indexing && this.postMortems.size === 0)) {
      state = "loading";
    } else if (this.postMortems.size === 0) {
      state = "empty";
    } else if (
      this.mine &&
      (this.identities === undefined || counts.open + counts.done + counts.deprioritized === 0)
    ) {
      state = "noneMine";
    } else if (counts.open === 0 && !this.showClosed) {
      state = "allDone";
    } else {
      state = "some";
    }
    void vscode.commands.executeCommand("setContext", "followThrough.actions.state", state);
    void vscode.commands.executeCommand("setContext", "followThrough.actions.mine", this.mine);
    void vscode.commands.executeCommand(
      "setContext",
      "followThrough.actions.showClosed",
      this.showClosed,
    );
    void vscode.commands.executeCommand(
      "setContext",
      "followThrough.actions.grouping",
      this.grouping,
    );
  }

  // ----- Commands -----

  private registerCommands(): void {
    const register = (name: string, handler: (...args: never[]) => unknown): void => {
      this.disposables.push(vscode.commands.registerCommand(`followThrough.${name}`, handler));
    };
    register("actions.groupBy", (grouping?: Grouping) => this.groupBy(grouping));
    register("actions.showMine", () => this.setMine(true));
    register("actions.showAll", () => this.setMine(false));
    register("actions.showClosed", () => this.setShowClosed(true));
    register("actions.hideClosed", () => this.setShowClosed(false));
    register("actions.checkTrackers", () =>
      this.trackerIssues.check(this.ctx, () => this.redraw()),
    );
    register("pushActionFromTree", (node?: Node) => {
      const entry = this.selected(node);
      return entry === undefined
        ? undefined
        : vscode.commands.executeCommand(
            "followThrough.pushToTracker",
            entry.action.uri,
            entry.action.id,
          );
    });
    register("openTrackerIssue", (url: string) => vscode.env.openExternal(vscode.Uri.parse(url)));
    register(
      "actions.refresh",
      () =>
        this.ctx.client !== undefined && this.enqueue(() => this.load(this.ctx.client!, undefined)),
    );
    register(
      "revealAction",
      (
        uri: string,
        range?: {
          start: { line: number; character: number };
          end: { line: number; character: number };
        },
      ) => revealAction(uri, range),
    );
    register("markDone", (node?: Node) => this.editAction(node, { kind: "done" }));
    register("deprioritize", (node?: Node) => this.deprioritize(node));
    register("copyAsMarkdown", (node?: Node) => this.copyAsMarkdown(node));
    register("openInTracker", (node?: Node) => this.openInTracker(node));
  }

  private async groupBy(grouping?: Grouping): Promise<void> {
    let chosen = GROUPINGS.find((candidate) => candidate.id === grouping)?.id;
    if (chosen === undefined) {
      const picked = await vscode.window.showQuickPick(
        GROUPINGS.map((candidate) => ({
          label: candidate.label,
          id: candidate.id,
          picked: candidate.id === this.grouping,
          description: candidate.id === this.grouping ? "current" : undefined,
        })),
        { placeHolder: "Group open actions" },
      );
      chosen = picked?.id;
    }
    if (chosen !== undefined) {
      this.grouping = chosen;
      await this.ctx.extensionContext.workspaceState.update(
        "followThrough.actions.grouping",
        chosen,
      );
      this.redraw();
    }
  }

  private async setMine(mine: boolean): Promise<void> {
    if (mine) {
      await this.loadIdentity();
      if (this.identities === undefined) {
        const open = "Open Settings";
        const answer = await vscode.window.showInformationMessage(
          vscode.workspace.isTrusted
            ? "Follow-Through: set followThrough.identity (or git's user.name) to see your actions."
            : "Follow-Through: set followThrough.identity to see your actions (git is not asked in an untrusted workspace).",
          open,
        );
        if (answer === open) {
          await vscode.commands.executeCommand(
            "workbench.action.openSettings",
            "followThrough.identity",
          );
        }
        return;
      }
    }
    this.mine = mine;
    await this.ctx.extensionContext.workspaceState.update("followThrough.actions.mine", mine);
    this.redraw();
  }

  private async setShowClosed(showClosed: boolean): Promise<void> {
    this.showClosed = showClosed;
    await this.ctx.extensionContext.workspaceState.update(
      "followThrough.actions.showClosed",
      showClosed,
    );
    this.redraw();
  }

  private selected(node: Node | undefined): ActionEntry | undefined {
    const target = node ?? this.tree.selection[0];
    return target?.kind === "action" ? target.entry : undefined;
  }

  private async deprioritize(node: Node | undefined): Promise<void> {
    const entry = this.selected(node);
    if (entry === undefined) {
      return;
    }
    const reason = await vscode.window.showInputBox({
      title: "Deprioritize action",
      prompt: `Why is "${entry.action.text}" not being done?`,
      placeHolder: "superseded by the queue migration (PAY-300)",
      validateInput: (value) =>
        value.trim() === ""
          ? "A dropped action needs a reason, so the next incident review can judge it."
          : undefined,
    });
    if (reason !== undefined) {
      await this.editAction(node, { kind: "deprioritize", reason: reason.trim() });
    }
  }

  /**
   * Asks the server for the edit against the document's current text (unsaved edits included) and
   * applies it only if the document did not change meanwhile. A document that had no unsaved edits
   * is saved afterwards; one with unsaved edits is left for its author to save.
   */
  async editAction(node: Node | undefined, change: ActionChange): Promise<boolean> {
    const entry = this.selected(node);
    const client = this.ctx.client;
    if (entry === undefined || client === undefined) {
      return false;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.action.uri));
    for (let attempt = 0; attempt < 3; attempt++) {
      const version = document.version;
      const wasDirty = document.isDirty;
      const result = await client.sendRequest(ActionEditRequest.type, {
        textDocument: { uri: entry.action.uri },
        text: document.getText(),
        actionId: entry.action.id,
        change,
      });
      if (!result.found) {
        void vscode.window.showWarningMessage(
          `Follow-Through: "${entry.action.text}" is no longer in ${vscode.workspace.asRelativePath(document.uri)}.`,
        );
        return false;
      }
      if (result.edits.length === 0) {
        return true;
      }
      if (document.version !== version) {
        continue; // Typed into meanwhile: compute again against the new text.
      }
      const edit = new vscode.WorkspaceEdit();
      for (const textEdit of result.edits) {
        edit.replace(
          document.uri,
          new vscode.Range(
            textEdit.range.start.line,
            textEdit.range.start.character,
            textEdit.range.end.line,
            textEdit.range.end.character,
          ),
          textEdit.newText,
        );
      }
      if (!(await vscode.workspace.applyEdit(edit))) {
        return false;
      }
      if (!wasDirty) {
        await document.save();
      }
      return true;
    }
    void vscode.window.showWarningMessage("Follow-Through: the document kept changing; try again.");
    return false;
  }

  private async copyAsMarkdown(node: Node | undefined): Promise<void> {
    const entry = this.selected(node);
    if (entry === undefined) {
      return;
    }
    const link = `${vscode.workspace.asRelativePath(vscode.Uri.parse(entry.action.uri)).replace(/ /g, "%20")}#L${entry.action.range.start.line + 1}`;
    await vscode.env.clipboard.writeText(actionAsMarkdown(entry, link));
    vscode.window.setStatusBarMessage("Follow-Through: action copied as Markdown", 3000);
  }

  private async openInTracker(node: Node | undefined): Promise<void> {
    const url = this.selected(node)?.action.trackerUrl;
    if (url !== undefined) {
      await vscode.env.openExternal(vscode.Uri.parse(url));
    }
  }

  /** The view's title as VS Code shows it, with the overdue count. */
  get title(): string | undefined {
    return this.tree.title;
  }

  /** The cached index, for tests and the status bar. */
  get snapshot(): {
    postMortems: IndexedPostMortem[];
    grouping: Grouping;
    mine: boolean;
    showClosed: boolean;
    indexing: boolean;
  } {
    return {
      postMortems: [...this.postMortems.values()],
      grouping: this.grouping,
      mine: this.mine,
      showClosed: this.showClosed,
      indexing: this.indexing,
    };
  }

  dispose(): void {
    for (const disposable of [...this.clientDisposables.splice(0), ...this.disposables.splice(0)]) {
      disposable.dispose();
    }
  }
}

function trackerIssueItem(
  issue: TrackerReport["unlinked"][number],
  tracker: TrackerReport,
): vscode.TreeItem {
  const item = new vscode.TreeItem(issue.title || issue.key, vscode.TreeItemCollapsibleState.None);
  item.id = `fromTracker/${tracker.kind}/${tracker.where}/${issue.key}`;
  item.description = [
    issue.key,
    ...(issue.assignees.length > 0 ? [issue.assignees.join(", ")] : ["unassigned"]),
  ].join(" · ");
  item.iconPath = new vscode.ThemeIcon("issues");
  item.tooltip = new vscode.MarkdownString(
    `**${escape(issue.title)}**\n\n${escape(issue.key)} in ${trackerName(tracker.kind)} ${escape(tracker.where)}, open. No post-mortem line links it: add the link to its action, or close it consciously.`,
  );
  item.contextValue = "trackerIssue";
  item.command = {
    command: "followThrough.openTrackerIssue",
    title: "Open in tracker",
    arguments: [issue.url],
  };
  return item;
}

function trackerErrorItem(tracker: TrackerReport): vscode.TreeItem {
  const item = new vscode.TreeItem(
    `${trackerName(tracker.kind)} ${tracker.where}: not read`,
    vscode.TreeItemCollapsibleState.None,
  );
  item.id = `fromTracker/${tracker.kind}/${tracker.where}/error`;
  item.description = tracker.error?.message;
  item.tooltip = tracker.error?.message;
  item.iconPath = new vscode.ThemeIcon("warning", new vscode.ThemeColor("list.warningForeground"));
  item.command = { command: "followThrough.actions.checkTrackers", title: "Check again" };
  return item;
}

/** Opens a document with the action's exact range selected. */
async function revealAction(
  uri: string,
  range?: { start: { line: number; character: number }; end: { line: number; character: number } },
): Promise<void> {
  const selection =
    range === undefined
      ? undefined
      : new vscode.Range(
          range.start.line,
          range.start.character,
          range.end.line,
          range.end.character,
        );
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
    selection,
    preview: true,
  });
  if (selection !== undefined) {
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, "\\$&");
}
