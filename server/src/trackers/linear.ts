// Linear's GraphQL API over fetch. @linear/sdk bundles to ~1.6 MB and throws on rate limits without
// retrying; the handful of queries here are checked against Linear's published schema in the tests.
import { HttpClient, type RetryPolicy } from "./http";
import { listLimit, TrackerError, type IssueDraft, type Tracker, type TrackerIssue } from "./types";

export interface LinearOptions {
  /** The team key ("ENG") or id. */
  team: string;
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

const ISSUE_FIELDS = "id identifier url title state { type } assignee { id }";

interface LinearIssue {
  id: string;
  identifier: string;
  url: string;
  title: string;
  state?: { type?: string } | null;
  assignee?: { id: string } | null;
}

interface GraphQlError {
  message?: string;
  extensions?: {
    type?: string;
    code?: string;
    userPresentableMessage?: string;
    statusCode?: number;
  };
}

export class LinearTracker implements Tracker {
  readonly kind = "linear" as const;
  readonly where: string;
  private readonly http: HttpClient;
  private teamId: string | undefined;
  private readonly labelIds = new Map<string, string>();

  constructor(private readonly options: LinearOptions) {
    this.where = `team ${options.team}`;
    this.http = new HttpClient({
      name: "Linear",
      where: this.where,
      authHint: "check LINEAR_API_KEY, or run Follow-Through: Set Tracker Token",
      baseUrl: options.baseUrl ?? "https://api.linear.app",
      headers: { authorization: options.apiKey },
      timeoutMs: options.timeoutMs,
      retry: options.retry,
    });
  }

  async findByMarker(marker: string): Promise<TrackerIssue[]> {
    // A filter on the description reads the database; `searchIssues` goes through a lagging index.
    const data = await this.query<{ issues: { nodes: (LinearIssue & { createdAt: string })[] } }>(
      `query FindByMarker($marker: String!, $team: String!) { issues(first: 10, includeArchived: true, filter: { description: { contains: $marker }, team: { key: { eq: $team } } }) { nodes { ${ISSUE_FIELDS} createdAt } } }`,
      { marker, team: this.options.team },
      true,
    );
    return [...(data.issues?.nodes ?? [])]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(toIssue);
  }

  async listOpen(label: string, limit?: number): Promise<TrackerIssue[]> {
    // One page. Linear's "open" is every state type but completed and canceled (triage and backlog too).
    const data = await this.query<{ issues: { nodes: (LinearIssue & { createdAt: string })[] } }>(
      `query ListOpen($team: String!, $label: String!, $first: Int!) { issues(first: $first, orderBy: createdAt, filter: { team: { key: { eq: $team } }, labels: { name: { eq: $label } }, state: { type: { nin: ["completed", "canceled"] } } }) { nodes { ${ISSUE_FIELDS} createdAt } } }`,
      { team: this.options.team, label, first: listLimit(limit) },
      true,
    );
    return [...(data.issues?.nodes ?? [])]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(toIssue);
  }

  async create(draft: IssueDraft): Promise<TrackerIssue> {
    const teamId = await this.resolveTeamId();
    const labelIds: string[] = [];
    for (const label of draft.labels) {
      labelIds.push(await this.labelId(label, teamId));
    }
    const input: Record<string, unknown> = {
      teamId,
      title: draft.title,
      description: draft.body,
      labelIds,
    };
    if (draft.assignee !== undefined) input.assigneeId = draft.assignee;
    if (draft.dueDate !== undefined) input.dueDate = draft.dueDate;
    const data = await this.query<{
      issueCreate: { success: boolean; issue?: LinearIssue | null };
    }>(
      `mutation CreateIssue($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { ${ISSUE_FIELDS} } } }`,
      { input },
      false,
    );
    const issue = data.issueCreate?.issue;
    if (data.issueCreate?.success !== true || issue === undefined || issue === null) {
      throw new TrackerError("bad-response", "Linear: issueCreate did not return the issue.");
    }
    return toIssue(issue);
  }

  async getStatus(key: string): Promise<TrackerIssue> {
    const data = await this.query<{ issue: LinearIssue }>(
      `query Issue($id: String!) { issue(id: $id) { ${ISSUE_FIELDS} } }`,
      { id: key },
      true,
    );
    if (data.issue === undefined || data.issue === null) {
      throw new TrackerError("not-found", `Linear: ${key} not found.`);
    }
    return toIssue(data.issue);
  }

  async close(key: string): Promise<void> {
    const teamId = await this.resolveTeamId();
    const data = await this.query<{ workflowStates: { nodes: { id: string }[] } }>(
      `query DoneState($teamId: ID!) { workflowStates(first: 1, filter: { team: { id: { eq: $teamId } }, type: { eq: "completed" } }) { nodes { id } } }`,
      { teamId },
      true,
    );
    const stateId = data.workflowStates?.nodes?.[0]?.id;
    if (stateId === undefined) {
      throw new TrackerError(
        "validation",
        `Linear: ${this.where} has no completed workflow state.`,
      );
    }
    await this.update(key, { stateId });
  }

