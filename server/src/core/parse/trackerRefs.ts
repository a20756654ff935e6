import type { TrackerRef } from "../types";
import {
  NUMBERED_DOCUMENT_NOUNS,
  DONE_WORDS,
  NOT_A_PROJECT_KEY,
  NUMBERED_TICKET_NOUNS,
  OPEN_WORDS,
  UNNUMBERED_TICKET_WORDS,
} from "./lexicon";
import { normalizeReference } from "./linkReferences";
import { decodeEntities } from "./markdownText";

// A link to a dashboard or a doc is not a tracker home; only links that look like an issue,
// a ticket or a pull request count.
const TRACKER_URL = new RegExp(
  [
    String.raw`github\.com/[^/\s]+/[^/\s]+/(?:issues|pull|discussions)/\d+`,
    // An item opened on a GitHub project board: "…/projects/3/views/1?pane=issue&itemId=138".
    String.raw`github\.com/(?:orgs|users)/[^/\s]+/projects/\d+[^\s]*[?&]itemId=\d+`,
    String.raw`/-/(?:issues|merge_requests|work_items|epics)/\d+`,
    String.raw`/browse/[A-Z][A-Z0-9_]+-\d+`,
    // Not Confluence's pages nor a search, a dashboard or a project's board of many issues (unless the board
    // shows one: "…/boards/3?selectedIssue=OPS-12").
    String.raw`atlassian\.net/(?!wiki/|issues/?\?|jira/dashboards|secure/Dashboard|jira/(?:software/)?(?:c/)?projects/[^/\s]+/(?:boards|list|summary|timeline|issues/?\?)(?![^\s]*selectedIssue=))`,
    String.raw`linear\.app/[^\s]*/(?:issue|project)/`,
    String.raw`app\.asana\.com/`,
    String.raw`trello\.com/c/`,
    String.raw`app\.shortcut\.com/[^\s]*/story/`,
    String.raw`clubhouse\.io/[^\s]*/story/`,
    String.raw`youtrack`,
    String.raw`show_bug\.cgi\?id=\d+`,
    String.raw`crbug\.com/\d+`,
    String.raw`bugs?\.[a-z0-9.-]+/`,
    String.raw`issues?\.[a-z0-9.-]+/`,
    String.raw`issuetracker\.google\.com/`,
    String.raw`/_workitems/`,
    // Bitbucket's and Azure Repos' pull requests: "…/pull-requests/88", "…/_git/api/pullrequest/41".
    String.raw`/pull-?requests?/\d+`,
    // Gitea's and Forgejo's pull requests ("…/pulls/5"), and GitLab's merge requests in its older paths without "/-/".
    String.raw`/(?:pulls|merge_requests)/\d+`,
    String.raw`/(?:issues?|tickets?|bugs?|tasks?|stories|story|cards?|work-?items?)/[A-Za-z0-9_-]*\d`,
    String.raw`phabricator\.[^\s]+/T\d+`,
    String.raw`/T\d{3,}\b`,
    String.raw`monday\.com/boards/`,
    String.raw`clickup\.com/t/`,
    String.raw`notion\.so/[^\s]*[Tt]ask`,
    String.raw`servicenow`,
    String.raw`zendesk\.com/agent/tickets/`,
  ].join("|"),
  "i",
);

const URL = /\bhttps?:\/\/[^\s<>()[\]|"'`]+[^\s<>()[\]|"'`.,;:!?]/g;
/** An error tracker's "issue" is a group of crashes, not where the work is planned. */
const ERROR_TRACKER = /^https?:\/\/(?:[\w-]+\.)*sentry\.(?:io|[a-z]{2,})\//i;
// Where a link shows a release or a document, never where work is planned: a release or tag page, a file or
// folder in a repository, a CI run, a wiki, a shared document. (A commit link is the work done: it counts.)
const NOT_TRACKER_URL =
  /^https?:\/\/[^\s/]+\/(?:[^\s]*\/)?(?:-\/)?(?:releases|tags|blob|tree|wikis?|actions\/runs|pipelines|jobs|raw)\/|^https?:\/\/docs\.google\.com\/|^https?:\/\/[^\s/]*atlassian\.net\/wiki\//i;
const CELL_LINK =
  /\[[^\]\n]*\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)|\bhttps?:\/\/[^\s<>()[\]|]+/g;

