// followThrough/trackerIssues: for each tracker the workspace's post-mortems push to, the open issues
// carrying its label that no post-mortem links, and the tracker's state of each issue an action links
// to. Read only when the user refreshes; credentials come with the request, never stored or logged.
import * as path from "path";
import type { ResolvedConfig } from "../core/config";
import type { IndexedPostMortem } from "../core/index/types";
import type { TrackerIssueInfo, TrackerIssuesParams, TrackerIssuesResult } from "../protocol";
import {
  createTracker,
  trackerSettingsFrom,
  trackerWhere,
  TrackerError,
  type Tracker,
  type TrackerIssue,
  type TrackerKind,
  type TrackerTuning,
} from "../trackers";
import { issueKeyOfRef, refScope, type RefScope } from "../trackers/refs";
import { repoInfo, type RepoInfo } from "../trackers/repo";
import { chooseTracker, type TrackerSettings } from "../trackers/settings";
import { STATUS_TTL_MS } from "./trackerStatus";

/** An issue URL, for the trackers whose references can also be a bare "#12". */
const ISSUE_URL: Partial<Record<TrackerKind, RegExp>> = {
  github: /^https?:\/\/\S+\/issues\/\d+/i,
  gitlab: /^https?:\/\/\S+\/-\/issues\/\d+/i,
};

/** At most this many getStatus calls per request, across trackers: a large workspace must not flood them. */
export const MAX_STATUS_READS = 100;
/** getStatus calls in flight per tracker. */
const STATUS_CONCURRENCY = 4;

const UNTRUSTED =
  "Trackers are not read in an untrusted workspace: trust the workspace to list their issues.";
const NAMES: Record<TrackerKind, string> = {
  github: "GitHub",
  jira: "Jira",
  linear: "Linear",
  gitlab: "GitLab",
};

export interface TrackerIssuesDeps {
  isTrusted(): boolean;
  postMortems(): IndexedPostMortem[];
  /** The `.followthrough.yml` that applies to a document, and its path on disk. */
  configFor(uri: string): { config: ResolvedConfig; filePath?: string };
  tuning?: TrackerTuning;
  log?(message: string): void;
}

type Entry = TrackerIssuesResult["trackers"][number];

interface Link {
  uri: string;
  actionId: string;
  key: string;
}

interface Target {
  kind: TrackerKind;
  where: string;
  settings: TrackerSettings;
  scope: RefScope;
  labels: Set<string>;
  /** Documents whose push goes here: their bare "#12" references mean this tracker. */
  uris: Set<string>;
  links: Link[];
}

export class TrackerIssues {
  /** "kind where key" -> the issue as last read, for STATUS_TTL_MS (as Check Tracker Status keeps states). */
  private readonly known = new Map<string, { issue: TrackerIssue; fetchedAt: number }>();

  constructor(
    private readonly deps: TrackerIssuesDeps,
    private readonly now: () => number = Date.now,
  ) {}

  /** An issue changed through Follow-Through (closed): the next listing reads it again. Same key elsewhere: read again too. */
  forget(key: string): void {
    for (const id of this.known.keys()) if (id.endsWith(` ${key}`)) this.known.delete(id);
  }

  async list(params: TrackerIssuesParams): Promise<TrackerIssuesResult> {
    if (!this.deps.isTrusted()) return { trackers: [], problem: UNTRUSTED };
    for (const [id, entry] of this.known)
      if (this.now() - entry.fetchedAt >= STATUS_TTL_MS) this.known.delete(id);
    const targets = this.targets();
    const budget = { left: MAX_STATUS_READS };
    const trackers = await Promise.all(
      targets.map((target) => this.read(target, params.credentials ?? {}, budget)),
    );
    return { trackers };
  }

  /** The distinct trackers (kind and where) the indexed post-mortems push to, with every action's link to each. */
  private targets(): Target[] {
    const postMortems = this.deps.postMortems();
    const byId = new Map<string, Target>();
    const repos = new Map<string, RepoInfo | undefined>();
    for (const postMortem of postMortems) {
      const { config, filePath } = this.deps.configFor(postMortem.uri);
      let repo: RepoInfo | undefined;
      if (filePath !== undefined) {
        const folder = path.dirname(filePath);
        if (!repos.has(folder)) repos.set(folder, repoInfo(filePath));
        repo = repos.get(folder);
      }
      const settings = trackerSettingsFrom(config, postMortem.tracker, repo);
      const kind = chooseTracker(settings);
      const where = kind === undefined ? undefined : trackerWhere(settings, kind);
      if (kind === undefined || where === undefined) continue;
      const id = `${kind} ${where}`;
      let target = byId.get(id);
      if (target === undefined) {
        target = {
          kind,
          where,
          settings,
          scope: refScope(settings, kind),
          labels: new Set(),
          uris: new Set(),
          links: [],
        };
        byId.set(id, target);
      }
      target.labels.add(settings.label);
      target.uris.add(postMortem.uri);
    }
    // A URL, "owner/repo#12" or a key of the tracker's project names its issue from any document.
    for (const target of byId.values()) {
      // "[#2](…/other-project/-/issues/2)": the URL says which tracker; its "#2" label is not a second reference.
      const issueUrl = ISSUE_URL[target.kind];
      for (const postMortem of postMortems) {
        const own = target.uris.has(postMortem.uri);
        for (const action of postMortem.actions) {
          if (action.state === "deprioritized") continue;
          const urls =
            issueUrl === undefined ? [] : action.trackerRefs.filter((ref) => issueUrl.test(ref));
          const refs = urls.length > 0 ? urls : action.trackerRefs;
          for (const ref of refs) {
            const key = issueKeyOfRef(ref, target.kind, target.scope);
            if (key !== undefined && (own || unambiguous(ref, target))) {
              target.links.push({ uri: postMortem.uri, actionId: action.id, key });
              break;
            }
          }
        }
      }
    }
    return [...byId.values()];
  }

