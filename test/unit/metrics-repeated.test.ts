// Repeated fixes (server/src/core/metrics/repeatedFixes.ts): which pairs of action items from two
// post-mortems are the same fix, and which only look alike. The texts are written for these tests.
// A false "same fix" tells a leader a fix failed when it did not, so the must-not list is the longer.
import { strict as assert } from "node:assert";
import { lint } from "../../server/src/core/lint";
import { summarise } from "../../server/src/core/index/summarise";
import type { IndexedPostMortem } from "../../server/src/core/index/types";
import { postMortemMarkdown } from "../support/postMortemText";
import {
  contentWords,
  findRepeatedFixes,
  sameFix,
  serviceStems,
  signature,
  similarity,
  specificWords,
  stem,
} from "../../server/src/core/metrics";

let counter = 0;
function postMortem(
  date: string | undefined,
  items: string[],
  title?: string,
  services: string[] = [],
): IndexedPostMortem {
  counter++;
  title ??= `Incident ${counter}`;
  const fields = [
    `title: ${title}`,
    ...(date === undefined ? [] : [`date: ${date}`]),
    ...(services.length === 0 ? [] : [`services: [${services.join(", ")}]`]),
  ];
  const text = postMortemMarkdown(fields, `# Post-mortem: ${title}`, items);
  return summarise(
    `file:///w/postmortems/${counter}.md`,
    lint(text, { today: new Date("2026-12-01T00:00:00Z") }),
    "disk",
  );
}

/** Each pair: an item as one post-mortem wrote it, and as a later one wrote it again. */
const MUST_MATCH: [string, string][] = [
  [
    "Kwame: remove the database call from the `payments-api` liveness probe by 2026-03-01 (OPS-12)",
    "Make the payments-api liveness probe stop calling the database (OPS-88)",
  ],
  [
    "Mei: add a `pool_wait_ms` p99 > 250 ms alert that pages the payments primary",
    "Alert the payments primary when connection pool wait p99 exceeds 250 ms",
  ],
  [
    "Add per-merchant worker pools to the webhook delivery service",
    "Payments team: look into per-merchant worker pools",
  ],
  [
    "Lower the internal resolver's maximum cache TTL from 3600 to 300 seconds",
    "Cap the DNS cache TTL on the internal resolver at 5 minutes",
  ],
  [
    "Add a unique constraint on ledger_entries(bank_reference, value_date)",
    "Enforce uniqueness of bank_reference and value_date in ledger_entries",
  ],
  [
    "Improve monitoring of the webhook queue",
    "Kwame: add a `webhook_queue_depth > 50000` alert (OPS-6101)",
  ],
  [
    "Move the settlement run's report queries to the read replica",
    "Run the settlement report queries against the read replica, not the primary",
  ],
  [
    "Raise the payments-api HPA minimum from 4 to 8 pods during announced sales",
    "Pre-scale payments-api to at least 8 pods before announced sales",
  ],
  [
    "Give the fraud-score client its own 800 ms timeout and fall back to the rules engine",
    "Time out fraud-score calls after 800 ms and fall back to the rules engine, by 2026-09-01",
  ],
  [
    "**Search reindex**: Dan will throttle the nightly reindex job to 200 documents per second",
    "Throttle the nightly search reindex job (SRCH-41)",
  ],
];

