// GitLab issues. GitLab's OpenAPI description could not be brought onto this machine (see
// ../shared/api/README.md), so requests and responses are checked against small JSON Schemas written
// from GitLab's documented issue endpoints (docs.gitlab.com/api/issues): these always run.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { FakeServer, type FakeRequest, type FakeResponse } from "./server";

const ajv = new Ajv({ allErrors: true, coerceTypes: false });
addFormats(ajv);

const DATE = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
const USER = {
  type: "object",
  required: ["id", "username", "name", "state", "web_url"],
  properties: {
    id: { type: "integer" },
    username: { type: "string" },
    name: { type: "string" },
    state: { type: "string" },
    web_url: { type: "string" },
  },
};

/** POST /projects/:id/issues (docs: "New issue"). */
const createIssueBody = ajv.compile({
  type: "object",
  required: ["title"],
  additionalProperties: false,
  properties: {
    title: { type: "string", minLength: 1, maxLength: 255 },
    description: { type: "string", maxLength: 1048576 },
    labels: { type: "string" },
    assignee_ids: { type: "array", items: { type: "integer" } },
    assignee_id: { type: "integer" },
    due_date: DATE,
    confidential: { type: "boolean" },
    milestone_id: { type: "integer" },
    issue_type: { enum: ["issue", "incident", "test_case", "task"] },
    created_at: { type: "string", format: "date-time" },
    weight: { type: "integer" },
  },
});

/** PUT /projects/:id/issues/:issue_iid (docs: "Edit an issue"). */
const editIssueBody = ajv.compile({
  type: "object",
  minProperties: 1,
  additionalProperties: false,
  properties: {
    title: { type: "string", minLength: 1 },
    description: { type: "string" },
    state_event: { enum: ["close", "reopen"] },
    labels: { type: "string" },
    add_labels: { type: "string" },
    remove_labels: { type: "string" },
    assignee_ids: { type: "array", items: { type: "integer" } },
    due_date: { anyOf: [DATE, { const: "" }] },
  },
});

/** GET /projects/:id/issues query (docs: "List project issues"). */
const listIssuesQuery = ajv.compile({
  type: "object",
  additionalProperties: false,
  properties: {
    search: { type: "string" },
    in: { enum: ["title", "description", "title,description"] },
    scope: { enum: ["created_by_me", "assigned_to_me", "all"] },
    state: { enum: ["opened", "closed", "all"] },
    labels: { type: "string" },
    order_by: {
      enum: [
        "created_at",
        "updated_at",
        "priority",
        "due_date",
        "relative_position",
        "label_priority",
        "milestone_due",
        "popularity",
        "weight",
        "title",
      ],
    },
    sort: { enum: ["asc", "desc"] },
    per_page: { type: "string", pattern: "^\\d+$" },
    page: { type: "string", pattern: "^\\d+$" },
  },
});

/** The issue entity (docs: response of "Single project issue"), the fields every answer carries. */
const issueEntity = ajv.compile({
  type: "object",
  required: [
    "id",
    "iid",
    "project_id",
    "title",
    "description",
    "state",
    "created_at",
    "updated_at",
    "closed_at",
    "labels",
    "assignees",
    "author",
    "web_url",
    "due_date",
    "references",
  ],
  properties: {
    id: { type: "integer" },
    iid: { type: "integer" },
    project_id: { type: "integer" },
    title: { type: "string" },
    description: { type: ["string", "null"] },
    state: { enum: ["opened", "closed"] },
    created_at: { type: "string", format: "date-time" },
    updated_at: { type: "string", format: "date-time" },
    closed_at: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] },
    labels: { type: "array", items: { type: "string" } },
    assignees: { type: "array", items: USER },
    author: USER,
    web_url: { type: "string", format: "uri" },
    due_date: { anyOf: [DATE, { type: "null" }] },
    references: { type: "object", required: ["short", "relative", "full"] },
  },
});

