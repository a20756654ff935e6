// Turns one lint result into the index's summary of a post-mortem. Runs once per (re-)indexed file,
// so its cost is the cost of that file alone.
import type { LintResult } from "../lint";
import { isoDate } from "../parse/dates";
import { trackerUrlOf } from "./trackerUrl";
import type { IndexedAction, IndexedPostMortem } from "./types";

export function summarise(
  uri: string,
  result: LintResult,
  origin: IndexedPostMortem["origin"],
  version?: number,
): IndexedPostMortem {
  const { doc, findings } = result;
  const weakById = new Map<string, string[]>();
  for (const finding of findings) {
    if (finding.actionId === undefined) {
      continue;
    }
    const rules = weakById.get(finding.actionId);
    if (rules === undefined) {
      weakById.set(finding.actionId, [finding.rule]);
    } else if (!rules.includes(finding.rule)) {
      rules.push(finding.rule);
    }
  }
  const actions: IndexedAction[] = doc.actions.map((item) => {
    const action: IndexedAction = {
      id: own(item.id),
      uri,
      text: own(item.text),
      range: { start: doc.positionAt(item.span.start), end: doc.positionAt(item.span.end) },
      owners: item.owners.map((owner) => own(owner.name)),
      trackerRefs: item.trackerRefs.map((ref) => own(ref.text)),
      state: item.status.state,
      weak: weakById.get(item.id) ?? [],
      section: own(item.sectionTitle),
    };
    if (item.deadline !== undefined) {
      action.deadline =
        item.deadline.date === undefined
          ? { text: own(item.deadline.text) }
          : { text: own(item.deadline.text), date: isoDate(item.deadline.date) };
    }
    if (item.status.reason !== undefined) {
      action.reason = own(item.status.reason);
    }
    const trackerUrl = trackerUrlOf(item, doc.text);
    if (trackerUrl !== undefined) {
      action.trackerUrl = own(trackerUrl);
    }
    return action;
  });
  const frontMatter = doc.frontMatter;
  const summary: IndexedPostMortem = {
    uri,
    title: own(doc.title?.trim() || fileTitle(uri)),
    services: (frontMatter?.services ?? []).map((service) => own(String(service))),
    actions,
    origin,
  };
  if (doc.date !== undefined) {
    summary.date = isoDate(doc.date);
  }
  if (frontMatter?.severity !== undefined) {
    summary.severity = own(String(frontMatter.severity));
  }
  if (frontMatter?.status !== undefined) {
    summary.status = own(frontMatter.status.value);
  }
  if (frontMatter?.tracker !== undefined && frontMatter.tracker !== null) {
    summary.tracker = plainData(frontMatter.tracker);
  }
  if (version !== undefined) {
    summary.version = version;
  }
  return summary;
}

/**
 * A copy of a string that does not point into the document. Owners, deadlines and titles are slices of
 * the document's text, and a V8 slice keeps its whole parent string alive: 10,000 summaries would hold
 * every source text. Concatenating and slicing makes V8 copy the characters into a string of their own;
 * strings shorter than 13 characters are copied by V8's slice already.
 */
function own(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** A JSON round trip keeps plain data only, in strings of their own (see `own`); a cycle keeps nothing. */
function plainData(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return undefined;
  }
}

/** "file:///x/postmortems/2026-03-01-db-outage.md" -> "2026-03-01-db-outage". */
export function fileTitle(uri: string): string {
  const last = uri.split(/[\\/]/).pop() ?? uri;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // Not percent-encoded: keep it as it is.
  }
  return name.replace(/\.(md|markdown)$/i, "");
}
