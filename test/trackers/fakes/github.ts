// GitHub Issues, validated against GitHub's published OpenAPI description (from @octokit/openapi).
import { checker, fixNullable, openApi, readDescription, type OpenApiCheck } from "./contracts";
import { FakeServer, type FakeRequest, type FakeResponse } from "./server";

type Issue = Record<string, unknown> & {
  number: number;
  title: string;
  body: string | null;
  state: string;
  labels: { name: string }[];
  assignees: { login: string }[];
};

/** Where GitHub's description keeps the example issue the fake's answers start from. */
interface IssueExample {
  components: { examples: { issue: { value: Record<string, unknown> } } };
}

const ROUTES: { method: string; pattern: RegExp; operationId: string }[] = [
  { method: "GET", pattern: /^\/search\/issues$/, operationId: "search/issues-and-pull-requests" },
  { method: "POST", pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/, operationId: "issues/create" },
  {
    method: "GET",
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
    operationId: "issues/list-for-repo",
  },
  {
    method: "GET",
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
    operationId: "issues/get",
  },
  {
    method: "PATCH",
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
    operationId: "issues/update",
  },
  {
    method: "POST",
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/labels$/,
    operationId: "issues/add-labels",
  },
  {
    method: "POST",
    pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/assignees$/,
    operationId: "issues/add-assignees",
  },
];

export class GitHubFake extends FakeServer {
  readonly issues = new Map<number, Issue>();
  /** Repositories that exist ("owner/repo"); any other answers 404. */
  readonly repos = new Set<string>(["acme/payments"]);
  /** Logins that can be assigned. */
  readonly users = new Set<string>(["priya", "mei"]);
  /** Search answers as GitHub's index does: only issues indexed this many ms after creation. */
  searchLagMs = 0;
  private check: OpenApiCheck = checker(undefined);
  private template: Record<string, unknown> = {};
  private readonly createdAt = new Map<number, number>();

  static async create(): Promise<GitHubFake> {
    const fake = new GitHubFake();
    const api = await openApi("github-issues.openapi.json", fixNullable);
    fake.check = checker(api);
    const text = readDescription("github-issues.openapi.json");
    fake.template =
      text === undefined ? {} : (JSON.parse(text) as IssueExample).components.examples.issue.value;
    await fake.start();
    return fake;
  }

  private route(request: FakeRequest): { operationId: string; match: RegExpExecArray } | undefined {
    for (const route of ROUTES) {
      const match = route.method === request.method ? route.pattern.exec(request.path) : null;
      if (match !== null) return { operationId: route.operationId, match };
    }
    return undefined;
  }

  protected validateRequest(request: FakeRequest): FakeResponse | undefined {
    const route = this.route(request);
    if (route === undefined) return this.unknownRequest("operation", request);
    const accept = String(request.headers.accept ?? "");
    if (!/application\/(vnd\.github[^,]*\+)?json|\*\/\*/.test(accept)) {
      this.violations.push(`${route.operationId}: Accept ${accept}`);
    }
    if (!/^(token|Bearer) \S+/.test(String(request.headers.authorization ?? ""))) {
      return { status: 401, body: this.errorBody(401) };
    }
    const errors = this.check.request(route.operationId, request);
    if (errors !== undefined) {
      this.violations.push(`${route.operationId} request: ${errors}`);
      return {
        status: 422,
        body: {
          message: "Validation Failed",
          errors: [{ resource: "Issue", code: "invalid", message: errors }],
          documentation_url: "https://docs.github.com/rest",
        },
      };
    }
    return undefined;
  }

  protected validateResponse(request: FakeRequest, response: FakeResponse): void {
    const route = this.route(request);
    if (route === undefined || response.status >= 400) return;
    const errors = this.check.response(route.operationId, response.status, response.body);
    if (errors !== undefined)
      this.violations.push(`${route.operationId} response ${response.status}: ${errors}`);
  }

  protected errorBody(status: number): unknown {
    const messages: Record<number, string> = {
      401: "Bad credentials",
      403: "Resource not accessible by personal access token",
      404: "Not Found",
      422: "Validation Failed",
      429: "API rate limit exceeded",
    };
    return {
      message: messages[status] ?? "Server Error",
      documentation_url: "https://docs.github.com/rest",
      status: String(status),
    };
  }