interface GitLabIssue {
  id: number;
  iid: number;
  title: string;
  description: string | null;
  state: "opened" | "closed";
  labels: string[];
  assigneeIds: number[];
  dueDate: string | null;
  createdAt: string;
  closedAt: string | null;
}

const DEFAULT_PROJECT_PATH = "acme/payments";
const PROJECT_ID = 42;

export class GitLabFake extends FakeServer {
  readonly issues = new Map<number, GitLabIssue>();
  readonly users = new Map<string, number>([
    ["priya", 7],
    ["mei", 8],
  ]);

  /** The one project this fake holds; suites sharing a VS Code use different ones, so their issue numbers never mix. */
  private constructor(readonly projectPath: string) {
    super();
  }

  static async create(projectPath = DEFAULT_PROJECT_PATH): Promise<GitLabFake> {
    const fake = new GitLabFake(projectPath);
    await fake.start();
    return fake;
  }

  private route(request: FakeRequest): { operation: string; iid?: number } | undefined {
    if (request.method === "GET" && request.path === "/api/v4/users")
      return { operation: "listUsers" };
    const match = /^\/api\/v4\/projects\/([^/]+)\/issues(?:\/(\d+))?$/.exec(request.rawPath);
    if (match === null) return undefined;
    if (decodeURIComponent(match[1]) !== this.projectPath && match[1] !== String(PROJECT_ID))
      return { operation: "noProject" };
    const iid = match[2] === undefined ? undefined : Number(match[2]);
    if (iid === undefined)
      return request.method === "POST"
        ? { operation: "createIssue" }
        : request.method === "GET"
          ? { operation: "listIssues" }
          : undefined;
    return request.method === "GET"
      ? { operation: "getIssue", iid }
      : request.method === "PUT"
        ? { operation: "editIssue", iid }
        : undefined;
  }

  protected validateRequest(request: FakeRequest): FakeResponse | undefined {
    const route = this.route(request);
    if (route === undefined) {
      this.violations.push(`no such endpoint: ${request.method} ${request.path}`);
      return { status: 404, body: { error: "404 Not Found" } };
    }
    if (String(request.headers["private-token"] ?? "") === "")
      return { status: 401, body: this.errorBody(401) };
    const check = {
      createIssue: createIssueBody,
      editIssue: editIssueBody,
      listIssues: listIssuesQuery,
    }[route.operation as "createIssue"];
    const input = route.operation === "listIssues" ? request.query : request.body;
    if (check !== undefined && !check(input)) {
      const errors = ajv.errorsText(check.errors);
      this.violations.push(`${route.operation} request: ${errors}`);
      return { status: 400, body: { error: errors } };
    }
    return undefined;
  }

  protected validateResponse(request: FakeRequest, response: FakeResponse): void {
    const route = this.route(request);
    if (route === undefined || response.status >= 400 || route.operation === "listUsers") return;
    const entities = Array.isArray(response.body) ? response.body : [response.body];
    for (const entity of entities) {
      if (!issueEntity(entity))
        this.violations.push(`${route.operation} response: ${ajv.errorsText(issueEntity.errors)}`);
    }
  }

  protected errorBody(status: number): unknown {
    const messages: Record<number, string> = {
      401: "401 Unauthorized",
      403: "403 Forbidden",
      404: "404 Project Not Found",
      422: "422 Unprocessable Entity",
      429: "Retry later",
    };
    return { message: messages[status] ?? "500 Internal Server Error" };
  }

