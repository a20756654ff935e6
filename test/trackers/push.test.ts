// Push over real HTTP to the four fake trackers: one issue with the right fields, never a duplicate,
// every fault a clear error with nothing duplicated, bounded retries; and status read-back.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import type { AddressInfo } from "node:net";
import { applyChanges } from "../../server/src/core/fixes";
import { lint } from "../../server/src/core/lint";
import {
  draftFor,
  linkChange,
  pushDraft,
  pushableItems,
  TrackerError,
  type IssueDraft,
} from "../../server/src/trackers";
import { createTracker } from "../../server/src/trackers";
import type { TrackerKind } from "../../server/src/trackers/types";
import {
  FAST,
  HARNESSES,
  POST_MORTEM,
  rosterConfig,
  suiteHarness,
  trackerFailure,
  type Harness,
} from "./harnesses";

const PATH = "docs/postmortems/2026-02-11-payments-api-connection-pool.md";

function draftsFor(harness: Harness, text = POST_MORTEM): { drafts: IssueDraft[]; ids: string[] } {
  const config = rosterConfig(harness);
  const { doc } = lint(text, { config, fileName: PATH });
  const items = pushableItems(doc);
  return {
    ids: items.map((item) => item.id),
    drafts: items.map((item) =>
      draftFor(item, harness.kind, {
        doc,
        relativePath: PATH,
        permalink: `https://github.com/acme/payments/blob/abc123/${PATH}`,
        people: config.people,
      }),
    ),
  };
}

const quick = { baseDelayMs: 5 };

