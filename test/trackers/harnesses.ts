// One harness per tracker: its fake server, a client pointed at it, and how to read the fake's state,
// so the same behaviour and fault matrix runs against all four.
import * as assert from "node:assert/strict";
import type { ResolvedConfig } from "../../server/src/core/config";
import { defaultConfig } from "../../server/src/core/config";
import { createTracker, TrackerError, type TrackerTuning } from "../../server/src/trackers";
import type { TrackerSettings } from "../../server/src/trackers/settings";
import type { Tracker, TrackerKind } from "../../server/src/trackers/types";
import { GitHubFake } from "./fakes/github";
import { GitLabFake } from "./fakes/gitlab";
import { JiraFake } from "./fakes/jira";
import { LinearFake } from "./fakes/linear";
import type { FakeRequest, FakeServer } from "./fakes/server";

export interface StoredIssue {
  title: string;
  body: string;
  labels: string[];
  assignee?: string;
  dueDate?: string;
  closed: boolean;
}

export interface Harness {
  kind: TrackerKind;
  fake: FakeServer;
  settings(): TrackerSettings;
  credentials: { token: string; email?: string };
  /** Roster accounts of Priya Raman on this tracker. */
  priya: string;
  make(tuning?: TrackerTuning): Tracker;
  count(): number;
  stored(key: string): StoredIssue;
  closeByHand(key: string): void;
  // Properties, not methods: tests pass them on as fault predicates.
  isSearch: (request: FakeRequest) => boolean;
  isCreate: (request: FakeRequest) => boolean;
  /** The status the tracker uses for "your fields are wrong". */
  validationStatus: number;
  /** Environment variables the CLI reads. */
  env(): Record<string, string>;
}

export const FAST: TrackerTuning = {
  timeoutMs: 3000,
  retry: { retries: 2, baseDelayMs: 10, maxWaitMs: 5000 },
  fast: true,
};

function graphQlOperation(request: FakeRequest): string {
  return String((request.body as { query?: string } | undefined)?.query ?? "");
}

function adfText(value: unknown): string {
  if (value === null || typeof value !== "object") return "";
  const node = value as { text?: string; content?: unknown[] };
  return (node.text ?? "") + (node.content ?? []).map(adfText).join("\n\n");
}

/** What differs from one tracker to the next; `trackerHarness` fills in the rest the same way for all. */
type TrackerParts = Omit<Harness, "kind" | "fake" | "settings" | "make" | "count">;

/**
 * A harness whose settings are the shared label plus `where` (the tracker's own section, copied
 * afresh on each call, as a test may change what it gets), whose trackers are made from those
 * settings, and whose count is the fake's number of issues.
 */
function trackerHarness(
  kind: TrackerKind,
  fake: FakeServer & { issues: { size: number } },
  where: Omit<TrackerSettings, "label">,
  parts: TrackerParts,
): Harness {
  const made: Harness = {
    kind,
    fake,
    settings: () => ({ label: "post-mortem-action", ...structuredClone(where) }),
    make: (tuning = FAST) => createTracker(made.settings(), kind, made.credentials, tuning),
    count: () => fake.issues.size,
    ...parts,
  };
  return made;
}

/** GitHub and GitLab issue keys are "#" and the issue number. */
function issueNumber(key: string): number {
  return Number(key.replace("#", ""));
}

export async function githubHarness(): Promise<Harness> {
  const fake = await GitHubFake.create();
  return trackerHarness(
    "github",
    fake,
    { github: { owner: "acme", repo: "payments", baseUrl: fake.baseUrl } },
    {
      credentials: { token: "ghp_test" },
      priya: "priya",
      stored: (key) => {
        const issue = fake.issues.get(issueNumber(key))!;
        return {
          title: issue.title,
          body: issue.body ?? "",
          labels: issue.labels.map((label) => label.name),
          assignee: issue.assignees[0]?.login,
          closed: issue.state === "closed",
        };
      },
      closeByHand: (key) => fake.closeByHand(issueNumber(key)),
      isSearch: (request) => request.path === "/search/issues",
      isCreate: (request) => request.method === "POST" && /\/issues$/.test(request.path),
      validationStatus: 422,
      env: () => ({ GITHUB_TOKEN: "ghp_test" }),
    },
  );
}

/** Jira Cloud and Data Center store an issue alike but for the description's form. */
function jiraStored(fake: JiraFake, bodyOf: (description: unknown) => string) {
  return (key: string): StoredIssue => {
    const issue = fake.issues.get(key)!;
    return {
      title: issue.summary,
      body: bodyOf(issue.description),
      labels: issue.labels,
      assignee: issue.assignee,
      dueDate: issue.duedate,
      closed: issue.status === "done",
    };
  };
}

export async function jiraHarness(): Promise<Harness> {
  const fake = await JiraFake.create();
  return trackerHarness(
    "jira",
    fake,
    { jira: { site: "acme.atlassian.net", project: "PAY", baseUrl: fake.baseUrl } },
    {
      credentials: { token: "jira-token", email: "bot@acme.example" },
      priya: "acc-priya",
      stored: jiraStored(fake, adfText),
      closeByHand: (key) => fake.closeByHand(key),
      isSearch: (request) => request.path === "/rest/api/3/search/jql",
      isCreate: (request) => request.method === "POST" && request.path === "/rest/api/3/issue",
      validationStatus: 400,
      env: () => ({ JIRA_EMAIL: "bot@acme.example", JIRA_API_TOKEN: "jira-token" }),
    },
  );
}

