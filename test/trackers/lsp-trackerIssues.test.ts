// followThrough/trackerIssues through the language server over stdio, against the GitLab and Jira
// fakes: the workspace's trackers come from .followthrough.yml and front matter; open labelled issues
// no post-mortem links are "unlinked"; linked issues carry the tracker's state; a tracker without
// credentials or with a failure reports it and the others still answer.
import * as assert from "node:assert/strict";
import {
  IndexChangedNotification,
  TrackerIssuesRequest,
  type IndexChangedParams,
  type TrackerIssuesResult,
} from "../../server/src/protocol";
import type { IssueDraft } from "../../server/src/trackers";
import { serverPerTest } from "../lsp/serverPerTest";
import { gitlabHarness, jiraHarness, type Harness } from "./harnesses";

const LABEL = "post-mortem-action";
let gitlab: Harness;
let jira: Harness;
let serial = 0;
const keys = {
  pushedOpen: "",
  pushedClosed: "",
  direct: "",
  directClosed: "",
  unlabelled: "",
  jiraLinked: "",
  jiraDirect: "",
};

async function create(
  harness: Harness,
  title: string,
  labels: string[],
): Promise<{ key: string; url: string }> {
  serial++;
  const marker = `ft-lsp-list-${serial}`;
  const draft: IssueDraft = { title, body: `${title}\n\n${marker}`, marker, labels };
  return harness.make().create(draft);
}

function link(issue: { key: string; url: string }): string {
  return `[${issue.key}](${issue.url})`;
}

let gitlabDoc = "";
let jiraDoc = "";

function config(): string {
  return [
    "tracker:",
    `  gitlab: { project: acme/payments, baseUrl: "${gitlab.settings().gitlab!.baseUrl}" }`,
    `  jira: { site: acme.atlassian.net, project: PAY, baseUrl: "${jira.settings().jira!.baseUrl}" }`,
    "  use: gitlab",
    "",
  ].join("\n");
}

function prepare(workspace: { file(relative: string, text?: string): string }): void {
  workspace.file(".followthrough.yml", config());
  workspace.file("postmortems/2026-02-11-pool.md", gitlabDoc);
  workspace.file("postmortems/2026-03-02-webhooks.md", jiraDoc);
}