/** Pairs that share words but are different fixes: another service, another kind of fix, another part. */
const MUST_NOT_MATCH: [string, string, string[]?, string[]?][] = [
  [
    "Add the compensating-entry procedure to the ledger runbook",
    "Add the resolver cache flush command to the DNS runbook",
  ],
  ["Improve monitoring", "Improve monitoring of the webhook queue"],
  ["Add a checkout p99 latency alert", "Add a search p99 latency alert"],
  ["Add a payments-api p99 latency alert", "Add a payments-api error rate alert"],
  ["Update the on-call runbook", "Update the on-call handover template"],
  [
    "Add a checkout p99 latency panel per payment method to the checkout dashboard",
    "Page the checkout primary when p99 latency stays above 2 s for 10 minutes",
  ],
  [
    "Alert when two settlement files share a content hash",
    "Key settlement files by the SHA-256 of their content",
  ],
  [
    "Add an integration test that rotates a signing key under load",
    "Schedule a key-rotation game day",
  ],
  [
    "Move the pool size from code to the PAYMENTS_DB_POOL_SIZE setting",
    "Add a CI check that fails when the total pool size across pods drops by more than 25%",
  ],
  ["Roll back payments-api to v4.1.3", "Roll back checkout to v2.0.1"],
  [
    "Add a reconciliation check that compares daily ledger totals with the bank statement",
    "Add a reconciliation check that compares payout totals with the processor's settlement report",
  ],
  [
    "Add rate limiting per merchant on the webhook endpoint",
    "Add per-merchant worker pools for webhook delivery",
  ],
  [
    "Add an alert on disk usage above 80% on the Kafka brokers",
    "Add an alert on consumer lag above 10,000 messages on the Kafka brokers",
  ],
  [
    "Document the failover procedure for the primary database",
    "Test the failover procedure for the primary database in staging every quarter",
  ],
  [
    "Add a dashboard for webhook delivery latency",
    "Page the webhooks on-call when webhook delivery latency exceeds 60 s",
  ],
  [
    "Alice: add alert for DB replication lag >30s in Datadog",
    "Bob: add alert for DB connection count >500 in Datadog",
  ],
  [
    "Increase the checkout pod memory limit to 2 GiB",
    "Increase the search pod memory limit to 4 GiB",
    ["checkout"],
    ["search"],
  ],
  [
    "Raise the pod memory limit to 2 GiB and alert on OOM kills",
    "Raise the pod memory limit to 4 GiB and alert on OOM kills",
    ["checkout"],
    ["search"],
  ],
  [
    "Remove the database call from the liveness probe",
    "Remove the database call from the readiness probe and the liveness probe",
    ["payments-api"],
    ["ledger"],
  ],
  [
    "Rotate the TLS certificate for api.example.com before it expires",
    "Publish new signing keys 24 hours before signing with them",
  ],
];

/** Through the real path: each text is an item of its own post-mortem, linted and indexed. */
function same(a: string, b: string, servicesA: string[] = [], servicesB: string[] = []): boolean {
  const first = postMortem("2026-01-10", [`- [ ] ${a}`], undefined, servicesA);
  const second = postMortem("2026-05-10", [`- [ ] ${b}`], undefined, servicesB);
  const viaClusters = findRepeatedFixes([first, second]).length === 1;
  const services = serviceStems([...servicesA, ...servicesB]);
  const [x, y] = [first.actions[0], second.actions[0]];
  const direct = sameFix(
    signature(x.text, x.owners, services, servicesA),
    signature(y.text, y.owners, services, servicesB),
  );
  assert.equal(viaClusters, direct, "findRepeatedFixes agrees with sameFix");
  return direct;
}

function explain(a: string, b: string): string {
  const [x, y] = [specificWords(a), specificWords(b)];
  const score = similarity(x, y);
  return `${x.join(" ")} | ${y.join(" ")} (shared ${score.shared.length}, jaccard ${score.jaccard.toFixed(2)})`;
}