  async addLabel(key: string, label: string): Promise<void> {
    const teamId = await this.resolveTeamId();
    const labelId = await this.labelId(label, teamId);
    await this.query(
      `mutation AddLabel($id: String!, $labelId: String!) { issueAddLabel(id: $id, labelId: $labelId) { success } }`,
      { id: key, labelId },
      true,
    );
  }

  async addAssignee(key: string, account: string): Promise<void> {
    await this.update(key, { assigneeId: account });
  }

  async setDueDate(key: string, date: string): Promise<void> {
    await this.update(key, { dueDate: date });
  }

  private async update(id: string, input: Record<string, unknown>): Promise<void> {
    await this.query(
      `mutation UpdateIssue($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success } }`,
      { id, input },
      true,
    );
  }

  private async resolveTeamId(): Promise<string> {
    if (this.teamId !== undefined) {
      return this.teamId;
    }
    const data = await this.query<{ teams: { nodes: { id: string; key: string }[] } }>(
      `query Team($key: String!) { teams(first: 1, filter: { key: { eq: $key } }) { nodes { id key } } }`,
      { key: this.options.team },
      true,
    );
    const team = data.teams?.nodes?.[0];
    if (team === undefined) {
      throw new TrackerError(
        "not-found",
        `Linear: 404 Not Found: team ${this.options.team} does not exist or the API key cannot see it.`,
        404,
      );
    }
    this.teamId = team.id;
    return team.id;
  }

  private async labelId(name: string, teamId: string): Promise<string> {
    const known = this.labelIds.get(name);
    if (known !== undefined) {
      return known;
    }
    const found = await this.query<{ issueLabels: { nodes: { id: string }[] } }>(
      `query Label($name: String!) { issueLabels(first: 1, filter: { name: { eq: $name } }) { nodes { id } } }`,
      { name },
      true,
    );
    let id: string | undefined = found.issueLabels?.nodes?.[0]?.id;
    if (id === undefined) {
      const created = await this.query<{
        issueLabelCreate: { success: boolean; issueLabel?: { id: string } | null };
      }>(
        `mutation CreateLabel($input: IssueLabelCreateInput!) { issueLabelCreate(input: $input) { success issueLabel { id } } }`,
        { input: { name, teamId } },
        false,
      );
      id = created.issueLabelCreate?.issueLabel?.id;
    }
    if (id === undefined) {
      throw new TrackerError(
        "bad-response",
        `Linear: could not find or create the label "${name}".`,
      );
    }
    this.labelIds.set(name, id);
    return id;
  }

  private async query<T>(
    query: string,
    variables: Record<string, unknown>,
    idempotent: boolean,
  ): Promise<T> {
    const inspect = (body: unknown): TrackerError | "rate-limited" | undefined => {
      const errors = (body as { errors?: GraphQlError[] } | undefined)?.errors;
      if (!Array.isArray(errors) || errors.length === 0) {
        return (body as { data?: unknown } | undefined)?.data === undefined
          ? new TrackerError("bad-response", "Linear: the answer has neither data nor errors.")
          : undefined;
      }
      return this.graphQlError(errors);
    };
    const body = await this.http.request<{ data: T }>("POST", "/graphql", {
      body: { query, variables },
      idempotent,
      inspect,
    });
    return body.data;
  }

  /** Linear answers most failures with GraphQL errors, some with HTTP 400; both end up here. */
  private graphQlError(errors: GraphQlError[]): TrackerError | "rate-limited" {
    const first = errors[0];
    const type = (first.extensions?.type ?? first.extensions?.code ?? "").toLowerCase();
    const message = first.extensions?.userPresentableMessage ?? first.message ?? "unknown error";
    if (type === "ratelimited") return "rate-limited";
    if (type === "authentication error" || type === "authentication_error")
      return new TrackerError(
        "auth",
        `Linear: 401 Unauthorized: ${message}; check LINEAR_API_KEY, or run Follow-Through: Set Tracker Token.`,
        401,
      );
    if (type === "forbidden" || type === "authorization error")
      return new TrackerError(
        "forbidden",
        `Linear: 403 Forbidden on ${this.where}: ${message}.`,
        403,
      );
    if (type === "entity not found" || type === "not_found")
      return new TrackerError("not-found", `Linear: 404 Not Found: ${message}.`, 404);
    return new TrackerError(
      "validation",
      `Linear: ${this.where} refused the request: ${message}.`,
      422,
    );
  }
}

function toIssue(issue: LinearIssue): TrackerIssue {
  const type = issue.state?.type;
  return {
    key: issue.identifier,
    id: issue.id,
    url: issue.url,
    title: issue.title,
    state: type === "completed" || type === "canceled" ? "closed" : "open",
    assignees: issue.assignee?.id === undefined ? [] : [issue.assignee.id],
  };
}
