// Repeated fixes: the same action item proposed in two or more post-mortems. Each item's text is
// reduced to a set of content stems (no owners, dates, tracker references, Markdown, numbers, stop
// words or generic remediation words), and two items match when their sets are near-identical.
// A false cluster tells a leader that a fix failed when it did not, so the test is strict: several
// shared specific words and a high overlap; a missed pair costs less than a wrong one.
import type { IndexedAction, IndexedPostMortem } from "../index/types";
import { actionRef } from "./refs";
import type { RepeatedFix, RepeatedFixItem } from "./types";

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Function words, and the words of deadlines and owners' phrasing ("by end of next sprint"). */
const STOP_WORDS = words(`
a an the and or but nor so yet of to in on at by for from with without into onto over under up down out off
as per via than then that this these those it its itself is are was were be been being am do does did done
has have had having can could should would will shall may might must not no any all each every both either
neither some such only own same other another more most less least very too also just still again once
when whenever while where which who whom whose what why how if whether until unless before after during since
between across through throughout about above below against among within we our us you your they their them
he she his her i me my there here now new old instead rather least see give gives given let lets get gets
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
today tomorrow tonight week weeks month months quarter quarters year years day days sprint sprints end eod eow
eom eoq next last first second third q1 q2 q3 q4 h1 h2 asap soon later
owner owners due deadline ticket tracker status todo tbd n/a na
won't wont dropped because reason
one two three four five six seven eight nine ten once twice half
ms s sec secs second seconds min mins minute minutes hour hours hr hrs kb mb gb tb rps qps
`);

/**
 * Generic remediation words: they say what kind of fix, not which. "Add an alert", "update the runbook"
 * and "improve monitoring" in two post-mortems are not the same fix, so these never count as shared.
 */
const GENERIC_WORDS = words(`
add adds added adding create make set setup ensure improve improved better update updated change changes
fix fixed review investigate look consider evaluate explore discuss check verify validate test tests testing
alert alerts alerting alarm alarms monitor monitoring monitored observability metric metrics dashboard dashboards
panel graph runbook runbooks playbook playbooks doc docs document documentation documented wiki page pages paging
process procedure procedures step steps team teams everyone engineer engineers on-call oncall sre ops
issue issues problem problems incident incidents outage outages postmortem post-mortem action item items follow-up
use using used need needs needed way ways thing things work working better proper properly correct correctly
service services system systems
total count counts number numbers value values level levels threshold thresholds rate rates time times
`);

/**
 * What kind of fix a generic word names. Two items whose kinds are both known and share none are
 * different fixes of the same thing ("a p99 latency panel on the checkout dashboard" is not "page
 * when checkout p99 latency stays high"). Monitoring is either kind.
 */
const KINDS: Record<string, string[]> = {
  alert: [
    "alert",
    "alerts",
    "alerting",
    "alarm",
    "alarms",
    "page",
    "pages",
    "paging",
    "paged",
    "notify",
    "notifies",
  ],
  dashboard: ["dashboard", "dashboards", "panel", "panels", "graph", "graphs", "chart", "charts"],
  docs: [
    "runbook",
    "runbooks",
    "playbook",
    "playbooks",
    "doc",
    "docs",
    "document",
    "documentation",
    "wiki",
  ],
  test: ["test", "tests", "testing"],
  any: ["monitor", "monitoring", "monitored", "observability"],
};

/** Spellings that mean one thing. */
const SYNONYMS: Record<string, string> = {
  "on-call": "oncall",
  "on call": "oncall",
  db: "database",
  dbs: "database",
  postgres: "postgresql",
  psql: "postgresql",
  k8s: "kubernetes",
  config: "configuration",
  configs: "configuration",
  env: "environment",
  repo: "repository",
  repos: "repository",
  auth: "authentication",
  authn: "authentication",
  svc: "service",
  req: "request",
  reqs: "request",
  msg: "message",
  msgs: "message",
  ttls: "ttl",
  hpa: "autoscaler",
};

