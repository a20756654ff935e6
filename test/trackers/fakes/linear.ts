// Linear's GraphQL API: every incoming document is parsed and validated against Linear's published
// schema (built once per run, ~1.6 s), then executed by graphql-js against the fake's state, so each
// answer has exactly the shape the schema gives the selection.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildSchema, execute, parse, validate, type GraphQLSchema } from "graphql";
import { readDescription } from "./contracts";
import { FakeServer, type FakeRequest, type FakeResponse } from "./server";

interface LinearIssue {
  id: string;
  identifier: string;
  title: string;
  description: string | null;
  stateType: "unstarted" | "started" | "completed";
  assigneeId?: string;
  dueDate?: string;
  labelIds: string[];
  createdAt: string;
}

let schemaPromise: { schema: GraphQLSchema; published: boolean } | undefined;

function schema(): { schema: GraphQLSchema; published: boolean } {
  if (schemaPromise === undefined) {
    const published = readDescription("linear-schema.graphql");
    const sdl =
      published ?? fs.readFileSync(path.join(__dirname, "linear-fallback.graphql"), "utf8");
    schemaPromise = {
      schema: buildSchema(sdl, { assumeValidSDL: true }),
      published: published !== undefined,
    };
  }
  return schemaPromise;
}

const TEAM = { id: "team-eng-uuid", key: "ENG" };
const STATES = {
  unstarted: { id: "state-todo", name: "Todo", type: "unstarted" },
  started: { id: "state-doing", name: "In Progress", type: "started" },
  completed: { id: "state-done", name: "Done", type: "completed" },
};

export class LinearFake extends FakeServer {
  readonly issues = new Map<string, LinearIssue>();
  readonly labels = new Map<string, string>();
  readonly users = new Set<string>(["user-priya", "user-mei"]);
  readonly documents: string[] = [];

  static async create(): Promise<LinearFake> {
    schema();
    const fake = new LinearFake();
    await fake.start();
    return fake;
  }

  get usesPublishedSchema(): boolean {
    return schema().published;
  }

  protected validateRequest(request: FakeRequest): FakeResponse | undefined {
    if (request.method !== "POST" || request.path !== "/graphql") {
      return this.unknownRequest("endpoint", request);
    }
    if (String(request.headers.authorization ?? "").trim() === "") {
      return {
        status: 400,
        body: {
          errors: [
            {
              message: "Authentication required, not authenticated",
              extensions: {
                type: "authentication error",
                code: "AUTHENTICATION_ERROR",
                statusCode: 401,
              },
            },
          ],
        },
      };
    }
    const { query } = (request.body ?? {}) as { query?: string };
    if (typeof query !== "string") {
      this.violations.push("a request without a query");
      return { status: 400, body: { errors: [{ message: "Must provide query string." }] } };
    }
    let document;
    try {
      document = parse(query);
    } catch (error) {
      this.violations.push(`unparseable document: ${(error as Error).message}`);
      return {
        status: 400,
        body: {
          errors: [
            {
              message: (error as Error).message,
              extensions: { type: "graphql error", code: "GRAPHQL_PARSE_FAILED" },
            },
          ],
        },
      };
    }
    const errors = validate(schema().schema, document);
    if (errors.length > 0) {
      this.violations.push(`invalid document: ${errors.map((error) => error.message).join("; ")}`);
      return {
        status: 400,
        body: {
          errors: errors.map((error) => ({
            message: error.message,
            extensions: { type: "graphql error", code: "GRAPHQL_VALIDATION_FAILED" },
          })),
        },
      };
    }
    this.documents.push(query);
    return undefined;
  }

  protected validateResponse(): void {
    // Answers come from graphql-js executing against the schema: their shape is the schema's.
  }

  protected errorBody(status: number): unknown {
    const types: Record<number, [string, string]> = {
      401: ["authentication error", "Authentication required, not authenticated"],
      403: ["forbidden", "You don't have access to this team"],
      404: ["entity not found", "Entity not found: Team"],
      422: ["invalid input", "Argument Validation Error"],
      429: ["ratelimited", "Rate limit exceeded"],
    };
    const [type, message] = types[status] ?? ["internal error", "Internal server error"];
    return {
      errors: [
        {
          message,
          extensions: {
            type,
            code: type.toUpperCase().replace(/ /g, "_"),
            statusCode: status,
            userPresentableMessage: message,
          },
        },
      ],
    };
  }

  protected async handle(request: FakeRequest): Promise<FakeResponse> {
    const { query, variables } = request.body as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const result = await execute({
      schema: schema().schema,
      document: parse(query),
      rootValue: this.root(),
      variableValues: variables,
    });
    const body: Record<string, unknown> = { data: result.data ?? null };
    if (result.errors !== undefined && result.errors.length > 0) {
      body.errors = result.errors.map((error) => ({
        message: error.message,
        path: error.path,
        extensions: (error.originalError as { extensions?: unknown } | undefined)?.extensions ?? {
          type: "invalid input",
        },
      }));
    }
    return { status: 200, body };
  }