  private async read(
    target: Target,
    credentials: TrackerIssuesParams["credentials"],
    budget: { left: number },
  ): Promise<Entry> {
    const entry: Entry = { kind: target.kind, where: target.where, unlinked: [], linked: [] };
    const given = credentials[target.kind];
    if (given === undefined || given.token === "") {
      entry.error = {
        kind: "auth",
        message: `${NAMES[target.kind]}: no credentials for ${target.where}; sign in or run Follow-Through: Set Tracker Token, then refresh.`,
      };
      return entry;
    }
    let tracker: Tracker;
    const open = new Map<string, TrackerIssue>();
    try {
      tracker = createTracker(target.settings, target.kind, given, this.deps.tuning);
      for (const label of target.labels) {
        for (const issue of await tracker.listOpen(label)) open.set(issue.key, issue);
      }
    } catch (error) {
      entry.error = errorOf(error);
      return entry;
    }
    const linkedKeys = new Set(target.links.map((link) => link.key));
    entry.unlinked = [...open.values()].filter((issue) => !linkedKeys.has(issue.key)).map(info);
    const states = new Map(open);
    const unread: string[] = [];
    for (const key of linkedKeys) {
      if (states.has(key)) continue;
      const cached = this.known.get(`${target.kind} ${target.where} ${key}`);
      if (cached !== undefined) states.set(key, cached.issue);
      else unread.push(key);
    }
    const failure = await this.readStates(tracker, target, unread, states, budget);
    if (failure !== undefined) entry.error = failure;
    entry.linked = target.links.flatMap((link) => {
      const issue = states.get(link.key);
      return issue === undefined
        ? []
        : [{ ...info(issue), uri: link.uri, actionId: link.actionId }];
    });
    return entry;
  }

  /** getStatus for each key, a few at a time, within the request's budget; stops at the first failure that is not a missing issue. */
  private async readStates(
    tracker: Tracker,
    target: Target,
    keys: string[],
    states: Map<string, TrackerIssue>,
    budget: { left: number },
  ): Promise<Entry["error"]> {
    let failure: Entry["error"];
    let next = 0;
    let skipped = 0;
    const worker = async (): Promise<void> => {
      while (next < keys.length && failure === undefined) {
        const key = keys[next++];
        if (budget.left <= 0) {
          skipped++;
          continue;
        }
        budget.left--;
        try {
          const issue = await tracker.getStatus(key);
          states.set(key, issue);
          this.known.set(`${target.kind} ${target.where} ${key}`, { issue, fetchedAt: this.now() });
        } catch (error) {
          if (error instanceof TrackerError && error.kind === "not-found")
            this.deps.log?.(
              `Follow-Through: ${key} on ${target.where} not found; left out of the linked issues.`,
            );
          else failure ??= errorOf(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(STATUS_CONCURRENCY, keys.length) }, worker));
    if (skipped > 0)
      this.deps.log?.(
        `Follow-Through: ${skipped} linked issues on ${target.where} not read: at most ${MAX_STATUS_READS} are read per refresh.`,
      );
    return failure;
  }
}

/** A reference that names this tracker's issue whichever tracker its document pushes to: not a bare "#12". */
function unambiguous(ref: string, target: Target): boolean {
  if (target.kind === "github" || target.kind === "gitlab")
    return target.scope.repository !== undefined && !/^#\d+$/.test(ref.trim());
  return target.scope.keyPrefix !== undefined;
}

function info(issue: TrackerIssue): TrackerIssueInfo {
  return {
    key: issue.key,
    url: issue.url,
    title: issue.title,
    state: issue.state,
    assignees: issue.assignees,
  };
}

function errorOf(error: unknown): { kind: string; message: string } {
  return error instanceof TrackerError
    ? { kind: error.kind, message: error.message }
    : { kind: "bad-response", message: error instanceof Error ? error.message : String(error) };
}