describe("metrics: repeated fixes", () => {
  describe("normalisation", () => {
    it("stems plurals and verb forms to one word", () => {
      assert.equal(stem("pages"), stem("paging"));
      assert.equal(stem("paged"), stem("page"));
      assert.equal(stem("queries"), stem("query"));
      assert.equal(stem("stopped"), stem("stop"));
      assert.equal(stem("pools"), "pool");
      assert.equal(stem("status"), "status");
    });

    it("drops owners, dates, tracker references, links, Markdown, numbers and stop words", () => {
      const words = contentWords(
        "**Alice Example**: add a `pool_wait_ms` alert by 2026-03-06, see [PAY-12](https://tracker.example.com/PAY-12) and #42 (OPS-7), 250 ms",
        ["Alice Example"],
      );
      assert.deepEqual(words.sort(), ["add", "alert", "pool", "wait"].map(stem).sort());
    });

    it("keeps a hyphenated name as one word, so a service does not count twice", () => {
      assert.deepEqual(specificWords("the payments-api liveness probe"), [
        "payment-api",
        "liveness",
        "prob",
      ]);
      assert.deepEqual(specificWords("per-merchant pools"), ["merchant", "pool"]);
    });

    it("drops the reason of a deprioritized item", () => {
      assert.deepEqual(
        specificWords(
          "Cache fraud scores per card: won't do, because the vendor's terms forbid caching scores",
        ),
        ["cach", "fraud", "scor", "card"],
      );
    });

    it("generic remediation words are not specific", () => {
      assert.deepEqual(
        specificWords("Add monitoring and an alert, update the runbook and the dashboard"),
        [],
      );
    });
  });

  describe("pairs", () => {
    for (const [a, b] of MUST_MATCH) {
      it(`same fix: "${a}" ~ "${b}"`, () => {
        assert.ok(same(a, b), `expected a match: ${explain(a, b)}`);
        assert.ok(same(b, a), "symmetric");
        assert.ok(
          same(a, b, ["payments-api"], ["payments-api", "ledger"]),
          "in post-mortems of the same service",
        );
      });
    }
    for (const [a, b, servicesA, servicesB] of MUST_NOT_MATCH) {
      it(`different fixes: "${a}" / "${b}"${servicesA === undefined ? "" : ` (${servicesA.join()} / ${servicesB?.join()})`}`, () => {
        assert.ok(!same(a, b, servicesA, servicesB), `expected no match: ${explain(a, b)}`);
        assert.ok(!same(b, a, servicesB, servicesA), "symmetric");
      });
    }
  });

  describe("clusters", () => {
    it("groups the same fix across post-mortems, oldest first, with its states", () => {
      const first = postMortem(
        "2026-02-11",
        [
          "- [x] Kwame: remove the database call from the `payments-api` liveness probe (OPS-12)",
          "- [ ] Mei: add a `pool_wait_ms` p99 > 250 ms alert that pages the payments primary by 2026-03-06 (OPS-13)",
        ],
        "Pool exhaustion",
      );
      const second = postMortem(
        "2026-06-02",
        [
          "- [ ] Priya: make the payments-api liveness probe stop calling the database by 2026-07-01 (OPS-88)",
          "- [ ] Mei: alert the payments primary when connection pool wait p99 exceeds 250 ms (OPS-89)",
          "- [ ] Tomás: add the compensating-entry procedure to the ledger runbook (LEDG-1)",
        ],
        "Pool exhaustion, again",
      );
      const third = postMortem(
        "2026-09-30",
        [
          "- [ ] Jonas: add the resolver cache flush command to the DNS runbook (OPS-90)",
          "- [ ] Sofia: stop the payments-api liveness probe from calling the database (OPS-91)",
        ],
        "Restarts under load",
      );
      const fixes = findRepeatedFixes([third, first, second]);
      assert.equal(
        fixes.length,
        2,
        JSON.stringify(fixes.map((fix) => fix.items.map((item) => item.text))),
      );
      const [probe, poolAlert] = fixes;
      assert.equal(probe.postMortems, 3);
      assert.deepEqual(
        probe.items.map((item) => [item.postMortem.title, item.state]),
        [
          ["Pool exhaustion", "done"],
          ["Pool exhaustion, again", "open"],
          ["Restarts under load", "open"],
        ],
      );
      assert.equal(probe.doneThenProposedAgain, true);
      assert.equal(probe.open, 2);
      assert.equal(probe.openSince, "2026-06-02");
      assert.ok(
        probe.sharedWords.includes("liveness") && probe.sharedWords.includes("prob"),
        probe.sharedWords.join(),
      );
      assert.deepEqual(
        poolAlert.items.map((item) => item.postMortem.date),
        ["2026-02-11", "2026-06-02"],
      );
      assert.equal(poolAlert.doneThenProposedAgain, false);
      assert.equal(poolAlert.open, 2);
      assert.equal(poolAlert.openSince, "2026-02-11");
      assert.equal(
        poolAlert.items[0].range.start.line,
        9,
        "0-based: the second item after four front-matter lines, the title and the heading",
      );
    });

    it("never clusters items of one post-mortem alone", () => {
      const only = postMortem("2026-03-01", [
        "- [ ] Alice: remove the database call from the liveness probe (OPS-1)",
        "- [ ] Bob: remove the database call from the liveness probe in staging too (OPS-2)",
      ]);
      assert.deepEqual(findRepeatedFixes([only]), []);
    });

    it("does not chain: A like B and B like C does not put A with C", () => {
      const a = postMortem("2026-01-10", [
        "- [ ] Alice: move settlement report queries to the read replica (OPS-1)",
      ]);
      const b = postMortem("2026-02-10", [
        "- [ ] Bob: move settlement report queries and ledger exports to the read replica (OPS-2)",
      ]);
      const c = postMortem("2026-03-10", [
        "- [ ] Carol: move ledger exports and payout exports to the read replica (OPS-3)",
      ]);
      const fixes = findRepeatedFixes([a, b, c]);
      for (const fix of fixes) {
        const texts = fix.items.map((item) => item.text);
        assert.ok(
          !(
            texts.some((text) => text.includes("settlement report queries to")) &&
            texts.some((text) => text.includes("payout exports"))
          ),
          texts.join(" | "),
        );
      }
    });

    it("a done item only raises 'proposed again' when a later dated post-mortem repeats it", () => {
      const later = postMortem("2026-05-01", [
        "- [x] Alice: throttle the nightly search reindex job to 200 documents per second (SRCH-1)",
      ]);
      const earlier = postMortem("2026-02-01", [
        "- [ ] Bob: throttle the nightly search reindex job (SRCH-2)",
      ]);
      const [fix] = findRepeatedFixes([later, earlier]);
      assert.equal(fix.doneThenProposedAgain, false, "the done one is the later one");
      const undated = postMortem(undefined, [
        "- [ ] Carol: throttle the nightly search reindex job (SRCH-3)",
      ]);
      const doneFirst = postMortem("2026-01-01", [
        "- [x] Dan: throttle the nightly search reindex job (SRCH-4)",
      ]);
      const [withUndated] = findRepeatedFixes([undated, doneFirst]);
      assert.equal(
        withUndated.doneThenProposedAgain,
        false,
        "an undated post-mortem is not 'later'",
      );
      assert.equal(withUndated.items[1].postMortem.date, null, "undated last");
    });

    it("scales: identical texts are compared once, and common words propose no pairs", function () {
      const template = postMortem("2026-01-01", [
        "- [ ] Alice: remove the database call from the payments-api liveness probe (OPS-1)",
        "- [ ] Bob: add a canary stage to the checkout deploy (OPS-2)",
        "- [ ] Carol: rotate the TLS certificate of the search cluster (OPS-3)",
      ]);
      const many: IndexedPostMortem[] = Array.from({ length: 5000 }, (_, index) => ({
        ...template,
        uri: `file:///w/many/${index}.md`,
        date: `2026-${String((index % 12) + 1).padStart(2, "0")}-01`,
        actions: template.actions.map((action, position) => ({
          ...action,
          uri: `file:///w/many/${index}.md`,
          text: `${action.text} in region ${index % 7 === 0 ? "eu" : "us"} shard ${position}`,
        })),
      }));
      const started = Date.now();
      const fixes = findRepeatedFixes(many);
      const elapsed = Date.now() - started;
      assert.ok(elapsed < 5000, `${elapsed} ms for 15,000 actions`);
      assert.ok(fixes.length >= 3, String(fixes.length));
      assert.equal(
        fixes.reduce((sum, fix) => sum + fix.items.length, 0),
        15_000,
        "every copy is in a cluster",
      );
    });

    it("nothing to cluster without post-mortems or with only vague items", () => {
      assert.deepEqual(findRepeatedFixes([]), []);
      assert.deepEqual(
        findRepeatedFixes([
          postMortem("2026-01-01", ["- [ ] Improve monitoring"]),
          postMortem("2026-02-01", ["- [ ] Improve monitoring"]),
        ]),
        [],
      );
    });
  });
});
