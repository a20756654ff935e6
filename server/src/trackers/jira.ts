// Jira Cloud REST v3 over fetch. jira.js bundles to ~880 KB for the six calls used here, has no
// retries, and its current major needs Node 22, so a thin client is lighter and safer (README design notes).
import { HttpClient, type RetryPolicy } from "./http";
import { listLimit, TrackerError, type IssueDraft, type Tracker, type TrackerIssue } from "./types";

export interface JiraOptions {
  /** "acme.atlassian.net" or a full URL (Jira Data Center: https://jira.example.com). */
  site: string;
  project: string;
  email: string;
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
    assignee?: { accountId?: string; displayName?: string } | null;
    description?: unknown;
    labels?: string[];
  };
}

export class JiraTracker implements Tracker {
  readonly kind = "jira" as const;
  readonly where: string;
  private readonly http: HttpClient;
  private readonly browseBase: string;

  constructor(private readonly options: JiraOptions) {
    const site = /^https?:\/\//.test(options.site) ? options.site : `https://${options.site}`;
    this.browseBase = (options.baseUrl ?? site).replace(/\/+$/, "");
    this.where = `project ${options.project}`;
    this.http = new HttpClient({
      name: "Jira",
      where: this.where,
      authHint: "check JIRA_EMAIL and JIRA_API_TOKEN, or run Follow-Through: Set Tracker Token",
      baseUrl: options.baseUrl ?? site,
      headers: { authorization: `Basic ${Buffer.from(`${options.email}:${options.apiToken}`).toString("base64")}` },
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    });
  }

  async findByMarker(marker: string): Promise<TrackerIssue[]> {
    // The marker is also a label: JQL matches labels exactly, while text search is fuzzy and lags.
    return this.search(`project = ${jqlString(this.options.project)} AND labels = ${jqlString(marker)} ORDER BY created ASC`, 10);
  }

  async listOpen(label: string, limit?: number): Promise<TrackerIssue[]> {
    // One page (Jira caps a page at 100 issues with fields anyway).
    return this.search(`project = ${jqlString(this.options.project)} AND labels = ${jqlString(label)} AND statusCategory != Done ORDER BY created DESC`, listLimit(limit));
  }

  private async search(jql: string, maxResults: number): Promise<TrackerIssue[]> {
    const result = await this.http.request<{ issues?: JiraIssueBean[] }>("POST", "/rest/api/3/search/jql", {
      idempotent: true,
      body: { jql, fields: ["summary", "status", "assignee", "labels"], maxResults },
    });
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
      description: toAdf(draft.body),
      labels: [...draft.labels, draft.marker],
    };
    if (draft.assignee !== undefined) fields.assignee = { accountId: draft.assignee };
    if (draft.dueDate !== undefined) fields.duedate = draft.dueDate;
    const created = await this.http.request<{ id?: string; key?: string }>("POST", "/rest/api/3/issue", { body: { fields } });
    if (typeof created?.key !== "string") {
      throw new TrackerError("bad-response", "Jira: the create answer has no issue key.");
    }
    return { key: created.key, id: created.id, url: `${this.browseBase}/browse/${created.key}`, title: draft.title, state: "open", assignees: draft.assignee === undefined ? [] : [draft.assignee] };
  }

  async getStatus(key: string): Promise<TrackerIssue> {
    const issue = await this.http.request<JiraIssueBean>("GET", `/rest/api/3/issue/${encodeURIComponent(key)}`, { query: { fields: "summary,status,assignee,labels" } });
    if (typeof issue?.key !== "string") {
      throw new TrackerError("bad-response", "Jira: the issue answer has no key.");
    }
    return this.toIssue(issue);
  }

  async close(key: string): Promise<void> {
    const { transitions } = await this.http.request<{ transitions?: { id: string; name?: string; to?: { statusCategory?: { key?: string } } }[] }>(
      "GET",
      `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`,
    );
    const done = (transitions ?? []).find((transition) => transition.to?.statusCategory?.key === "done") ?? (transitions ?? []).find((transition) => /done|close|resolve/i.test(transition.name ?? ""));
    if (done === undefined) {
      throw new TrackerError("validation", `Jira: ${key} has no transition to a done status from where it is.`);
    }
    await this.http.request("POST", `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, { body: { transition: { id: done.id } }, idempotent: true });
  }

  async addLabel(key: string, label: string): Promise<void> {
    await this.http.request("PUT", `/rest/api/3/issue/${encodeURIComponent(key)}`, { body: { update: { labels: [{ add: label }] } } });
  }

  async addAssignee(key: string, account: string): Promise<void> {
    await this.http.request("PUT", `/rest/api/3/issue/${encodeURIComponent(key)}`, { body: { fields: { assignee: { accountId: account } } } });
  }

  async setDueDate(key: string, date: string): Promise<void> {
    await this.http.request("PUT", `/rest/api/3/issue/${encodeURIComponent(key)}`, { body: { fields: { duedate: date } } });
  }

  private toIssue(issue: JiraIssueBean): TrackerIssue {
    const assignee = issue.fields?.assignee;
    return {
      key: issue.key,
      id: issue.id,
      url: `${this.browseBase}/browse/${issue.key}`,
      title: issue.fields?.summary ?? "",
      state: issue.fields?.status?.statusCategory?.key === "done" ? "closed" : "open",
      assignees: assignee?.accountId === undefined ? [] : [assignee.accountId],
    };
  }
}

/** A JQL string literal: quotes and backslashes escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
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
    content: paragraphs.map((block) => ({ type: "paragraph", content: [{ type: "text", text: block }] })),
  };
}