/** Jira Data Center (REST v2): a personal access token without email, usernames, wiki-markup descriptions. */
export async function jiraDataCenterHarness(): Promise<Harness> {
  const fake = await JiraFake.create();
  return trackerHarness(
    "jira",
    fake,
    {
      jira: {
        site: "https://jira.example.com",
        project: "PAY",
        baseUrl: fake.baseUrl,
        deployment: "datacenter",
      },
    },
    {
      credentials: { token: "jira-pat" },
      priya: "priya",
      stored: jiraStored(fake, (description) =>
        typeof description === "string" ? description : "",
      ),
      closeByHand: (key) => fake.closeByHand(key),
      isSearch: (request) => request.path === "/rest/api/2/search",
      isCreate: (request) => request.method === "POST" && request.path === "/rest/api/2/issue",
      validationStatus: 400,
      env: () => ({ JIRA_API_TOKEN: "jira-pat" }),
    },
  );
}

export async function linearHarness(): Promise<Harness> {
  const fake = await LinearFake.create();
  const byIdentifier = (key: string) =>
    [...fake.issues.values()].find((issue) => issue.identifier === key)!;
  return trackerHarness(
    "linear",
    fake,
    { linear: { team: "ENG", baseUrl: fake.baseUrl } },
    {
      credentials: { token: "lin_api_test" },
      priya: "user-priya",
      stored: (key) => {
        const issue = byIdentifier(key);
        const labelNames = [...fake.labels.entries()]
          .filter(([, id]) => issue.labelIds.includes(id))
          .map(([name]) => name);
        return {
          title: issue.title,
          body: issue.description ?? "",
          labels: labelNames,
          assignee: issue.assigneeId,
          dueDate: issue.dueDate,
          closed: issue.stateType === "completed",
        };
      },
      closeByHand: (key) => fake.closeByHand(key),
      isSearch: (request) => graphQlOperation(request).includes("FindByMarker"),
      isCreate: (request) => graphQlOperation(request).includes("mutation CreateIssue"),
      validationStatus: 422,
      env: () => ({ LINEAR_API_KEY: "lin_api_test" }),
    },
  );
}

export async function gitlabHarness(): Promise<Harness> {
  const fake = await GitLabFake.create();
  return trackerHarness(
    "gitlab",
    fake,
    { gitlab: { project: "acme/payments", baseUrl: fake.baseUrl } },
    {
      credentials: { token: "glpat-test" },
      priya: "priya",
      stored: (key) => {
        const issue = fake.issues.get(issueNumber(key))!;
        const username = [...fake.users.entries()].find(
          ([, id]) => id === issue.assigneeIds[0],
        )?.[0];
        return {
          title: issue.title,
          body: issue.description ?? "",
          labels: issue.labels,
          assignee: username,
          dueDate: issue.dueDate ?? undefined,
          closed: issue.state === "closed",
        };
      },
      closeByHand: (key) => fake.closeByHand(issueNumber(key)),
      isSearch: (request) => request.method === "GET" && /\/issues$/.test(request.rawPath),
      isCreate: (request) => request.method === "POST" && /\/issues$/.test(request.rawPath),
      validationStatus: 400,
      env: () => ({ GITLAB_TOKEN: "glpat-test" }),
    },
  );
}

/** The TrackerError a call must end in; succeeding, or failing any other way, fails the test. */
export async function trackerFailure(call: Promise<unknown>): Promise<TrackerError> {
  const error = await call.then(
    () => assert.fail("expected a failure"),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof TrackerError, `a TrackerError, got ${String(error)}`);
  return error;
}

/** Each harness with the name its suites are titled by. */
export const HARNESSES: [string, () => Promise<Harness>][] = [
  ["github", githubHarness],
  ["jira", jiraHarness],
  ["jira data center", jiraDataCenterHarness],
  ["linear", linearHarness],
  ["gitlab", gitlabHarness],
];

/** A config whose roster maps Priya to her account on every tracker (on the harness's one, as that tracker names her). */
export function rosterConfig(harness?: Harness): ResolvedConfig {
  const config = defaultConfig();
  const priya = {
    name: "Priya Raman",
    aliases: ["Priya"],
    github: "priya",
    jira: "acc-priya",
    linear: "user-priya",
    gitlab: "priya",
  };
  if (harness !== undefined) priya[harness.kind] = harness.priya;
  config.people.push(priya);
  return config;
}

export const POST_MORTEM = `---
title: payments-api connection pool exhaustion
date: 2026-02-11
---

# payments-api connection pool exhaustion

## Summary

On 11 February 2026, 31% of card capture requests to payments-api failed with HTTP 503 for 43 minutes.

## Action items

- [ ] Priya: add a pool_wait_ms p99 > 250 ms alert that pages the payments primary by 2026-03-06
- [ ] Priya: move the pool size from code to the PAYMENTS_DB_POOL_SIZE setting by 2026-03-13
- [x] Mei: roll back payments-api to v4.1.3 (PAY-2210)

| Action | Owner | Due | Tracking |
|---|---|---|---|
| Remove the database call from the liveness probe | Priya | 2026-04-01 | |
`;

/**
 * The suite's fake: started before its tests, checked after each one (no fault left queued, every
 * exchange matched the published description), and stopped at the end, before any assertion on its
 * state can fail and leave the server open.
 */
export function suiteHarness(make: () => Promise<Harness>): () => Harness {
  let harness: Harness | undefined;
  before(async function () {
    harness = await make();
  });
  after(async function () {
    await harness?.fake.stop();
  });
  afterEach(async function () {
    harness!.fake.clearFaults();
    await harness!.fake.settle();
    assert.deepEqual(
      harness!.fake.violations.splice(0),
      [],
      "every request and response matches the published description",
    );
  });
  return () => harness!;
}