  protected handle(request: FakeRequest): FakeResponse {
    const route = this.route(request)!;
    const [, owner, repo, numberText] = route.match;
    if (
      route.operationId !== "search/issues-and-pull-requests" &&
      !this.repos.has(`${owner}/${repo}`)
    ) {
      return { status: 404, body: this.errorBody(404) };
    }
    const issue = numberText === undefined ? undefined : this.issues.get(Number(numberText));
    if (numberText !== undefined && issue === undefined)
      return { status: 404, body: this.errorBody(404) };
    const body = (request.body ?? {}) as Record<string, unknown>;
    switch (route.operationId) {
      case "search/issues-and-pull-requests": {
        const phrase = /"([^"]+)"/.exec(request.query.q ?? "")?.[1] ?? "";
        const now = Date.now();
        const items = [...this.issues.values()]
          .filter(
            (candidate) =>
              (candidate.body ?? "").includes(phrase) &&
              now - (this.createdAt.get(candidate.number) ?? 0) >= this.searchLagMs,
          )
          .map((candidate) => ({ ...candidate, score: 1 }));
        return {
          status: 200,
          body: {
            total_count: items.length,
            incomplete_results: false,
            items,
            search_type: "lexical",
          },
        };
      }
      case "issues/create": {
        if (typeof body.title !== "string" || body.title === "")
          return { status: 422, body: this.errorBody(422) };
        const assignees = Array.isArray(body.assignees) ? (body.assignees as string[]) : [];
        const unknown = assignees.find((login) => !this.users.has(login));
        if (unknown !== undefined)
          return {
            status: 422,
            body: {
              message: "Validation Failed",
              errors: [{ resource: "Issue", field: "assignees", code: "invalid", value: unknown }],
              documentation_url: "https://docs.github.com/rest",
            },
          };
        const number = this.issues.size + 1;
        const created = this.issue(
          owner,
          repo,
          number,
          body.title,
          typeof body.body === "string" ? body.body : null,
          (body.labels as string[] | undefined) ?? [],
          assignees,
        );
        this.issues.set(number, created);
        this.createdAt.set(number, Date.now());
        return { status: 201, body: created };
      }
      case "issues/list-for-repo": {
        // GitHub's defaults: open, newest first; `labels` is comma-separated and every one must be on the issue.
        const wanted = (request.query.labels ?? "").split(",").filter((name) => name !== "");
        const ascending = request.query.direction === "asc";
        const list = [...this.issues.values()]
          .sort((a, b) => (ascending ? a.number - b.number : b.number - a.number))
          .filter(
            (candidate) =>
              request.query.state === "all" || candidate.state === (request.query.state ?? "open"),
          )
          .filter((candidate) =>
            wanted.every((name) => candidate.labels.some((label) => label.name === name)),
          );
        return { status: 200, body: list.slice(0, Number(request.query.per_page ?? 30)) };
      }
      case "issues/get":
        return { status: 200, body: issue };
      case "issues/update": {
        if (body.state === "closed" || body.state === "open") {
          issue!.state = body.state;
          issue!.closed_at = body.state === "closed" ? new Date().toISOString() : null;
          issue!.state_reason =
            body.state === "closed" ? (body.state_reason ?? "completed") : "reopened";
        }
        return { status: 200, body: issue };
      }
      case "issues/add-labels": {
        for (const name of (body.labels as string[]) ?? [])
          if (!issue!.labels.some((label) => label.name === name))
            issue!.labels.push(this.label(name));
        return { status: 200, body: issue!.labels };
      }
      case "issues/add-assignees": {
        for (const login of (body.assignees as string[]) ?? [])
          if (this.users.has(login)) issue!.assignees.push(this.user(login));
        issue!.assignee = issue!.assignees[0] ?? null;
        return { status: 201, body: issue };
      }
    }
    return { status: 404, body: this.errorBody(404) };
  }

  /** Closes an issue "by hand" on the tracker (status read-back tests). */
  closeByHand(number: number): void {
    const issue = this.issues.get(number)!;
    issue.state = "closed";
    issue.closed_at = new Date().toISOString();
    issue.state_reason = "completed";
  }

  /** A pull request, which GitHub's issue endpoints list among the issues. */
  addPullRequest(title: string, labels: string[]): number {
    const number = this.issues.size + 1;
    const pull = this.issue("acme", "payments", number, title, null, labels, []);
    pull.pull_request = {
      url: `${this.baseUrl}/repos/acme/payments/pulls/${number}`,
      html_url: `https://github.com/acme/payments/pull/${number}`,
      diff_url: `https://github.com/acme/payments/pull/${number}.diff`,
      patch_url: `https://github.com/acme/payments/pull/${number}.patch`,
      merged_at: null,
    };
    this.issues.set(number, pull);
    return number;
  }

  private user(login: string): Record<string, unknown> & { login: string } {
    const base = (this.template.user as Record<string, unknown> | undefined) ?? {};
    return {
      ...base,
      login,
      id: login.length,
      html_url: `https://github.com/${login}`,
      url: `https://api.github.com/users/${login}`,
    };
  }

  private label(name: string): Record<string, unknown> & { name: string } {
    return {
      id: name.length,
      node_id: `LA_${name}`,
      url: `https://api.github.com/labels/${name}`,
      name,
      description: null,
      color: "ededed",
      default: false,
    };
  }

  private issue(
    owner: string,
    repo: string,
    number: number,
    title: string,
    body: string | null,
    labels: string[],
    assignees: string[],
  ): Issue {
    const api = `${this.baseUrl}/repos/${owner}/${repo}`;
    const now = new Date().toISOString();
    const users = assignees.map((login) => this.user(login));
    return {
      ...this.template,
      id: 1000 + number,
      node_id: `I_${number}`,
      url: `${api}/issues/${number}`,
      repository_url: api,
      labels_url: `${api}/issues/${number}/labels{/name}`,
      comments_url: `${api}/issues/${number}/comments`,
      events_url: `${api}/issues/${number}/events`,
      html_url: `https://github.com/${owner}/${repo}/issues/${number}`,
      number,
      state: "open",
      state_reason: null,
      title,
      body,
      user: this.user("follow-through-bot"),
      labels: labels.map((name) => this.label(name)),
      assignee: users[0] ?? null,
      assignees: users,
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      pull_request: undefined,
      closed_at: null,
      created_at: now,
      updated_at: now,
      closed_by: null,
      author_association: "OWNER",
    };
  }
}
