// Jira, validated against Atlassian's published OpenAPI description of Cloud's REST v3. The description
// predates /rest/api/3/search/jql (the replacement for the removed /rest/api/3/search), so that one
// endpoint's request is checked by a small schema written from Atlassian's docs, and each issue it
// returns is checked as a getIssue response.
// Jira Data Center and Server speak REST v2 under /rest/api/2. No v2 description is published beside
// the v3 one, and v2's request and response shapes are v3's apart from ADF (`fields` is a free-form map
// in both), so each v2 request and answer is checked against the matching v3 operation; the fake itself
// checks what differs: a v2 description is a string, a v3 one an ADF document, and v2 assigns by name.
import Ajv from "ajv";
import { checker, openApi, type OpenApiCheck } from "./contracts";
import { FakeServer, type FakeRequest, type FakeResponse } from "./server";

const ajv = new Ajv({ allErrors: true });
const validateSearchJql = ajv.compile({
  type: "object",
  required: ["jql"],
  additionalProperties: false,
  properties: {
    jql: { type: "string", minLength: 1 },
    fields: { type: "array", items: { type: "string" } },
    maxResults: { type: "integer", minimum: 1, maximum: 5000 },
    nextPageToken: { type: "string" },
    expand: { type: "string" },
    properties: { type: "array", items: { type: "string" } },
    fieldsByKeys: { type: "boolean" },
    reconcileIssues: { type: "array", items: { type: "integer" } },
  },
});

const ROUTES: { method: string; pattern: RegExp; operationId: string }[] = [
  {
    method: "POST",
    pattern: /^\/rest\/api\/(3)\/search\/jql$/,
    operationId: "searchForIssuesUsingJqlEnhancedSearchPost",
  },
  {
    method: "POST",
    pattern: /^\/rest\/api\/(2)\/search$/,
    operationId: "searchForIssuesUsingJqlPost",
  },
  { method: "POST", pattern: /^\/rest\/api\/([23])\/issue$/, operationId: "createIssue" },
  { method: "GET", pattern: /^\/rest\/api\/([23])\/issue\/([^/]+)$/, operationId: "getIssue" },
  { method: "PUT", pattern: /^\/rest\/api\/([23])\/issue\/([^/]+)$/, operationId: "editIssue" },
  {
    method: "GET",
    pattern: /^\/rest\/api\/([23])\/issue\/([^/]+)\/transitions$/,
    operationId: "getTransitions",
  },
  {
    method: "POST",
    pattern: /^\/rest\/api\/([23])\/issue\/([^/]+)\/transitions$/,
    operationId: "doTransition",
  },
];

interface JiraIssue {
  id: string;
  key: string;
  summary: string;
  description: unknown;
  labels: string[];
  assignee?: string;
  duedate?: string;
  status: "new" | "indeterminate" | "done";
}

const STATUS = {
  new: { name: "To Do", id: "10000" },
  indeterminate: { name: "In Progress", id: "10001" },
  done: { name: "Done", id: "10002" },
} as const;

export class JiraFake extends FakeServer {
  readonly issues = new Map<string, JiraIssue>();
  readonly projects = new Set<string>(["PAY"]);
  readonly accounts = new Set<string>(["acc-priya", "acc-mei"]);
  /** Data Center's usernames, which v2 assigns by. */
  readonly usernames = new Set<string>(["priya", "mei"]);
  private check: OpenApiCheck = checker(undefined);

  static async create(): Promise<JiraFake> {
    const fake = new JiraFake();
    fake.check = checker(await openApi("jira-issues.openapi.json"));
    await fake.start();
    return fake;
  }

  private route(
    request: FakeRequest,
  ): { operationId: string; version: "2" | "3"; key?: string } | undefined {
    for (const route of ROUTES) {
      const match = route.method === request.method ? route.pattern.exec(request.path) : null;
      if (match !== null)
        return { operationId: route.operationId, version: match[1] as "2" | "3", key: match[2] };
    }
    return undefined;
  }