  protected handle(request: FakeRequest): FakeResponse {
    const route = this.route(request)!;
    if (route.operation === "noProject") return { status: 404, body: this.errorBody(404) };
    if (route.operation === "listUsers") {
      const id = this.users.get(request.query.username ?? "");
      return {
        status: 200,
        body: id === undefined ? [] : [this.user(request.query.username, id)],
      };
    }
    const issue = route.iid === undefined ? undefined : this.issues.get(route.iid);
    if (route.iid !== undefined && issue === undefined)
      return { status: 404, body: { message: "404 Not found" } };
    const body = (request.body ?? {}) as Record<string, any>;
    switch (route.operation) {
      case "listIssues": {
        const search = request.query.search;
        const list = [...this.issues.values()]
          .filter(
            (candidate) =>
              search === undefined ||
              (candidate.description ?? "").includes(search) ||
              candidate.title.includes(search),
          )
          .filter(
            (candidate) =>
              request.query.state === undefined ||
              request.query.state === "all" ||
              candidate.state === request.query.state,
          )
          // `labels` is comma-separated; an issue must carry every one.
          .filter((candidate) =>
            (request.query.labels ?? "")
              .split(",")
              .every((label) => label === "" || candidate.labels.includes(label)),
          );
        // GitLab's default order: created_at descending.
        if (request.query.sort !== "asc") list.reverse();
        return {
          status: 200,
          body: list
            .slice(0, Number(request.query.per_page ?? 20))
            .map((candidate) => this.entity(candidate)),
        };
      }
      case "createIssue": {
        const unknownAssignee = ((body.assignee_ids as number[] | undefined) ?? []).find(
          (id) => ![...this.users.values()].includes(id),
        );
        if (unknownAssignee !== undefined)
          return {
            status: 400,
            body: { message: { assignee_ids: [`user ${unknownAssignee} does not exist`] } },
          };
        const iid = this.issues.size + 1;
        const created: GitLabIssue = {
          id: 5000 + iid,
          iid,
          title: body.title,
          description: body.description ?? null,
          state: "opened",
          labels:
            typeof body.labels === "string"
              ? body.labels.split(",").filter((label: string) => label !== "")
              : [],
          assigneeIds: body.assignee_ids ?? [],
          dueDate: body.due_date ?? null,
          createdAt: new Date().toISOString(),
          closedAt: null,
        };
        this.issues.set(iid, created);
        return { status: 201, body: this.entity(created) };
      }
      case "getIssue":
        return { status: 200, body: this.entity(issue!) };
      case "editIssue": {
        if (body.state_event === "close") {
          issue!.state = "closed";
          issue!.closedAt = new Date().toISOString();
        }
        if (body.state_event === "reopen") {
          issue!.state = "opened";
          issue!.closedAt = null;
        }
        if (typeof body.add_labels === "string")
          for (const label of body.add_labels.split(","))
            if (!issue!.labels.includes(label)) issue!.labels.push(label);
        if (Array.isArray(body.assignee_ids)) issue!.assigneeIds = body.assignee_ids;
        if (body.due_date !== undefined)
          issue!.dueDate = body.due_date === "" ? null : body.due_date;
        return { status: 200, body: this.entity(issue!) };
      }
    }
    return { status: 404, body: { error: "404 Not Found" } };
  }

  closeByHand(iid: number): void {
    const issue = this.issues.get(iid)!;
    issue.state = "closed";
    issue.closedAt = new Date().toISOString();
  }

  private user(username: string, id: number): Record<string, unknown> {
    return {
      id,
      username,
      name: username,
      state: "active",
      web_url: `https://gitlab.example.com/${username}`,
      avatar_url: null,
    };
  }

  private entity(issue: GitLabIssue): Record<string, unknown> {
    const names = [...this.users.entries()];
    return {
      id: issue.id,
      iid: issue.iid,
      project_id: PROJECT_ID,
      title: issue.title,
      description: issue.description,
      state: issue.state,
      created_at: issue.createdAt,
      updated_at: issue.closedAt ?? issue.createdAt,
      closed_at: issue.closedAt,
      labels: issue.labels,
      assignees: issue.assigneeIds.map((id) =>
        this.user(names.find(([, known]) => known === id)?.[0] ?? `user${id}`, id),
      ),
      author: this.user("follow-through-bot", 1),
      web_url: `https://gitlab.example.com/${this.projectPath}/-/issues/${issue.iid}`,
      due_date: issue.dueDate,
      references: {
        short: `#${issue.iid}`,
        relative: `#${issue.iid}`,
        full: `${this.projectPath}#${issue.iid}`,
      },
    };
  }
}
