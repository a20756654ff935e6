// Jira over fetch: Cloud's REST v3 (ADF descriptions, accountIds, email + API token) and Data Center's
// or Server's REST v2 (wiki-markup descriptions, usernames, a personal access token as Bearer). jira.js
// bundles to ~880 KB for the calls used here, has no retries, and its current major needs Node 22, so
// a thin client is lighter and safer (README design notes).
import { HttpClient, type RetryPolicy } from "./http";
import { listLimit, TrackerError, type IssueDraft, type Tracker, type TrackerIssue } from "./types";

export type JiraDeployment = "cloud" | "datacenter";

export interface JiraOptions {
  /** "acme.atlassian.net", or Data Center's full URL with any context path (https://jira.example.com/jira). */
  site: string;
  project: string;
  /** Default cloud. */
  deployment?: JiraDeployment;
  /** Cloud only: the account the API token belongs to. */
  email?: string;
  /** Cloud: an API token; Data Center: a personal access token. */
  apiToken: string;
  /** Overrides the URL the site gives (tests, proxies). */
  baseUrl?: string;
  issueType?: string;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

interface JiraIssueBean {
  id: string;
  key: string;
  fields?: {
    summary?: string;
    status?: { statusCategory?: { key?: string } };
    assignee?: { accountId?: string; name?: string; displayName?: string } | null;
    description?: unknown;
    labels?: string[];
  };
}

export class JiraTracker implements Tracker {
  readonly kind = "jira" as const;
  readonly where: string;
  private readonly http: HttpClient;
  private readonly browseBase: string;
  private readonly dataCenter: boolean;
  /** "/rest/api/3" (Cloud) or "/rest/api/2" (Data Center and Server). */
  private readonly api: string;

  constructor(private readonly options: JiraOptions) {
    const site = (
      /^https?:\/\//.test(options.site) ? options.site : `https://${options.site}`
    ).replace(/\/+$/, "");
    this.dataCenter = options.deployment === "datacenter";
    this.api = this.dataCenter ? "/rest/api/2" : "/rest/api/3";
    // Data Center's issues are browsed on the site itself, whatever proxy the API goes through.
    this.browseBase = this.dataCenter ? site : (options.baseUrl ?? site).replace(/\/+$/, "");
    this.where = `project ${options.project}`;
    this.http = new HttpClient({
      name: "Jira",
      where: this.where,
      authHint: this.dataCenter
        ? "Jira Data Center takes a personal access token (Profile > Personal Access Tokens) as JIRA_API_TOKEN, no email; create a new one, or run Follow-Through: Set Tracker Token"
        : "check JIRA_EMAIL and JIRA_API_TOKEN, or run Follow-Through: Set Tracker Token",
      baseUrl: options.baseUrl ?? site,
      headers: {
        authorization: this.dataCenter
          ? `Bearer ${options.apiToken}`
          : `Basic ${Buffer.from(`${options.email ?? ""}:${options.apiToken}`).toString("base64")}`,
      },
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    });
  }

  async findByMarker(marker: string): Promise<TrackerIssue[]> {
    // The marker is also a label: JQL matches labels exactly, while text search is fuzzy and lags.
    return this.search(
      `project = ${jqlString(this.options.project)} AND labels = ${jqlString(marker)} ORDER BY created ASC`,
      10,
    );
  }

  async listOpen(label: string, limit?: number): Promise<TrackerIssue[]> {
    // One page (Jira caps a page at 100 issues with fields anyway).
    return this.search(
      `project = ${jqlString(this.options.project)} AND labels = ${jqlString(label)} AND statusCategory != Done ORDER BY created DESC`,
      listLimit(limit),
    );
  }

  private async search(jql: string, maxResults: number): Promise<TrackerIssue[]> {
    // Cloud removed /search for /search/jql; v2 never had /search/jql. Both take the same body here.
    const result = await this.http.request<{ issues?: JiraIssueBean[] }>(
      "POST",
      this.dataCenter ? "/rest/api/2/search" : "/rest/api/3/search/jql",
      {
        idempotent: true,
        body: { jql, fields: ["summary", "status", "assignee", "labels"], maxResults },
      },
    );
    if (!Array.isArray(result?.issues)) {
      throw new TrackerError("bad-response", "Jira: the search answer has no issues list.");
    }
    return result.issues.map((issue) => this.toIssue(issue));
  }

