// listOpen over real HTTP against the four fakes: open issues carrying the push label, newest first;
// closed ones and ones without the label stay out; faults end in a TrackerError.
import * as assert from "node:assert/strict";
import { lint } from "../../server/src/core/lint";
import { draftFor, pushDraft, pushableItems, type IssueDraft } from "../../server/src/trackers";
import { DEFAULT_TRACKER_LABEL } from "../../server/src/trackers/settings";
import { GitHubFake } from "./fakes/github";
import type { TrackerKind } from "../../server/src/trackers/types";
import { HARNESSES, POST_MORTEM, rosterConfig, suiteHarness, trackerFailure } from "./harnesses";
import type { Harness } from "./harnesses";

const LABEL = DEFAULT_TRACKER_LABEL;

for (const [name, makeHarness] of HARNESSES) {
  describe(`trackers: ${name} listOpen`, function () {
    this.timeout(20000);
    let harness: Harness;
    let kind: TrackerKind;
    let serial = 0;

    /** An issue made on the tracker directly (not by a push), with these labels. */
    async function direct(title: string, labels: string[]): Promise<string> {
      serial++;
      const marker = `ft-direct-${kind}-${serial}`;
      const draft: IssueDraft = { title, body: `Filed by hand.\n\n${marker}`, marker, labels };
      return (await harness.make().create(draft)).key;
    }

    const suite = suiteHarness(makeHarness);
    before(function () {
      harness = suite();
      kind = harness.kind;
    });

    it("lists pushed and hand-made open issues with the label, newest first; closed and unlabelled ones stay out", async function () {
      const config = rosterConfig(harness);
      const path = `postmortems/list-${kind}.md`;
      const { doc } = lint(POST_MORTEM, { config, fileName: path });
      const item = pushableItems(doc)[0];
      const pushed = await pushDraft(
        harness.make(),
        draftFor(item, kind, { doc, relativePath: path, people: config.people, label: LABEL }),
        { baseDelayMs: 5 },
      );
      const labelled = await direct("Rotate the webhook signing secret", [LABEL]);
      const closed = await direct("Delete the stale replica", [LABEL]);
      harness.closeByHand(closed);
      const unlabelled = await direct("Unrelated bug", []);
      const otherLabel = await direct("Another team's work", ["customer-request"]);
      if (kind === "github")
        (harness.fake as GitHubFake).addPullRequest("Fix the pool size", [LABEL]);

      const open = await harness.make().listOpen(LABEL);
      const keys = open.map((issue) => issue.key);
      assert.deepEqual(
        keys,
        [labelled, pushed.issue.key],
        "newest first, only open labelled issues",
      );
      for (const absent of [closed, unlabelled, otherLabel])
        assert.ok(!keys.includes(absent), `${absent} is not listed`);
      const hand = open[0];
      assert.equal(hand.title, "Rotate the webhook signing secret");
      assert.equal(hand.state, "open");
      assert.ok(hand.url.startsWith("http"), hand.url);
      assert.ok(Array.isArray(hand.assignees));
    });

    it("is bounded by the limit", async function () {
      await direct("First labelled", [LABEL]);
      const newest = await direct("Second labelled", [LABEL]);
      const open = await harness.make().listOpen(LABEL, 1);
      assert.deepEqual(
        open.map((issue) => issue.key),
        [newest],
      );
    });

    it("a label nobody uses lists nothing", async function () {
      assert.deepEqual(await harness.make().listOpen("no-such-label"), []);
    });

    it("401: an auth TrackerError", async function () {
      harness.fake.fault({ status: 401 });
      const error = await trackerFailure(harness.make().listOpen(LABEL));
      assert.equal(error.kind, "auth", error.message);
      assert.match(error.message, /401/);
    });

    it("5xx that does not stop: a server TrackerError after bounded retries", async function () {
      harness.fake.fault({ status: 503, times: 20 });
      const before = harness.fake.requests.length;
      const error = await trackerFailure(harness.make().listOpen(LABEL));
      assert.equal(error.kind, "server", error.message);
      assert.ok(harness.fake.requests.length - before <= 3, "the retries are bounded");
    });
  });
}
