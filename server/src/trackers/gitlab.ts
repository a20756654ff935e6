// GitLab issues (gitlab.com or self-managed) over fetch. @gitbeaker/rest bundles to ~250 KB, retries
// only 429/502 and ignores Retry-After, so the shared thin client with bounded retries is used instead.
import { HttpClient, type RetryPolicy } from "./http";
import { listLimit, TrackerError, type IssueDraft, type Tracker, type TrackerIssue } from "./types";

export interface GitLabOptions {
  /** "group/project" or a numeric project id. */
  project: string;
  token: string;
  /** Self-managed GitLab: https://gitlab.example.com (without /api/v4). */
  baseUrl?: string;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

interface GitLabIssue {
  id: number;
  iid: number;
  title: string;
  state: string;
  web_url: string;
  description?: string | null;
  assignees?: { username: string }[];
}

export class GitLabTracker implements Tracker {
  readonly kind = "gitlab" as const;
  readonly where: string;
  private readonly http: HttpClient;
  private readonly projectPath: string;
  private readonly userIds = new Map<string, number>();

  constructor(options: GitLabOptions) {
    this.where = `project ${options.project}`;
    this.projectPath = `/api/v4/projects/${encodeURIComponent(options.project)}`;
    this.http = new HttpClient({
      name: "GitLab",
      where: this.where,
      authHint: "check GITLAB_TOKEN, or run Follow-Through: Set Tracker Token",
      baseUrl: options.baseUrl ?? "https://gitlab.com",
      headers: { "private-token": options.token },
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    });
  }

  async findByMarker(marker: string): Promise<TrackerIssue[]> {
    const issues = await this.http.request<GitLabIssue[]>("GET", `${this.projectPath}/issues`, {
      query: {
        search: marker,
        in: "description",
        scope: "all",
        state: "all",
        order_by: "created_at",
        sort: "desc",
        per_page: 20,
      },
    });
    if (!Array.isArray(issues)) {
      throw new TrackerError("bad-response", "GitLab: the issue list is not a list.");
    }
    return issues
      .filter((issue) => issue.description?.includes(marker) === true)
      .sort((a, b) => a.iid - b.iid)
      .map(toIssue);
  }

  async listOpen(label: string, limit?: number): Promise<TrackerIssue[]> {
    // One page.
    const issues = await this.http.request<GitLabIssue[]>("GET", `${this.projectPath}/issues`, {
      query: {
        labels: label,
        state: "opened",
        scope: "all",
        order_by: "created_at",
        sort: "desc",
        per_page: listLimit(limit),
      },
    });
    if (!Array.isArray(issues)) {
      throw new TrackerError("bad-response", "GitLab: the issue list is not a list.");
    }
    return issues.map(toIssue);
  }

  async create(draft: IssueDraft): Promise<TrackerIssue> {
    const body: Record<string, unknown> = {
      title: draft.title,
      description: draft.body,
      labels: draft.labels.join(","),
    };
    if (draft.assignee !== undefined) body.assignee_ids = [await this.userId(draft.assignee)];
    if (draft.dueDate !== undefined) body.due_date = draft.dueDate;
    const issue = await this.http.request<GitLabIssue>("POST", `${this.projectPath}/issues`, {
      body,
    });
    if (typeof issue?.iid !== "number") {
      throw new TrackerError("bad-response", "GitLab: the create answer has no issue iid.");
    }
    return toIssue(issue);
  }

  async getStatus(key: string): Promise<TrackerIssue> {
    const issue = await this.http.request<GitLabIssue>(
      "GET",
      `${this.projectPath}/issues/${iidOf(key)}`,
    );
    if (typeof issue?.iid !== "number") {
      throw new TrackerError("bad-response", "GitLab: the issue answer has no iid.");
    }
    return toIssue(issue);
  }

  async close(key: string): Promise<void> {
    await this.http.request("PUT", `${this.projectPath}/issues/${iidOf(key)}`, {
      body: { state_event: "close" },
    });
  }

  async addLabel(key: string, label: string): Promise<void> {
    await this.http.request("PUT", `${this.projectPath}/issues/${iidOf(key)}`, {
      body: { add_labels: label },
    });
  }

  async addAssignee(key: string, account: string): Promise<void> {
    await this.http.request("PUT", `${this.projectPath}/issues/${iidOf(key)}`, {
      body: { assignee_ids: [await this.userId(account)] },
    });
  }

  async setDueDate(key: string, date: string): Promise<void> {
    await this.http.request("PUT", `${this.projectPath}/issues/${iidOf(key)}`, {
      body: { due_date: date },
    });
  }

  /** The roster gives usernames; GitLab assigns by numeric id. */
  private async userId(account: string): Promise<number> {
    if (/^\d+$/.test(account)) {
      return Number(account);
    }
    const known = this.userIds.get(account);
    if (known !== undefined) {
      return known;
    }
    const users = await this.http.request<{ id: number; username: string }[]>(
      "GET",
      "/api/v4/users",
      { query: { username: account.replace(/^@/, "") } },
    );
    const id = Array.isArray(users) ? users[0]?.id : undefined;
    if (id === undefined) {
      throw new TrackerError(
        "validation",
        `GitLab: no user named ${account}; fix the gitlab account in the roster.`,
      );
    }
    this.userIds.set(account, id);
    return id;
  }
}

function iidOf(key: string): number {
  const match = /(\d+)\s*$/.exec(key);
  if (match === null) {
    throw new TrackerError("validation", `GitLab: "${key}" is not an issue number.`);
  }
  return Number(match[1]);
}

function toIssue(issue: GitLabIssue): TrackerIssue {
  return {
    key: `#${issue.iid}`,
    id: String(issue.iid),
    url: issue.web_url,
    title: issue.title,
    state: issue.state === "closed" ? "closed" : "opened" === issue.state ? "open" : "open",
    assignees: (issue.assignees ?? []).map((assignee) => assignee.username),
  };
}