describe("language server: tracker issues (followThrough/trackerIssues)", function () {
  this.timeout(30000);

  before(async function () {
    gitlab = await gitlabHarness();
    jira = await jiraHarness();
    const pushedOpen = await create(gitlab, "Add a pool_wait_ms alert", [LABEL]);
    const pushedClosed = await create(gitlab, "Roll back payments-api", [LABEL]);
    gitlab.closeByHand(pushedClosed.key);
    const direct = await create(gitlab, "Rotate the webhook signing secret", [LABEL]);
    const directClosed = await create(gitlab, "Delete the stale replica", [LABEL]);
    gitlab.closeByHand(directClosed.key);
    const unlabelled = await create(gitlab, "Unrelated bug", []);
    const jiraLinked = await create(jira, "Retry webhooks with backoff", [LABEL]);
    const jiraDirect = await create(jira, "Page on webhook backlog", [LABEL]);
    Object.assign(keys, {
      pushedOpen: pushedOpen.key,
      pushedClosed: pushedClosed.key,
      direct: direct.key,
      directClosed: directClosed.key,
      unlabelled: unlabelled.key,
      jiraLinked: jiraLinked.key,
      jiraDirect: jiraDirect.key,
    });
    gitlabDoc = [
      "---",
      "title: payments-api pool exhaustion",
      "date: 2026-02-11",
      "---",
      "# payments-api pool exhaustion",
      "",
      "## Action items",
      "",
      `- [ ] Priya: add a pool_wait_ms p99 > 250 ms alert by 2026-03-06 (${link(pushedOpen)})`,
      `- [x] Mei: roll back payments-api to v4.1.3 (${link(pushedClosed)})`,
      "- [ ] Priya: move the pool size to a setting by 2026-03-13",
      "",
    ].join("\n");
    jiraDoc = [
      "---",
      "title: webhook backlog",
      "date: 2026-03-02",
      "tracker: jira",
      "---",
      "# webhook backlog",
      "",
      "## Action items",
      "",
      `- [ ] Mei: retry failed webhooks with backoff by 2026-04-01 (${jiraLinked.key})`,
      "",
    ].join("\n");
  });

  after(async function () {
    await gitlab.fake.stop();
    await jira.fake.stop();
  });

  afterEach(async function () {
    gitlab.fake.clearFaults();
    await gitlab.fake.settle();
    await jira.fake.settle();
    assert.deepEqual([...gitlab.fake.violations.splice(0), ...jira.fake.violations.splice(0)], []);
  });

  async function trackerIssues(
    server: {
      client: {
        connection: { sendRequest(method: string, params: unknown): Promise<unknown> };
        waitForNotification<P>(method: string, match: (params: P) => boolean): Promise<P>;
      };
    },
    credentials: object,
  ): Promise<TrackerIssuesResult> {
    await server.client.waitForNotification<IndexChangedParams>(
      IndexChangedNotification.method,
      (params) => !params.indexing && params.postMortems === 2,
    );
    return (await server.client.connection.sendRequest(TrackerIssuesRequest.method, {
      credentials,
    })) as TrackerIssuesResult;
  }

  describe("trusted", function () {
    const server = serverPerTest(prepare, () => ({ initializationOptions: { trusted: true } }));

    it("lists the unlinked open labelled issue, the linked ones with their state; a tracker without credentials says auth and is not called", async function () {
      const jiraRequests = jira.fake.requests.length;
      const result = await trackerIssues(server, { gitlab: { token: "glpat-test" } });
      assert.equal(result.problem, undefined);
      const byKind = new Map(result.trackers.map((entry) => [entry.kind, entry]));
      assert.deepEqual([...byKind.keys()].sort(), ["gitlab", "jira"]);

      const onGitlab = byKind.get("gitlab")!;
      assert.equal(onGitlab.where, "project acme/payments");
      assert.equal(onGitlab.error, undefined, JSON.stringify(onGitlab.error));
      assert.deepEqual(
        onGitlab.unlinked.map((issue) => issue.key),
        [keys.direct],
        "only the open labelled issue nobody links",
      );
      assert.equal(onGitlab.unlinked[0].title, "Rotate the webhook signing secret");
      assert.equal(onGitlab.unlinked[0].state, "open");
      const linked = new Map(onGitlab.linked.map((issue) => [issue.key, issue]));
      assert.deepEqual([...linked.keys()].sort(), [keys.pushedOpen, keys.pushedClosed].sort());
      assert.equal(linked.get(keys.pushedOpen)!.state, "open");
      assert.equal(linked.get(keys.pushedClosed)!.state, "closed");
      assert.match(linked.get(keys.pushedOpen)!.uri, /postmortems\/2026-02-11-pool\.md$/);
      assert.ok(linked.get(keys.pushedOpen)!.actionId.length > 0);
      for (const absent of [keys.directClosed, keys.unlabelled]) {
        assert.ok(
          !onGitlab.unlinked.some((issue) => issue.key === absent) && !linked.has(absent),
          `${absent} is listed nowhere`,
        );
      }

      const onJira = byKind.get("jira")!;
      assert.equal(onJira.where, "project PAY");
      assert.equal(onJira.error?.kind, "auth");
      assert.deepEqual([onJira.unlinked, onJira.linked], [[], []]);
      assert.equal(jira.fake.requests.length, jiraRequests, "no request without credentials");
    });

    it("one tracker's failure (401) does not hide the other's answer", async function () {
      gitlab.fake.fault({ status: 401, times: 5 });
      const result = await trackerIssues(server, {
        gitlab: { token: "expired" },
        jira: { token: "jira-token", email: "bot@acme.example" },
      });
      const byKind = new Map(result.trackers.map((entry) => [entry.kind, entry]));
      assert.equal(byKind.get("gitlab")!.error?.kind, "auth");
      const onJira = byKind.get("jira")!;
      assert.equal(onJira.error, undefined, JSON.stringify(onJira.error));
      assert.deepEqual(
        onJira.unlinked.map((issue) => issue.key),
        [keys.jiraDirect],
      );
      assert.deepEqual(
        onJira.linked.map((issue) => [issue.key, issue.state]),
        [[keys.jiraLinked, "open"]],
      );
    });
  });

  describe("untrusted", function () {
    const server = serverPerTest(prepare, () => ({ initializationOptions: { trusted: false } }));

    it("answers with a problem and calls no tracker", async function () {
      const before = gitlab.fake.requests.length + jira.fake.requests.length;
      const result = await trackerIssues(server, {
        gitlab: { token: "glpat-test" },
        jira: { token: "jira-token", email: "bot@acme.example" },
      });
      assert.deepEqual(result.trackers, []);
      assert.match(result.problem ?? "", /untrusted/);
      assert.equal(gitlab.fake.requests.length + jira.fake.requests.length, before);
    });
  });
});
