// Jira Data Center and Server (REST v2) beyond the shared push matrix: what goes over the wire (paths,
// Bearer token, wiki markup, usernames), browse URLs on the site, the 401 hint, and the settings.
import * as assert from "node:assert/strict";
import { parseConfigText } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import {
  createTracker,
  draftFor,
  pushableItems,
  pushDraft,
  tokenEnvFor,
  TrackerError,
} from "../../server/src/trackers";
import { pushPlan } from "../../server/src/lsp/push";
import { toWikiMarkup } from "../../server/src/trackers/jira";
import {
  jiraDataCenterHarness,
  POST_MORTEM,
  rosterConfig,
  trackerFailure,
  type Harness,
} from "./harnesses";

const PATH = "postmortems/2026-02-11-pool.md";

describe("trackers: jira data center (REST v2)", function () {
  this.timeout(20000);
  let harness: Harness;

  before(async function () {
    harness = await jiraDataCenterHarness();
  });
  after(async function () {
    await harness.fake.stop();
  });
  afterEach(async function () {
    harness.fake.clearFaults();
    await harness.fake.settle();
    assert.deepEqual(
      harness.fake.violations.splice(0),
      [],
      "every v2 request matches the v3 operation it mirrors",
    );
  });

  it("speaks v2 with a Bearer personal access token: wiki-markup description, assignee by username, browse URL on the site", async function () {
    const config = rosterConfig(harness);
    const { doc } = lint(POST_MORTEM, { config, fileName: PATH });
    const draft = draftFor(pushableItems(doc)[0], "jira", {
      doc,
      relativePath: PATH,
      permalink: `https://github.com/acme/payments/blob/abc/${PATH}`,
      people: config.people,
    });
    const start = harness.fake.requests.length;
    const { issue } = await pushDraft(harness.make(), draft, { baseDelayMs: 5 });
    const sent = harness.fake.requests.slice(start);
    assert.ok(
      sent.length > 0 && sent.every((request) => request.path.startsWith("/rest/api/2/")),
      sent.map((request) => request.path).join(", "),
    );
    assert.ok(
      sent.every((request) => request.headers.authorization === "Bearer jira-pat"),
      "a Bearer token, no Basic email:token",
    );
    const create = sent.find((request) => harness.isCreate(request))!;
    const fields = (create.body as { fields: Record<string, unknown> }).fields;
    assert.equal(typeof fields.description, "string");
    assert.match(fields.description as string, /^\*Owner:\* Priya Raman$/m);
    assert.match(
      fields.description as string,
      /\[payments-api connection pool exhaustion\|https:\/\/github\.com\/acme\/payments\/blob\/abc\/postmortems\/2026-02-11-pool\.md\] \(\{\{postmortems\/2026-02-11-pool\.md\}\}\)/,
    );
    assert.deepEqual(fields.assignee, { name: "priya" });
    assert.equal(issue.url, `https://jira.example.com/browse/${issue.key}`);
    const status = await harness.make().getStatus(issue.key);
    assert.deepEqual(status.assignees, ["priya"]);
    assert.equal(status.url, `https://jira.example.com/browse/${issue.key}`);
  });

  it("401: the auth error says Data Center takes a personal access token", async function () {
    harness.fake.fault({ status: 401 });
    const error = await trackerFailure(harness.make().listOpen("post-mortem-action"));
    assert.equal(error.kind, "auth");
    assert.match(
      error.message,
      /401 Unauthorized.*Data Center takes a personal access token.*no email/,
    );
  });

  it("needs no email; Jira Cloud still does, and says how to switch to Data Center", function () {
    const settings = harness.settings();
    assert.doesNotThrow(() => createTracker(settings, "jira", { token: "jira-pat" }));
    const cloud = { ...settings, jira: { ...settings.jira!, deployment: undefined } };
    assert.throws(
      () => createTracker(cloud, "jira", { token: "jira-token" }),
      (error: unknown) =>
        error instanceof TrackerError &&
        error.kind === "auth" &&
        /JIRA_EMAIL.*deployment: datacenter/.test(error.message),
    );
    assert.deepEqual(tokenEnvFor(settings, "jira"), { token: "JIRA_API_TOKEN" });
    assert.deepEqual(tokenEnvFor(cloud, "jira"), { token: "JIRA_API_TOKEN", email: "JIRA_EMAIL" });
  });

  it("the push plan tells the client whether to ask for an email (Jira Cloud) or not (Data Center); no tracker is called", async function () {
    for (const deployment of ["datacenter", "cloud"] as const) {
      const config = rosterConfig(harness);
      config.tracker = {
        label: "post-mortem-action",
        jira: { ...harness.settings().jira!, deployment },
      };
      const doc = lint(POST_MORTEM, { config, fileName: PATH }).doc;
      const deps = {
        isTrusted: () => true,
        lint: async () => ({ document: { uri: "file:///w/pool.md" } as never, doc, config }),
      };
      const requests = harness.fake.requests.length;
      const plan = await pushPlan(deps, { textDocument: { uri: "file:///w/pool.md" } });
      assert.deepEqual(
        plan.tracker,
        deployment === "cloud"
          ? { kind: "jira", where: "project PAY", needsEmail: true }
          : { kind: "jira", where: "project PAY" },
      );
      assert.equal(harness.fake.requests.length, requests);
    }
  });

  it("reads `deployment` from .followthrough.yml and reports a bad value with its line and key", function () {
    const good = parseConfigText(
      [
        "tracker:",
        "  jira: { site: https://jira.example.com, project: PAY, deployment: datacenter }",
        "",
      ].join("\n"),
      ".followthrough.yml",
    );
    assert.deepEqual(good.problems, []);
    assert.equal(good.config.tracker?.jira?.deployment, "datacenter");
    const bad = parseConfigText(
      [
        "tracker:",
        "  jira:",
        "    site: jira.example.com",
        "    project: PAY",
        "    deployment: server-2019",
        "",
      ].join("\n"),
      ".followthrough.yml",
    );
    assert.deepEqual(
      bad.problems.map((problem) => `${problem.line} ${problem.key}: ${problem.message}`),
      [
        '5 tracker.jira.deployment: expected cloud or datacenter (Jira Data Center or Server); got "server-2019"',
      ],
    );
  });

  it("writes wiki markup for bold, links and code spans", function () {
    assert.equal(
      toWikiMarkup("**Owner:** Priya\n**Post-mortem:** [Pool](https://x.example/p.md) (`p.md`)"),
      "*Owner:* Priya\n*Post-mortem:* [Pool|https://x.example/p.md] ({{p.md}})",
    );
  });
});