  protected validateRequest(request: FakeRequest): FakeResponse | undefined {
    const route = this.route(request);
    if (route === undefined) return this.unknownRequest("operation", request);
    // Cloud: email and API token as Basic; Data Center: a personal access token as Bearer.
    if (
      !(route.version === "3" ? /^Basic \S+/ : /^Bearer \S+/).test(
        String(request.headers.authorization ?? ""),
      )
    )
      return { status: 401, body: this.errorBody(401) };
    let errors: string | undefined;
    if (route.operationId === "searchForIssuesUsingJqlEnhancedSearchPost") {
      errors = validateSearchJql(request.body)
        ? undefined
        : ajv.errorsText(validateSearchJql.errors);
    } else {
      // A v2 request is checked as the v3 operation it matches (the same path under /rest/api/3).
      errors =
        this.check.request(route.operationId, {
          ...request,
          path: request.path.replace(/^\/rest\/api\/2\//, "/rest/api/3/"),
        }) ?? this.versionProblem(route.version, request.body);
    }
    if (errors !== undefined) {
      this.violations.push(`${route.operationId} request: ${errors}`);
      return { status: 400, body: { errorMessages: [errors], errors: {} } };
    }
    return undefined;
  }

  protected validateResponse(request: FakeRequest, response: FakeResponse): void {
    const route = this.route(request);
    if (route === undefined || response.status >= 400) return;
    if (route.operationId === "searchForIssuesUsingJqlEnhancedSearchPost") {
      for (const issue of (response.body as { issues: unknown[] }).issues) {
        const errors = this.check.response("getIssue", 200, issue);
        if (errors !== undefined) this.violations.push(`search/jql issue: ${errors}`);
      }
      return;
    }
    const errors = this.check.response(route.operationId, response.status, response.body);
    if (errors !== undefined)
      this.violations.push(`${route.operationId} response ${response.status}: ${errors}`);
  }

  /** What v2 and v3 bodies do differently: the description's form and how an assignee is named. */
  private versionProblem(version: "2" | "3", body: unknown): string | undefined {
    const fields = (body as { fields?: Record<string, unknown> } | undefined)?.fields;
    if (fields === undefined) return undefined;
    const description = fields.description;
    if (description !== undefined && version === "2" && typeof description !== "string")
      return "/requestBody/fields/description must be a string on REST v2 (wiki markup, not ADF)";
    if (
      description !== undefined &&
      version === "3" &&
      (typeof description !== "object" || (description as { type?: unknown }).type !== "doc")
    )
      return "/requestBody/fields/description must be an ADF document on REST v3";
    const assignee = fields.assignee as Record<string, unknown> | undefined;
    if (assignee !== undefined && version === "2" && typeof assignee.name !== "string")
      return "/requestBody/fields/assignee: REST v2 assigns by name";
    if (assignee !== undefined && version === "3" && typeof assignee.accountId !== "string")
      return "/requestBody/fields/assignee: REST v3 assigns by accountId";
    return undefined;
  }

  protected errorBody(status: number): unknown {
    const messages: Record<number, string> = {
      401: "Client must be authenticated to access this resource.",
      403: "You do not have permission to create issues in this project.",
      404: "Issue does not exist or you do not have permission to see it.",
    };
    return { errorMessages: [messages[status] ?? "Internal server error"], errors: {} };
  }

  protected handle(request: FakeRequest): FakeResponse {
    const route = this.route(request)!;
    const { key, version } = route;
    const issue = key === undefined ? undefined : this.issues.get(key);
    if (key !== undefined && issue === undefined) return { status: 404, body: this.errorBody(404) };
    const body = (request.body ?? {}) as {
      fields?: Record<string, unknown>;
      update?: Record<string, { add?: string }[]>;
      transition?: { id?: string };
    };
    switch (route.operationId) {
      case "searchForIssuesUsingJqlEnhancedSearchPost":
        return {
          status: 200,
          body: {
            issues: this.search(body as { jql: string; maxResults?: number }, version),
            isLast: true,
          },
        };
      case "searchForIssuesUsingJqlPost": {
        const issues = this.search(body as { jql: string; maxResults?: number }, version);
        return {
          status: 200,
          body: {
            startAt: 0,
            maxResults: (body as { maxResults?: number }).maxResults ?? 50,
            total: issues.length,
            issues,
          },
        };
      }
      case "createIssue": {
        const fields = body.fields ?? {};
        const project = (fields.project as { key?: string } | undefined)?.key;
        const problems: Record<string, string> = {};
        if (typeof fields.summary !== "string" || fields.summary === "")
          problems.summary = "You must specify a summary of the issue.";
        if (project === undefined || !this.projects.has(project))
          problems.project = "valid project is required";
        if ((fields.issuetype as { name?: string } | undefined)?.name === undefined)
          problems.issuetype = "valid issue type is required";
        const assignee = this.assigneeOf(fields.assignee, version);
        if (
          assignee !== undefined &&
          !(version === "2" ? this.usernames : this.accounts).has(assignee)
        )
          problems.assignee = `User '${assignee}' cannot be assigned issues.`;
        if (
          fields.duedate !== undefined &&
          (typeof fields.duedate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(fields.duedate))
        )
          problems.duedate = "Error parsing date string";
        if (
          Array.isArray(fields.labels) &&
          fields.labels.some((label) => typeof label !== "string" || /\s/.test(label))
        )
          problems.labels = "labels cannot contain spaces";
        if (Object.keys(problems).length > 0)
          return { status: 400, body: { errorMessages: [], errors: problems } };
        const id = String(10000 + this.issues.size + 1);
        const newKey = `${project}-${this.issues.size + 1}`;
        this.issues.set(newKey, {
          id,
          key: newKey,
          summary: fields.summary as string,
          description: fields.description,
          labels: (fields.labels as string[] | undefined) ?? [],
          assignee,
          duedate: fields.duedate as string | undefined,
          status: "new",
        });
        return {
          status: 201,
          body: { id, key: newKey, self: `${this.baseUrl}/rest/api/${version}/issue/${id}` },
        };
      }
      case "getIssue":
        return { status: 200, body: this.bean(issue!, version) };
      case "editIssue": {
        for (const change of body.update?.labels ?? [])
          if (change.add !== undefined && !issue!.labels.includes(change.add))
            issue!.labels.push(change.add);
        const fields = body.fields ?? {};
        if (fields.assignee !== undefined)
          issue!.assignee = this.assigneeOf(fields.assignee, version);
        if (fields.duedate !== undefined) issue!.duedate = fields.duedate as string;
        return { status: 204 };
      }
      case "getTransitions":
        return {
          status: 200,
          body: {
            transitions: (["new", "indeterminate", "done"] as const).map((category, index) => ({
              id: String(11 + index * 10),
              name: STATUS[category].name,
              to: {
                id: STATUS[category].id,
                name: STATUS[category].name,
                self: `${this.baseUrl}/rest/api/${version}/status/${STATUS[category].id}`,
                statusCategory: { key: category, name: STATUS[category].name },
              },
            })),
          },
        };
      case "doTransition": {
        const target = ({ "11": "new", "21": "indeterminate", "31": "done" } as const)[
          body.transition?.id as "11"
        ];
        if (target === undefined)
          return {
            status: 400,
            body: { errorMessages: ["Transition id is not valid."], errors: {} },
          };
        issue!.status = target;
        return { status: 204 };
      }
    }
    return { status: 404, body: this.errorBody(404) };
  }

  /** The JQL the clients send: project, labels, `statusCategory != Done`, ORDER BY created; anything else is a violation. */
  private search(
    body: { jql: string; maxResults?: number },
    version: "2" | "3",
  ): Record<string, unknown>[] {
    let rest = body.jql;
    const take = (pattern: RegExp): string | undefined => {
      const match = pattern.exec(rest);
      if (match === null) return undefined;
      rest = rest.replace(match[0], "");
      return match[1] ?? match[0];
    };
    const unquote = (text: string | undefined): string | undefined => text?.replace(/\\(.)/g, "$1");
    const project = unquote(take(/project = "((?:[^"\\]|\\.)+)"/));
    const label = unquote(take(/(?:AND )?labels = "((?:[^"\\]|\\.)+)"/));
    const notDone = take(/(?:AND )?statusCategory != Done/) !== undefined;
    const order = take(/ORDER BY created (ASC|DESC)/) ?? "ASC";
    if (rest.trim() !== "")
      this.violations.push(
        `JQL the fake does not understand: ${JSON.stringify(rest.trim())} in ${body.jql}`,
      );
    const issues = [...this.issues.values()].filter(
      (candidate) =>
        (project === undefined || candidate.key.startsWith(`${project}-`)) &&
        (label === undefined || candidate.labels.includes(label)) &&
        (!notDone || candidate.status !== "done"),
    );
    if (order === "DESC") issues.reverse();
    return issues.slice(0, body.maxResults ?? 50).map((candidate) => this.bean(candidate, version));
  }

  closeByHand(key: string): void {
    this.issues.get(key)!.status = "done";
  }

  private assigneeOf(value: unknown, version: "2" | "3"): string | undefined {
    const assignee = value as { accountId?: string; name?: string } | null | undefined;
    return (version === "2" ? assignee?.name : assignee?.accountId) ?? undefined;
  }

  private bean(issue: JiraIssue, version: "2" | "3"): Record<string, unknown> {
    const assignee =
      issue.assignee === undefined
        ? null
        : version === "2"
          ? { name: issue.assignee, key: issue.assignee, displayName: issue.assignee }
          : { accountId: issue.assignee, displayName: issue.assignee };
    return {
      id: issue.id,
      key: issue.key,
      self: `${this.baseUrl}/rest/api/${version}/issue/${issue.id}`,
      fields: {
        summary: issue.summary,
        description: issue.description,
        labels: issue.labels,
        duedate: issue.duedate ?? null,
        assignee,
        status: {
          id: STATUS[issue.status].id,
          name: STATUS[issue.status].name,
          statusCategory: { key: issue.status, name: STATUS[issue.status].name },
        },
      },
    };
  }
}
