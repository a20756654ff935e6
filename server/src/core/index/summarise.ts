// Turns one lint result into the index's summary of a post-mortem. Runs once per (re-)indexed file,
// so its cost is the cost of that file alone.
import type { LintResult } from "../lint";
import { isoDate } from "../parse/dates";
import type { IndexedAction, IndexedPostMortem } from "./types";

export function summarise(uri: string, result: LintResult, origin: IndexedPostMortem["origin"], version?: number): IndexedPostMortem {
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
      id: item.id,
      uri: "",
      text: item.text,
      range: { start: doc.positionAt(item.span.start), end: doc.positionAt(item.span.end) },
      owners: item.owners.map((owner) => owner.name),
      trackerRefs: item.trackerRefs.map((ref) => ref.text),
      state: item.status.state,
      weak: weakById.get(item.id) ?? [],
      section: item.sectionTitle,
    };
    if (item.deadline !== undefined) {
      action.deadline = item.deadline.date === undefined ? { text: item.deadline.text } : { text: item.deadline.text, date: isoDate(item.deadline.date) };
    }
    if (item.status.reason !== undefined) {
      action.reason = item.status.reason;
    }
    return action;
  });
  const frontMatter = doc.frontMatter;
  const summary: IndexedPostMortem = {
    uri: "",
    title: doc.title?.trim() || fileTitle(uri),
    services: frontMatter?.services ?? [],
    actions,
    origin,
  };
  if (doc.date !== undefined) {
    summary.date = isoDate(doc.date);
  }
  if (frontMatter?.severity !== undefined) {
    summary.severity = String(frontMatter.severity);
  }
  if (frontMatter?.status !== undefined) {
    summary.status = frontMatter.status.value;
  }
  if (version !== undefined) {
    summary.version = version;
  }
  // Owners, deadlines and titles are slices of the document's text, and a V8 slice keeps its whole
  // parent string alive: 10,000 summaries would hold every source text. A JSON round trip copies them
  // into strings of their own, so the index keeps kilobytes per document, not the document.
  // The URI is set afterwards, so every action shares the one string.
  const owned = JSON.parse(JSON.stringify(summary)) as IndexedPostMortem;
  owned.uri = uri;
  for (const action of owned.actions) {
    action.uri = uri;
  }
  return owned;
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
