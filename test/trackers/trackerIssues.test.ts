// The tracker listing's rules without a server process: which references link which tracker, the cap
// on status reads per request, and the five-minute memory of states read.
import * as assert from "node:assert/strict";
import { defaultConfig } from "../../server/src/core/config";
import type { IndexedAction, IndexedPostMortem } from "../../server/src/core/index/types";
import { MAX_STATUS_READS, TrackerIssues } from "../../server/src/lsp/trackerIssues";
import { STATUS_TTL_MS } from "../../server/src/lsp/trackerStatus";
import { issueKeyOfRef } from "../../server/src/trackers/refs";
import { FAST, gitlabHarness, suiteHarness, type Harness } from "./harnesses";

function action(
  id: string,
  trackerRefs: string[],
  state: IndexedAction["state"] = "open",
): IndexedAction {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return {
    id,
    uri: "file:///w/postmortems/a.md",
    text: id,
    range,
    owners: [],
    trackerRefs,
    state,
    weak: [],
    section: "Action items",
  };
}

function postMortem(actions: IndexedAction[], tracker?: unknown): IndexedPostMortem {
  return {
    uri: "file:///w/postmortems/a.md",
    title: "a",
    services: [],
    actions,
    origin: "disk",
    ...(tracker === undefined ? {} : { tracker }),
  };
}

describe("trackers: issue references and the tracker listing", function () {
  it("reads a reference as this tracker's key only when it names this repository, project or team", function () {
    const payments = { repository: "acme/payments" };
    assert.equal(
      issueKeyOfRef("https://github.com/acme/payments/issues/12", "github", payments),
      "#12",
    );
    assert.equal(
      issueKeyOfRef("https://github.com/acme/other/issues/12", "github", payments),
      undefined,
    );
    assert.equal(issueKeyOfRef("acme/payments#7", "github", payments), "#7");
    assert.equal(issueKeyOfRef("#7", "github", payments), "#7");
    assert.equal(
      issueKeyOfRef("https://gitlab.example.com/acme/payments/-/issues/3", "gitlab", payments),
      "#3",
    );
    assert.equal(
      issueKeyOfRef("https://gitlab.example.com/acme/payments/-/issues/3", "github", payments),
      undefined,
    );
    assert.equal(
      issueKeyOfRef("https://acme.atlassian.net/browse/PAY-12", "jira", { keyPrefix: "PAY" }),
      "PAY-12",
    );
    assert.equal(issueKeyOfRef("OPS-12", "jira", { keyPrefix: "PAY" }), undefined);
    assert.equal(
      issueKeyOfRef("https://linear.app/acme/issue/ENG-7/retry", "linear", { keyPrefix: "ENG" }),
      "ENG-7",
    );
  });

  describe("against the GitLab fake", function () {
    this.timeout(20000);
    let gitlab: Harness;
    let now = 1_000_000;

    const suite = suiteHarness(gitlabHarness);
    before(function () {
      gitlab = suite();
    });

    function listing(postMortems: IndexedPostMortem[]): TrackerIssues {
      const config = defaultConfig();
      config.tracker = gitlab.settings();
      return new TrackerIssues(
        {
          isTrusted: () => true,
          postMortems: () => postMortems,
          configFor: () => ({ config }),
          tuning: FAST,
        },
        () => now,
      );
    }

    it(`reads at most ${MAX_STATUS_READS} linked states per request`, async function () {
      const refs = Array.from({ length: MAX_STATUS_READS + 20 }, (_, index) =>
        action(`a${index}`, [`#${9000 + index}`]),
      );
      const before = gitlab.fake.requests.length;
      const result = await listing([postMortem(refs)]).list({
        credentials: { gitlab: { token: "glpat-test" } },
      });
      assert.equal(result.trackers[0].error, undefined);
      assert.equal(
        gitlab.fake.requests.length - before,
        1 + MAX_STATUS_READS,
        "one listing and the capped reads",
      );
    });

    it("keeps a state read for five minutes; deprioritized actions are not read", async function () {
      const issue = await gitlab.make().create({
        title: "Unlabelled but linked",
        body: "ft-cache",
        marker: "ft-cache",
        labels: [],
      });
      const listed = listing([
        postMortem([action("linked", [issue.url]), action("dropped", ["#8999"], "deprioritized")]),
      ]);
      const credentials = { gitlab: { token: "glpat-test" } };
      let before = gitlab.fake.requests.length;
      const first = await listed.list({ credentials });
      assert.deepEqual(
        first.trackers[0].linked.map((entry) => [entry.key, entry.state, entry.actionId]),
        [[issue.key, "open", "linked"]],
      );
      assert.equal(gitlab.fake.requests.length - before, 2, "the listing and one status read");
      gitlab.closeByHand(issue.key);
      before = gitlab.fake.requests.length;
      now += STATUS_TTL_MS - 1;
      assert.equal(
        (await listed.list({ credentials })).trackers[0].linked[0].state,
        "open",
        "within five minutes: remembered",
      );
      assert.equal(gitlab.fake.requests.length - before, 1, "the listing only");
      now += 2;
      assert.equal(
        (await listed.list({ credentials })).trackers[0].linked[0].state,
        "closed",
        "read again after five minutes",
      );
    });

    it("an issue closed through Follow-Through is read again at once", async function () {
      const issue = await gitlab.make().create({
        title: "Closed from the editor",
        body: "ft-forget",
        marker: "ft-forget",
        labels: [],
      });
      const listed = listing([postMortem([action("linked", [issue.url])])]);
      const credentials = { gitlab: { token: "glpat-test" } };
      assert.equal((await listed.list({ credentials })).trackers[0].linked[0].state, "open");
      await gitlab.make().close(issue.key);
      listed.forget(issue.key);
      assert.equal((await listed.list({ credentials })).trackers[0].linked[0].state, "closed");
    });
  });
});
