// The follow-through numbers (server/src/core/metrics/compute.ts) over hand-made index summaries:
// the rate and its definition, the slices, overdue, ageing, closed-too-early, weak share, edge cases.
import { strict as assert } from "node:assert";
import type { IndexedAction, IndexedPostMortem } from "../../server/src/core/index/types";
import {
  computeMetrics,
  daysBetween,
  followThroughRate,
  quarterOf,
} from "../../server/src/core/metrics";

const TODAY = "2026-12-01";
let line = 0;

function action(text: string, extra: Partial<IndexedAction> = {}): IndexedAction {
  line++;
  return {
    id: `a${line}`,
    uri: "file:///w/x.md",
    text,
    range: { start: { line, character: 0 }, end: { line, character: text.length + 6 } },
    owners: [],
    trackerRefs: [],
    state: "open",
    weak: [],
    section: "Action items",
    ...extra,
  };
}

function postMortem(
  uri: string,
  fields: Partial<IndexedPostMortem>,
  actions: IndexedAction[],
): IndexedPostMortem {
  return {
    uri,
    title: uri.replace(/^.*\//, ""),
    services: [],
    origin: "disk",
    ...fields,
    actions: actions.map((item) => ({ ...item, uri })),
  };
}

const FEB = postMortem(
  "file:///w/feb.md",
  {
    title: "Pool exhaustion",
    date: "2026-02-11",
    services: ["payments-api", "ledger"],
    status: "in review",
  },
  [
    action("roll back payments-api", { owners: ["Mei"], state: "done" }),
    action("move the pool size to a setting", {
      owners: ["Priya"],
      deadline: { text: "by 2026-03-13", date: "2026-03-13" },
    }),
    action("add a pool wait alert", {
      owners: ["@mei"],
      deadline: { text: "by 2026-11-30", date: "2026-11-30" },
      weak: ["deadline-past"],
    }),
    action("switch to PgBouncer", {
      owners: ["Kwame"],
      state: "deprioritized",
      reason: "the driver breaks under it",
    }),
  ],
);
const OCT = postMortem(
  "file:///w/oct.md",
  { title: "Webhook backlog", date: "2026-10-14", services: ["webhooks"], status: "closed" },
  [
    action("Improve monitoring", { weak: ["owner-missing", "vague-outcome", "deadline-missing"] }),
    action("Payments team: look into worker pools", {
      owners: ["Payments team"],
      weak: ["owner-is-group", "process-verb"],
      deadline: { text: "soon" },
    }),
    action("move workers to their own pool", { owners: ["Mei Lin"], state: "deprioritized" }),
    action("add queue depth alert", { owners: ["Kwame"], state: "done" }),
  ],
);
const UNDATED = postMortem("file:///w/undated.md", {}, [
  action("add a canary stage", {
    owners: ["Kwame"],
    deadline: { text: "2026-06-01", date: "2026-06-01" },
  }),
]);

describe("metrics", () => {
  it("helpers: days between, quarters, the rate's definition", () => {
    assert.equal(daysBetween("2026-11-30", "2026-12-01"), 1);
    assert.equal(daysBetween("2026-03-13", "2026-12-01"), 263);
    assert.equal(daysBetween("2026-12-01", "2026-11-30"), -1);
    assert.deepEqual(["2026-01-01", "2026-03-31", "2026-04-01", "2026-12-31"].map(quarterOf), [
      "2026-Q1",
      "2026-Q1",
      "2026-Q2",
      "2026-Q4",
    ]);
    assert.equal(followThroughRate({ actions: 10, done: 3, deprioritizedWithReason: 4 }), 0.5);
    assert.equal(followThroughRate({ actions: 2, done: 0, deprioritizedWithReason: 2 }), null);
    assert.equal(followThroughRate({ actions: 0, done: 0, deprioritizedWithReason: 0 }), null);
  });

  it("totals and the rate: a drop with a reason leaves the denominator, one without counts as not done", () => {
    const metrics = computeMetrics([FEB, OCT, UNDATED], { today: TODAY });
    assert.deepEqual(metrics.totals, {
      postMortems: 3,
      actions: 9,
      open: 5,
      done: 2,
      deprioritized: 2,
      deprioritizedWithReason: 1,
      deprioritizedWithoutReason: 1,
      overdue: 3,
      openWithoutDueDate: 2,
    });
    // 2 done of (9 - 1 dropped with a reason).
    assert.equal(metrics.rate, 2 / 8);
    assert.equal(metrics.from, "2026-02-11");
    assert.equal(metrics.to, "2026-10-14");
    assert.equal(metrics.today, TODAY);
    assert.equal(metrics.since, null);
  });

  it("rate per quarter of the post-mortem's date, undated last", () => {
    const metrics = computeMetrics([UNDATED, OCT, FEB], { today: TODAY });
    assert.deepEqual(
      metrics.byQuarter.map((row) => [
        row.key,
        row.actions,
        row.done,
        row.open,
        row.overdue,
        row.rate,
      ]),
      [
        ["2026-Q1", 4, 1, 2, 2, 1 / 3],
        ["2026-Q4", 4, 1, 2, 0, 1 / 4],
        ["undated", 1, 0, 1, 1, 0],
      ],
    );
  });

  it("rate per service (an action counts for each) and per owner (one row per person, groups as written)", () => {
    const metrics = computeMetrics([FEB, OCT, UNDATED], { today: TODAY });
    assert.deepEqual(
      metrics.byService.map((row) => [row.key, row.actions, row.rate]),
      [
        ["ledger", 4, 1 / 3],
        ["payments-api", 4, 1 / 3],
        ["webhooks", 4, 1 / 4],
        ["no service", 1, 0],
      ],
    );
    // "Mei", "@mei" and "Mei Lin": "Mei" and "@mei" are one spelling; the full name is its own row.
    assert.deepEqual(
      metrics.byOwner.map((row) => [row.key, row.actions, row.open, row.overdue]),
      [
        ["Kwame", 3, 1, 1],
        ["Mei", 2, 1, 1],
        ["Priya", 1, 1, 1],
        ["Payments team", 1, 1, 0],
        ["Mei Lin", 1, 0, 0],
        ["no owner", 1, 1, 0],
      ],
    );
    assert.equal(
      metrics.byOwner.find((row) => row.key === "Mei Lin")?.rate,
      0,
      "dropped without a reason counts as not done",
    );
  });

  it("overdue: open, resolved deadline before today, most days late first", () => {
    const metrics = computeMetrics([FEB, OCT, UNDATED], { today: TODAY });
    assert.deepEqual(
      metrics.overdue.map((item) => [item.text, item.due, item.daysLate, item.postMortem.title]),
      [
        ["move the pool size to a setting", "2026-03-13", 263, "Pool exhaustion"],
        ["add a canary stage", "2026-06-01", 183, "undated.md"],
        ["add a pool wait alert", "2026-11-30", 1, "Pool exhaustion"],
      ],
    );
    assert.equal(metrics.overdue[0].uri, "file:///w/feb.md");
    assert.deepEqual(metrics.overdue[0].owners, ["Priya"]);
    assert.equal(metrics.overdue[0].dueText, "by 2026-03-13");
    assert.equal(
      computeMetrics([FEB], { today: "2026-03-13" }).overdue.length,
      0,
      "due today is not late",
    );
  });

  it("an unparseable deadline is never overdue, and counts as no due date", () => {
    const vague = postMortem("file:///w/v.md", { date: "2026-01-01" }, [
      action("ship it", { deadline: { text: "when the migration lands" } }),
    ]);
    const metrics = computeMetrics([vague], { today: TODAY });
    assert.equal(metrics.totals.overdue, 0);
    assert.equal(metrics.totals.openWithoutDueDate, 1);
  });

  it("ageing of open actions since the post-mortem's date, cumulative; undated apart", () => {
    const recent = postMortem("file:///w/recent.md", { date: "2026-11-15" }, [action("x one")]);
    const fortyDays = postMortem("file:///w/forty.md", { date: "2026-10-22" }, [action("x two")]);
    const seventy = postMortem("file:///w/seventy.md", { date: "2026-09-22" }, [action("x three")]);
    const metrics = computeMetrics([FEB, recent, fortyDays, seventy, UNDATED], { today: TODAY });
    assert.deepEqual(metrics.ageing, {
      open: 6,
      olderThan30: 4,
      olderThan60: 3,
      olderThan90: 2,
      undated: 1,
    });
  });

  it("post-mortems closed in status with open actions", () => {
    const metrics = computeMetrics([FEB, OCT], { today: TODAY });
    assert.deepEqual(metrics.closedWithOpen, [
      {
        postMortem: { uri: "file:///w/oct.md", title: "Webhook backlog", date: "2026-10-14" },
        status: "closed",
        open: 2,
        overdue: 0,
      },
    ]);
    const allClosed = postMortem("file:///w/done.md", { status: "Resolved" }, [
      action("x", { state: "done" }),
    ]);
    assert.deepEqual(computeMetrics([allClosed], { today: TODAY }).closedWithOpen, []);
  });

  it("weak share: open actions with a wording finding; deadline-past is lateness, not weakness", () => {
    const metrics = computeMetrics([FEB, OCT], { today: TODAY });
    assert.equal(metrics.weak.open, 4);
    assert.equal(metrics.weak.weak, 2);
    assert.equal(metrics.weak.share, 0.5);
    assert.deepEqual(
      metrics.weak.byRule.map((row) => `${row.rule}:${row.actions}`),
      [
        "deadline-missing:1",
        "owner-is-group:1",
        "owner-missing:1",
        "process-verb:1",
        "vague-outcome:1",
      ],
    );
  });

  it("--since keeps post-mortems dated on or after the day and drops undated ones", () => {
    const metrics = computeMetrics([FEB, OCT, UNDATED], { today: TODAY, since: "2026-10-14" });
    assert.equal(metrics.totals.postMortems, 1);
    assert.equal(metrics.since, "2026-10-14");
    assert.deepEqual(
      metrics.byQuarter.map((row) => row.key),
      ["2026-Q4"],
    );
  });

  it("no post-mortems: zeros, null rates, empty lists", () => {
    const metrics = computeMetrics([], { today: TODAY });
    assert.equal(metrics.rate, null);
    assert.equal(metrics.totals.actions, 0);
    assert.equal(metrics.from, null);
    assert.deepEqual(
      [
        metrics.byQuarter,
        metrics.byService,
        metrics.byOwner,
        metrics.overdue,
        metrics.closedWithOpen,
        metrics.repeatedFixes,
      ],
      [[], [], [], [], [], []],
    );
    assert.equal(metrics.weak.share, null);
    assert.deepEqual(metrics.ageing, {
      open: 0,
      olderThan30: 0,
      olderThan60: 0,
      olderThan90: 0,
      undated: 0,
    });
  });

  it("post-mortems without dates or actions", () => {
    const empty = postMortem("file:///w/empty.md", {}, []);
    const metrics = computeMetrics([empty, UNDATED], { today: TODAY });
    assert.equal(metrics.totals.postMortems, 2);
    assert.equal(metrics.from, null);
    assert.deepEqual(
      metrics.byQuarter.map((row) => row.key),
      ["undated"],
    );
    assert.equal(metrics.ageing.undated, 1);
    assert.equal(metrics.ageing.olderThan30, 0);
  });

  it("all deprioritized with reasons: nothing left to follow through, so no rate rather than 0% or 100%", () => {
    const dropped = postMortem("file:///w/dropped.md", { date: "2026-05-01" }, [
      action("shard the cache", { state: "deprioritized", reason: "the cache is being retired" }),
      action("pin the IPs", { state: "deprioritized", reason: "the vendor rotates them" }),
    ]);
    const metrics = computeMetrics([dropped], { today: TODAY });
    assert.equal(metrics.rate, null);
    assert.equal(metrics.byQuarter[0].rate, null);
    assert.equal(metrics.totals.deprioritizedWithReason, 2);
    const silently = postMortem("file:///w/silent.md", { date: "2026-05-01" }, [
      action("shard the cache", { state: "deprioritized" }),
    ]);
    assert.equal(computeMetrics([silently], { today: TODAY }).rate, 0, "a silent drop is not done");
    const blankReason = postMortem("file:///w/blank.md", { date: "2026-05-01" }, [
      action("shard the cache", { state: "deprioritized", reason: "  " }),
    ]);
    assert.equal(
      computeMetrics([blankReason], { today: TODAY }).totals.deprioritizedWithoutReason,
      1,
      "a blank reason is no reason",
    );
  });
});