for (const [name, makeHarness] of HARNESSES) {
  describe(`trackers: ${name} over HTTP`, function () {
    this.timeout(20000);
    let harness: Harness;
    let kind: TrackerKind;

    const suite = suiteHarness(makeHarness);
    before(function () {
      harness = suite();
      kind = harness.kind;
    });

    it("creates one issue with the action as title, owner, deadline, link back and summary in the body, the label, assignee and due date", async function () {
      const { drafts } = draftsFor(harness);
      const before = harness.count();
      const result = await pushDraft(harness.make(), drafts[0], quick);
      assert.equal(result.outcome, "created");
      assert.equal(harness.count(), before + 1);
      const stored = harness.stored(result.issue.key);
      assert.equal(
        stored.title,
        "Add a pool_wait_ms p99 > 250 ms alert that pages the payments primary",
        "a title reads as a sentence",
      );
      // Markdown bold, or wiki markup's on Jira Data Center.
      assert.match(stored.body, /Owner:\*{1,2} Priya/);
      assert.match(stored.body, /Due:\*{1,2} 2026-03-06/);
      assert.ok(
        stored.body.includes(`https://github.com/acme/payments/blob/abc123/${PATH}`),
        "permalink to the post-mortem",
      );
      assert.ok(stored.body.includes(PATH), "path of the post-mortem");
      assert.match(stored.body, /31% of card capture requests/);
      assert.ok(stored.body.includes(drafts[0].marker), "the marker is in the body");
      assert.ok(
        stored.labels.includes("post-mortem-action"),
        `labels: ${stored.labels.join(", ")}`,
      );
      assert.equal(stored.assignee, harness.priya);
      if (kind !== "github") {
        assert.equal(stored.dueDate, "2026-03-06");
      }
      assert.equal(result.issue.state, "open");
      assert.ok(result.issue.url.startsWith("http"), result.issue.url);
    });

    it("a second push of the same action creates nothing and returns the same issue", async function () {
      const { drafts } = draftsFor(harness);
      const first = await pushDraft(harness.make(), drafts[0], quick);
      const count = harness.count();
      const second = await pushDraft(harness.make(), drafts[0], quick);
      assert.equal(second.outcome, "existed");
      assert.equal(second.issue.key, first.issue.key);
      assert.equal(harness.count(), count);
    });

    it("writes the link back in the item's own convention (suffix for a task, the Tracking cell for a row) and tracker-missing goes away", async function () {
      const config = rosterConfig(harness);
      let text = POST_MORTEM;
      const { ids, drafts } = draftsFor(harness, text);
      for (const [index, id] of ids.entries()) {
        const { issue } = await pushDraft(harness.make(), drafts[index], quick);
        const change = linkChange(lint(text, { config, fileName: PATH }).doc, id, issue);
        assert.equal(change.kind, "change");
        text = applyChanges(text, [
          (change as { change: Parameters<typeof applyChanges>[1][0] }).change,
        ]);
      }
      const after = lint(text, { config, fileName: PATH });
      assert.deepEqual(pushableItems(after.doc), [], "every open item is linked");
      assert.equal(
        after.findings.filter((finding) => finding.rule === "tracker-missing").length,
        0,
      );
      const row = text.split("\n").find((line) => line.startsWith("| Remove the database call"))!;
      assert.match(
        row,
        /\| \[[^\]]+\]\(http[^)]+\) \|$/,
        `the Tracking cell holds the link: ${row}`,
      );
      assert.match(
        text,
        /by 2026-03-06 \(\[[^\]]+\]\(http[^)]+\)\)\n/,
        "a task item gets a (link) suffix",
      );
    });

    it("from the bundled examples: each open unlinked action becomes one issue, linked in the item's own convention (a Tracking sub-bullet, a suffix)", async function () {
      const config = rosterConfig(harness);
      for (const name of ["2026-07-08-checkout-latency.md", "2026-08-22-webhook-backlog.md"]) {
        const relativePath = `examples/postmortems/${name}`;
        let text = fs.readFileSync(path.join(__dirname, "..", "..", relativePath), "utf8");
        const doc = lint(text, { config, fileName: relativePath }).doc;
        const items = pushableItems(doc).slice(0, 2);
        assert.ok(items.length > 0, `${name} has an open action without a link`);
        const before = harness.count();
        for (const item of items) {
          const draft = draftFor(item, harness.kind, { doc, relativePath, people: config.people });
          const first = await pushDraft(harness.make(), draft, quick);
          const second = await pushDraft(harness.make(), draft, quick);
          assert.deepEqual([first.outcome, second.outcome], ["created", "existed"]);
          assert.equal(harness.stored(first.issue.key).title, draft.title);
          const change = linkChange(
            lint(text, { config, fileName: relativePath }).doc,
            item.id,
            first.issue,
          );
          assert.equal(change.kind, "change");
          text = applyChanges(text, [
            (change as { change: Parameters<typeof applyChanges>[1][0] }).change,
          ]);
        }
        assert.equal(harness.count(), before + items.length);
        const relinted = lint(text, { config, fileName: relativePath }).doc;
        for (const item of items) {
          assert.ok(
            !pushableItems(relinted).some((candidate) => candidate.text === item.text),
            `"${item.text}" is linked`,
          );
        }
        if (name.startsWith("2026-07-08")) {
          assert.match(
            text,
            /\n\s+- Tracking: \[[^\]]+\]\(http[^)]+\)\n/,
            "a Tracking sub-bullet, as the item writes its other fields",
          );
        }
      }
    });

    it("two people pushing the same action at the same moment end with one open issue, and both get its link", async function () {
      const { drafts } = draftsFor(harness);
      const marker = `${drafts[0].marker}-race`;
      const draft = {
        ...drafts[0],
        marker,
        body: drafts[0].body.replace(drafts[0].marker, marker),
      };
      const [first, second] = await Promise.all([
        pushDraft(harness.make(), draft, quick),
        pushDraft(harness.make(), draft, quick),
      ]);
      assert.equal(first.issue.key, second.issue.key, "both write the same link");
      const open = (await harness.make().findByMarker(marker)).filter(
        (issue) => issue.state === "open",
      );
      assert.deepEqual(
        open.map((issue) => issue.key),
        [first.issue.key],
        "one open issue carries the marker",
      );
    });

    it("after a crash between create and write-back, the next push finds the issue instead of creating another", async function () {
      const { drafts } = draftsFor(harness);
      const marker = `${drafts[1].marker}-crash`;
      const draft = {
        ...drafts[1],
        marker,
        body: drafts[1].body.replace(drafts[1].marker, marker),
      };
      await pushDraft(harness.make(), draft, quick); // ... and the process dies before writing the link.
      const count = harness.count();
      const again = await pushDraft(harness.make(), draft, quick);
      assert.equal(again.outcome, "existed");
      assert.equal(harness.count(), count);
    });

    describe("faults", function () {
      let serial = 0;
      const fresh = (): IssueDraft => {
        serial++;
        const draft = draftsFor(harness).drafts[0];
        const marker = `${draft.marker}-fault${serial}`;
        return { ...draft, marker, body: `${draft.body}\n\n${marker}` };
      };

      async function expectFailure(
        draft: IssueDraft,
        kindOfError: TrackerError["kind"],
        message: RegExp,
      ): Promise<TrackerError> {
        const count = harness.count();
        const error = await trackerFailure(pushDraft(harness.make(), draft, quick));
        assert.equal(error.kind, kindOfError, error.message);
        assert.match(error.message, message);
        assert.equal(harness.count(), count, "nothing created");
        return error;
      }

      async function recovers(draft: IssueDraft): Promise<void> {
        const count = harness.count();
        const retried = await pushDraft(harness.make(), draft, quick);
        assert.equal(retried.outcome, "created");
        const again = await pushDraft(harness.make(), draft, quick);
        assert.equal(again.outcome, "existed");
        assert.equal(harness.count(), count + 1, "one issue after the fault and two more pushes");
      }

      it("401: says the token is wrong or expired and how to sign in again; nothing created", async function () {
        const draft = fresh();
        harness.fake.fault({ status: 401 });
        await expectFailure(draft, "auth", /401.*(expired|token)/i);
        await recovers(draft);
      });

      it("403 on create: names the project; nothing created, a later push creates exactly one", async function () {
        const draft = fresh();
        harness.fake.fault({ status: 403, when: harness.isCreate });
        const error = await expectFailure(draft, "forbidden", /403/);
        assert.match(error.message, /(acme\/payments|PAY|ENG)/);
        await recovers(draft);
      });

      it("404 (wrong repository/project/team) is a clear error naming it", async function () {
        const draft = fresh();
        const settings = harness.settings();
        const wrong =
          kind === "github"
            ? { ...settings, github: { ...settings.github!, repo: "nope" } }
            : kind === "jira"
              ? { ...settings, jira: { ...settings.jira!, project: "NOPE" } }
              : kind === "linear"
                ? { ...settings, linear: { ...settings.linear!, team: "NOPE" } }
                : { ...settings, gitlab: { ...settings.gitlab!, project: "acme/nope" } };
        const tracker = createTracker(wrong, kind, harness.credentials, FAST);
        const error = await trackerFailure(pushDraft(tracker, draft, quick));
        if (kind === "jira") {
          // Jira searches an unknown project happily and refuses the create: 400 naming the field.
          assert.equal(error.kind, "validation", error.message);
          assert.match(error.message, /project/);
        } else {
          assert.equal(error.kind, "not-found", error.message);
          assert.match(error.message, /404.*(nope|NOPE)/i);
        }
      });

      it(`${"validation"}: the tracker's own field message is shown; nothing created`, async function () {
        const draft = { ...fresh(), assignee: "nobody-here" };
        const error = await expectFailure(draft, "validation", /./);
        assert.match(error.message, /assignee|nobody-here|does not exist/i);
      });

      it("429 with Retry-After and rate-limit headers: waits as told, then creates exactly one", async function () {
        const draft = fresh();
        const reset = String(Math.ceil(Date.now() / 1000) + 1);
        harness.fake.fault({
          status: 429,
          when: harness.isSearch,
          headers: { "retry-after": "1", "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
        });
        const started = Date.now();
        const result = await pushDraft(harness.make(), draft, quick);
        const waited = Date.now() - started;
        assert.equal(result.outcome, "created");
        // GitHub's client counts Retry-After in 10 ms steps in tests; the others wait the real second.
        assert.ok(waited >= (kind === "github" ? 5 : 900), `waited ${waited} ms`);
        assert.equal(harness.fake.pendingFaults, 0);
      });

      it("429 with a reset further away than the cap fails at once with a clear message", async function () {
        const draft = fresh();
        harness.fake.fault({
          status: 429,
          when: harness.isSearch,
          headers: { "retry-after": "3600" },
          times: 10,
        });
        const started = Date.now();
        await expectFailure(draft, "rate-limited", /rate limit/i);
        assert.ok(Date.now() - started < 2000, "did not wait an hour");
      });

      it("5xx on the search is retried with backoff, then the push succeeds with one issue", async function () {
        const draft = fresh();
        harness.fake
          .fault({ status: 502, when: harness.isSearch })
          .fault({ status: 503, when: harness.isSearch });
        const count = harness.count();
        const result = await pushDraft(harness.make(), draft, quick);
        assert.equal(result.outcome, "created");
        assert.equal(harness.count(), count + 1);
      });

      it("500 on the create is retried only after searching again: exactly one issue", async function () {
        const draft = fresh();
        harness.fake.fault({ status: 500, when: harness.isCreate });
        const count = harness.count();
        const result = await pushDraft(harness.make(), draft, quick);
        assert.equal(result.outcome, "created");
        assert.equal(harness.count(), count + 1);
      });

      it("a socket destroyed after the tracker created the issue: the retry finds it, no duplicate", async function () {
        const draft = fresh();
        harness.fake.fault({ destroy: "after", when: harness.isCreate });
        const count = harness.count();
        const result = await pushDraft(harness.make(), draft, quick);
        assert.equal(result.outcome, "created");
        assert.equal(harness.count(), count + 1);
      });

      it("a create that times out is never sent twice: the push says to try again, and the next push finds the issue", async function () {
        const draft = fresh();
        harness.fake.fault({ delayMs: 500, when: harness.isCreate });
        const count = harness.count();
        const outcome = await pushDraft(
          harness.make({ ...FAST, timeoutMs: 150 }),
          draft,
          quick,
        ).then(
          (result) => result,
          (caught: unknown) => caught as TrackerError,
        );
        if (outcome instanceof TrackerError) {
          assert.equal(outcome.kind, "timeout", outcome.message);
          assert.match(outcome.message, /push again/);
        } else {
          // On a slow machine a later search already saw the slow create land: that is the same issue.
          assert.equal(outcome.outcome, "created");
        }
        await harness.fake.settle(); // The slow tracker finishes the create after the client gave up.
        assert.equal(harness.count(), count + 1);
        const again = await pushDraft(harness.make(), draft, quick);
        assert.equal(again.outcome, "existed");
        assert.equal(harness.count(), count + 1, "never a duplicate");
      });

      it("a search that never answers in time ends in a timeout error, bounded", async function () {
        const draft = fresh();
        harness.fake.fault({ delayMs: 400, when: harness.isSearch, times: 20 });
        const count = harness.count();
        const error = await trackerFailure(
          pushDraft(harness.make({ ...FAST, timeoutMs: 150 }), draft, quick),
        );
        assert.equal(error.kind, "timeout", error.message);
        assert.match(error.message, /timed out/);
        assert.equal(harness.count(), count);
      });

      it("an answer that is not JSON is a clear error (wrong base URL?), nothing created", async function () {
        const draft = fresh();
        harness.fake.fault({
          when: harness.isSearch,
          text: { contentType: "text/html", body: "<html><body>Sign in</body></html>" },
        });
        await expectFailure(draft, "bad-response", /not JSON/i);
      });

      it("5xx that never stops: bounded attempts, then a server error; nothing created", async function () {
        const draft = fresh();
        harness.fake.fault({ status: 503, when: harness.isSearch, times: 100 });
        const requestsBefore = harness.fake.requests.length;
        await expectFailure(draft, "server", /50\d/);
        const attempts = harness.fake.requests.length - requestsBefore;
        assert.ok(attempts <= 9, `at most 3 push attempts x 3 requests, got ${attempts}`);
        assert.ok(attempts >= 3, `retried, got ${attempts}`);
      });

      it("connection refused: a network error naming the host", async function () {
        const closed = http.createServer();
        await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
        const port = (closed.address() as AddressInfo).port;
        await new Promise<void>((resolve) => closed.close(() => resolve()));
        const settings = harness.settings();
        const moved = {
          ...settings,
          [kind]: {
            ...(settings as unknown as Record<string, object>)[kind],
            baseUrl: `http://127.0.0.1:${port}`,
          },
        };
        const tracker = createTracker(moved, kind, harness.credentials, FAST);
        const error = await trackerFailure(pushDraft(tracker, fresh(), quick));
        assert.equal(error.kind, "network", error.message);
      });
    });

    it("reads the status back: open, then closed by hand on the tracker, then closed through the client", async function () {
      const tracker = harness.make();
      const draft = draftsFor(harness).drafts[1];
      const { issue } = await pushDraft(tracker, draft, quick);
      assert.equal((await tracker.getStatus(issue.key)).state, "open");
      harness.closeByHand(issue.key);
      assert.equal((await tracker.getStatus(issue.key)).state, "closed");
      const other = await pushDraft(
        tracker,
        {
          ...draft,
          marker: `${draft.marker}-close`,
          body: draft.body.replace(draft.marker, `${draft.marker}-close`),
        },
        quick,
      );
      await tracker.close(other.issue.key);
      assert.equal(harness.stored(other.issue.key).closed, true);
      assert.equal((await tracker.getStatus(other.issue.key)).state, "closed");
    });
  });
}