/** A light, predictable stemmer: plurals, -ing, -ed, a final e ("paging", "pages", "paged" -> "pag"). */
export function stem(word: string): string {
  let stemmed = word;
  if (stemmed.length > 4 && stemmed.endsWith("ies")) {
    stemmed = `${stemmed.slice(0, -3)}y`;
  } else if (stemmed.length > 4 && stemmed.endsWith("sses")) {
    stemmed = stemmed.slice(0, -2);
  } else if (stemmed.length > 3 && stemmed.endsWith("es") && /(?:ch|sh|x|z)es$/.test(stemmed)) {
    stemmed = stemmed.slice(0, -2);
  } else if (stemmed.length > 3 && stemmed.endsWith("s") && !/(?:ss|us|is)$/.test(stemmed)) {
    stemmed = stemmed.slice(0, -1);
  }
  for (const suffix of ["ing", "ed"]) {
    if (stemmed.length > suffix.length + 2 && stemmed.endsWith(suffix)) {
      stemmed = stemmed.slice(0, -suffix.length);
      // "stopped" -> "stop", "running" -> "run"; l, s and z stay doubled ("called", "missed").
      if (/([bdgmnprt])\1$/.test(stemmed)) {
        stemmed = stemmed.slice(0, -1);
      }
      break;
    }
  }
  if (stemmed.length > 3 && stemmed.endsWith("y") && !/[aeiou]y$/.test(stemmed)) {
    stemmed = `${stemmed.slice(0, -1)}i`;
  }
  if (stemmed.length > 3 && stemmed.endsWith("e")) {
    stemmed = stemmed.slice(0, -1);
  }
  return stemmed;
}

const GENERIC_STEMS = new Set([...GENERIC_WORDS].map(stem));
const STOP_STEMS = new Set([...STOP_WORDS].map(stem));

/**
 * The content stems of an action's text. Owners' names are dropped (the same fix has another owner
 * next time), as are dates, tracker references, URLs, Markdown, numbers with or without units, stop
 * words and, for a deprioritized item, the reason after "won't do" or "because".
 */