/**
 * "[Release v7.1.0](…/releases/tag/v7.1.0)" in a tracker column: links only to released work or a document,
 * with no ticket named beside them, so the row has no home in a tracker.
 */
export function linksOnlyElsewhere(cell: string): boolean {
  const urls = [...cell.matchAll(CELL_LINK)].map((m) => m[1] ?? m[0]);
  return (
    urls.length > 0 &&
    urls.every((url) => NOT_TRACKER_URL.test(url) && !TRACKER_URL.test(url)) &&
    findTrackerRefs(cell, { trackerKeys: [] }).length === 0
  );
}

// KEY-123 keys, but not the acronyms and standards that share the shape.
// An exported document may escape the dash ("PAY\\-123", Confluence and Google Docs do).
const KEY_DECORATION = /^#|\\/g;
// A "#" before the key is a task list's tag ("#ML-330"): part of the reference, not of the action.
// "PAY-7.14.2" is a release's version, not ticket PAY-7.
const KEY = /(?<![\w/.#-])#?([A-Z][A-Z0-9]{1,9})\\?-(\d{1,7})(?![\w-]|\.\d)/g;
// "#12", "owner/repo#12", GitLab's "group/subgroup/project#12" and, within one group, "project#12".
// Not the number of an item, step or finding ("Action Item #1", "Step #3", "see #3 above"): that is the document's own.
// "AB#1234" is an Azure Boards work item, as GitHub links it.
const HASH =
  /(?<![\w&#/])(?<!\b(?:[Ii]tems?|[Aa]ction|[Ss]tep|[Pp]oint|[Rr]ecommendation|[Ff]inding|[Pp]hase|[Pp]art|[Qq]uestion|[Ll]esson)\s?)(?:((?:[\w.-]+\/)+[\w.-]+|[a-z][\w.-]+|AB))?#(\d{1,7})(?![\w])(?!\s+(?:above|below)\b)/g;
// "gh-812": GitHub's issue shorthand in lower case (upper case "GH-812" reads as a key); "sc-4521": a
// Shortcut story, as its branch names and integrations write it.
const LOWER_SHORT = /(?<![\w/.-])(?:gh-\d{1,7}|sc-\d{3,7})(?![\w-])/g;
// "github.com/acme/api/pull/88" written without its scheme, as chat and editors paste it.
const SCHEMELESS_LINK =
  /(?<![\w/.:-])(?:www\.)?(?:github|gitlab)\.com\/[\w.-]+\/[\w./-]+?\/(?:-\/)?(?:issues|pull|merge_requests)\/\d+\b/g;
// ServiceNow records an action is tracked in: a problem, problem task, change, request or task
// ("PRB0041234"); not an incident ("INC…"), which is what the post-mortem is about.
const SERVICENOW = /(?<![\w/.-])(?:PRB|PTASK|CHG|CTASK|RITM|SCTASK|TASK|STRY)\d{7}(?![\w-])/g;
// Phabricator tasks ("T351234", Wikimedia's actionables) and GitLab epics ("&77").
const PHABRICATOR = /(?<![\w/.-])T\d{5,7}(?![\w-])/g;
const GITLAB_EPIC = /(?<![\w&;])&\d{1,6}(?![\w;])/g;
const BUG_WORD = new RegExp(
  String.raw`\b(?:${NUMBERED_TICKET_NOUNS})\s*(?:#|no\.?\s*|number\s*)?(\d{2,9})\b`,
  "gi",
);
const SHORT_LINK =
  /\b(?:b|crbug(?:\.com)?|go\/bug|bugs?|issues?|jira|ticket)\/(\d{2,9}|[A-Z][A-Z0-9]+-\d+)\b/g;
// GitLab merge requests: "!34", and across projects "group/project!34" as "#" does for issues.
const GITLAB_MR = /(?<![\w!/.-])(?:(?:[\w.-]+\/)+[\w.-]+)?!(\d{1,7})\b/g;

export interface TrackerOptions {
  /** Project keys from config; when set, only these count as KEY-123. */
  trackerKeys: string[];
  /** The numbers of the numbered list the text is an item of ("#1", "#2"): "see #1" is its own item. */
  listNumbers?: ReadonlySet<string>;
  /** The document's link reference definitions: "[the issue][ops-12]" links what "[ops-12]: …" names. */
  linkReferences?: ReadonlyMap<string, string>;
}

/** A tracker reference and where it is written. */
export interface FoundRef {
  ref: TrackerRef;
  start: number;
  end: number;
}

// "runbook RB-114", "see ADR-12": a key that numbers a document, not a ticket, unless config lists its project.
const DOCUMENT_BEFORE = new RegExp(String.raw`\b(?:${NUMBERED_DOCUMENT_NOUNS})\s+#?$`, "i");

function namesADocument(raw: string, at: number, options: TrackerOptions): boolean {
  return (
    options.trackerKeys.length === 0 && DOCUMENT_BEFORE.test(raw.slice(Math.max(0, at - 24), at))
  );
}

// "[the issue][ops-12]", "[ops-12][]" and "[ops-12]" (full, collapsed and shortcut reference links), not an
// inline link "[x](…)" nor a definition "[x]: …".
const REFERENCE_LINK = /\[([^\]\n]{1,200})\](?:\[([^\]\n]{0,200})\]|(?![(:[]))/g;

/** Reference links whose definition points at an issue or pull request, read as that URL. */
function addReferenceLinks(
  raw: string,
  references: ReadonlyMap<string, string>,
  add: (text: string, kind: TrackerRef["kind"], start: number, end: number) => void,
): void {
  REFERENCE_LINK.lastIndex = 0;
  for (let m = REFERENCE_LINK.exec(raw); m !== null; m = REFERENCE_LINK.exec(raw)) {
    const label = normalizeReference(m[2] === undefined || m[2] === "" ? m[1] : m[2]);
    const url = references.get(label);
    if (url !== undefined && TRACKER_URL.test(url) && !ERROR_TRACKER.test(url)) {
      add(url, "url", m.index, m.index + m[0].length);
    }
  }
}

/** Finds tracker references in raw Markdown. Offsets are relative to `raw`. */
export function findTrackerRefs(raw: string, options: TrackerOptions): FoundRef[] {
  const found: FoundRef[] = [];
  const taken = TAKEN.reset();
  const add = (text: string, kind: TrackerRef["kind"], start: number, end: number): void => {
    if (taken.overlaps(start, end)) {
      return;
    }
    taken.add(start, end);
    found.push({ ref: { text, kind, source: "text" }, start, end });
  };

  if (raw.includes("://")) {
    URL.lastIndex = 0;
    for (let m = URL.exec(raw); m !== null; m = URL.exec(raw)) {
      if (TRACKER_URL.test(m[0]) && !ERROR_TRACKER.test(m[0])) {
        add(m[0], "url", m.index, m.index + m[0].length);
      } else {
        taken.add(m.index, m.index + m[0].length); // A doc link's path must not read as a key or #n.
      }
    }
    taken.settle();
  }
  if (
    options.linkReferences !== undefined &&
    options.linkReferences.size > 0 &&
    raw.includes("]")
  ) {
    addReferenceLinks(raw, options.linkReferences, add);
    taken.settle();
  }
  // Each pattern below needs a character most items lack ("KEY-1" a dash before a digit, "bug 12"
  // two digits in a row, "b/123" a slash, "!12" a bang); the cheap checks skip the full scans.
  KEY.lastIndex = 0;
  for (let m = hasDashBeforeDigit(raw) ? KEY.exec(raw) : null; m !== null; m = KEY.exec(raw)) {
    const project = m[1];
    // A zero-padded number ("CA-01", "R-007") labels the page's own rows; trackers never pad their keys.
    const allowed =
      options.trackerKeys.length > 0
        ? options.trackerKeys.includes(project)
        : !NOT_A_PROJECT_KEY.has(project) && !m[2].startsWith("0");
    if (allowed && !/^\d+$/.test(project) && !namesADocument(raw, m.index, options)) {
      add(m[0].replace(KEY_DECORATION, ""), "key", m.index, m.index + m[0].length);
    }
  }
  taken.settle();
  if (raw.includes("hub.com/") || raw.includes("lab.com/")) {
    addAll(SCHEMELESS_LINK, "url");
  }
  if (raw.includes("#")) {
    // "Same as #1" in a numbered list with an item 1: the list's own item, and nor is it read as anything else.
    addAll(HASH, "hash", (m) => m[1] === undefined && options.listNumbers?.has(m[0]) === true);
  }
  if (TWO_DIGITS.test(raw)) {
    addAll(BUG_WORD);
  }
  if (raw.includes("/")) {
    addAll(SHORT_LINK);
  }
  if (raw.includes("!")) {
    addAll(GITLAB_MR);
  }
  if (raw.includes("gh-") || raw.includes("sc-")) {
    addAll(LOWER_SHORT);
  }
  if (raw.includes("T") && FIVE_DIGITS.test(raw)) {
    addAll(PHABRICATOR);
  }
  if (FIVE_DIGITS.test(raw)) {
    addAll(SERVICENOW);
  }
  if (raw.includes("&")) {
    addAll(GITLAB_EPIC);
  }
  if (found.length < 2) {
    return found;
  }
  found.sort((a, b) => a.start - b.start);
  return raw.includes("](") ? withoutKeyLinkTargets(raw, found) : found;

  /** Every match of one pattern, as written, then merged into the spans taken. */
  /** Adds every match of `pattern`; a match `notARef` says is no reference only takes its place. */
  function addAll(
    pattern: RegExp,
    kind: TrackerRef["kind"] = "bug",
    notARef?: (m: RegExpExecArray) => boolean,
  ): void {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(raw); m !== null; m = pattern.exec(raw)) {
      if (notARef?.(m) === true) {
        taken.add(m.index, m.index + m[0].length);
      } else {
        add(m[0], kind, m.index, m.index + m[0].length);
      }
    }
    taken.settle();
  }
}

/**
 * "[OPS-41](https://…/browse/OPS-41)": one reference, the key; the link's target is where it opens
 * (`trackerUrlOf`). A "#41" link keeps its URL, which says which project the number is in.
 */
function withoutKeyLinkTargets(raw: string, found: FoundRef[]): FoundRef[] {
  return found.filter((url, i) => {
    if (
      url.ref.kind !== "url" ||
      i === 0 ||
      url.start < 2 ||
      raw.slice(url.start - 2, url.start) !== "]("
    ) {
      return true;
    }
    const key = found[i - 1];
    return !(
      key.ref.kind === "key" &&
      key.end === url.start - 2 &&
      raw.charAt(key.start - 1) === "["
    );
  });
}

/**
 * The spans the patterns have read so far, disjoint and in order. One pattern's matches never overlap
 * each other, so they wait apart until it is done; an overlap with the earlier ones is a binary search
 * (a scan of every span made an item of 20,000 references take seconds).
 */
class TakenSpans {
  private settled: [number, number][] = [];
  private pending: [number, number][] = [];

  overlaps(start: number, end: number): boolean {
    const spans = this.settled;
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spans[middle][0] < end) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    // Disjoint spans in order end in order too: the last one starting before `end` reaches furthest.
    return low > 0 && spans[low - 1][1] > start;
  }

  /** Empty again: one instance serves every call (findTrackerRefs runs once per item and field). */
  reset(): this {
    this.settled.length = 0;
    this.pending.length = 0;
    return this;
  }

  add(start: number, end: number): void {
    this.pending.push([start, end]);
  }

  /** Merges the finished pattern's spans in. */
  settle(): void {
    if (this.pending.length === 0) {
      return;
    }
    const merged: [number, number][] = [];
    const { settled, pending } = this;
    let i = 0;
    let j = 0;
    while (i < settled.length || j < pending.length) {
      merged.push(
        j >= pending.length || (i < settled.length && settled[i][0] <= pending[j][0])
          ? settled[i++]
          : pending[j++],
      );
    }
    this.settled = merged;
    this.pending = [];
  }
}

const TWO_DIGITS = /\d\d/;
const FIVE_DIGITS = /\d{5}/;

function hasDashBeforeDigit(text: string): boolean {
  for (let at = text.indexOf("-"); at !== -1; at = text.indexOf("-", at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next >= 48 && next <= 57) {
      return true;
    }
  }
  return false;
}

/**
 * How much of a tracker cell or field value is the reference: "AUTH-4121 TODO" names the ticket
 * AUTH-4121 with its state written after it, not a ticket called "AUTH-4121 TODO". A trailing
 * status word (one or two words: "TODO", "(done)", "- in progress") and the separator before it are
 * left out; anything else is kept whole.
 */
export function referenceLength(raw: string): number {
  const words = [...raw.matchAll(/\S+/g)];
  for (const count of [2, 1]) {
    if (words.length <= count) {
      continue;
    }
    const tail = words
      .slice(-count)
      .map((word) => word[0])
      .join(" ")
      .replace(/^[([*_]+|[)\]*_.]+$/g, "");
    if (DONE_WORDS.test(tail) || OPEN_WORDS.test(tail)) {
      const kept = raw
        .slice(0, words[words.length - count].index)
        .replace(/[\s\-\u2013\u2014:;,([|]+$/, "");
      return kept === "" ? raw.length : kept.length;
    }
  }
  return raw.length;
}

/** What a ticket cell holds when it holds no ticket yet: "TBD", "KEY-123", "#0", "issue TBD". */
const PLACEHOLDER = new RegExp(
  String.raw`^(?:tbd|tba|tbc|n\/?a|none|-+|\u2014|\u2013|\?+|todo|pending|to be (?:created|filed|added)|not (?:yet )?(?:filed|created|known|set|decided)|no ticket(?: yet)?|none yet|unknown|unclear|to be (?:decided|determined|confirmed)|x|yyyy-mm-dd|dd\/mm\/yyyy|mm\/dd\/yyyy|date|key-123|abc-123|proj-123|xxx-\d+|#0+|link|url|[a-z]+-(?:x+|\?+|tbd|n+|#+)|#(?:x+|\?+|tbd|n+)|(?:${UNNUMBERED_TICKET_WORDS})(?:[\s#:-]*(?:none|n\/?a|tbd|tba|todo|pending|\?+|x+)(?: yet)?)?)$`,
  "i",
);

const WHOLE_LINK = /^\[([^\]\n]*)\]\([^()\s]*\)$/;

/** A table cell or field value that holds only a placeholder ("TBD", "KEY-123", "#0", "bug none"), no reference. */
export function isPlaceholder(value: string): boolean {
  const unmarked = decodeEntities(value)
    .replace(/[*_`~\\]/g, "")
    .trim();
  // "[bug none](https://bugzil.la/none)": a link around a placeholder is still one.
  const trimmed = unmarked.startsWith("[") ? unmarked.replace(WHOLE_LINK, "$1").trim() : unmarked;
  return trimmed === "" || PLACEHOLDER.test(trimmed);
}

/** A Due value that names no time at all: "backlog", "ASAP", "later", "ongoing", or a cadence ("every release"). */
export function isNoDeadline(value: string): boolean {
  return /^(?:backlog|in (?:the )?backlog|later|someday|some ?time|eventually|ongoing|continuous|asap|a\.s\.a\.p\.?|soon|whenever|when possible|when time permits|unscheduled|not scheduled|no date|none yet|(?:every|each|per) [a-z]+(?: [a-z]+)?|weekly|daily|monthly|quarterly|yearly|annually|recurring)$/i.test(
    decodeEntities(value)
      .replace(/[*_`~\\.!]+$/g, "")
      .replace(/[*_`~\\]/g, "")
      .trim(),
  );
}

const TAKEN = new TakenSpans();