  async create(draft: IssueDraft): Promise<TrackerIssue> {
    const fields: Record<string, unknown> = {
      project: { key: this.options.project },
      issuetype: { name: this.options.issueType ?? "Task" },
      summary: draft.title,
      description: this.dataCenter ? toWikiMarkup(draft.body) : toAdf(draft.body),
      labels: [...draft.labels, draft.marker],
    };
    if (draft.assignee !== undefined) fields.assignee = this.user(draft.assignee);
    if (draft.dueDate !== undefined) fields.duedate = draft.dueDate;
    const created = await this.http.request<{ id?: string; key?: string }>(
      "POST",
      `${this.api}/issue`,
      { body: { fields } },
    );
    if (typeof created?.key !== "string") {
      throw new TrackerError("bad-response", "Jira: the create answer has no issue key.");
    }
    return {
      key: created.key,
      id: created.id,
      url: `${this.browseBase}/browse/${created.key}`,
      title: draft.title,
      state: "open",
      assignees: draft.assignee === undefined ? [] : [draft.assignee],
    };
  }

  async getStatus(key: string): Promise<TrackerIssue> {
    const issue = await this.http.request<JiraIssueBean>(
      "GET",
      `${this.api}/issue/${encodeURIComponent(key)}`,
      { query: { fields: "summary,status,assignee,labels" } },
    );
    if (typeof issue?.key !== "string") {
      throw new TrackerError("bad-response", "Jira: the issue answer has no key.");
    }
    return this.toIssue(issue);
  }

  async close(key: string): Promise<void> {
    const { transitions } = await this.http.request<{
      transitions?: { id: string; name?: string; to?: { statusCategory?: { key?: string } } }[];
    }>("GET", `${this.api}/issue/${encodeURIComponent(key)}/transitions`);
    const done =
      (transitions ?? []).find((transition) => transition.to?.statusCategory?.key === "done") ??
      (transitions ?? []).find((transition) => /done|close|resolve/i.test(transition.name ?? ""));
    if (done === undefined) {
      throw new TrackerError(
        "validation",
        `Jira: ${key} has no transition to a done status from where it is.`,
      );
    }
    await this.http.request("POST", `${this.api}/issue/${encodeURIComponent(key)}/transitions`, {
      body: { transition: { id: done.id } },
      idempotent: true,
    });
  }

  async addLabel(key: string, label: string): Promise<void> {
    await this.http.request("PUT", `${this.api}/issue/${encodeURIComponent(key)}`, {
      body: { update: { labels: [{ add: label }] } },
    });
  }

  async addAssignee(key: string, account: string): Promise<void> {
    await this.http.request("PUT", `${this.api}/issue/${encodeURIComponent(key)}`, {
      body: { fields: { assignee: this.user(account) } },
    });
  }

  async setDueDate(key: string, date: string): Promise<void> {
    await this.http.request("PUT", `${this.api}/issue/${encodeURIComponent(key)}`, {
      body: { fields: { duedate: date } },
    });
  }

  /** Cloud assigns by accountId, Data Center by username (the roster's `jira:` is whichever the site uses). */
  private user(account: string): Record<string, string> {
    return this.dataCenter ? { name: account } : { accountId: account };
  }

  private toIssue(issue: JiraIssueBean): TrackerIssue {
    const assignee = issue.fields?.assignee;
    return {
      key: issue.key,
      id: issue.id,
      url: `${this.browseBase}/browse/${issue.key}`,
      title: issue.fields?.summary ?? "",
      state: issue.fields?.status?.statusCategory?.key === "done" ? "closed" : "open",
      assignees: [assignee?.accountId ?? assignee?.name].filter(
        (account): account is string => account !== undefined,
      ),
    };
  }
}

/** A JQL string literal: quotes and backslashes escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/** Jira v2 takes wiki markup: bold, links and code spans converted; the rest reads the same as plain text. */
export function toWikiMarkup(markdown: string): string {
  return markdown
    .replace(/\*\*([^*\n]+)\*\*/g, "*$1*")
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, "[$1|$2]")
    .replace(/`([^`\n]+)`/g, "{{$1}}");
}

/** Jira v3 wants Atlassian Document Format: one paragraph per line, links kept as text. */
export function toAdf(markdown: string): unknown {
  const paragraphs = markdown
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== "");
  return {
    type: "doc",
    version: 1,
    content: paragraphs.map((block) => ({
      type: "paragraph",
      content: [{ type: "text", text: block }],
    })),
  };
}