export function contentWords(text: string, owners: string[] = []): string[] {
  let plain = text.replace(/\b[A-Z][A-Z0-9]+-\d+\b/g, " ").toLowerCase();
  plain = plain.replace(
    /\b(?:won['’]?t do|wontfix|won['’]?t fix|not doing|dropped|because)\b[\s\S]*$/,
    " ",
  );
  plain = plain
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/#\d+\b/g, " ")
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, " ")
    .replace(/[*_~`>|]/g, " ");
  for (const [phrase, replacement] of Object.entries(SYNONYMS)) {
    if (phrase.includes(" ")) {
      plain = plain.split(phrase).join(replacement);
    }
  }
  const ownerWords = new Set(
    owners
      .flatMap((owner) =>
        owner
          .toLowerCase()
          .replace(/^@/, "")
          .split(/[\s._@-]+/),
      )
      .filter((word) => word.length > 1),
  );
  const out = new Set<string>();
  for (const raw of plain.split(/[^a-z0-9'’-]+/)) {
    const token = raw.replace(/^['’-]+|['’-]+$/g, "").replace(/['’]s$/, "");
    if (token === "" || ownerWords.has(token)) {
      continue;
    }
    for (const word of splitCompound(token)) {
      if (/^\d|^v\d+$/.test(word) || word.length < 2 || STOP_WORDS.has(word)) {
        continue;
      }
      const normal = SYNONYMS[word] ?? word;
      const stemmed = stem(normal);
      if (!STOP_STEMS.has(stemmed)) {
        out.add(stemmed);
      }
    }
  }
  return [...out];
}

/**
 * A hyphenated word stays one word ("payments-api", "rate-limit"), so a service name does not count
 * twice, unless a part is a stop word ("per-merchant" is "merchant") or it has a synonym ("on-call").
 */
function splitCompound(token: string): string[] {
  const normal = token.replace(/['’]/g, "");
  if (!normal.includes("-") || SYNONYMS[normal] !== undefined) {
    return [normal];
  }
  const parts = normal.split("-").filter((part) => part !== "");
  if (parts.some((part) => STOP_WORDS.has(part) || /^\d/.test(part))) {
    return parts;
  }
  return [parts.map((part) => stem(part)).join("-")];
}

/** The content stems that say which fix, not what kind of fix. */
export function specificWords(text: string, owners: string[] = []): string[] {
  return contentWords(text, owners).filter((word) => !GENERIC_STEMS.has(word));
}

const KIND_OF = new Map<string, string>(
  Object.entries(KINDS).flatMap(([kind, list]) =>
    list.map((word) => [word, kind] as [string, string]),
  ),
);

/** The kinds of fix an action's text names ("alert", "dashboard", "docs", "test"; "any" for monitoring). */
export function fixKinds(text: string): string[] {
  const kinds = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    const kind = KIND_OF.get(word);
    if (kind !== undefined) kinds.add(kind);
  }
  return [...kinds];
}

function kindsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0 || a.includes("any") || b.includes("any")) return true;
  return a.some((kind) => b.includes(kind));
}

/** Tuned on test/unit/metrics-repeated.test.ts: every must-match pair passes, every must-not pair fails. */
export const SIMILARITY = {
  /** Jaccard overlap of the specific words needed with four or more of them shared. */
  minJaccard: 0.4,
  /** With exactly three shared, more than half of all the words. */
  minJaccardThreeShared: 0.55,
  /** With exactly two shared, the sets must be nearly the same ({webhook, queue} and {webhook, queue, depth}). */
  minJaccardTwoShared: 0.66,
} as const;

/** What two actions are compared on. */
export interface FixSignature {
  /** specificWords of the text. */
  words: readonly string[];
  /** fixKinds of the text. */
  kinds: readonly string[];
  /**
   * The services the fix is for: those the text names, else those of its post-mortem (as stems, like
   * words). Empty when unknown. The same change to two different services is not a repeated fix.
   */
  services: readonly string[];
}

/**
 * The signature of one action. `serviceWords` are the stems of every service the workspace's
 * post-mortems name; `postMortemServices` those of this action's post-mortem.
 */
export function signature(
  text: string,
  owners: string[] = [],
  serviceWords: ReadonlySet<string> = new Set(),
  postMortemServices: readonly string[] = [],
): FixSignature {
  return withServices(
    specificWords(text, owners),
    fixKinds(text),
    serviceWords,
    postMortemServices,
  );
}

function withServices(
  words: string[],
  kinds: string[],
  serviceWords: ReadonlySet<string>,
  postMortemServices: readonly string[],
): FixSignature {
  const named = words.filter((word) => serviceWords.has(word));
  return {
    words,
    kinds,
    services:
      named.length > 0 ? named : postMortemServices.flatMap((service) => specificWords(service)),
  };
}

/**
 * Words and kinds per action summary. A summary is replaced, never changed, when its document is
 * indexed again, so the server's repeated metrics requests reuse the words of unchanged documents.
 */
const wordsCache = new WeakMap<IndexedAction, { words: string[]; kinds: string[] }>();

function actionSignature(
  action: IndexedAction,
  serviceWords: ReadonlySet<string>,
  postMortemServices: readonly string[],
): FixSignature {
  let cached = wordsCache.get(action);
  if (cached === undefined) {
    cached = { words: specificWords(action.text, action.owners), kinds: fixKinds(action.text) };
    wordsCache.set(action, cached);
  }
  return withServices(cached.words, cached.kinds, serviceWords, postMortemServices);
}

/** The stems a service name is written as: "payments-api" -> "payment-api", "Webhooks" -> "webhook". */
export function serviceStems(services: Iterable<string>): Set<string> {
  const stems = new Set<string>();
  for (const service of services) {
    for (const word of specificWords(service)) stems.add(word);
  }
  return stems;
}

/** Shared words and Jaccard overlap of two sets of specific words. */
export function similarity(
  a: readonly string[],
  b: readonly string[],
): { shared: string[]; jaccard: number } {
  const inB = new Set(b);
  const shared = a.filter((word) => inB.has(word));
  const union = new Set([...a, ...b]).size;
  return { shared, jaccard: union === 0 ? 0 : shared.length / union };
}

/** Are two actions the same fix? */
export function sameFix(a: FixSignature, b: FixSignature): boolean {
  if (!kindsAgree(a.kinds, b.kinds)) {
    return false;
  }
  if (
    a.services.length > 0 &&
    b.services.length > 0 &&
    !a.services.some((service) => b.services.includes(service))
  ) {
    return false;
  }
  const { shared, jaccard } = similarity(a.words, b.words);
  if (shared.length >= 4) {
    return jaccard >= SIMILARITY.minJaccard;
  }
  if (shared.length === 3) {
    return jaccard >= SIMILARITY.minJaccardThreeShared;
  }
  return shared.length === 2 && jaccard >= SIMILARITY.minJaccardTwoShared;
}

interface Candidate {
  action: IndexedAction;
  postMortem: IndexedPostMortem;
}

/** The actions with one signature: compared once, however many post-mortems repeat the text. */
interface SignatureNode extends FixSignature {
  index: number;
  members: Candidate[];
}

/**
 * A word on more signatures than this proposes no candidate pairs (it still counts in the overlap): a
 * word that common is generic in this workspace, and it would make the pairing quadratic.
 */
const MAX_POSTING = 200;
/** Two groups larger than this (product of their sizes) are not merged: the check would be quadratic. */
const MAX_LINK_CHECKS = 2500;

/**
 * Clusters near-identical actions across post-mortems. Complete linkage: two groups merge only when
 * every item of one is the same fix as every item of the other, so a chain (A like B, B like C, A
 * unlike C) never makes one cluster. Candidate pairs come from an inverted index over the words, so
 * the cost follows the number of similar pairs, not the square of the number of actions.
 */
export function findRepeatedFixes(postMortems: readonly IndexedPostMortem[]): RepeatedFix[] {
  const serviceWords = serviceStems(postMortems.flatMap((postMortem) => postMortem.services));
  const byKey = new Map<string, SignatureNode>();
  const nodes: SignatureNode[] = [];
  for (const postMortem of postMortems) {
    for (const action of postMortem.actions) {
      const fix = actionSignature(action, serviceWords, postMortem.services);
      if (fix.words.length < 2) continue;
      const key = [
        [...fix.words].sort().join(" "),
        [...fix.kinds].sort().join(" "),
        [...fix.services].sort().join(" "),
      ].join("|");
      let node = byKey.get(key);
      if (node === undefined) {
        node = { ...fix, index: nodes.length, members: [] };
        byKey.set(key, node);
        nodes.push(node);
      }
      node.members.push({ action, postMortem });
    }
  }
  const postings = new Map<string, number[]>();
  for (const node of nodes) {
    for (const word of node.words) {
      const list = postings.get(word);
      if (list === undefined) postings.set(word, [node.index]);
      else list.push(node.index);
    }
  }
  const pairs: { a: number; b: number; score: number }[] = [];
  for (const node of nodes) {
    const sharedCounts = new Map<number, number>();
    for (const word of node.words) {
      const list = postings.get(word)!;
      if (list.length > MAX_POSTING) continue;
      for (const other of list) {
        if (other > node.index) sharedCounts.set(other, (sharedCounts.get(other) ?? 0) + 1);
      }
    }
    for (const [other, count] of sharedCounts) {
      if (count >= 2 && sameFix(node, nodes[other])) {
        pairs.push({
          a: node.index,
          b: other,
          score: similarity(node.words, nodes[other].words).jaccard,
        });
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const clusterOf = new Map<number, number[]>();
  const members = (index: number): number[] => clusterOf.get(index) ?? [index];
  for (const { a, b } of pairs) {
    const left = members(a);
    const right = members(b);
    if (left === right || left.length * right.length > MAX_LINK_CHECKS) continue;
    if (!left.every((x) => right.every((y) => sameFix(nodes[x], nodes[y])))) continue;
    const merged = [...left, ...right];
    for (const index of merged) clusterOf.set(index, merged);
  }
  const clusters: number[][] = [];
  const seen = new Set<number[]>();
  for (const node of nodes) {
    const cluster = members(node.index);
    if (seen.has(cluster)) continue;
    seen.add(cluster);
    clusters.push(cluster);
  }
  const wordsByAction = new Map<IndexedAction, readonly string[]>();
  for (const node of nodes)
    for (const member of node.members) wordsByAction.set(member.action, node.words);
  const fixes: RepeatedFix[] = [];
  for (const cluster of clusters) {
    const items = cluster.flatMap((index) => nodes[index].members).sort(byPostMortemDate);
    const uris = new Set(items.map((item) => item.postMortem.uri));
    if (uris.size < 2) continue;
    fixes.push(describe(items, uris.size, (item) => wordsByAction.get(item.action)!));
  }
  // The most alarming first: proposed most often, then a fix that was marked done and came back, then the
  // one waiting longest.
  return fixes.sort(
    (x, y) =>
      y.postMortems - x.postMortems ||
      Number(y.doneThenProposedAgain) - Number(x.doneThenProposedAgain) ||
      (x.openSince ?? "9999").localeCompare(y.openSince ?? "9999") ||
      latest(y).localeCompare(latest(x)) ||
      x.items[0].text.localeCompare(y.items[0].text),
  );
}

function byPostMortemDate(a: Candidate, b: Candidate): number {
  const [x, y] = [a.postMortem.date, b.postMortem.date];
  if (x !== y) {
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return x < y ? -1 : 1;
  }
  return (
    a.postMortem.uri.localeCompare(b.postMortem.uri) ||
    a.action.range.start.line - b.action.range.start.line
  );
}

function latest(fix: RepeatedFix): string {
  return fix.items.reduce(
    (max, item) =>
      item.postMortem.date !== null && item.postMortem.date > max ? item.postMortem.date : max,
    "",
  );
}

function describe(
  items: Candidate[],
  postMortems: number,
  wordsOf: (item: Candidate) => readonly string[],
): RepeatedFix {
  let shared = [...wordsOf(items[0])];
  for (const item of items.slice(1)) {
    const words = new Set(wordsOf(item));
    shared = shared.filter((word) => words.has(word));
  }
  const refs: RepeatedFixItem[] = items.map(({ action, postMortem }) => {
    const ref: RepeatedFixItem = actionRef(action, postMortem);
    if (action.reason !== undefined) ref.reason = action.reason;
    return ref;
  });
  // Done in one post-mortem, proposed again in a later one: the fix did not hold (or never landed).
  // Only dated post-mortems can say "later"; an undated one never raises the flag.
  const doneThenProposedAgain = items.some(
    (item, position) =>
      item.action.state === "done" &&
      items
        .slice(position + 1)
        .some(
          (later) =>
            item.postMortem.date !== undefined &&
            later.postMortem.date !== undefined &&
            later.postMortem.date > item.postMortem.date,
        ),
  );
  const open = items.filter((item) => item.action.state === "open");
  return {
    sharedWords: shared,
    postMortems,
    items: refs,
    doneThenProposedAgain,
    open: open.length,
    openSince: open[0]?.postMortem.date ?? null,
  };
}