  closeByHand(identifier: string): void {
    const issue = [...this.issues.values()].find(
      (candidate) => candidate.identifier === identifier,
    )!;
    issue.stateType = "completed";
  }

  private view(issue: LinearIssue): Record<string, unknown> {
    return {
      id: issue.id,
      identifier: issue.identifier,
      url: `https://linear.app/acme/issue/${issue.identifier}/`,
      title: issue.title,
      description: issue.description,
      dueDate: issue.dueDate ?? null,
      createdAt: issue.createdAt,
      state: STATES[issue.stateType],
      assignee: issue.assigneeId === undefined ? null : { id: issue.assigneeId },
    };
  }

  private fail(message: string, type: string): never {
    throw Object.assign(new Error(message), {
      extensions: { type, userPresentableMessage: message },
    });
  }

  private root(): Record<string, (args: Record<string, any>) => unknown> {
    const payload = (issue: LinearIssue) => ({
      success: true,
      lastSyncId: 1,
      issue: this.view(issue),
    });
    const find = (id: string) =>
      this.issues.get(id) ??
      [...this.issues.values()].find((candidate) => candidate.identifier === id) ??
      this.fail(`Entity not found: Issue ${id}`, "entity not found");
    return {
      issues: ({ filter, first, orderBy }) => {
        const contains: string | undefined = filter?.description?.contains;
        const team: string | undefined = filter?.team?.key?.eq;
        const labelName: string | undefined = filter?.labels?.name?.eq;
        const stateTypes: { eq?: string; nin?: string[] } | undefined = filter?.state?.type;
        const labelIds = labelName === undefined ? undefined : this.labels.get(labelName);
        const nodes = [...this.issues.values()].filter(
          (issue) =>
            (contains === undefined || (issue.description ?? "").includes(contains)) &&
            (team === undefined || team === TEAM.key) &&
            (labelName === undefined ||
              (labelIds !== undefined && issue.labelIds.includes(labelIds))) &&
            (stateTypes?.eq === undefined || issue.stateType === stateTypes.eq) &&
            (stateTypes?.nin === undefined || !stateTypes.nin.includes(issue.stateType)),
        );
        // Linear pages newest first by createdAt (the default order), 50 to a page.
        if (orderBy === undefined || orderBy === "createdAt")
          nodes.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
        return {
          nodes: nodes.slice(0, first ?? 50).map((issue) => this.view(issue)),
          edges: [],
          pageInfo: { hasNextPage: nodes.length > (first ?? 50), hasPreviousPage: false },
        };
      },
      issue: ({ id }) => this.view(find(id)),
      teams: ({ filter }) => ({
        nodes: filter?.key?.eq === undefined || filter.key.eq === TEAM.key ? [TEAM] : [],
      }),
      issueLabels: ({ filter }) => ({
        nodes: [...this.labels.entries()]
          .filter(([name]) => filter?.name?.eq === undefined || filter.name.eq === name)
          .map(([name, id]) => ({ id, name })),
      }),
      workflowStates: ({ filter }) => ({
        nodes: Object.values(STATES).filter(
          (state) => filter?.type?.eq === undefined || state.type === filter.type.eq,
        ),
      }),
      issueLabelCreate: ({ input }) => {
        const id = `label-${this.labels.size + 1}`;
        this.labels.set(input.name, id);
        return { success: true, lastSyncId: 1, issueLabel: { id, name: input.name } };
      },
      issueCreate: ({ input }) => {
        if (input.teamId !== TEAM.id)
          this.fail(`Entity not found: Team ${input.teamId}`, "entity not found");
        if (typeof input.title !== "string" || input.title === "")
          this.fail("title must not be empty", "invalid input");
        if (input.assigneeId !== undefined && !this.users.has(input.assigneeId))
          this.fail(`Entity not found: User ${input.assigneeId}`, "invalid input");
        const number = this.issues.size + 1;
        const issue: LinearIssue = {
          id: `issue-uuid-${number}`,
          identifier: `${TEAM.key}-${number}`,
          title: input.title,
          description: input.description ?? null,
          stateType: "unstarted",
          assigneeId: input.assigneeId,
          dueDate: input.dueDate,
          labelIds: input.labelIds ?? [],
          createdAt: new Date(Date.now() + number).toISOString(),
        };
        this.issues.set(issue.id, issue);
        return payload(issue);
      },
      issueUpdate: ({ id, input }) => {
        const issue = find(id);
        if (input.stateId !== undefined)
          issue.stateType =
            (Object.entries(STATES).find(
              ([, state]) => state.id === input.stateId,
            )?.[0] as LinearIssue["stateType"]) ?? this.fail("state not found", "invalid input");
        if (input.assigneeId !== undefined) issue.assigneeId = input.assigneeId;
        if (input.dueDate !== undefined) issue.dueDate = input.dueDate;
        return payload(issue);
      },
      issueAddLabel: ({ id, labelId }) => {
        const issue = find(id);
        if (!issue.labelIds.includes(labelId)) issue.labelIds.push(labelId);
        return payload(issue);
      },
    };
  }
}
